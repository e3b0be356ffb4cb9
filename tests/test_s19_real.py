"""Kinds of question mended on real wire stories in session 19 (issues 7 and 8, round r35), as
one table: small made-up stories (nothing in them is a measured story's text), the question
(after the turns before it, for a follow-up), and whether it is answered and with what (the short
answer, or the decline's reason). Rows named ``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "rafting": Engine.from_text(
        "Tour firm staff fined\n\nA court has fined five staff of a rafting firm over a river "
        "accident. Firm president Ola Varga and director Ivo Marr were each given a two-month "
        "suspended sentence and a fine. Manager Lena Dahl received one month, and lead ranger "
        "Nils Brandt two months.\n"
    ),
    "lake": Engine.from_text(
        "Tourists drown\n\nThree tourists died in a boating accident on Lake Orma on Sunday. "
        "Police said the lake was calm.\n"
    ),
    "port": Engine.from_text(
        "Rebels take port\n\nAnti-Lunor rebels say they have taken the port of Velda in the "
        "north. Brenn and Tarsis voiced support for President Ivo Varga on Monday.\n"
    ),
    "tape": Engine.from_text(
        "Tape found\n\nOfficials say a tape shows Omar bin Tarek speaking at a rally. The tape "
        "was found in a house in Velda last week.\n"
    ),
    "fraud": Engine.from_text(
        "Man charged over fraud\n\nA Swedish Chilean man has been charged in Velda with fraud "
        "at the port. It is the first charge over the affair. Officials said Ola Varga had "
        "helped the man.\n"
    ),
    "speech": Engine.from_text(
        'Leader vows defence\n\nPresident Ivo Varga gave a speech on defence on Monday. "We '
        'must protect Lunor and our friends against all threats," he said. Varga met Ola '
        "Brandt in March.\n"
    ),
    "mill": Engine.from_text(
        "Mill for sale\n\nThe Velda Trust considers selling the old mill, officials said. The "
        "Velda Trust says a vote is due in May.\n"
    ),
    "border": Engine.from_text(
        "Raids near the border\n\nArdenian tanks entered the town of Orvik on Monday. Earlier, "
        "an Ardenian K-9 jet struck a depot. Reports say army officers have secretly entered "
        "Lunor.\n"
    ),
}

# (story, turns before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "what <noun> did X get?" of a sentence with the noun that names neither X nor stands for
    # X: what someone else got (a person, or a full name of no known kind)
    ("rafting", (), "What sentence did Lena Dahl get?", False, "does not say", "noun-did-person"),
    ("rafting", (), "What sentence did Nils Brandt get?", False, "does not say", "noun-did-name"),
    ("rafting", (), "What sentence did Ola Varga get?", True, "two-month", "noun-did-named-guard"),
    # "in which <noun> did …?" of a sentence that has the noun only in another word of its stem
    # ("a boating accident"): it names none of that kind
    ("lake", (), "In which boat did the tourists die?", False, "does not say", "which-derived"),
    ("lake", (), "In which lake did the accident happen?", True, "Lake Orma", "which-noun-guard"),
    # "anti-X" asked of an article that writes "Anti-X" as one word: that word, not "anti" and
    # a name the article never mentions (then a follow-up "where?" on it)
    ("port", (), "What have anti-Lunor rebels taken?", True, "port of Velda", "prefix-whole"),
    (
        "port",
        ("What have anti-Lunor rebels taken?",),
        "where?",
        True,
        "Velda",
        "prefix-whole-followup",
    ),
    ("port", (), "Is Brenn pro-Varga?", True, "Yes", "prefix-apart-guard"),
    # a name with a particle ("Omar bin Tarek") asked by its surname and particle ("the bin
    # Tarek tape")
    ("tape", (), "Where was the bin Tarek tape found?", True, "Velda", "particle-surname"),
    ("tape", (), "When was the bin Tarek tape found?", True, "Last week", "particle-surname-when"),
    ("tape", (), "Where was the tape found?", True, "Velda", "particle-unnamed-guard"),
    # "who has been <done>?": the verb past "has been" (it was read as none, and declined)
    ("fraud", (), "Who has been charged with fraud?", True, "Chilean man", "has-been-verb"),
    # an unnamed subject with a name of several words before its noun, after a capitalised
    # "A": the whole phrase, not its noun alone ("Man.")
    ("fraud", (), "Who was charged with fraud?", True, "A Swedish Chilean man", "name-modifier"),
    ("fraud", (), "Who has helped the man?", True, "Ola Varga", "has-verb-guard"),
    # "who does X want to <verb>?": whom X means to <verb> ("we must protect …"), the verb after
    # the verb of meaning to; never one X has simply done ("X met Y")
    ("speech", (), "Who does Varga want to protect?", True, "Lunor", "whom-framed"),
    (
        "speech",
        ("What did Varga say about defence?",),
        "who does he want to protect?",
        True,
        "Lunor",
        "whom-framed-pronoun",
    ),
    ("speech", (), "Who does Varga hope to meet?", False, "who", "whom-framed-done-guard"),
    ("speech", (), "Whom is Varga expected to meet?", False, "who", "whom-expected-guard"),
    ("speech", (), "Who did Varga meet?", True, "Ola Brandt", "whom-plain-guard"),
    # a verb in "-er" met in every form: "considering" ~ "considers" (the stemmer made
    # "consider" of one, "consid" of the other)
    ("mill", (), "What is the Velda Trust considering?", True, "selling", "stem-er-ing"),
    ("mill", (), "What does the Velda Trust consider?", True, "selling", "stem-er-guard"),
    # "what about X?" with nothing before it, X a name of no person the article does not
    # describe: where the article names it (whole: "Ardenian K-9" is not "Ardenian tanks")
    ("border", (), "what about Lunor?", True, "mentioned", "about-place"),
    ("border", (), "and what about the K-9?", True, "mentioned", "about-thing-whole-name"),
    ("border", (), "who is Lunor?", False, "does not say who", "about-who-is-guard"),
]

# a sentence the answer of a row quotes must say this
QUOTES = {
    "about-place": "entered Lunor",
    "about-thing-whole-name": "struck a depot",
}


@pytest.mark.parametrize(
    "story, before, question, answered, says", [r[:5] for r in ROWS], ids=[r[5] for r in ROWS]
)
def test_s19_real(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


@pytest.mark.parametrize("row", [r for r in ROWS if r[5] in QUOTES], ids=lambda r: r[5])
def test_s19_real_quotes(row):
    story, before, question = row[:3]
    context = None
    for q in before:
        context = STORIES[story].answer(q, context)
    a = STORIES[story].answer(question, context)
    assert any(QUOTES[row[5]] in s.text for s in a.sentences), [s.text for s in a.sentences]
