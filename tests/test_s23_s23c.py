"""Round r52's kinds of failure, mended in session 23 (s23c), in one table. Each row: a small
invented story (no text of the measured stories), the turns asked first (each answer is the
context of the next), then the question, whether the bot answers it, and what its short answer
(or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave
alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "visit": Engine.from_text(
        "Visit\n\nLunor President Ivo Rekk has thanked Varby for its help. Earlier, council "
        "spokesman Ada Lind said the Lunor leader was expected to visit Varby in the near "
        'future. "We have met numerous times in Holm and at various summits," Rekk said. The '
        "mill was closed on Monday after three inspections. "
        '"I thank Varby and all the people of Varby for their help," Rekk said.\n'
    ),
    "rally": Engine.from_text(
        "Rally\n\nThe crisis in Lunor deepened on Friday. Ada Lind, the council speaker, "
        "declared herself interim mayor at a rally in Holm. Ivo Rekk called the move a coup.\n"
    ),
    "deal": Engine.from_text(
        "Deal\n\nIn May, Lunorian Deputy Trade Minister Ivo Rekk discussed the deal with Varby "
        "President Ada Lind during his trip to Varby. Rekk said Lunoria wanted the deal.\n"
    ),
    "plans": Engine.from_text(
        "Visit\n\nEarlier, council spokesman Ada Lind said the Lunor leader was expected to "
        "visit Varby soon. In June, Lunorian Deputy Trade Minister Ivo Rekk discussed "
        "preparations for the visit during his trip to Holm.\n"
    ),
    "ties": Engine.from_text(
        "Ties\n\nLunor Mayor Ivo Rekk emphasized that Lunor and Varby have ties marked by deep "
        "trust between their leaders. Rekk said he kept in close contact with Varby President Ada "
        'Lind. "We talk every week," he said.\n'
    ),
    "crisis": Engine.from_text(
        "Crisis\n\nThe crisis in Lunor deepened when Ada Lind declared herself interim "
        "president. Several countries, including Norden, Sund and Karvia, recognized Lind. In "
        "contrast, Varby, Holmia and Tersia voiced support for Ivo Rekk.\n"
    ),
}

EITHER = ("did varby or holmia side with lind?",)
LIND = ("Who is Ada Lind?", "what did she say about Rekk?")
THANK = ("Rekk thanks Varby for what?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "when exactly?", "how many times exactly?": a vague time or quantity is no exact value
    ("visit", LIND, "when did she say it exactly?", False, "when", "exact-time-vague"),
    ("visit", LIND, "when did she say it?", True, "Earlier", "exact-time-vague-guard"),
    ("visit", (), "when exactly was the mill closed?", True, "Monday", "exact-time-guard"),
    ("visit", (), "how many times exactly have they met?", False, "number", "exact-count-vague"),
    ("visit", (), "how many inspections exactly?", True, "three", "exact-count-guard"),
    # "X thanks also the people of Y?": a statement in the present with its object, asked as a
    # yes/no ("did X thank …?"), not a "what" answered by the quote
    ("visit", THANK, "and he thanks also the people of Varby?", True, "Yes", "present-statement"),
    ("visit", (), "Rekk thanks the mill?", False, "", "present-statement-no"),
    # a learner's "she declare herself what?": the bare verb after a subject pronoun, the thing
    # asked at the end — "what did she declare herself?"
    (
        "rally",
        ("Who is Ada Lind?",),
        "she declare herself what?",
        True,
        "Declared herself interim mayor",
        "bare-what-last",
    ),
    # "the deputy trade minister": the longest description read, not "the deputy" alone; one
    # opened by "that" as one opened by "the"; "X is from which country?" asks X's origin
    ("deal", (), "where is the deputy trade minister from?", True, "Lunoria", "longest-title"),
    ("deal", (), "what did that deputy minister say?", True, "Lunoria wanted", "that-title"),
    ("deal", (), "Rekk is from which country?", True, "Lunoria", "origin-in-place"),
    (
        "deal",
        (),
        "that deputy minister is from which country?",
        True,
        "Lunoria",
        "origin-that-guard",
    ),
    # "what about X?" swapped into the question before, answered by a sentence that never
    # names X: asked on its own (who X is)
    (
        "plans",
        ("lunor leader visiting varby soon?",),
        "what about Rekk",
        True,
        "Trade",
        "swap-unmet",
    ),
    # "what did X say about trust between him and Y?": the names after "between" are whose the
    # trust is — the quote with the noun, not the one naming Y
    (
        "ties",
        (),
        "what did Rekk say about trust between him and Lind?",
        True,
        "deep trust",
        "between-topic",
    ),
    (
        "ties",
        (),
        "what did Rekk say about his contact with Lind?",
        True,
        "close contact",
        "between-topic-guard",
    ),
    # "who's the president he keeps in contact with?": a description and a clause of its own
    # after it — "which president did he keep in contact with?"
    (
        "ties",
        ("Who is Ivo Rekk?",),
        "who's the president he keeps in contact with?",
        True,
        "Ada Lind",
        "described-clause",
    ),
    (
        "ties",
        ("Who is Ivo Rekk?",),
        "who is the president?",
        True,
        "Ada Lind",
        "described-clause-guard",
    ),
    # "who is 'he' in 'he said' there?", "'he' in 'he said'?": whom the quoted word of the
    # quoted phrase stands for, from that phrase's sentence
    (
        "ties",
        ("what does Rekk say about his contact with Lind?",),
        "who is 'he' in 'he said' there?",
        True,
        "Ivo Rekk.",
        "quoted-in-whois",
    ),
    ("ties", (), "'he' in 'he said'?", True, "Ivo Rekk", "quoted-in-what"),
    # "did A or B side with X?" when neither did: the side each took, as a no
    ("crisis", (), EITHER[0], True, "No — Varby and Holmia voiced", "either-neither"),
    ("crisis", (), "did varby or norden side with lind?", True, "Norden", "either-one-guard"),
    # "and C?" after "did A or B …?": C alone in the choice's place — a yes or a no
    ("crisis", EITHER, "and norden?", True, "Yes — Norden", "either-swap-alone"),
    # "was X one?" after a list: whether X is one of its parties
    (
        "crisis",
        ("which countries voiced support for Rekk?",),
        "was holmia one?",
        True,
        "Yes — Holmia",
        "list-one",
    ),
    (
        "crisis",
        ("which countries voiced support for Rekk?",),
        "was norden one?",
        True,
        "No — Norden",
        "list-one-no",
    ),
    # "the other southern one, Tersia?": a description, a comma and a name — the name asked
    (
        "crisis",
        ("which countries voiced support for Rekk?", "and varby?"),
        "the other southern one, tersia?",
        True,
        "Yes — Tersia",
        "name-last",
    ),
    # "what about C and D?" after a yes/no on a side: both in the party's place
    (
        "crisis",
        EITHER + ("and norden?",),
        "what about sund and karvia?",
        True,
        "Yes — Sund and Karvia",
        "pair-swap",
    ),
    (
        "crisis",
        ("did varby side with lind?",),
        "and tersia and holmia?",
        True,
        "No — Tersia and Holmia",
        "pair-swap-no",
    ),
    (
        "rally",
        ("Who is Ada Lind?",),
        "she declared herself what?",
        True,
        "Declared herself interim mayor",
        "past-what-last-guard",
    ),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s23_s23c(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
