"""Intents YAML: every example is classified as its own intent; malformed files are reported as
``file:line: what`` — every problem collected — and the CLI prints one line, no traceback."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import lexicon
from bot.engine import Engine
from bot.errors import IntentsError
from bot.resources import intents_dir

ENGINE = Engine.load()
LEX = ENGINE.lexicon


@pytest.mark.parametrize(
    "intent,example",
    [pytest.param(i.id, ex, id=f"{i.id}-{ex}") for i in LEX.intents for ex in i.examples],
)
def test_example_is_classified_as_its_intent(intent, example):
    assert ENGINE.classify(example) == intent


WARM = Engine.load().warm()  # every pattern compiled up front (the bot, a chat, a stream)


@pytest.mark.parametrize(
    "example", [pytest.param(ex, id=ex) for i in LEX.intents for ex in i.examples[:3]]
)
def test_warm_classifier_classifies_as_the_lazy_one(example):
    assert WARM.classify(example) == ENGINE.classify(example)


def test_no_article_names_in_intents():
    # the vocabulary is generic: every word of it must stand without the bundled article
    text = "".join(p.read_text() for p in (intents_dir() / "en").glob("*.yaml")).lower()
    for e in ENGINE.facts.entities:
        if e.kind == "person":
            assert e.name.split()[-1].lower() not in text


@pytest.fixture
def broken(tmp_path):
    """A copy of the intents folder to break."""
    dst = tmp_path / "intents"
    shutil.copytree(intents_dir(), dst)
    return dst


def _edit(path: Path, old: str, new: str) -> int:
    text = path.read_text()
    assert old in text
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, 1))
    return line


@pytest.mark.parametrize(
    "file,old,new,message",
    [
        ("intents.yaml", "version: 1", "version: 7", "unsupported version"),
        ("intents.yaml", "  - id: help\n", "  - id: Help!\n", "intent id"),
        ("intents.yaml", '"{help} me? $"', '"{nosuchclass} $"', "unknown class {nosuchclass}"),
        ("intents.yaml", '"how many|much *"', '"how many|much ((*"', "bad pattern token"),
        ("vocabulary.yaml", "  say: [say,", "  say: {say,", "YAML syntax error"),
        ("vocabulary.yaml", "stopwords: [a,", "stopwords: {x: 1}\nunused: [a,", ""),
        (
            "vocabulary.yaml",
            "question_words: [",
            "question_wordz: [",
            "unknown key 'question_wordz'",
        ),
        (
            "vocabulary.yaml",
            "ordinals: [",
            "ordinals: 7\nunused_list: [",
            "ordinals must be a list",
        ),
        (
            "intents.yaml",
            '"the? <ex> as well $"',
            '"and {nope} $"',
            "unknown class {nope}",
        ),
        ("intents.yaml", "follow_ups:", "follow_upz:", "unknown key 'follow_upz'"),
        ("vocabulary.yaml", "spellings: {whos:", "spellings: {who s:", "'who s' must be one word"),
    ],
)
def test_malformed_yaml_names_file_and_line(broken, file, old, new, message):
    _edit(broken / "en" / file, old, new)
    with pytest.raises(IntentsError) as exc:
        lexicon.load("en", broken)
    first = exc.value.problems[0]
    assert file in first and first.split(file + ":")[1].split(":")[0].isdigit()
    assert message in " ".join(exc.value.problems)


def test_every_problem_is_collected(broken):
    _edit(broken / "en" / "intents.yaml", '"how many|much *"', '"how many|much ((*"')
    _edit(broken / "en" / "intents.yaml", '"why *"', '"{nope} *"')
    with pytest.raises(IntentsError) as exc:
        lexicon.load("en", broken)
    assert len(exc.value.problems) >= 2


def test_same_example_under_two_intents_is_an_error(broken):
    _edit(broken / "en" / "intents.yaml", 'examples: ["help",', 'examples: ["summarize", "help",')
    with pytest.raises(IntentsError) as exc:
        lexicon.load("en", broken)
    assert "is under both" in str(exc.value)


def test_cli_reports_malformed_intents_in_one_line(broken):
    line = _edit(broken / "en" / "intents.yaml", '"how many|much *"', '"how many|much ((*"')
    env = {**os.environ, "ARTICLE_BOT_INTENTS": str(broken)}
    r = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "hi"], capture_output=True, text=True, env=env
    )
    assert r.returncode != 0
    err = r.stderr.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("Error: ") and f"intents.yaml:{line}:" in err[0]
    assert "Traceback" not in r.stderr
