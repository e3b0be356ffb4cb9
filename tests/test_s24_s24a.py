"""Round r57's kinds of failure, mended in session 24 (s24a), in one table. Each row: a small
invented story (no text of the measured wire stories), the turns asked first (each answer is the
context of the next), then the question, whether the bot answers it, and what its short answer
(or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave
alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "court": Engine.from_text(
        "Verdict\n\nA Lunor court has found four of the five Holm Mills managers guilty of "
        "negligence. They have been given suspended jail terms of up to three-months and fined "
        "$2,000 each.\n"
    ),
    "flood": Engine.from_text(
        "Flood\n\nA flood swept through the Varby gorge, killing 12 tourists, nine of them "
        "Lunorians, and two guides. Four tourists were injured.\n"
    ),
    "storm": Engine.from_text(
        "Storm\n\nIvo Rekk, a Varby ranger, told the inquiry he had warned the Holm Lodge. "
        'Asked if he called the Holm Lodge on the day of the storm, he said: "No".\n'
    ),
    "jet": Engine.from_text(
        "Jet down\n\nA Lunor Airways jet crashed near Varby on Monday. The airline says a Holm "
        "300 aircraft came down in a field north of the town.\n"
    ),
    "jet2": Engine.from_text(
        "Jet down\n\nA Lunor Airways jet crashed near Varby on Monday. The pilot was hurt.\n"
    ),
    "plan": Engine.from_text(
        "Port plan\n\nThe budget, approved in May, was based on a joint plan from Trade Minister "
        "Ivo Rekk, the Harbour Minister, Ada Lind, and the then farm minister, Ola Venn. Mayor "
        "Tom Holm welcomed it.\n"
    ),
    "loss": Engine.from_text(
        "Verdict welcomed\n\nAda Lind, who lost her 30-year-old son Ivo and 28-year-old "
        "daughter-in-law Mira, says she is relieved with the outcome.\n"
    ),
    "works": Engine.from_text(
        "Budget\n\nHarbour chief Ivo Rekk says the council will have to consider delaying some "
        "harbour works because of the cost of the storm, but says no works will be cancelled.\n"
    ),
    "bridge": Engine.from_text(
        "Storm\n\nIvo Rekk said he took the photo to prove that the bridge had fallen.\n"
    ),
    "trial": Engine.from_text(
        "Trial\n\nSix staff of the Holm Mills company are charged with negligence for allowing "
        "the work to go ahead despite the storm.\n"
    ),
    "relief": Engine.from_text(
        "Verdict\n\nAda Lind, who lost her son Ivo, says she is satisfied and relieved with the "
        "outcome. The court in Varby fined the company.\n"
    ),
    "inquiry": Engine.from_text(
        "Inquiry\n\nThe Varby inquiry ended on Monday. Two rangers who survived were cleared. "
        "The Holm Lodge company was fined.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # a count with no counted noun never takes a measure in a unit ("terms of up to
    # three-months" counts no terms)
    (
        "court",
        ("How many were found guilty?",),
        "and the terms?",
        False,
        "number",
        "measure-no-count",
    ),
    ("court", (), "How many were found guilty?", True, "four", "count-guard"),
    # "and guides?" after a count: the same count of another noun the article counts
    ("flood", ("how many people died in the flood",), "and guides?", True, "two", "noun-swap"),
    # "…, yes or no?" closes a claim to check, as "…, right?" does
    (
        "storm",
        (),
        "Rekk called Holm Lodge on the day of the storm, yes or no?",
        True,
        "No",
        "yes-or-no-tag",
    ),
    (
        "storm",
        (),
        "Rekk called Holm Lodge on the day of the storm, right?",
        True,
        "No",
        "right-tag-guard",
    ),
    # "what kind of plane …?": the model written before the noun, a name with its number
    ("jet", (), "wat kinda plane crashd", True, "Holm 300", "model-of-noun"),
    (
        "jet2",
        (),
        "what kind of jet crashed?",
        True,
        "crashed near Varby",
        "operator-no-model-guard",
    ),
    # "name the ministers behind …": the people of that title the best sentence names
    (
        "plan",
        (),
        "Name the ministers behind the joint plan",
        True,
        "Ivo Rekk, Ada Lind and Ola Venn",
        "titled-people",
    ),
    ("plan", (), "Who welcomed the plan?", True, "Holm", "who-did-guard"),
    # "her 30-year-old son Ivo": the age before a relative's noun is the name's; "her son" is
    # the son of whom "her" stands for; "and Mira?" after it asks Mira's own age
    ("loss", (), "how old was mira?", True, "28", "age-before-kin"),
    ("loss", ("who is ada lind",), "how old was her son?", True, "30", "age-of-possessed"),
    ("loss", ("who is ada lind", "how old was her son?"), "and mira?", True, "28", "age-swap"),
    ("loss", (), "how old is ada lind?", False, "age", "owner-no-age-guard"),
    # a claim whose last word the sentence denies further on than a hedged first mention
    (
        "works",
        (),
        "Did Ivo Rekk say some harbour works will be cancelled?",
        True,
        "No",
        "denied-further-on",
    ),
    (
        "works",
        (),
        "Is it accurate that Rekk said some works will be cancelled?",
        True,
        "No",
        "denied-further-on-claim",
    ),
    # "pic", "picture", "photograph": one concept with "photo"
    ("bridge", (), "why did Rekk take the pic?", True, "to prove", "photo-concept"),
    # "the company staff, what are they charged with": the phrase set before the question is
    # whom its pronoun stands for
    (
        "trial",
        (),
        "and the company staff, what are they charged with",
        True,
        "negligence",
        "dislocated-phrase",
    ),
    ("trial", (), "and what are they charged with", False, "Who do you mean", "no-phrase-guard"),
    # "how does X feel about …?": how X took it, a reaction
    ("relief", (), "how does Ada Lind feel about the verdict?", True, "satisfied", "feel-react"),
    # a small number in digits meets the same number in words ("the 2 rangers" / "Two rangers")
    ("inquiry", (), "what happened to the 2 rangers who survived?", True, "cleared", "digit-word"),
    ("flood", ("how many tourists died?",), "and injured?", True, "Four", "event-swap-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s24_s24a(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
