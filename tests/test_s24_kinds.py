"""Rounds r56/r57's kinds of failure (and leftovers of earlier rounds), mended in session 24, in
one table. Each row: a small invented story (no text of the measured articles), the turns asked
first (each answer is the context of the next), then the question, whether the bot answers it,
and what its short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin
what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "bank": Engine.from_text(
        "Strike\n\nStaff at Norbank and Holm Bank are striking today. Norbank's Ivo Rekk says the "
        "strike is unjustified. The union's Ada Lind says the strike is about workloads.\n"
    ),
    "ministry": Engine.from_text(
        "Talks\n\nLunorian Deputy Trade Minister Ivo Rekk travelled to Varby in May. Harbour "
        "Spokesman Ada Lind said the talks went well. Varby is the capital of Lunor.\n"
    ),
    "crisis": Engine.from_text(
        "Crisis\n\nThe crisis in Lunor deepened on March 3, when Ivo Rekk, opposition leader and "
        "council speaker, whose mandate had been cancelled by the High Court, declared himself "
        "mayor. Mayor Ada Lind gave an interview to Radio Varby on Monday, the station said.\n"
    ),
    "court-bare": Engine.from_text(
        "Verdict\n\nFamilies welcomed guilty verdicts against six employees of Holm Tours.\n"
    ),
    "sides": Engine.from_text(
        "Vote\n\nSeveral towns, including Varby, Holm and Brenn, recognized Ivo Rekk. In "
        "contrast, Sova, Tarn and Kell voiced support for Ada Lind. Deputy Mayor Ola Berg visited "
        "Varby in May.\n"
    ),
    "trip": Engine.from_text(
        "Trip\n\nMayor Ola Holm said he maintained constant contact with Governor Ivo Rekk. In "
        "June, Deputy Minister Ada Lind discussed preparations for Holm's visit during her trip "
        "to Varby. Spokesman Ola Berg said Holm would visit Varby soon.\n"
    ),
    "capital": Engine.from_text(
        "Rally\n\nThe crisis in Norway deepened on March 3, when Ivo Rekk, whose mandate had "
        "been cancelled by the High Court, declared himself mayor at a rally in the country's "
        "capital of Varby. In June, Deputy Minister Ada Lind discussed the crisis during her "
        "trip to Varby.\n"
    ),
    "ties": Engine.from_text(
        "Ties\n\nMayor Ola Holm said Lunor and Varby have relations marked by mutual trust. "
        "Holm thanked Varby for its support.\n"
    ),
    "rivals": Engine.from_text(
        "Vote\n\nSeveral towns, including Varby, Holm and Brenn, recognized Mayor Ivo Rekk. "
        "In contrast, Sova, Tarn and Kell voiced support for Councillor Ada Lind. Lind said she "
        "would fight on. Rekk said he was grateful.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "X works for which bank?": "which" and its noun left last, after the verb's preposition
    # (it quoted a sentence of X's words)
    ("bank", (), "Rekk works for which bank?", True, "Norbank (", "which-last-works-for"),
    # "X is with which bank?": the be-form put first ("which bank is X with?"), and that read
    # as whom X works for
    ("bank", (), "Rekk is with which bank?", True, "Norbank (", "which-last-is-with"),
    ("bank", (), "which bank is Rekk with?", True, "Norbank (", "which-is-with"),
    # "X is the capital of which country?": a noun's "of" — not fronted
    ("ministry", (), "Varby is the capital of which country?", True, "Lunor", "of-which-guard"),
    # "which ministry does X work for?" of a "Lunorian Deputy Trade Minister": not the country
    # (the country is no ministry), the role that names it
    (
        "ministry",
        (),
        "which ministry does Rekk work for?",
        True,
        "Ivo Rekk — Lunorian Deputy Trade Minister.",
        "which-ministry-not-country",
    ),
    ("ministry", (), "who does Rekk work for?", True, "Lunor", "who-works-for-guard"),
    ("ministry", (), "who does Lind speak for?", True, "Harbour", "speaks-for-guard"),
    # a verb asked that the sentence writes inside a relative clause ("whose mandate had been
    # cancelled") is not dated by the main clause's time, even when another word asked
    # ("speaker") is outside it (it answered "March 3")
    (
        "crisis",
        (),
        "On what date did the High Court cancel Rekk's mandate as council speaker?",
        False,
        "does not say when",
        "relative-clause-verb-undated",
    ),
    ("crisis", (), "when did Rekk declare himself mayor?", True, "March 3", "main-verb-guard"),
    # a precision or a hesitation asked for first: dropped ("To be precise, on what date …")
    (
        "crisis",
        (),
        "To be precise, when did Lind give the interview?",
        True,
        "Monday.",
        "opening-to-be-precise",
    ),
    ("crisis", (), "um so who did Lind give an interview to", True, "Radio Varby.", "opening-um"),
    # "how many …, and out of how many?": a sentence that gives both ("six of the eight"), or
    # a decline — never the part alone from a sentence with no whole
    (
        "court-bare",
        (),
        "how many Holm Tours employees were found guilty, and out of how many?",
        False,
        "number",
        "part-and-whole-declined",
    ),
    # "who won the support of X?": X took the side (it read X as the side's target)
    ("sides", (), "who won the support of Sova", True, "Ada Lind", "support-of-party"),
    ("sides", (), "who had the backing of Varby?", True, "Ivo Rekk", "backing-of-party"),
    # … and a swap onto a name the article never writes is declined
    (
        "sides",
        ("who got the support of Tarn", "and of Holm"),
        "and of Zorbia",
        False,
        "does not mention",
        "support-of-unknown-swap-guard",
    ),
    ("sides", (), "who rallied in support of Ada Lind?", True, "Sova", "in-support-of-guard"),
    # a word of emphasis of two words after the question word ("who the hell is X?")
    ("sides", (), "who the hell is Berg", True, "Deputy Mayor", "particle-two-words"),
    ("sides", (), "ngl who tf is Berg", True, "Deputy Mayor", "particle-tf"),
    # "always" is a word of the concept "constant"; "in touch" of "contact" (it declined)
    ("trip", (), "who is Holm always in touch with?", True, "Ivo Rekk", "always-in-touch"),
    # "to get it ready" is preparing (it declined: "ready" was no word of the article), and
    # the next question's "his"/"her" is the one found
    (
        "trip",
        ("who is Ola Berg", "what did he say about Holm"),
        "and who went down to Varby in June to get it ready",
        True,
        "Ada Lind",
        "get-it-ready",
    ),
    (
        "trip",
        ("who is Ola Berg", "and who went to Varby in June to get it ready"),
        "what is her job",
        True,
        "Deputy Minister",
        "get-it-ready-then-pronoun-guard",
    ),
    # a learner's verb-final order: subject and object, the question word, the past verb (it
    # quoted the sentence, with no place)
    ("crisis", (), "Rekk himself mayor when declared?", True, "March 3.", "verb-final-when"),
    ("trip", (), "Lind to Varby when went?", True, "June.", "verb-final-went"),
    ("trip", (), "Holm, when will he visit Varby?", True, "Soon.", "topic-first-guard"),
    # "did X go to Y in May?" of "In June, X … during her trip to Y": no, and the month the
    # article gives (it declined)
    ("trip", (), "Did Lind go to Varby in May?", True, "No — June", "other-month-no"),
    ("trip", (), "Did Lind go to Varby in June?", True, "Yes", "same-month-guard"),
    ("trip", (), "Did Rekk go to Varby in May?", False, "", "other-person-month-guard"),
    # "was X in <a city> in May?" is no side taken ("was X in Y's camp?" is)
    ("sides", (), "Was Berg in Varby in June?", False, "in those words", "was-in-city-not-a-side"),
    ("sides", (), "Is Tarn in Ada Lind's camp?", True, "Yes", "in-camp-guard"),
    # "how many people there were?": a learner's "there were" asked as "were there" (it quoted
    # a sentence)
    (
        "crisis",
        ("where did Rekk declare himself mayor?",),
        "How many people there were?",
        False,
        "number",
        "there-were-count",
    ),
    # "that city" after an answer whose sentence names a country, a court and a city: the
    # city (a place the article puts something in, no country) — it took the country
    (
        "capital",
        ("where was Rekk's rally",),
        "what is that city",
        False,
        "what Varby is",
        "that-city-the-city",
    ),
    (
        "capital",
        ("where was Rekk's rally",),
        "what happened in that country",
        True,
        "Norway",
        "that-country-guard",
    ),
    # an aside that says what the name is ("X, as a member of Y, …"): whether X did it is
    # asked — it had answered "Yes — Sova voiced support for Ada Lind" to "did Sova recognize
    # Ivo Rekk?" asked with such an aside
    (
        "sides",
        (),
        "did Sova, as an ally of Ada Lind, recognize Ivo Rekk?",
        True,
        "No — Sova voiced support for Ada Lind, not Ivo Rekk",
        "role-aside-no",
    ),
    (
        "sides",
        (),
        "Is it accurate to say that Varby, as one of the towns, recognized Ivo Rekk?",
        True,
        "Yes",
        "role-aside-yes-guard",
    ),
    # the target is the object of the question's last verb of taking sides, not a name in an
    # aside before it ("did X, which backs A, recognize B?": it said "Yes — X … A")
    (
        "sides",
        (),
        "did Sova, which backs Ada Lind, recognize Ivo Rekk?",
        True,
        "No — Sova voiced support for Ada Lind, not Ivo Rekk",
        "relative-aside-target",
    ),
    (
        "sides",
        (),
        "did Sova (an ally of Ada Lind) recognize Ivo Rekk?",
        True,
        "No — Sova",
        "bracket-aside-target",
    ),
    ("sides", (), "did Sova back Ada Lind against Ivo Rekk?", True, "Yes", "against-guard"),
    # "did A and B recognize C?" where the article gives only A's side: declined — it fell
    # through to a yes from a sentence that names A and B ("A … voiced support for B")
    (
        "sides",
        (),
        "did Sova and Ada Lind recognize Ivo Rekk?",
        False,
        "Ada Lind",
        "joined-party-no-side",
    ),
    ("sides", (), "did Sova and Tarn back Ada Lind?", True, "Yes", "joined-parties-guard"),
    # chat: "wbu X" is "what about X"; "fr", "tbh" close a question and ask nothing; "the vibe
    # between A and B" asks about their relations
    ("sides", ("yo did Tarn back Ada Lind",), "wbu Varby", True, "No — Varby", "chat-wbu"),
    ("sides", (), "did Tarn back Ada Lind fr", True, "Yes", "chat-closing-fr-guard"),
    ("ties", (), "ngl whats the vibe between Lunor n Varby", True, "mutual trust", "chat-vibe"),
    # a swap after a question whose only "name" stands for no one (a property test's "¿Þ"
    # then "LE"): a decline, not a TypeError
    ("sides", ("¿Þ",), "LE", False, "", "swap-after-no-one"),
    # "his rival", "X's opponent": the other of the two names sides are taken on (it gave X's
    # own backers again)
    (
        "rivals",
        ("Which towns stood with Ada Lind?",),
        "and who backed her rival?",
        True,
        "recognized Mayor Ivo Rekk",
        "rival-pronoun",
    ),
    ("rivals", (), "who backed Ivo Rekk's opponent?", True, "Sova", "rival-possessive"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s24_kinds(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
