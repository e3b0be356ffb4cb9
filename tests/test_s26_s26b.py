"""What someone said about something (session 26): of a speaker's several quotes, the one whose
own words meet the question's topic words (and their concepts), not the first or the longest one,
nor one that merely names a place the question names; "to her supporters" is whom the speaker
spoke to (met beside the quote), not what about; "what do they write about?" meets a quote of
letters exchanged; a long quote is given from its sentence that meets the question most. Each
row: a small invented story (no text of the measured articles), the turns asked first (each
answer is the context of the next), then the question, whether the bot answers it, and what its
short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends
must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "ties": Engine.from_text(
        "Rekk thanks Norway\n\nVARBY, May 4 (Wire) — Lunorian President Ivo Rekk has thanked "
        "Norway for its help.\n\n"
        '"Norway as a great power has given Lunor steady help with its harbours, its schools '
        "and its long-running fight against floods. I thank Norway and all Norwegian people for "
        'their patience and kindness toward the Lunorian people," Rekk said in an interview '
        "broadcast on Monday.\n\n"
        "Rekk said that Lunor and Norway have ties characterized by deep respect between their "
        "peoples. The Lunorian leader said he maintained constant contact with Norwegian Prime "
        'Minister Ola Berg. "We have met many times in Oslo and at several regional forums '
        "over the years, and each meeting has been warm and useful for both of our nations. We "
        'often exchange letters with shared plans on building trade links and have phone calls," '
        "Rekk stressed.\n\n"
        '"And surely, in the coming months we will keep expanding our relations further," he '
        "noted.\n"
    ),
    "rally": Engine.from_text(
        "Runoff\n\nVARBY, Oct 3 (Wire) — Two candidates go to a runoff.\n\n"
        "Senator Ada Lind of the Green Party came second. Lind addressed supporters in Varby "
        'late on Sunday. "This vote is far from over. Half of the voters did not choose my '
        'rival," she stressed. She said she would tour the south in the coming weeks to win the '
        "support of farmers there.\n"
    ),
    "far": Engine.from_text(
        "Tape\n\nOfficials said the tape was real. Minister Ivo Rekk says the tape shows the "
        'group was behind the attacks. "This is one more piece of proof," he said. Ada Lind '
        "says the tapes must be made public. At least 20 people were killed in bombing raids "
        "in Kessel province on Sunday, the agency said. It said a school was hit in the raids.\n"
    ),
    "calls": Engine.from_text(
        "Vote\n\nVARBY, May 4 (Wire) — Senator Ada Lind declared herself the winner on "
        'Sunday.\n\n"We have phone calls every week with our partners in the region," President '
        "Ivo Rekk said.\n\nRekk, in turn, dismissed the move as a farce staged by rivals and "
        "said he was ending talks with the Green Party.\n"
    ),
    "gains": Engine.from_text(
        "Hills\n\nVARBY, May 4 (Wire) — Militia forces took most of the hills, commander Ivo "
        'Rekk said. "We hold all of the ridge," Rekk told reporters. Rekk said planes had been '
        'pounding the hills heavily but had stopped the bombing "due to our gains".\n'
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # the topic's words (relationship ~ relations, next ~ coming) over a quote that only names
    # the city the question names
    (
        "ties",
        (),
        "Give me Rekk's own words on where the relationship with Oslo is heading next.",
        True,
        "coming months",
        "topic-words-over-a-named-city",
    ),
    # "rest on" ~ "characterized by": what the ties are marked by, in a quote the city is named
    # after (by the same speaker, in the same paragraph)
    (
        "ties",
        (),
        "rekk says ties with oslo rest on what",
        True,
        "deep respect",
        "ties-rest-on",
    ),
    (
        "ties",
        ("rekk says ties with oslo rest on what",),
        "between who?",
        True,
        "peoples",
        "ties-rest-on-then-between-whom",
    ),
    # "what do they write about?": the quote of letters exchanged, from its sentence of letters
    (
        "ties",
        ("How often does Rekk talk to Berg?", "do they write to each other?"),
        "what do they write about?",
        True,
        "trade links",
        "write-about-letters-quote",
    ),
    # a long quote from its sentence that meets the question's words ("Norwegians", "Lunorian")
    (
        "ties",
        (),
        "What did Rekk say the Norwegians had shown the Lunorian people?",
        True,
        "“…I thank Norway",
        "long-quote-from-the-asked-sentence",
    ),
    # "to her supporters": whom she spoke to (the sentence before the quote), not the topic
    (
        "rally",
        (),
        "what did lind say to her supporters",
        True,
        "far from over",
        "say-to-supporters-audience",
    ),
    ("rally", (), "what did lind tell supporters", True, "far from over", "tell-supporters"),
    ("rally", (), "what did lind say about the south", True, "tour the south", "topic-guard"),
    # an audience the article never names: still read as a topic, declined as before
    ("rally", (), "what did lind say to reporters", False, "reporters", "audience-unmet-guard"),
    # a name asked far from the quote in a one-paragraph story: still no quote on it
    (
        "far",
        (),
        "What did Ivo Rekk say about the bombing raids in Kessel?",
        False,
        "bombing raids",
        "far-name-decline-guard",
    ),
    ("far", (), "What did Rekk say about the attacks?", True, "behind the attacks", "far-guard"),
    # a topic met only by the name asked (no word of "role" in any quote): the quote naming it
    ("ties", (), "What did Rekk say about Norway's role?", True, "great power", "role-guard"),
    # the words asked about in the sentence, not in its quote ("due to our gains"): the sentence
    (
        "gains",
        (),
        "what did rekk say the planes had been doing?",
        True,
        "pounding the hills",
        "asked-words-outside-the-quote",
    ),
    ("gains", (), "what did rekk say about the ridge?", True, "“We hold", "in-the-quote-guard"),
    # "what did he call it?": a verb of calling is no "phone calls" in a quote
    (
        "calls",
        ("why did rekk end talks with the green party",),
        "and what did he call the whole thing?",
        False,
        "Ivo Rekk",
        "call-is-no-phone-call-guard",
    ),
    ("calls", (), "what did rekk call the move?", True, "a farce", "call-the-move-guard"),
    (
        "ties",
        (),
        "Who does Rekk exchange letters with?",
        True,
        "Ola Berg",
        "letters-who-guard",
    ),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s26_s26b(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
