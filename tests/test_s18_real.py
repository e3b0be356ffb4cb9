"""Kinds of question mended on real wire stories in session 18 (issue 7), as one table: small
made-up stories (nothing in them is a measured story's text), the question, and whether it is
answered and with what (the short answer, or the decline's reason). Rows named ``*-guard`` hold
what the mend must not change."""

from __future__ import annotations

import pytest

from bot.engine import Engine

STORIES = {
    "festival": Engine.from_text(
        "Choirs mark an anniversary\n\nAll four city choirs will join in a short concert at "
        "noon today to mark 50 years of the music school. They will sing songs chosen by "
        "former pupils. The mayor will open the concert.\n"
    ),
    "hill": Engine.from_text(
        "Militia takes the ridge\n\nMost of the ridge has been taken by militia forces, "
        "field commander Rik Dane said. Dane said his men controlled the road. His aide, Olm, "
        "said the militia had seized two villages. Three enemy soldiers had been captured, Olm "
        "added.\n"
    ),
    "crash": Engine.from_text(
        "Light plane crash\n\nThe National Air Safety Board is investigating the crash of a "
        "mail plane near Orvik, which killed its pilot. The plane came down in a field short of "
        "the runway just before midnight. It slid across the field before breaking apart and "
        "catching fire.\n"
    ),
    "board": Engine.from_text(
        "Directors sought payouts\n\nAn inquiry into the collapsed retailer Bront has heard "
        "its directors sought large payouts. Finance director Lena Voss asked for twice her "
        "salary as a payout. Chairman Ivo Marr was paid a salary of $300,000 last year. The "
        "board agreed to give Marr a bonus worth three times his yearly salary at $600,000. Its "
        "new lease is worth far more than the old one, which cost $2,000 a month.\n"
    ),
    "audit": Engine.from_text(
        "Auditor faults payouts\n\nAuditor Nils Berg outlined payout requests from two "
        "directors of the collapsed firm. Berg says he viewed the requests as excessive for "
        "directors of a failing firm.\n"
    ),
    "council": Engine.from_text(
        "Council recognised\n\nSeveral countries, including Ardenia and Lunor, as well as "
        "the Organization of Coastal States, recognized the new council.\n"
    ),
    "prize": Engine.from_text(
        "Union chief takes prize\n\nWorld Food Union secretary-general Ola Brandt accepted the "
        "prize in Holm. The 58-year-old WFU chief, a native of Lunor, shares the prize with the "
        "union as a whole.\n"
    ),
}

# (story, question, answered, what the answer or the decline says, id)
ROWS = [
    # "what will X <verb> …?": the best sentence meets X and the rest but not the verb; the
    # next sentence, opened by a pronoun, says it
    ("festival", "What will the choirs sing at the concert?", True, "songs chosen", "verb-next"),
    ("festival", "What will the choirs join?", True, "short concert", "verb-here-guard"),
    # "how many N does X <verb>?": a number of N in a sentence that names X only near it and
    # says nothing of the verb counts other N
    ("hill", "How many soldiers does Rik Dane command?", False, "number", "count-doer-unmet"),
    ("hill", "How many soldiers were captured?", True, "Three", "count-done-guard"),
    ("hill", "How many villages did the militia seize?", True, "two", "count-doer-here-guard"),
    # "which organisation is investigating …?": a noun of an organisation is no person's, though
    # it shares a stem with a title ("organiser")
    ("crash", "Which organisation is investigating the crash?", True, "Air Safety", "org-noun"),
    ("crash", "Which official is investigating the crash?", False, "who", "org-person-guard"),
    # "which organisation …?" of "the Organization of …" (spelt otherwise, one): that one, not
    # the countries listed before it
    (
        "council",
        "apart from countries, which organisation recognised the council?",
        True,
        "Organization of Coastal States",
        "org-spelt-otherwise",
    ),
    # "what time …?" of "just before midnight": an hour said in a word is a clock time
    ("crash", "What time did the plane come down?", True, "Midnight", "clock-word"),
    ("crash", "What time did the pilot die?", False, "when", "clock-word-other-event-guard"),
    # "the UN chief" of a secretary-general of the United Nations: the head of an organisation,
    # its initials
    ("prize", "How old is Ola Brandt?", True, "58", "description-initials-head"),
    # "X, a native of Y, shares …": the aside "a … of <name>" between the subject and its verb
    # is no subject; the one before it is
    ("prize", "Did Ola Brandt win the prize alone?", True, "No", "aside-of-a-name"),
    ("prize", "Did Ola Brandt accept the prize?", True, "Yes", "aside-subject-named-guard"),
    # "where is X from?" of "X, a native of Lunor,": an appositive of origin
    ("prize", "Where is Ola Brandt from?", True, "Lunor", "origin-native-of"),
    ("festival", "Where is the mayor from?", False, "does not say", "origin-none-guard"),
    # "did the plane catch fire?" of "It slid on … before catching fire", the plane the subject
    # of the sentence before; never a word further on in it ("short of the runway")
    ("crash", "Did the plane catch fire?", True, "Yes", "yes-no-pronoun-subject"),
    (
        "crash",
        "Did the runway catch fire?",
        False,
        "does not say",
        "yes-no-pronoun-not-subject-guard",
    ),
    # "what is X's salary?": a noun of a sum of money, and the sentence gives no sum ("twice her
    # salary")
    ("board", "What is Lena Voss's salary?", False, "does not say", "money-no-sum"),
    ("board", "What was Ivo Marr's salary?", True, "$300,000", "money-sum-guard"),
    # "how did X view Y?": the sentence best met is X's own, saying the verb asked — his view
    ("audit", "How did Berg view the directors' requests?", True, "excessive", "view-own-verb"),
    ("audit", "How did Berg react to the requests?", True, "excessive", "react-guard"),
    # "how much was X worth?": the first sum after the words asked about, in their clause
    ("board", "How much was Marr's bonus worth?", True, "$600,000", "much-sum-in-clause"),
    ("board", "How much is the new lease worth?", False, "number", "much-sum-other-clause-guard"),
]


# what an answer of a row must never say
NEVER = {"org-spelt-otherwise": "Lunor"}


@pytest.mark.parametrize(
    "story, question, answered, says, never",
    [(*r[:4], NEVER.get(r[4])) for r in ROWS],
    ids=[r[4] for r in ROWS],
)
def test_s18_real(story, question, answered, says, never):
    a = STORIES[story].answer(question)
    assert a.answered == answered, (a.text, a.reason)
    assert says in (a.text if answered else a.reason), (a.text, a.reason)
    assert never is None or never not in (a.text or ""), a.text
