"""Kinds of question mended in session 20 (issues 7, 8), as one table: small made-up stories
(nothing in them is a measured story's text), the turns asked before (each answer the next
one's context), the question, and whether it is answered and with what. Rows named
``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "posts": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. The crisis deepened on May 2, when Marta Kessel, "
        "opposition leader and parliament speaker, whose appointment to that post had been "
        "annulled by the country's High Court, declared herself acting president. Spokesman "
        "Pavel Orn said President Tomas Varga was expected to visit Lunor in the near future.\n"
    ),
    "camps": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. Marta Kessel declared herself acting president at "
        "a rally in Holm on May 2. Several countries, including Dorn, Marn and Pavia, recognised "
        "Kessel.\n\nIn contrast, Bexia, Lunor and Sova voiced support for President Tomas Varga. "
        "In July, Lunorian Deputy Foreign Minister Ivo Holt discussed preparations for the visit "
        "during his trip to Holm.\n"
    ),
    "court": Engine.from_text(
        "Dockers cleared\n\nHOLM, May 4. /Wire/. A court in Holm has found eight dock workers "
        "guilty of theft. Two workers who testified at the trial were acquitted. Workers Ivo "
        "Stam and Ola Brandt were acquitted.\n"
    ),
    "talks": Engine.from_text(
        "Varga thanks Lunor\n\nHOLM, May 4. /Wire/. Spokesman Pavel Orn said President Tomas "
        'Varga was expected to visit Lunor in the near future. "Lunor has stood by Ardenia," '
        'Varga said in an interview broadcast on Monday.\n\n"In the coming weeks we will keep building our ties," '
        "he noted.\n"
    ),
    "letters": Engine.from_text(
        "Varga and Brun\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga keeps in touch "
        'with Lunorian President Ole Brun. "We constantly exchange letters. I called him on '
        'Monday," Varga said.\n\nVarga said Lunor and Ardenia have ties marked by mutual trust '
        'between him and Brun. "We meet in Holm every year," Varga said.\n'
    ),
    "photo": Engine.from_text(
        "Varga thanks Lunor\n\nArdenian President Tomas Varga, right\n© Presidential "
        "Office/Handout via REUTERS\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga "
        "thanked Lunor for its help. Opposition leader Marta Kessel declared herself president.\n"
    ),
    "sides": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. Several countries, as well as the Organization of Sea "
        "States, recognized Marta Kessel. Bexia, Lunor, Sova and Dorn backed President Tomas "
        "Varga. Varga said he would go for talks.\n"
    ),
    "native": Engine.from_text(
        "Envoy named\n\nHOLM, May 4. /Wire/. The council named Ola Brandt, a native of Lunor, "
        "as its envoy. Ardenian President Tomas Varga welcomed the choice for Ardenia.\n"
    ),
    "aged": Engine.from_text(
        "Logger jailed\n\nHOLM, May 4. /Wire/. Ivo Stam, 31, of Holm pleaded guilty to "
        "felling 23 protected trees in December.\n"
    ),
    "freed": Engine.from_text(
        "Curfew ends\n\nHOLM, May 4. /Wire/. Police lifted the curfew in Holm on Monday. On "
        "Sunday, Lunor freed Ola Brandt. Ivo Stam was arrested in Holm.\n"
    ),
}

ROWS = [
    # the subject of a verb set off from it by an appositive and a relative clause
    ("posts", (), "What did Marta Kessel do?", True, "declared herself", "deed-over-relative"),
    ("posts", (), "who declared herself acting president?", True, "Kessel", "doer-over-relative"),
    ("posts", (), "What did the High Court do?", True, "annulled", "deed-relative-guard"),
    # words that close a question and ask nothing ("when, roughly?")
    ("posts", ("will Varga visit Lunor?",), "when, roughly?", True, "near future", "roughly"),
    # "and about X?" after a swap: the topic asked of the one swapped in, and a topic met by
    # its concept ("the future": "in the coming weeks") is met
    (
        "talks",
        ("what did the spokesman say?", "what about Varga?"),
        "and about the future?",
        True,
        "coming weeks",
        "topic-after-swap",
    ),
    # Spanish "¿a qué hora …?" asks the hour (as "at what time"): the day does not answer it
    ("talks", (), "¿A qué hora se emitió la entrevista de Varga?", False, "", "es-a-que-hora"),
    ("talks", (), "¿Cuándo se emitió la entrevista de Varga?", True, "lunes", "es-cuando-guard"),
    # a quotation's "we" as the subject of the verb asked: the speaker and whom "we" stands for
    ("letters", (), "who constantly exchanges letters?", True, "Varga and Ole Brun", "we-did"),
    ("letters", (), "which presidents exchange letters?", True, "Ole Brun", "we-did-which"),
    ("letters", (), "who called Brun on Monday?", True, "Tomas Varga", "we-did-guard"),
    # "what is (the) job of X?": the role, and "and of Y?" after it
    ("camps", (), "what is job of Ivo Holt?", True, "Deputy Foreign Minister", "job-of"),
    ("camps", ("what is job of Ivo Holt?",), "and of Varga?", True, "President", "job-of-swap"),
    ("camps", (), "what is the function of Holm?", False, "", "job-of-place-guard"),
    # "was X team A or team B?": which of two sides
    ("camps", (), "@bot was lunor team varga or team kessel 😂", True, "Varga", "team-choice"),
    ("camps", ("was lunor team varga or team kessel",), "ok and dorn", True, "Kessel", "team-swap"),
    # "they" after a question about two people is those two, not a country the answer named
    (
        "letters",
        ("does Varga say there is mutual trust between him and Brun?",),
        "where do they meet?",
        True,
        "Holm",
        "they-two-people-guard",
    ),
    # a question word, then a subject pronoun before its auxiliary: asked inverted
    ("letters", ("who is Ole Brun?",), "where he is from?", True, "Lunor", "uninverted"),
    (
        "letters",
        ("who is Ole Brun?",),
        "what he was doing in Holm?",
        False,
        "",
        "uninverted-unsaid",
    ),
    # the photo asked of in chat words, with nothing before it
    ("photo", (), "what about the photo?", True, "Varga", "photo-what-about"),
    ("photo", (), "who took the pic lol", True, "Presidential Office", "photo-pic-credit"),
    (
        "photo",
        ("who thanked Lunor?",),
        "and the photo, who is in it?",
        True,
        "Varga",
        "photo-in-it",
    ),
    # "from which city?", "where was it filed from?" after an answer about the source: its dateline
    ("photo", ("which agency wrote this?",), "from which city?", True, "HOLM", "filed-city"),
    (
        "photo",
        ("which agency wrote this?",),
        "where was it filed?",
        True,
        "HOLM",
        "filed-where-guard",
    ),
    # a word the article spells the other way ("organisation" of "Organization")
    (
        "sides",
        (),
        "did the organisation of sea states recognise kessel?",
        True,
        "Yes",
        "spelt-other-way",
    ),
    ("sides", (), "did four countries back Varga?", True, "", "spelt-four-guard"),
    # "is X from Y?": yes when where the article has X from is Y; else no yes
    ("native", (), "Is Ola Brandt from Lunor?", True, "Yes", "from-native"),
    ("native", (), "is Varga from Ardenia?", True, "Yes", "from-demonym"),
    ("native", (), "is Brandt from Ardenia?", False, "", "from-other-guard"),
    # "X, 31, of Holm pleaded …": X did it (the place after "of" says where X is from)
    ("aged", (), "did Ivo Stam plead guilty?", True, "Yes", "aged-of-place"),
    ("aged", (), "did ivo stam plead guilty", True, "Yes", "aged-of-place-chat"),
    # a claim reported to be checked: "Our draft says X. Is that right?", "someone said X, true?"
    (
        "camps",
        (),
        "Our draft says Dorn recognised Kessel. Does the article support that?",
        True,
        "Yes",
        "draft-says-check",
    ),
    (
        "camps",
        (),
        "someone in the chat said lunor recognised kessel, @bot true?",
        True,
        "No",
        "someone-said",
    ),
    # "is X the <Y's role>?": no — Y is, and X is what the article calls X
    (
        "posts",
        (),
        "Our draft says Orn is the president. Is that right?",
        True,
        "No — Tomas Varga",
        "role-of-another",
    ),
    ("posts", (), "is Orn the spokesman?", True, "Yes", "role-of-another-guard"),
    # "who else was on that side?" after "which side was X on?": the others of X's side
    (
        "camps",
        ("Which side was Lunor on?",),
        "who else was on that side?",
        True,
        "Bexia",
        "else-after-which-side",
    ),
    # "what did X <verb> …?": a sentence without the verb where X does nothing is no answer
    ("camps", ("who is Kessel?",), "what did she promise her supporters?", False, "", "verb-unmet"),
    ("camps", (), "what did Kessel declare herself?", True, "acting president", "verb-met-guard"),
    # "which country does X represent?", "what title does the article give X?", "what does the
    # title of the article say?", a polite lead-in
    ("camps", (), "Which country does Ivo Holt represent?", True, "Lunor", "represent"),
    (
        "camps",
        ("Which country does Ivo Holt represent?",),
        "and Varga?",
        False,
        "",
        "represent-swap",
    ),
    ("camps", (), "What title does the article give Ivo Holt?", True, "Deputy", "title-give"),
    ("camps", (), "what does the title of the article say?", True, "Ardenia crisis", "title-say"),
    (
        "camps",
        (),
        "Would you be so kind as to tell me which countries recognised Kessel?",
        True,
        "Dorn",
        "polite-lead-in",
    ),
    # "the other one" after a side taken: the other target (the other of the choice asked)
    (
        "camps",
        ("Which side did Lunor take, Varga's or Kessel's?",),
        "and which countries backed the other one?",
        True,
        "Dorn",
        "other-one-guard",
    ),
    (
        "camps",
        ("Which side did Lunor take, Varga's or Kessel's?", "why did that country choose it?"),
        "and which countries backed the other one?",
        True,
        "Dorn",
        "other-one-after-decline-guard",
    ),
    # thanks, or "on the other side," before the next question
    (
        "camps",
        ("which countries backed Varga?",),
        "Thank you. And on the other side, whom did Dorn recognise?",
        True,
        "Marta Kessel",
        "thanks-other-side",
    ),
    ("camps", (), "thank you", False, "welcome", "thanks-alone-guard"),
    # chat lead-ins ("ngl", "tbh")
    ("letters", (), "ngl what did varga say abt the letters 💌", True, "exchange letters", "ngl"),
    # "who took it?" after an answer about the photo: its credit ("it" is the photo)
    ("photo", ("who is in the photo?",), "who took it?", True, "Presidential Office", "photo-it"),
    ("photo", ("who took the photo?",), "who is in it?", True, "Varga", "photo-it-in"),
    # "was X freed?" asks what was done to X: "X freed Y" is no yes
    ("freed", (), "was Lunor freed?", False, "", "passive-not-doer"),
    ("freed", (), "was Ivo Stam arrested?", True, "Yes", "passive-guard"),
    ("freed", (), "was the curfew lifted?", True, "Yes", "passive-noun-guard"),
    # "they" after "did A and B back X?" (a list of more): A and B, asked by name
    (
        "camps",
        ("Did Lunor and Sova back Varga?",),
        "did they recognise Kessel?",
        True,
        "No — ",
        "they-two-parties",
    ),
    # openings that ask nothing ("Quiz: …") and closings ("… mentioned in the article")
    ("photo", (), "Quiz: who did Varga thank?", True, "Lunor", "quiz-opening-guard"),
    (
        "photo",
        (),
        "Name the opposition leader mentioned in the article.",
        True,
        "Marta Kessel",
        "name-a-title",
    ),
    # (a title after "in which" is no person asked for: never "Ivo Holt")
    ("camps", (), "Give the month in which Holt was in Holm.", False, "", "give-month-guard"),
    # questions asked by telling: "Name the official who …", "Confirm: did …?"
    ("camps", (), "Confirm: did Lunor voice support for Varga?", True, "Yes", "confirm-colon"),
    ("camps", (), "Please confirm Ivo Holt's official title.", True, "Deputy", "confirm-title"),
    ("camps", (), "Give the date of the Holm rally.", True, "May 2", "give-the-date-guard"),
    (
        "camps",
        (),
        "List the countries that recognised Kessel.",
        True,
        "Dorn",
        "list-the-n-that-guard",
    ),
    (
        "camps",
        (),
        "Identify the Lunorian official who went to Holm.",
        True,
        "Holt",
        "identify-who-guard",
    ),
    (
        "camps",
        (),
        "name the three countries that backed Varga",
        True,
        "Bexia",
        "name-counted-guard",
    ),
    # a name of no known kind after a noun of people is one of them ("Workers A and B …")
    ("court", (), "which workers were acquitted", True, "Ola Brandt", "noun-before-names"),
    ("court", (), "which judges were acquitted", False, "", "noun-before-names-guard"),
    ("camps", (), "Give me a summary of the article", True, "", "give-a-guard"),
    ("camps", (), "Confirm: how many letters did Holt send?", False, "", "confirm-unsaid-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [r[:5] for r in ROWS], ids=[r[5] for r in ROWS]
)
def test_s20_rows(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
