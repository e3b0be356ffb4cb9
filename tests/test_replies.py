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
