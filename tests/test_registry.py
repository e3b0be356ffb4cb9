"""The registry of kinds: intents and kinds match exactly (file:line errors otherwise), adding a
kind is an intent plus one module, and the fallbacks between kinds are one checked table."""

import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
import types
from pathlib import Path

import pytest

from bot import kinds
from bot.answer import Answer
from bot.answering.answers import say
from bot.answering.registry import Fallback, Pass, Registry, RegistryError, kind
from bot.engine import Engine
from bot.errors import IntentsError
from bot.lexicon import load as load_lexicon
from bot.resources import intents_dir

ARTICLE = """Rivers agree on a shared dam plan

OXBRIDGE, May 4. The mayors of Alton and Brill met in Oxbridge on Monday to sign a dam plan.
The two mayors meet every spring, the council said.
"""

HOW_OFTEN_INTENT = """\
  - id: how_often
    patterns:
      - "how often *"
    examples: ["How often do the mayors meet?"]

"""

HOW_OFTEN_KIND = '''\
"""A throwaway kind: how often something happens — the sentence that says so."""

from bot.answering.answers import say
from bot.answering.evidence import best_sentence
from bot.answering.registry import kind


@kind("how_often")
def how_often(ask):
    found = best_sentence(ask.ix, ask.q, need=0.5)
    if not found:
        return ask.decline()
    text = found.info.sentence.text
    return ask.answer(say("answer.verbatim", text=text), [found.info], found.coverage)
'''


@pytest.fixture
def intents(tmp_path) -> Path:
    """A copy of the intents folder to add to."""
    dst = tmp_path / "intents"
    shutil.copytree(intents_dir(), dst)
    return dst


def add_intent(folder: Path, before: str = "  - id: excluded\n") -> int:
    """Insert the how_often intent; its line number."""
    path = folder / "en" / "intents.yaml"
    text = path.read_text()
    at = text.index(before)
    path.write_text(text[:at] + HOW_OFTEN_INTENT + text[at:])
    return text[:at].count("\n") + 1


def kind_module(tmp_path: Path):
    """The throwaway kind as a module of its own, as a contributor would write it."""
    path = tmp_path / "how_often_kind.py"
    path.write_text(HOW_OFTEN_KIND)
    spec = importlib.util.spec_from_file_location("how_often_kind", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_bundled_kinds_are_the_english_intents():
    lex = load_lexicon("en")
    assert set(kinds.registry().kinds) == {i.id for i in lex.intents}


def test_a_new_kind_is_an_intent_plus_one_module(intents, tmp_path):
    add_intent(intents)
    engine = Engine.from_text(ARTICLE, intents=intents, kinds=[kind_module(tmp_path)])
    a = engine.answer("How often do the mayors meet?")
    assert a.answered and a.intent == "how_often"
    assert a.text == "The two mayors meet every spring, the council said."
    # the other kinds are untouched, and an engine without the extra kind still loads
    assert engine.answer("Who met in Oxbridge?").intent == "who_did"
    assert "how_often" not in Engine.from_text(ARTICLE).answerer.registry.kinds


def test_an_intent_without_a_kind_is_a_file_line_error(intents):
    line = add_intent(intents)
    with pytest.raises(IntentsError) as e:
        Engine.from_text(ARTICLE, intents=intents)
    (problem,) = e.value.problems
    assert f"en/intents.yaml:{line}: intent 'how_often' has no kind" in problem


def test_a_kind_without_an_intent_is_a_file_line_error(tmp_path):
    with pytest.raises(IntentsError) as e:
        Engine.from_text(ARTICLE, kinds=[kind_module(tmp_path)])
    (problem,) = e.value.problems
    lex = load_lexicon("en")
    assert f"{lex.intents_file}:{lex.intents_line}: kind 'how_often'" in problem


def test_cli_reports_an_intent_without_a_kind_in_one_line(intents):
    line = add_intent(intents)
    env = {**os.environ, "ARTICLE_BOT_INTENTS": str(intents)}
    r = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "hi"], capture_output=True, text=True, env=env
    )
    err = r.stderr.strip().splitlines()
    assert r.returncode != 0 and len(err) == 1 and "Traceback" not in r.stderr
    assert err[0].startswith("Error: ") and f"intents.yaml:{line}: intent 'how_often'" in err[0]


# --------------------------------------------------------------------------- the fallback table


def _answer(ask):
    return Answer(question=ask.question, answered=True, text="done", intent=ask.intent)


@kind("first", passes=("later",))
def _first(ask):
    return Pass("later")


@kind("second")
def _second(ask):
    return _answer(ask)


@kind("loop", passes=("again",))
def _loop(ask):
    return Pass("again")


