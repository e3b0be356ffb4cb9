"""A language's folder: writing.yaml (the words of news writing) and rules.py (its code), loaded
and validated by the lexicon; the article parser and the fact extraction read them from there."""

import shutil
from types import SimpleNamespace

import pytest

from bot import lexicon
from bot.article import parse
from bot.errors import IntentsError
from bot.facts import extract
from bot.language import REQUIRED, check, default_rules
from bot.resources import intents_dir
from bot.text import is_demonym, stem, tokenize

LEX = lexicon.load("en")


@pytest.fixture
def copy(tmp_path):
    """A copy of the intents folder to change."""
    dst = tmp_path / "intents"
    shutil.copytree(intents_dir(), dst)
    return dst


def _edit(path, old, new):
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return text[: text.index(old)].count("\n") + 1


@pytest.mark.parametrize(
    "file,old,new,message",
    [
        ("writing.yaml", "conjunctions: [and]\n", "", "missing 'conjunctions'"),
        (
            "writing.yaml",
            "conjunctions: [and]",
            "conjunctions: [and]\nconjuctions: [or]",
            "unknown key",
        ),
        ("writing.yaml", "conjunctions: [and]", "conjunctions: {and: 1}", "list of strings"),
        ("writing.yaml", "version: 1", "version: 2", "unsupported version"),
        ("rules.py", "def stem(", "def stemmer(", "missing 'stem'"),
        ("rules.py", "def is_past(word: str) -> bool:", "def is_past(word: str) -> bool", "syntax"),
    ],
    ids=["missing-key", "unknown-key", "not-a-list", "version", "missing-function", "syntax-error"],
)
def test_a_broken_language_folder_names_file_and_line(copy, file, old, new, message):
    _edit(copy / "en" / file, old, new)
    with pytest.raises(IntentsError) as exc:
        lexicon.load("en", copy)
    first = next(p for p in exc.value.problems if message in p)
    assert f"{file}:" in first and first.split(f"{file}:")[1].split(":")[0].isdigit()


def test_a_missing_rules_file_is_an_error(copy):
    (copy / "en" / "rules.py").unlink()
    with pytest.raises(IntentsError, match="rules.py: file missing"):
        lexicon.load("en", copy)


def test_every_writing_key_is_loaded_folded():
    assert set(LEX.writing) == set(lexicon._WRITING_KEYS)
    assert all(w == w.lower() for ws in LEX.writing.values() for w in ws)


def test_the_rules_module_has_every_required_name():
    assert check(LEX.rules) == [] and set(REQUIRED) <= set(dir(LEX.rules))


def test_bot_text_speaks_the_bundled_english():
    rules = default_rules()
    assert stem is rules.stem and is_demonym is rules.is_demonym
    assert LEX.rules is rules
    assert stem("supporters") == stem("support") and is_demonym("mexican", "mexico")


@pytest.mark.parametrize(
    "a,b,same",
    [("supporters", "support", True), ("planes", "plane", True), ("plane", "plan", False)],
    ids=["plural", "kept-e-plural", "plane-is-no-plan"],
)
def test_english_stems(a, b, same):
    assert (stem(a) == stem(b)) is same


def test_tokenize_follows_the_rules_it_is_given():
    plain = SimpleNamespace(
        stem=str.upper, POSSESSIVE_SUFFIXES=(), PLURAL_POSSESSIVE_APOSTROPHE=False
    )
    english = [(t.norm, t.stem, t.possessive) for t in tokenize("Smith's plan")]
    other = [(t.norm, t.stem, t.possessive) for t in tokenize("Smith's plan", plain)]
    assert english == [("smith", "smith", True), ("plan", "plan", False)]
    assert other == [("smith's", "SMITH'S", False), ("plan", "PLAN", False)]


def test_the_article_reads_its_months_from_the_language(copy):
    _edit(copy / "en" / "vocabulary.yaml", "months: [january,", "months: [septembre, january,")
    text = "PARIS, Septembre 5 (AFP) - Talks began.\n"
    english = parse(text, lexicon=LEX).dateline
    assert english is None or english.date is None
    assert parse(text, lexicon=lexicon.load("en", copy)).dateline.date == "Septembre 5"


def test_the_facts_read_their_words_from_the_language(copy):
    text = "Brazil, Chile and Peru backed the plan, whereas Canada opposed it."
    assert [st.kind for st in extract(parse(text, lexicon=LEX), LEX).stances] == [
        "support",
        "oppose",
    ]
    _edit(
        copy / "en" / "writing.yaml",
        "clause_contrasts: [while, whereas, but]",
        "clause_contrasts: [while, but]",
    )
    other = lexicon.load("en", copy)
    assert [st.kind for st in extract(parse(text, lexicon=other), other).stances] == ["support"]


def test_extraction_leaves_the_lexicon_alone():
    before = dict(vars(LEX))
    extract(parse("Mayor Anna Berg said on Monday that talks would resume.", lexicon=LEX), LEX)
    assert vars(LEX).keys() == before.keys()
