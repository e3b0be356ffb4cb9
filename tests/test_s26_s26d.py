"""Session 26 (s26d): sides with groups and exceptions, in one table. A group a list names with
its exceptions ("X members (excluding Y)") or in part ("most of the X states") is said so: a
yes names the exceptions, "which member of X did not …?" (also with X set before the question,
or "…the rest of X") is the exception, "all of them?" of a part is "not all"; "besides X" keeps
to X's side; "the other guy" is the other one a side was taken on; "who on the X side said …?"
asks who did it, not a side. Each row: a small invented story (no text of the measured
articles), the turns asked first (each answer is the context of the next), then the question,
whether the bot answers it, and what its short answer (or its decline's reason) holds. Rows
whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "sides": Engine.from_text(
        "Crisis in Norland\n\nVARBY, May 4 (Wire) — The crisis in Norland deepened on March 3, "
        "when Ivo Rekk, opposition leader and council speaker, declared himself interim president "
        "at a rally in the capital of Varby. Several countries, including Ardenia, most of the EU "
        "states, Rim Group members (excluding Peru), Portena and Holm, as well as the Council of "
        "Coasts, recognized him.\n\nPresident Ada Vance, in turn, dismissed the move as a coup "
        "staged by Ardenia. In contrast, Sova, Brenn, Kestia and Marl voiced support for Vance."
        "\n\nEarlier, Sovan spokesman Per Odd said Vance was expected to pay a visit to Sova in "
        "the near future. In July, Sovan Deputy Minister Eli Tamm discussed preparations for the "
        "visit during his trip to Varby.\n"
    ),
}

EU_MOST = "What did most EU states do about Rekk?"
RIM_YES = "Did the Rim Group recognize Rekk?"

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # the group set before the question: its exception
    (
        "sides",
        (),
        "From Rim Group which country is not recognize Rekk?",
        True,
        "Peru",
        "group-first-which-did-not",
    ),
    (
        "sides",
        (),
        "From the Rim Group, which country recognized Rekk?",
        True,
        "Ardenia",
        "group-first-which-did",
    ),
    # "the rest of X": X's exception; of a name that is no party of a side, none
    (
        "sides",
        (),
        "which country didn't go along with the rest of the rim group",
        True,
        "Peru",
        "rest-of-group-exception",
    ),
    (
        "sides",
        (),
        "which country didn't go along with the rest of Norland?",
        False,
        "",
        "rest-of-no-party-guard",
    ),
    # "that country" after the exception is the one left out (no side of its own)
    (
        "sides",
        ("which country didn't go along with the rest of the rim group",),
        "so did that country support vance then",
        False,
        "Peru",
        "that-country-the-exception",
    ),
    # a yes of a group names its exceptions
    (
        "sides",
        ("did any organization recognize rekk",),
        "what about the Rim Group",
        True,
        "Rim Group members (excluding Peru) recognized",
        "group-swap-names-exception",
    ),
    ("sides", (), RIM_YES, True, "Yes — Rim Group members (excluding Peru)", "group-yes-exception"),
    (
        "sides",
        (RIM_YES,),
        "all of its members?",
        True,
        "Not all — Rim Group members recognized Ivo Rekk, excluding Peru",
        "all-members-guard",
    ),
    (
        "sides",
        (RIM_YES, "all of its members?"),
        "which one didn't?",
        True,
        "Peru",
        "which-one-didnt-guard",
    ),
    # "all of them?" after "what did most X do?": not all
    (
        "sides",
        (EU_MOST,),
        "all of them?",
        True,
        "Not all — most of the EU states",
        "most-of-then-all-of-them",
    ),
    (
        "sides",
        (EU_MOST, "all of them?"),
        "which ones didn't?",
        False,
        "",
        "most-of-which-didnt-guard",
    ),
    (
        "sides",
        (EU_MOST, "all of them?", "which ones didn't?"),
        "holm?",
        True,
        "Yes — Holm",
        "swap-after-declined-exceptions",
    ),
    (
        "sides",
        ("did the EU recognize Rekk?", "all of it?"),
        "which ones didn't?",
        False,
        "",
        "part-names-no-exceptions",
    ),
    (
        "sides",
        ("did all EU states recognize Rekk?", "which ones didn't?"),
        "and among the Rim Group members?",
        True,
        "excluding Peru",
        "among-group-swap",
    ),
    (
        "sides",
        ("What did Ardenia do about Rekk?",),
        "all of them?",
        True,
        "recognized him",
        "all-of-them-no-part-guard",
    ),
    # "besides X" of the side X is on, when "him" is the last person named
    (
        "sides",
        (RIM_YES, "all of its members?", "what did that country say about vance?"),
        "so who did recognize him then, besides the rim group?",
        True,
        "Ardenia",
        "besides-pronoun-other-side",
    ),
    (
        "sides",
        ("who backed Vance?",),
        "who backed him besides Sova?",
        True,
        "Brenn",
        "besides-same-side-guard",
    ),
    # "the other guy": the other one a side was taken on
    (
        "sides",
        ("did Ardenia recognize Rekk?",),
        "and which countries backed the other guy?",
        True,
        "Sova",
        "other-guy",
    ),
    # "who on the X side said …?": who did it
    (
        "sides",
        (),
        "Who on the Sovan side talked about Vance coming to visit?",
        True,
        "Per Odd",
        "side-as-subject",
    ),
    ("sides", (), "who on Vance's side backed him?", True, "Sova", "side-as-subject-guard"),
    ("sides", (), "who was on Vance's side?", True, "Sova", "whose-side-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s26_s26d(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
