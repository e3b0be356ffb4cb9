"""Conversation follow-ups mended in session 28 (helper "followups"), in one table. Each row: a
small invented story (no text of the measured articles), the turns asked first (each answer is
the context of the next), then the question, whether the bot answers it, and what its short
answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must
leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "port": Engine.from_text(
        "Port deal\n\nVARBY, May 4 /Wire/. Several towns, including Osterby and Holm, backed the "
        "port plan. Work on the new quay is expected to start in June, according to Ida Brenn, "
        "director of the Varby Port Authority. According to early police reports, the old "
        "crane was sabotaged by smugglers. The council is expected to vote by June 9, two "
        "people familiar with the talks said. Mayor Ivo Rekk said the council had backed the "
        "plan.\n"
    ),
    "talks": Engine.from_text(
        "Talks\n\nVARBY, May 4 (Wire) — Mayor Ivo Rekk said the council might send ships to "
        'Holm. "We have not finished our work," Rekk told state radio. Rekk was speaking during '
        "a weekly council meeting that was held at the Varby town hall, near the port of "
        'Osterby. A spokesman for the harbour board said the ships had left the port. "They '
        'have gone," Ada Lind told the Wire agency from the northern city of Lunor.\n'
    ),
    "study": Engine.from_text(
        "Study\n\nVARBY, May 4 (Wire) — A new report finds that smoking, noise and traffic were "
        "the main causes of poor sleep. Report author Ida Brenn says towns must act on these "
        'issues. "Cutting the traffic in small towns is the quickest way to better sleep and '
        'hence better health," she said. The survey by the Varby Health Board shows that '
        "sleep has worsened. On March 3 Ivo Rekk, the town's deputy mayor, declared himself "
        "mayor of Varby.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "says who?", "according to whom?" after an answer: the source its sentence gives
    ("port", ("when will work on the quay start?",), "says who?", True, "Ida Brenn", "says-who"),
    (
        "port",
        ("who sabotaged the crane?",),
        "according to whom?",
        True,
        "police reports",
        "according-to-opening",
    ),
    (
        "port",
        ("when will the council vote?",),
        "who said so?",
        True,
        "Two people familiar",
        "speaker-after-last-comma",
    ),
    # a statement the article makes itself: its agency, by the dateline
    ("port", ("did Holm back the port plan?",), "says who?", True, "Wire", "says-who-article"),
    # the statement first, the source asked after it
    ("port", (), "The council backed the plan. Says who?", True, "Rekk", "stated-says-who-guard"),
    (
        "port",
        (),
        "The council backed the plan -- according to whom?",
        True,
        "Rekk",
        "stated-according-to-whom",
    ),
    ("port", (), "who said the council had backed the plan?", True, "Rekk", "who-said-guard"),
    # "who announced it?": who did that, not the source of the answer's sentence
    (
        "port",
        ("did Holm back the port plan?",),
        "who announced it?",
        False,
        "",
        "who-did-it-no-agency-guard",
    ),
    # the place of a quoted statement: the sentence that situates the speaker's saying, or the
    # phrase after the verb that attributes the quote (a reported statement carried on by a
    # direct quotation in the sentence after it)
    (
        "talks",
        ("what did Rekk say?", "who did he tell?"),
        "where was he speaking?",
        True,
        "during a weekly council meeting",
        "speaking-occasion",
    ),
    (
        "talks",
        ("what did the spokesman for the harbour board say?",),
        "speaking from where?",
        True,
        "Lunor",
        "speaking-from-quote-after",
    ),
    (
        "talks",
        ("what did Lind say?",),
        "where did she say that?",
        True,
        "Lunor",
        "said-where-guard",
    ),
    ("talks", (), "where might the council send ships?", True, "Holm", "place-said-guard"),
    # "and the weather?": a word the article never uses swapped in makes a question of nothing
    (
        "port",
        ("how many towns backed the port plan?",),
        "and the weather?",
        False,
        "does not mention weather",
        "stray-word-swap",
    ),
    (
        "talks",
        ("where might the council send ships?",),
        "what about the weather?",
        False,
        "does not mention weather",
        "stray-word-topic",
    ),
    (
        "port",
        ("did Holm back the port plan?",),
        "and Osterby?",
        True,
        "Yes",
        "swap-name-guard",
    ),
    # "and about X?", "what about X?" after a question of urging: the same question about X
    (
        "study",
        ("who is Ida Brenn?", "what does she recommend?"),
        "and about traffic?",
        True,
        "Cutting the traffic",
        "urged-and-about",
    ),
    (
        "study",
        ("who is Ida Brenn?", "what does she recommend?"),
        "what about traffic?",
        True,
        "Cutting the traffic",
        "urged-what-about",
    ),
    # a thing's noun phrase, a comma, then a question about "it" (nothing asked before)
    (
        "study",
        (),
        "so the new survey, who made it?",
        True,
        "Varby Health Board",
        "comma-topic-first",
    ),
    # "then" closing a question asks nothing of its own
    (
        "study",
        (),
        "what did Rekk declare himself then?",
        True,
        "himself mayor",
        "then-closing-guard",
    ),
    ("study", ("who is Ivo Rekk?",), "what did he declare himself?", True, "mayor", "done-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s28_followups(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
