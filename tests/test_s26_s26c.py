"""Kinds of failure of "where" (and one of "when"), mended in session 26 (s26c), in one table.
Each row: a small invented story (no text of the measured wire stories), the turns asked first
(each answer is the context of the next), then the question, whether the bot answers it, and
what its short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what
the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "detainee": Engine.from_text(
        "Detainee\n\nA Lunorian engineer, being held at Varby's Holmgate Detention Centre, claims "
        "he was stopped from collecting a science prize. Dr Ivo Rekk had been given a special "
        "award at yesterday's Science Council prizes in Varby but was not able to collect it in "
        "person. Dr Rekk says the managers at Holmgate stopped him.\n"
    ),
    "inquiry": Engine.from_text(
        "Inquiry\n\nThe Royal Commission into Shipping has ended the first day of public hearings "
        "in Varby. Counsel Ada Lind told the commission of a culture of fear. The union "
        "secretary, Ivo Rekk, will respond when he gives evidence tomorrow. It coincides with a "
        "rally by thousands of dock workers outside Harbour Place, where the commission is being "
        "held.\n"
    ),
    "crash": Engine.from_text(
        "Crash\n\nOne person has died after a small Cessna plane crashed near the town of Pellham "
        "in Lunoria's north, last night. Police say the aircraft apparently came down just before "
        "midnight, in an area called Black Marsh, about 12 kilometres south of Pellham. No "
        "passenger was aboard.\n"
    ),
    "fire": Engine.from_text(
        "Fire\n\nA bushfire broke out near Mt Holm in northern Lunoria on Sunday. Crews fought "
        "the blaze in an area called Black Gully, about 10 kilometres east of Mt Holm.\n"
    ),
    "talks": Engine.from_text(
        'Talks\n\nVARBY, May 4 (Wire) - "The vote was a farce," said Ada Lind, the opposition '
        "deputy leader. Lind spoke to reporters in Varby on Tuesday. Ivo Rekk said on Monday the "
        "vote was fair. Rekk said in Pellham that talks would move to Holmgate. Tom Arn talked "
        "with farmers at a market in Norby.\n"
    ),
    "broadcast": Engine.from_text(
        "Interview\n\nVARBY, May 4 (Wire) - Lunorian President Ivo Rekk gave an interview to the "
        "Kanal-5 television channel, which was shown on Monday. Ada Lind spoke to reporters in "
        "Varby on Tuesday.\n"
    ),
    "caught": Engine.from_text(
        "Caught\n\nIvo Rekk, a Lunorian fighter, was caught by border guards last week. The "
        "final will be held in Sova in June.\n"
    ),
    "summit": Engine.from_text(
        "Summit\n\nThe Lunor summit was held in Varby on Friday. Leaders met at the Holm Palace in "
        "Varby, where the summit is being held.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "where is he being held?" merged with "who is X?": the light participle that closes its
    # own words is what is asked (not the award's city of a sentence naming X)
    (
        "detainee",
        ("Who is Ivo Rekk?",),
        "where is he being held?",
        True,
        "Holmgate Detention Centre",
        "held-pronoun-after-whois",
    ),
    (
        "detainee",
        (),
        "where did Ivo Rekk get the award?",
        True,
        "Science Council prizes in Varby",
        "held-award-guard",
    ),
    # "where is it being held?": of two sentences as good, the one writing "held"
    (
        "inquiry",
        ("which day of the hearings was it?", "when will the commission report?"),
        "where is it being held exactly?",
        True,
        "Harbour Place",
        "held-light-participle-tie",
    ),
    (
        "caught",
        (),
        "Ivo Rekk is held where?",
        False,
        "does not say where",
        "held-event-not-person-guard",
    ),
    ("inquiry", (), "where is the commission being held?", True, "Harbour Place", "held-guard"),
    ("summit", (), "where was the summit held?", True, "Varby", "summit-held-guard"),
    # "how far out of X?": not the region the sentence puts X in
    (
        "crash",
        (),
        "where exactly did the Cessna plane crash, how far out of Pellham was it?",
        True,
        "Black Marsh",
        "not-the-region-around-the-asked-place",
    ),
    ("crash", (), "where is Pellham?", True, "Lunoria", "region-of-asked-place-guard"),
    # "Mount X" asked of the article's "Mt X"
    ("fire", (), "where is Mount Holm?", True, "Lunoria", "mount-is-mt"),
    (
        "fire",
        (),
        "where exactly did crews fight the blaze, how far from Mount Holm?",
        True,
        "Black Gully",
        "mount-is-mt-reference",
    ),
    # "X spoke to reporters in Y on Tuesday": no reported words, so Y is where X spoke
    ("talks", (), "where did Lind speak?", True, "in Varby", "spoke-to-reporters-in"),
    ("talks", (), "where did Lind speak to reporters?", True, "Varby", "spoke-to-reporters-where"),
    ("talks", (), "where did Tom Arn talk with farmers?", True, "Norby", "talked-with-at"),
    ("talks", (), "when did Lind speak to reporters?", True, "Tuesday", "spoke-when-guard"),
    ("talks", (), "what did Lind say?", True, "farce", "direct-quote-guard"),
    ("talks", (), "what did Rekk say on Monday?", True, "vote was fair", "said-on-day-guard"),
    ("talks", (), "where did Rekk say that?", True, "Pellham", "said-in-that-guard"),
    # "when was it televised?" of "an interview, which was shown on Monday": the asked verb (by
    # its concept) dates it, though the relative clause is not the noun's
    (
        "broadcast",
        (),
        "when was Rekk's interview televised?",
        True,
        "Monday",
        "televised-is-shown-in-relative",
    ),
    ("broadcast", (), "when was the interview aired?", True, "Monday", "aired-is-shown"),
    ("broadcast", (), "which channel aired Rekk's interview?", True, "Kanal-5", "channel-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s26_s26c(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
