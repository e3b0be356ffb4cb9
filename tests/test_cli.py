"""The article-bot command, run as a real process: its contract and its one-line errors."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).parent
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}
ENV.pop("TELEGRAM_BOT_TOKEN", None)


def run(*args, stdin=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=env or ENV,
        cwd="/",  # the bundled article is found from any directory
    )


def test_ask_json_contract():
    r = run("ask", "--json", "Who is Peskov?")
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert set(obj) == {
        "question",
        "answered",
        "answer",
        "sentences",
        "dateline",
        "intent",
        "score",
    }
    assert obj["answered"] is True and "Kremlin" in obj["answer"]
    assert isinstance(obj["score"], float) and obj["dateline"]


def test_ask_reads_one_question_per_line_in_order():
    qs = ["Who is Peskov?", "", "What is the weather in Moscow?", "qwertyuiop", "Who is Guaido?"]
    r = run("ask", "--json", stdin="\n".join(qs) + "\n")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["question"] for x in rows] == [q for q in qs if q]
    assert [x["answered"] for x in rows] == [True, False, False, True]
    assert rows[1]["sentences"] == [] and rows[1]["answer"] is None


@pytest.mark.parametrize(
    "args,stdin,message",
    [
        (["ask", "--article", "/no/such/file.txt", "hi"], None, "article not found"),
        (["ask", "--article", "/", "hi"], None, "directory"),
        (["eval", "/no/such/questions.yaml"], None, "question file not found"),
    ],
    ids=["missing-article", "article-is-directory", "missing-eval-file"],
)
def test_bad_input_is_one_line_and_nonzero(args, stdin, message):
    r = run(*args, stdin=stdin)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize(
    "content,message",
    [(b"", "empty"), (b"   \n\n  ", "empty"), (b"\xff\xfe\x00bad", "")],
    ids=["empty", "blank", "binary"],
)
def test_unusable_article_files(tmp_path, content, message):
    p = tmp_path / "a.txt"
    p.write_bytes(content)
    r = run("ask", "--article", str(p), "hi")
    assert r.returncode != 0 and r.stderr.startswith("Error: ") and message in r.stderr
    assert "Traceback" not in r.stderr


def test_garbage_and_unicode_questions_never_crash():
    qs = [
        "",
        "🙂🙂🙂",
        "\x00\x01\x02",
        "Ꙭ" * 500,
        "ＷＨＯ ＩＳ ＰＥＳＫＯＶ",
        "ЧТО СКАЗАЛ",
        "a" * 10000,
    ]
    r = run("ask", "--json", stdin="\n".join(qs) + "\n")
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == len([q for q in qs if q.strip()])


def test_eval_prints_tags_failures_and_summary_last(tmp_path):
    r = run("eval", str(HERE / "questions.yaml"))
    assert r.returncode == 0
    assert r.stdout.strip().splitlines()[-1].startswith("Summary: ")
    r = run("eval", str(HERE / "questions.yaml"), "--min", "1.01")
    assert r.returncode == 1


def test_facts_is_yaml_with_the_extracted_facts():
    r = run("facts")
    doc = yaml.safe_load(r.stdout)
    assert {"article", "people", "quotes", "stances"} <= set(doc)
    assert doc["article"]["dateline"]["agency"]


def test_other_article(tmp_path):
    r = run(
        "ask",
        "--article",
        str(HERE / "articles" / "wto-candidate-reuters.txt"),
        "--json",
        "Who is Vinther?",
    )
    assert json.loads(r.stdout)["answered"]


def test_chat_without_token_answers_stdin():
    r = run(stdin="Who is Peskov?\n")
    assert r.returncode == 0 and "Kremlin" in r.stdout


# ---------------------------------------------------------------------------- conversations


def test_ask_conversation_each_answer_is_the_next_context():
    lines = ["Did Cuba back Maduro?", "and Australia?", "Nicaragua?", "", "and Syria?"]
    r = run("ask", "--json", "--conversation", stdin="\n".join(lines) + "\n")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["question"] for x in rows] == [q for q in lines if q]
    assert set(rows[0]) == {"question", "answered", "answer", "sentences", "dateline", "intent",
                            "score"}  # fmt: skip
    answers = [x["answer"] for x in rows]
    assert answers[0].startswith("Yes — Cuba") and answers[1].startswith("No — Australia")
    assert answers[2].startswith("Yes — Nicaragua")
    # a blank line started a new conversation: "and Syria?" has nothing before it — the side
    # Syria took, not "Yes — Syria …" of the chain before the blank line
    assert rows[3]["intent"] == "whois" and answers[3].startswith("Syria voiced support")


def test_ask_without_conversation_answers_each_line_alone():
    r = run("ask", "--json", stdin="Did Cuba back Maduro?\nand Australia?\n")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert rows[1]["intent"] == "whois"  # no context: who or what Australia is


def test_eval_reads_a_conversation_file(tmp_path):
    r = run("eval", str(HERE / "conversations.yaml"))
    assert r.returncode == 0, r.stderr
    out = r.stdout.strip().splitlines()
    assert "swap-entity" in r.stdout and "ellipsis" in r.stdout and "no-context" in r.stdout
    assert out[-1].startswith("Summary: 32/32 right (100.0%), 0 declined that it could answer, "
                              "0 answered wrongly, 0 answered that should have declined")  # fmt: skip
    # the turns of a conversation: the second is judged with the first as its context
    two = tmp_path / "c.yaml"
    two.write_text(
        "conversations:\n- turns:\n"
        '  - {tag: opener, q: "Did Cuba back Maduro?", expect: any, answer: ["no"]}\n'
        '  - {tag: swap, q: "and Australia?", expect: any, answer: ["recognized"]}\n'
    )
    r = run("eval", str(two), "--min", "0.5")
    assert r.returncode == 0 and "Summary: 1/2 right" in r.stdout
    assert "[opener] 'Did Cuba back Maduro?'" in r.stdout


def test_eval_reads_the_article_a_set_names(tmp_path):
    """A set's ``article:`` (relative to its folder or the one above) is the article scored
    against; --article overrides it; a missing one or a Lee story is one Error line."""
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "Port vote\n\nHOLM, May 4. /Wire/. Mayor Ada Holt said the port would close.\n"
    )
    (tmp_path / "sets").mkdir()
    s = tmp_path / "sets" / "a.yaml"
    s.write_text(
        'article: articles/a.txt\nquestions:\n- {q: "Who is Ada Holt?", answer: ["Mayor"]}\n'
    )
    r = run("eval", str(s))
    assert r.returncode == 0 and "Summary: 1/1 right" in r.stdout, r.stdout + r.stderr
    r = run("eval", str(s), "--article", str(HERE.parent / "seeds" / "maduro-russia.txt"))
    assert "Summary: 0/1 right" in r.stdout
    s.write_text('article: articles/none.txt\nquestions:\n- {q: "hi"}\n')
    r = run("eval", str(s))
    assert r.returncode != 0 and r.stderr.startswith("Error: ") and "none.txt" in r.stderr
    s.write_text('lee_line: 170\nquestions:\n- {q: "hi"}\n')
    r = run("eval", str(s))
    assert r.returncode != 0 and "bench/lee.py eval" in r.stderr and "Traceback" not in r.stderr


def test_eval_rejects_a_bad_conversation_file(tmp_path):
    bad = tmp_path / "c.yaml"
    bad.write_text("conversations:\n- {q: hi}\n")
    r = run("eval", str(bad))
    assert r.returncode != 0 and r.stderr.startswith("Error: ") and "'turns'" in r.stderr
    assert "Traceback" not in r.stderr


def test_chat_keeps_the_context_and_a_blank_line_starts_anew():
    r = run("chat", stdin="Did Cuba back Maduro?\nand Australia?\n\nand Syria?\n")
    assert r.returncode == 0, r.stderr
    assert "No — Australia recognized" in r.stdout and "\nSyria voiced support" in r.stdout
    assert "Yes — Syria" not in r.stdout


# ------------------------------------------------------------------ rough edges (issue 10)


def run_redirected(redirect: str, *args: str):
    """``python -m bot ARGS`` with a shell redirection (``0<&-``, ``>/dev/full`` …)."""
    script = f'exec "$0" -m bot "$@" {redirect}'
    return subprocess.run(["sh", "-c", script, sys.executable, *args], capture_output=True,
                          text=True, timeout=60, env=ENV, cwd="/")  # fmt: skip


def one_error_line(r, code: int | None = None) -> str:
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0 and (code is None or r.returncode == code), (r.returncode, r.stderr)
    assert len(lines) == 1 and lines[0].startswith("Error: "), r.stderr
    assert "internal error" not in r.stderr and "Traceback" not in r.stderr
    return lines[0]


@pytest.mark.parametrize(
    "redirect, args, message",
    [
        ("0<&-", ["ask"], "standard input is closed"),
        ("0<&-", ["chat"], "standard input is closed"),
        ("1>&-", ["ask", "Who is Peskov?"], "standard output is closed"),
        (">/dev/full", ["ask", "Who is Peskov?"], "No space left on device"),
        (">/dev/full", ["facts"], "No space left on device"),
    ],
    ids=["ask-stdin-closed", "chat-stdin-closed", "stdout-closed", "dev-full", "facts-dev-full"],
)
def test_closed_or_full_standard_streams_are_one_clear_line(redirect, args, message):
    if redirect == ">/dev/full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    assert message in one_error_line(run_redirected(redirect, *args))


def test_a_question_given_as_arguments_needs_no_stdin():
    r = run_redirected("0<&-", "ask", "Who is Peskov?")
    assert r.returncode == 0 and "Kremlin" in r.stdout


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path


def test_a_fifo_or_device_is_not_read_as_an_article(fifo):
    assert "is a FIFO" in one_error_line(run("ask", "--article", str(fifo), "hi"))
    assert "is a device" in one_error_line(run("ask", "--article", "/dev/urandom", "hi"))


def test_an_article_over_the_size_limit_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"The minister said it would rain. " * 200_000)  # 6.6 MB
    assert "too large" in one_error_line(run("ask", "--article", str(big), "hi"))


@pytest.mark.parametrize(
    "content, message",
    [(b"\xff\xfe\x00\x01 not text", "does not hold a bot token"), ("FIFO", "is a FIFO")],
    ids=["non-utf8", "fifo"],
)
def test_a_bad_token_file_is_the_token_error_exit_2(tmp_path, content, message):
    path = tmp_path / "token"
    if content == "FIFO":
        os.mkfifo(path)
    else:
        path.write_bytes(content)
    env = {k: v for k, v in ENV.items() if not k.startswith("TELEGRAM_")}
    r = run("serve", "--token-file", str(path), env=env)
    assert message in one_error_line(r, code=2)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "abc"])
def test_eval_min_must_be_a_number(value):
    r = run("eval", str(HERE / "questions.yaml"), "--min", value)
    assert r.returncode == 2 and "--min" in r.stderr


def test_control_characters_from_an_article_never_reach_the_terminal(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text('Minister Varga said "\x1b[31mthe red plan\x1b[0m" on Monday.\x07\n'
                   "She added \x9b2J more.\n", encoding="utf-8")  # fmt: skip
    for args in (["ask", "What did Varga say?"], ["ask", "--json", "What did Varga say?"],
                 ["facts"], ["chat"]):  # fmt: skip
        r = run(*args[:1], "--article", str(art), *args[1:], stdin="What did Varga say?\n")
        assert r.returncode == 0, r.stderr
        assert not set(r.stdout) & {"\x1b", "\x07", "\x9b"}, (args, r.stdout)
    r = run("ask", "--article", str(art), "What did Varga say?")
    assert "\\x1b[31m" in r.stdout  # shown, not obeyed


def test_ask_reads_each_question_in_its_language_and_lang_forces_one():
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    cmd = [sys.executable, "-m", "bot", "ask", "--json"]
    stdin = "Who is Peskov?\nКто такой Песков?\n¿Quién es Peskov?\n"
    out = subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=root)
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["answer"] for r in rows] == ["Dmitry Peskov — Kremlin Spokesman."] * 3
    forced = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--lang", "es", "Peskov?"],
        capture_output=True, text=True, cwd=root,
    )  # fmt: skip
    assert forced.returncode == 0 and "Dmitry Peskov" in forced.stdout
    bad = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--lang", "xx", "hi"],
        capture_output=True, text=True, cwd=root,
    )  # fmt: skip
    assert bad.returncode == 2
    assert bad.stderr.strip().startswith("Error: unknown language 'xx'")
    assert "Traceback" not in bad.stderr
