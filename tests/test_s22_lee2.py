"""Round r47's and the other Lee rounds' kinds of failure, mended in session 22 (second part),
in one table. Each row: a small invented story (no text of the measured wire stories), the turns
asked first (each answer is the context of the next), then the question, whether the bot answers
it, and what its short answer (or its decline's reason) holds. Rows whose id ends in ``-guard``
pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "docks": Engine.from_text(
        "Dock talks\n\nVarby Ferries and unions representing its dock workers will meet again "
        "today after long talks last night failed to end a pay dispute. Ivo Rekk of the Lunor "
        'Dock Union (LDU) says the unions will not give up. "After six hours, the LDU and KMU are '
        'still talking to Varby Ferries, we will meet again tomorrow," he said. The Holm Post and '
        "the Varby Times are still writing to the unions about the strike.\n"
    ),
    "bridges": Engine.from_text(
        "Bridges\n\nThe farmers' leader, Bram Olt, says the Holm Council promised to repair about "
        "40 bridges. Mr Olt says the bridges have become dangerous. \"It's important Ivo Rekk "
        'delivers for the farmers and for the villages," Mr Olt said.\n'
    ),
    "district": Engine.from_text(
        "District\n\nThe rebels handed over the Varby district to village elders on Monday. "
        "Troops were looking for Ivo Rekk in the hills. The army handed over the Holm depot, "
        "officials said.\n"
    ),
    "depot": Engine.from_text(
        "Depot fire\n\nA fire destroyed the Holm depot on Monday. Asked if she phoned the Holm "
        'depot before the fire to warn them, Ada Lind said: "No". Asked whether he had met Ivo '
        'Rekk, Bram Olt said: "Yes". The mayor phoned the Varby station after the fire, and Ivo '
        'Rekk said: "No".\n'
    ),
}

BRIDGES = ("What did Bram Olt say about the Holm Council?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "which unions …?" of "the LDU and KMU are still talking to X", the LDU the article's
    # "Lunor Dock Union": a list whose names carry the noun asked, written as the sentence has it
    ("docks", (), "Which unions are talking to Varby Ferries?", True, "LDU", "names-carry-noun"),
    (
        "docks",
        (),
        "Which unions are in talks with Varby Ferries?",
        True,
        "KMU",
        "names-carry-talks",
    ),
    # a list of names that are no unions does not answer "which unions"
    (
        "docks",
        (),
        "Which unions are writing about the strike?",
        True,
        "writing to the unions",
        "names-carry-noun-guard",
    ),
    # "who does X want to deliver?": the doer of the verb after X's wish, in a sentence that says
    # a wish ("it's important Y delivers"); "X says the Council promised to …" is no wish of X's
    ("bridges", BRIDGES, "who does he want to deliver?", True, "Ivo Rekk", "wished-doer"),
    ("bridges", (), "who does Bram Olt want to repair the bridges?", False, "who", "wish-unmet"),
    (
        "bridges",
        (),
        "who promised to repair the bridges?",
        True,
        "Holm Council",
        "wish-unmet-guard",
    ),
    # "who was X handed over to?", "who should X deliver for?" (a modal before the subject): the
    # phrase after the verb's preposition, past a particle and an object, though it is no name
    (
        "district",
        (),
        "who was the Varby district handed over to?",
        True,
        "elders",
        "stranded-phrase",
    ),
    ("bridges", (), "who should Ivo Rekk deliver for?", True, "farmers", "stranded-modal"),
    (
        "district",
        (),
        "who was the Holm depot handed over to?",
        False,
        "who",
        "stranded-phrase-guard",
    ),
    ("district", (), "who were the troops looking for?", True, "Ivo Rekk", "stranded-name-guard"),
    # "Asked if she phoned X …, she said: "No"": the yes or no given is the answer, not the
    # question put ("ring" a word of phoning; "em" chat for "them"); never "X called Y a …"
    ("depot", (), "did Ada Lind ring the Holm depot before the fire?", True, "No", "asked-no"),
    (
        "depot",
        (),
        "did ada lind call the holm depot before the fire to warn em",
        True,
        "No",
        "asked-no-chat",
    ),
    ("depot", (), "Did Bram Olt meet Ivo Rekk?", True, "Yes", "asked-yes"),
    (
        "depot",
        (),
        "Did the mayor phone the Varby station after the fire?",
        True,
        "Yes",
        "asked-reply-guard",
    ),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s22_lee2(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
