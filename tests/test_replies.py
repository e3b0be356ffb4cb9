"""Reply texts as data: intents/<lang>/replies.yaml, validated with file:line errors."""

import pytest

from bot import replies
from bot.errors import IntentsError


def write(tmp_path, lang, body):
    d = tmp_path / lang
    d.mkdir(parents=True, exist_ok=True)
    (d / "replies.yaml").write_text(body, encoding="utf-8")


def test_english_loads_and_fills_fields():
    r = replies.load("en")
    assert r.text("decline.default") == "The article does not say."


def test_another_language_overlays_english(tmp_path):
    write(tmp_path, "en", 'version: 1\nreplies:\n  a.b: "Hello {name}"\n  c: "Bye"\n')
    write(tmp_path, "xx", 'version: 1\nreplies:\n  a.b: "Hola {name}"\n')
    r = replies.load("xx", tmp_path)
    assert r.text("a.b", name="Ana") == "Hola Ana" and r.text("c") == "Bye"
    assert r.render(replies.Message.of("a.b", name="Bo")) == "Hola Bo"


@pytest.mark.parametrize(
    "en,xx,problem",
    [
        (
            'version: 1\nreplies:\n  a: "x"\n',
            'version: 1\nreplies:\n  b: "y"\n',
            "xx/replies.yaml:3: reply 'b' is not in",
        ),
        (
            'version: 1\nreplies:\n  a: "{n}"\n',
            'version: 1\nreplies:\n  a: "{m}"\n',
            "xx/replies.yaml:3: reply 'a' uses ['m']",
        ),
        (
            'version: 1\nreplies:\n  a: "x"\n  a: "y"\n',
            "version: 1\nreplies: {}\n",
            "en/replies.yaml:4: reply 'a' defined twice",
        ),
        (
            'version: 2\nreplies:\n  a: "x"\n',
            "version: 1\nreplies: {}\n",
            "en/replies.yaml:1: 'version' must be 1",
        ),
        (
            'version: 1\nreplies:\n  Bad Key: "x"\n',
            "version: 1\nreplies: {}\n",
            "en/replies.yaml:3: reply key 'Bad Key'",
        ),
        (
            'version: 1\nreplies:\n  a: "{"\n',
            "version: 1\nreplies: {}\n",
            "en/replies.yaml:3: reply 'a': bad template",
        ),
        ("version: 1\nreplies: [\n", "version: 1\nreplies: {}\n", "en/replies.yaml:"),
    ],
)
def test_problems_name_file_and_line(tmp_path, en, xx, problem):
    write(tmp_path, "en", en)
    write(tmp_path, "xx", xx)
    with pytest.raises(IntentsError) as e:
        replies.load("xx", tmp_path)
    assert any(problem in p for p in e.value.problems), e.value.problems


@pytest.mark.parametrize(
    "items,conjunction,written",
    [
        ([], True, ""),
        (["A"], True, "A"),
        (["A", "B"], True, "A y B"),
        (["A", "B", "C"], True, "A; B y C"),
        (["A", "B", "C"], False, "A; B; C"),
    ],
)
def test_lists_are_joined_in_the_language(tmp_path, items, conjunction, written):
    write(
        tmp_path,
        "en",
        'version: 1\nreplies:\n  list.separator: ", "\n  list.and: "{items} and {last}"\n',
    )
    write(
        tmp_path,
        "xx",
        'version: 1\nreplies:\n  list.separator: "; "\n  list.and: "{items} y {last}"\n',
    )
    r = replies.load("xx", tmp_path)
    assert r.join(replies.Listed.of(items, conjunction)) == written


def test_messages_nest():
    r = replies.load("en")
    party = replies.Message.of(
        "answer.party", party="B", excluded=replies.Listed.of(["x", "y"], False)
    )
    sides = replies.Message.of(
        "answer.sides", parties=replies.Listed.of(["A", party, "C"]), verb="backed", target="T"
    )
    assert r.render(sides) == "A, B (excluding x, y) and C — backed T."


def test_every_english_key_is_dotted_and_used_by_a_known_part():
    """The core's keys: list.*, article.*, canned.*, decline.*, answer.*, example.*, reply.*;
    the Telegram front end's: telegram.*."""
    prefixes = (
        "list.",
        "article.",
        "canned.",
        "decline.",
        "answer.",
        "example.",
        "reply.",
        "telegram.",
    )
    assert all(k.startswith(prefixes) for k in replies.load("en").templates)


CORE_KEY = r"\"((?:list|article|canned|decline|answer|example|reply)\.[a-z_.]+)\""


def test_every_key_the_core_writes_is_in_english_and_every_english_key_is_written():
    import re
    from pathlib import Path

    bot = Path(__file__).parents[1] / "bot"
    core = [*(bot / "answering").rglob("*.py"), *(bot / "kinds").rglob("*.py")]
    core += [bot / "engine.py", bot / "reply.py", bot / "replies.py"]
    used = {k for p in core for k in re.findall(CORE_KEY, p.read_text())}
    english = {k for k in replies.load("en").templates if not k.startswith("telegram.")}
    assert used - english == set()
    # example.sides.<kind> is built from the stance's kind
    assert english - used == {f"example.sides.{k}" for k in ("recognize", "oppose", "abstain")}
