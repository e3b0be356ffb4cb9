"""Pronouns and referents in conversations, mended in session 28 (helper "pronouns"), in one
table. Each row: a small invented story (no text of the measured articles), the turns asked first
(each answer is the context of the next), then the question, whether the bot answers it, and what
its short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the
mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "crash": Engine.from_text(
        "Crash\n\nVARBY, May 4 (Wire) — Lunorian envoy Ada Lind said she had visited the "
        "hospital where racing driver Ivo Rekk died after his car crashed near Osterby. "
        "Mayor Eva Holm says she feels shocked by Mr Rekk's death. Lind said she had spoken "
        "to the police. Two other drivers who were hurt in the crash had left the hospital, "
        "Lind said. His mother said she had been told that he crashed at speed.\n"
    ),
    "vote": Engine.from_text(
        "Vote\n\nVARBY, May 4 (Wire) — Norway, Japan and Peru backed mayor Ivo Rekk on Monday. "
        "Ten people were hurt in clashes after the vote, Lind said. Police said Ada Holm led the "
        "march. Three of the marchers were children.\n"
    ),
    "rift": Engine.from_text(
        "Rift\n\nVARBY, May 4 (Wire) — Lunorian President Ivo Rekk dismissed the vote as a plot "
        "by Ardenia and said he was cutting diplomatic ties with Ardenia. Masked soldiers arrived "
        "first at the border post, witnesses said. Talks between the two countries were held in "
        "Osterby in March.\n"
    ),
    "bridges": Engine.from_text(
        "Bridges\n\nVARBY, May 4 (Wire) — Construction on the first bridge, along Holm Road, is "
        "expected to begin in March, according to Ivo Rekk, director of the city works office. "
        "The bridges on Lind Street and Osterby Road would open by 2030.\n"
    ),
    "bomb": Engine.from_text(
        "Bomb\n\nVARBY, May 4 (Wire) — Mayor Ivo Rekk said the city might step up patrols after a "
        'new bombing in Osterby. "We have not finished our work," Rekk told Radio Varby. Earlier '
        "on Sunday a bomber tried to blow himself up at a bus station in Osterby, injuring several "
        "people. The bomber was badly wounded and was quickly shot dead by two policemen who "
        "feared he was about to set off a second bomb.\n"
    ),
    "holm": Engine.from_text(
        "Vote\n\nVARBY, May 4 (Wire) — Opposition leader Ada Holm declared herself mayor of Varby "
        "on March 3, saying she would hold new elections. Norway and Peru recognized her on "
        "Monday.\n"
    ),
    "stranger": Engine.from_text(
        "Crash\n\nVARBY, May 4 (Wire) — Mayor Ivo Rekk died after his car crashed near "
        "Osterby. Mr Rekk was 54. His mother said she had been told that he crashed at speed. Eva Holm also told "
        "Radio Varby that the team had ignored warnings.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "his" after answers about two women: the one man their sentences name
    (
        "crash",
        ("who is Eva Holm?", "and Ada Lind?"),
        "how does Eva Holm feel about his death?",
        True,
        "shocked",
        "his-the-one-man-named",
    ),
    # "her" after an answer on a man whose sentence names no woman: still no one
    (
        "crash",
        ("what did Ivo Rekk's mother say?",),
        "what is her name?",
        False,
        "",
        "her-unnamed-mother-guard",
    ),
    # "she" after an answer on a woman: that woman
    (
        "crash",
        ("who is Ada Lind?",),
        "what did she say about the police?",
        True,
        "spoken to the police",
        "she-the-woman-guard",
    ),
    # "their names" after a count of unnamed ones: not the speaker the sentence names
    (
        "crash",
        ("what did Lind say about the drivers?", "how many were hurt?"),
        "what are their names?",
        False,
        "",
        "their-names-after-unnamed-count",
    ),
    # "how many of them …?" after such a count: what its sentence says of them, nothing else
    (
        "vote",
        ("what did Lind say about the clashes?", "how many were hurt?"),
        "how many of them were children?",
        False,
        "",
        "them-the-counted-not-elsewhere",
    ),
    # a count that named its parties: "their names" are those
    (
        "vote",
        ("how many countries backed Rekk?",),
        "what are their names?",
        True,
        "Norway, Japan and Peru",
        "their-names-after-named-count-guard",
    ),
    # "her" after "his mother said …" and a woman of another family named: still no one
    (
        "stranger",
        ("what did Ivo Rekk's mother say?",),
        "what is her name?",
        False,
        "",
        "her-not-a-woman-of-another-family-guard",
    ),
    # "his" after answers on an unnamed man: not a man named sentences before, whom the
    # article's "he" of the answer's sentence was misread as
    (
        "bomb",
        ("where did the bomber strike?", "what happened to him?"),
        "what was his name?",
        False,
        "",
        "his-unnamed-not-one-named-far-back",
    ),
    (
        "holm",
        ("who recognized Holm?",),
        "when did she declare herself mayor?",
        True,
        "March 3",
        "she-named-before-guard",
    ),
    # "they" for the plural noun of the question before, not the names of its answer
    (
        "bridges",
        ("Where will the first bridge be built?", "and the other bridges?"),
        "when will they open?",
        True,
        "2030",
        "they-the-question-noun-not-its-names",
    ),
    (
        "rift",
        ("why did relations with Ardenia break?",),
        "who cut them?",
        True,
        "Ivo Rekk",
        "them-the-question-noun",
    ),
    (
        "rift",
        ("where were the talks held?",),
        "when were they held?",
        True,
        "March",
        "they-the-question-noun-when",
    ),
    # after "who …?" answered with a plural noun, "they" are the answer's, not the question's
    (
        "rift",
        ("who arrived first at the border post?",),
        "what were they wearing?",
        False,
        "",
        "they-the-answer-noun-guard",
    ),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s28_pronouns(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
