"""Session 24 (s24b): the kind of question ORDER — "which came first, A or B?", "did A happen
before B?", "was A before or after B?" (and in Russian and Spanish). Each row: a small invented
story, the turns asked first (each answer is the context of the next), then the question, whether
the bot answers it, and what its short answer (or its decline's reason) holds. Rows whose id ends
in ``-guard`` pin what the kind must leave alone: an event with no time of its own, two times
that do not compare, a thing the story never tells — declined, never ordered by paragraphs."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "harbour": Engine.from_text(
        "Harbour strike\n\nDock workers in Lunor walked off the job on Tuesday. Ivo Rekk, the "
        "union leader, called the strike on February 12 after talks with the port broke down. "
        "The port council met Holm Shipping on January 30 to discuss pay.\n\nAda Lind resigned "
        "as harbour master in 2019. Holm Shipping was sold to Varby Lines in 2021. The mayor "
        "said the port would reopen soon.\n\nAda Lind criticised the council yesterday. Ivo Rekk "
        "addresses the workers today.\n"
    ),
    "visits": Engine.from_text(
        "Visits\n\nIvo Rekk visited Varby on March 4. Ada Lind visited Lunor on May 9. Holm met "
        "the mayor of Varby. Ada Lind signed the harbour deal in 2020. Holm Lines opened an "
        "office in Varby in June 2018.\n"
    ),
    "dated": Engine.from_text(
        "Harbour\n\nLUNOR, February 10 (Wire) - Ivo Rekk visited Varby in November, the council "
        "said. Ada Lind visited Holm in January. The vote on the harbour will be held in March.\n"
    ),
}

DATED = ("When did Rekk call the strike?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # two dates of no year: the earlier first, both sentences quoted
    (
        "harbour",
        (),
        "which came first, the council's meeting with Holm Shipping or Rekk calling the strike?",
        True,
        "council's meeting with Holm Shipping came first (January 30)",
        "first-date",
    ),
    # two years; the event named by its verb ("resigning" is told as "resigned")
    (
        "harbour",
        (),
        "Which happened earlier: Ada Lind resigning or Holm Shipping being sold to Varby Lines?",
        True,
        "Ada Lind resigning came first (2019)",
        "earlier-year",
    ),
    # the question after its events
    (
        "harbour",
        (),
        "Ada Lind criticising the council or Rekk addressing the workers, which came first?",
        True,
        "criticising the council came first (yesterday)",
        "first-last-yesterday",
    ),
    (
        "harbour",
        (),
        "which came later, Holm Shipping being sold or Ada Lind resigning?",
        True,
        "Holm Shipping being sold came later (2021)",
        "later",
    ),
    # yes/no: a Yes or a No, the earlier event said first
    (
        "harbour",
        (),
        "did Holm Shipping being sold happen before Ada Lind resigned?",
        True,
        "No — Ada Lind resigned (2019)",
        "before-no",
    ),
    (
        "harbour",
        (),
        "did Ada Lind's resignation happen before Holm Shipping was sold?",
        True,
        "Yes — Ada Lind's resignation (2019)",
        "before-yes",
    ),
    (
        "harbour",
        (),
        "was Rekk calling the strike before or after the council met Holm Shipping?",
        True,
        "After —",
        "before-or-after",
    ),
    # "that" after an answer: the answer's event
    (
        "harbour",
        DATED,
        "which came first, that or the council's meeting with Holm Shipping?",
        True,
        "council's meeting with Holm Shipping came first (January 30)",
        "that-focus",
    ),
    # Spanish and Russian: the same kind, the reply in the asker's language
    (
        "visits",
        (),
        "¿Qué pasó primero: la visita de Lind a Lunor o la visita de Rekk a Varby?",
        True,
        "Primero: la visita de Ivo Rekk a Varby (4 de marzo)",
        "es-first",
    ),
    (
        "visits",
        (),
        "Что произошло раньше: Линд посетила Лунор или Рекк посетил Варби?",
        True,
        "Раньше было: Ivo Rekk посетил Varby (4 марта)",
        "ru-first",
    ),
    # a year against a month of another year: the years order them
    (
        "visits",
        (),
        "which came first, Lind signing the harbour deal or Holm Lines opening an office in Varby?",
        True,
        "opening an office in Varby came first (June 2018)",
        "year-against-month",
    ),
    # declines: an event with no time of its own (the article's order is no order in time)
    (
        "visits",
        (),
        "which came first, Holm meeting the mayor or Rekk's visit to Varby?",
        False,
        "The article does not",
        "no-time-guard",
    ),
    # a weekday against "soon": times that do not compare
    (
        "harbour",
        (),
        "which came first, the walkout or the mayor saying the port would reopen?",
        False,
        "The article does not",
        "weekday-soon-guard",
    ),
    # the talks are what the strike is placed after: February 12 dates the strike, not the talks
    (
        "harbour",
        (),
        "which came first, the talks breaking down or Ada Lind resigning?",
        False,
        "The article does not",
        "placed-after-guard",
    ),
    # "January 30" of no year against "2021": no order
    (
        "harbour",
        (),
        "which came first, the council meeting Holm Shipping or Holm Shipping being sold?",
        False,
        "The article does not",
        "no-year-guard",
    ),
    # a thing the story never tells
    (
        "harbour",
        (),
        "which came first, the strike or the Varby election?",
        False,
        "The article does not",
        "untold-guard",
    ),
    # the story is of February: a November of no year may be of the year before
    (
        "dated",
        (),
        "which came first, Rekk's visit to Varby or Lind's visit to Holm?",
        False,
        "The article does not",
        "dateline-month-guard",
    ),
    (
        "visits",
        (),
        "which came first, Holm's visit to Lunor or Rekk's visit to Varby?",
        False,
        "The article does not",
        "untold-name-guard",
    ),
    (
        "visits",
        (),
        "¿Qué pasó primero: la visita de Holm a Lunor o la visita de Rekk a Varby?",
        False,
        "El artículo no",
        "es-untold",
    ),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s24_s24b(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


def test_s24_s24b_quotes_both():
    """An ordered answer quotes the sentence of each event."""
    a = STORIES["visits"].answer(
        "which came first, Rekk's visit to Varby or Lind's visit to Lunor?"
    )
    assert a.answered and len(a.sentences) == 2, (a.text, a.reason)
