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
    r = run("ask", "--article", str(HERE / "articles" / "second.txt"), "--json", "Who is Vinther?")
    assert json.loads(r.stdout)["answered"]


def test_chat_without_token_answers_stdin():
    r = run(stdin="Who is Peskov?\n")
    assert r.returncode == 0 and "Kremlin" in r.stdout


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
