"""Session 28 (speed, same answers): the classifier matches a question only against the patterns
of its first word whose cue is among its words (bot/answering/intent.py). It must choose exactly
the intent a plain loop over every pattern, in the file's order, chooses: checked on thousands of symbol strings built from
the patterns of en, ru and es and mutated (words dropped, swapped, replaced, added, recased,
truncated), and on strings of odd shape (no final space, two spaces, empty). A table of rows on
a small invented story pins answers the other speed-ups must leave alone (``-guard``): the
dateline agency's name read as "the article", now searched for only where the question holds it;
a name's short form ("Mt") read out of a map."""

from __future__ import annotations

import random
import re

import pytest
from tables import check_turns

from bot import lexicon
from bot.answering.intent import Classifier, Tokens
from bot.engine import Engine
from bot.languages import vocabulary
from bot.resources import intents_dir

LANGS = ("en", "ru", "es")
PER_LANG = 4000


def _lex(lang: str):
    load = lexicon.load if lang == "en" else vocabulary.load
    return load(lang, intents_dir())


def plain(lex) -> list[tuple[re.Pattern, str]]:
    """Every pattern of the file, in its order, with its intent: the classifier without shortcuts."""
    return [
        (re.compile(lexicon.compile_pattern(p, lex.classes)), intent.id)
        for intent in lex.intents
        for p in intent.patterns
    ]


def first_match(patterns: list[tuple[re.Pattern, str]], symbols: str) -> str | None:
    return next((intent for rx, intent in patterns if rx.match(symbols)), None)


def instance(pattern: str, classes, rnd: random.Random, vocab: list[str]) -> list[str]:
    """The words of one random match of a pattern."""
    out: list[str] = []
    for tok in pattern.split():
        optional = tok.endswith("?") and len(tok) > 1
        tok = tok[:-1] if optional else tok
        if tok == "$":
            break
        if optional and rnd.random() < 0.5:
            continue
        if tok == "*":
            out += rnd.choices(vocab, k=rnd.randrange(4))
            continue
        alt = rnd.choice(tok.split("|"))
        if alt.startswith("{"):
            alt = rnd.choice(classes[alt[1:-1]])
        elif alt == "<ex>":
            alt = rnd.choice(("<e>", "<x>"))
        out.append(alt)
    return out


def mutated(words: list[str], rnd: random.Random, vocab: list[str]) -> list[str]:
    w = list(words)
    for _ in range(rnd.randrange(1, 4)):
        op, k = rnd.randrange(6), rnd.randrange(len(w) + 1)
        if op == 0 and k < len(w):
            del w[k]
        elif op == 1 and len(w) > 1:
            j = rnd.randrange(len(w))
            w[k - 1], w[j] = w[j], w[k - 1]
        elif op == 2 and k < len(w):
            w[k] = rnd.choice((w[k].upper(), w[k].title()))
        elif op == 3:
            w.insert(k, rnd.choice(vocab))
        elif op == 4 and k < len(w):
            w[k] = rnd.choice(vocab)
        elif op == 5:
            w = w[:k]
    return w


def symbol_strings(lex, n: int, seed: int) -> list[str]:
    """Pattern-built and mutated symbol strings, mostly space-ended as the reader writes them."""
    rnd = random.Random(seed)
    pats = [p for intent in lex.intents for p in intent.patterns]
    vocab = sorted({f for forms in lex.classes.values() for f in forms} | {"<e>", "<x>", "zzz"})
    vocab += sorted({w for p in pats for w in re.findall(r"[^\s|?{}*$]+", p)} - set(vocab))
    out = ["", " ", "<e> ", "<x> "]
    out += [" ".join(instance(p, lex.classes, rnd, vocab)) + " " for p in pats]
    while len(out) < n:
        words = mutated(instance(rnd.choice(pats), lex.classes, rnd, vocab), rnd, vocab)
        text = " ".join(words) + " "
        shape = rnd.random()
        out.append(text if shape < 0.9 else text.strip() if shape < 0.95 else "  " + text)
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_prefiltered_classifier_is_the_plain_first_match(lang):
    lex = _lex(lang)
    fast, slow = Classifier(lex), plain(lex)
    differ = [
        (s, fast.classify(s), first_match(slow, s))
        for s in symbol_strings(lex, PER_LANG, seed=len(lang))
        if fast.classify(s) != first_match(slow, s)
    ]
    assert differ == []


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_at_once_or_lazily_the_same(lang):
    lex = _lex(lang)
    lazy, eager = Classifier(lex), Classifier(lex)
    eager.compile_all()
    strings = symbol_strings(lex, 500, seed=7)
    assert [lazy.classify(s) for s in strings] == [eager.classify(s) for s in strings]


@pytest.mark.parametrize("lang", LANGS)
def test_follow_up_compiled_lazily_the_same(lang):
    """ "and <e>?": the follow-up patterns, compiled at the first question that needs them."""
    lex, rnd = _lex(lang), random.Random(5)
    vocab = ["<e>", "<x>", "the", "too", "zzz"]
    fresh = [re.compile(lexicon.compile_pattern(p, lex.classes)) for p in lex.follow_ups]
    strings = [" ".join(instance(p, lex.classes, rnd, vocab)) + " " for p in lex.follow_ups]
    strings += [" ".join(mutated(s.split(), rnd, vocab)) + " " for s in strings * 20]
    c = Classifier(lex)
    assert [c.is_follow_up(s) for s in strings] == [
        any(rx.match(s) for rx in fresh) for s in strings
    ]


def test_every_needed_token_is_in_every_match():
    """The cue a pattern is filed under is a word every match of it holds."""
    lex, rnd = _lex("en"), random.Random(3)
    tokens = Tokens(lex.classes)
    for intent in lex.intents:
        for p in intent.patterns:
            for _ in range(5):
                words = set(" ".join(instance(p, lex.classes, rnd, ["x", "y"])).split(" "))
                assert all(need & words for need in tokens.needed(p)), p


def test_classifier_rows_guard():
    """A few plain readings the speed-up must leave alone."""
    c = Classifier(_lex("en"))
    assert c.classify("did <e> back <e> ") == "stance_check"
    assert c.classify("who is <e> ") == "whois"
    assert c.classify("hello ") == "greet"


STORY = Engine.from_text(
    "Visit\n\nVARBY, May 4 (Wire) — Spokesman Ivo Rekk said the minister would visit Lunoria "
    "soon. Rekk spoke to reporters near Mt Holm on Monday.\n"
)

# (question, answered, what the answer or the decline says, id)
ROWS = [
    ("In which month was this Wire report filed?", True, "May 4", "agency-report-guard"),
    ("What's Wire's source for the visit?", True, "Spokesman Ivo Rekk said", "agency-source-guard"),
    ("which official does Wire cite?", False, "does not say", "agency-cite-guard"),
    ("Who is Rekk?", True, "Ivo Rekk — Spokesman", "whois-guard"),
    # "Mount Holm" read as the article's "Mt Holm"
    ("when did Rekk speak near Mount Holm?", True, "Monday", "short-form-guard"),
    ("who spoke to reporters near Mount Holm?", True, "Ivo Rekk", "short-form-who-guard"),
]


@pytest.mark.parametrize("question, answered, says", [pytest.param(*r[:3], id=r[3]) for r in ROWS])
def test_s28_speed_guards(question, answered, says):
    check_turns(STORY, question, answered, says)
