"""The kinds of question, one module per family, and the one table of fallbacks between them.

Every module of this package is a family of kinds; each kind registers itself with
``@kind("intent_id")`` (:mod:`bot.answering.registry`). Adding a kind is an intent in
``intents/<lang>/intents.yaml`` plus a module here that registers it: the package is scanned, and
an intent without a kind (or a kind without an intent) is an error at load.

A kind that cannot answer returns ``Pass("why")``; the table below says who takes the question.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from types import ModuleType

from ..answering.registry import Fallback, Registry

FALLBACKS: dict[tuple[str, str], Fallback] = {
    # (kind, why it passes): who takes the question, and how
    # "which countries did not recognize him?": the article names the exceptions, not refusals
    ("sides", "exceptions"): Fallback("excluded"),
    # "who backed the strike?" with no list of sides: who did it, in the sentence that says so
    ("sides", "no_side_taken"): Fallback("who_did", keep_intent=True),
    # "who said the talks would resume?" with no quote meeting it: who did it
    ("who_said", "no_quote"): Fallback("who_did", keep_intent=True),
    # "did X support Y?" with no list of Y's sides: a sentence that says X did, if any
    ("stance_check", "no_list"): Fallback("confirm", only_if_answered=True),
    # "does his family support the bid?": no party named, a sentence that says it did, if any
    ("stance_check", "no_party"): Fallback("confirm", only_if_answered=True),
    # "when?" about nothing in particular: the article's date
    ("when", "nothing_asked"): Fallback("article_date"),
    # "who is X in touch with?": whom X is in touch with; "who is expected to visit the
    # capital?" (no name before the verb): who did something
    ("whois", "more_asked"): Fallback("whom"),
    # "what about Syria?" with nothing before it, of a party of a side: the side it took
    ("whois", "a_party"): Fallback("sides", keep_intent=True),
    # "did the minister visit the capital?": a yes/no question
    ("what", "yes_no"): Fallback("confirm"),
    # "was it a blank cheque?": the word "blank", no blank to fill — asked as any question
    ("fill_in", "no_blank"): Fallback("what"),
    # "what does the ruling mean for X?": no phrase of the article quoted — any question
    ("referent", "no_phrase"): Fallback("what"),
    # "was he 45?", "did it land at 3 pm?": a number that counts no noun — any yes/no
    ("count_check", "not_counted"): Fallback("confirm"),
    # "Holm?" read as a yes/no question with nothing to say yes to: who or what that is
    ("confirm", "no_claim"): Fallback("whois"),
    # "was it aired on Monday or Tuesday?": a choice of times is a question of when
    ("confirm", "choice_of_times"): Fallback("when"),
    # "who did X thank?" with no name after X's verb: who did it
    ("whom", "no_object"): Fallback("who_did"),
    # "which minister said …", "which official signed …": who said or did it
    ("what", "who_said"): Fallback("who_said"),
    ("what", "who_did"): Fallback("who_did"),
    # "which leader is X in touch with?": whom X is in touch with
    ("what", "whom"): Fallback("whom"),
    # "what did the league do?" of a party that took a side: the side it took
    ("what", "deeds"): Fallback("sides", only_if_answered=True),
    # "did the strike happen before Friday?": a time, not a second event — a yes/no question
    ("order", "not_events"): Fallback("confirm"),
    # "which country did X break ties with?": no place of an event, but whom X did it to
    ("where", "object"): Fallback("whom", only_if_answered=True),
}


def modules() -> list[ModuleType]:
    """The modules of this package: the bundled families of kinds."""
    return [
        importlib.import_module(f"{__name__}.{m.name}")
        for m in pkgutil.iter_modules(__path__)
        if not m.name.startswith("_")
    ]


def registry(extra: Iterable[ModuleType] = ()) -> Registry:
    """The bundled kinds and their fallbacks, plus the kinds of ``extra`` modules."""
    return Registry.of([*modules(), *extra], FALLBACKS)