@pytest.mark.parametrize(
    "kinds_,table,problem",
    [
        pytest.param([_first], {}, "passes 'later' but no fallback takes it", id="pass-unhandled"),
        pytest.param(
            [_first], {("first", "later"): Fallback("nowhere")}, "no such kind", id="to-no-kind"
        ),
        pytest.param(
            [_first, _second],
            {("first", "later"): Fallback("second"), ("second", "x"): Fallback("first")},
            "no kind 'second' passes 'x'",
            id="row-without-pass",
        ),
        pytest.param([_loop], {("loop", "again"): Fallback("loop")}, "fallbacks loop", id="loop"),
    ],
)
def test_the_fallback_table_is_checked(kinds_, table, problem):
    with pytest.raises(RegistryError, match=problem):
        Registry({f.__kind__.id: f.__kind__ for f in kinds_}, table)


def test_a_kind_registered_twice_is_an_error():
    module = types.ModuleType("twice")
    code = "from bot.answering.registry import kind\n"
    code += "@kind('same')\ndef a(ask): pass\n@kind('same')\ndef b(ask): pass\n"
    exec(code, module.__dict__)
    with pytest.raises(RegistryError, match="kind 'same' registered twice"):
        Registry.of([module])


def test_the_bundled_fallbacks_are_declared_in_one_table():
    reg = kinds.registry()
    declared = {(k.id, why) for k in reg.kinds.values() for why in k.passes}
    assert declared == set(kinds.FALLBACKS)


FALLBACK_ARTICLE = textwrap.dedent(
    """\
    Council splits over harbour plan

    PORTVALE, June 2. /TASS/. Six members, including Ada Lind, Ben Ortiz and Cy Vale, backed the harbour
    plan on Tuesday. The Port Authority, excluding its chairman Dov Lenz, welcomed the plan.
    Mayor Eva Stone opened the new ferry terminal on Wednesday.
    Ada Lind said the plan would bring jobs.
    """
)


@pytest.fixture(scope="module")
def engines():
    return {"small": Engine.from_text(FALLBACK_ARTICLE), "bundled": Engine.load()}


@pytest.mark.parametrize(
    "article,question,asked,answered_as",
    [
        # "did …" read as "what" is a yes/no question: confirm answers it
        ("small", "Was the ferry terminal opened on Wednesday?", "what", "confirm"),
        # a when-question about nothing in particular: the article's date
        ("small", "when?", "when", "article_date"),
        # who-said with no quote meeting it: who did it, under the who_said intent
        ("small", "Who said the terminal opened?", "who_said", "who_said"),
        # "which … did not recognize": the article names the exceptions, not refusals
        ("bundled", "Which Lima Group member did not recognize Guaido?", "sides", "excluded"),
    ],
)
def test_fallbacks_answer_as_the_table_says(engines, article, question, asked, answered_as):
    engine = engines[article]
    assert engine.classify(question) == asked
    a = engine.answer(question)
    assert a.answered and a.intent == answered_as, a


@kind("borrows", passes=("search",))
def _borrows(ask):
    return Pass("search")


@kind("tries", passes=("maybe",))
def _tries(ask):
    return Pass("maybe", say("decline.who"))


@kind("declines")
def _declines(ask):
    return ask.decline()


@pytest.mark.parametrize(
    "table,start,intent,answered,reason",
    [
        pytest.param(
            {("borrows", "search"): Fallback("second")},
            "borrows",
            "second",
            True,
            None,
            id="hand-over",
        ),
        pytest.param(
            {("borrows", "search"): Fallback("second", keep_intent=True)},
            "borrows",
            "borrows",
            True,
            None,
            id="keep-intent",
        ),
        pytest.param(
            {("tries", "maybe"): Fallback("declines", only_if_answered=True)},
            "tries",
            "tries",
            False,
            "The article does not say who.",
            id="only-if-answered-declines",
        ),
        pytest.param(
            {("tries", "maybe"): Fallback("second", only_if_answered=True)},
            "tries",
            "second",
            True,
            None,
            id="only-if-answered-answers",
        ),
        pytest.param(
            {("tries", "maybe"): Fallback("declines")},
            "tries",
            "declines",
            False,
            "The article does not say.",
            id="hand-over-decline",
        ),
    ],
)
def test_the_registry_runs_fallbacks(engines, table, start, intent, answered, reason):
    funcs = [_borrows, _tries, _declines, _second]
    reg = Registry(
        {
            f.__kind__.id: f.__kind__
            for f in funcs
            if f.__kind__.id in {start, *(fb.to for fb in table.values())}
        },
        table,
    )
    answerer = engines["small"].answerer
    ask = answerer._ask("anything?", answerer.read("anything?"), start)
    a = reg.run(start, ask)
    assert (a.intent, a.answered, a.reason) == (intent, answered, reason)
