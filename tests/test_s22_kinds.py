"""Kinds of question mended in session 22 (issues 7, 8), as one table: small made-up stories
(nothing in them is a measured story's text), the turns asked before (each answer the next
one's context), the question, and whether it is answered and with what. Rows named
``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "claim": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. The crisis in Ardenia deepened on May 2, when "
        "Marta Kessel, opposition leader and parliament speaker, whose licence had been revoked "
        "by the country's High Court, declared herself acting president at a rally in the "
        "capital of Holm. Dorn, Marn and Pavia recognised Kessel. In July, Lunorian Deputy "
        "Foreign Minister Ivo Holt discussed the visit during his trip to Holm.\n"
    ),
    "camps": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. Dorn, Marn and Pavia recognised Marta Kessel. "
        "In contrast, Bexia, Lunor and Sova voiced support for President Tomas Varga. In July, "
        "Lunorian Deputy Foreign Minister Ivo Holt travelled to Holm.\n"
    ),
    "letters": Engine.from_text(
        "Varga and Brun\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga keeps in touch "
        'with Lunorian President Ole Brun. "We have met many times in Holm and at various '
        'summits," Varga said. Brun met Varga in Oskarby in June.\n'
    ),
    "club": Engine.from_text(
        "Stam returns\n\nHOLM, May 4. /Wire/. Veteran striker Ivo Stam will come out of "
        "retirement. The club says it is pleased Stam has chosen to play again and it plans "
        "to sign him. He has told the club of his wish to enter next week's transfer draft.\n"
    ),
    "thanks": Engine.from_text(
        "Varga thanks Lunor\n\nHOLM, May 4. /Wire/. President Tomas Varga has thanked Lunor for "
        "its solidarity with the Ardenian people and the Lunorian people.\n"
    ),
    "coup": Engine.from_text(
        "Varga defiant\n\nHOLM, May 4. /Wire/. Marta Kessel declared herself acting president "
        "on May 2. Incumbent President Tomas Varga, in turn, dismissed the move as a plot hatched "
        "by Lunor and said he was cutting ties with it.\n"
    ),
    "rally": Engine.from_text(
        "Kessel's claim\n\nHOLM, May 4. /Wire/. Marta Kessel declared herself acting president "
        'at a rally in Holm on May 2. "Lunor as a true friend has stood by our people," Kessel '
        "said.\n"
    ),
    "trip": Engine.from_text(
        "Visit planned\n\nHOLM, May 4. /Wire/. Palace Spokesman Pavel Orn said President Tomas "
        "Varga was expected to visit Lunor soon. In July, Deputy Foreign Minister Ivo Holt "
        "discussed the visit during his trip to Holm.\n"
    ),
}

ROWS = [
    # a learner's "X who support?": who supports X
    ("camps", (), "Varga who support?", True, "Sova —", "name-who-verb"),
    ("camps", (), "Kessel who recognise her?", True, "Pavia —", "name-who-verb-pronoun"),
    ("camps", ("who backed Varga?",), "And who recognised Kessel?", True, "Dorn", "and-who-guard"),
    # a new party after a choice of parties ("which of these backed X: A, B or C?"): among them?
    (
        "camps",
        ("Which of these voiced support for Varga: Sova, Dorn or Marn?",),
        "And Bexia?",
        True,
        "Yes",
        "choice-then-party",
    ),
    (
        "camps",
        ("Which of these voiced support for Varga: Sova, Dorn or Marn?", "And Bexia?"),
        "Pavia?",
        True,
        "No",
        "choice-then-party-no",
    ),
    # the dateline's agency, when the body does not name it, is the article
    ("camps", (), "In which month was this Wire report filed?", True, "May", "agency-report"),
    (
        "trip",
        (),
        "which palace official does Wire cite in this piece?",
        True,
        "Orn",
        "agency-cites",
    ),
    ("camps", (), "Did Sova give an interview to Wire?", False, "", "agency-object-guard"),
    # "X + Y …??": "X and Y"; a noun phrase, "--", then "it": the phrase in its place
    ("camps", (), "SOVA + LUNOR backed Varga?? 🤝", True, "Yes", "plus-joins-names"),
    (
        "claim",
        ("who is Kessel?",),
        "her licence -- was it revoked?",
        True,
        "Yes",
        "noun-phrase-dash-it",
    ),
    # "which official did X blame for the plot?" of "a plot hatched by Lunor": no person named
    (
        "coup",
        (),
        "which Lunorian official did Varga blame for the plot?",
        False,
        "",
        "blamed-no-person",
    ),
    ("coup", (), "who did Varga blame for the plot?", True, "Lunor", "blamed-guard"),
    # whom the article's quoted words stand for (a pronoun, a description linked to a name)
    (
        "club",
        (),
        "who is 'he' in the sentence about the transfer draft?",
        True,
        "Ivo Stam",
        "referent-he",
    ),
    (
        "club",
        (),
        "what does 'him' refer to in 'plans to sign him'?",
        True,
        "Ivo Stam",
        "referent-him",
    ),
    (
        "club",
        (),
        "what does 'the transfer draft' mean?",
        True,
        "transfer draft",
        "referent-no-one-guard",
    ),
    ("club", (), "what does 'the coach' refer to?", False, "", "referent-not-written-guard"),
    # "how did the Lunorian people react?": the verb after a subject of several words
    ("thanks", (), "how did the Lunorian people react?", False, "", "how-did-people-react"),
    # "who made the move?" of "X dismissed the move as a plot": not X (the move is pointed back to)
    ("coup", (), "who made the move?", False, "", "who-made-the-move"),
    (
        "coup",
        ("what did varga call kessel's move?",),
        "hatched by who?",
        True,
        "Lunor",
        "hatched-by-who-guard",
    ),
    # a question, then "and" and a bare question word: both, the second of the first's answer
    ("trip", (), "Who discussed the visit, and where?", True, "Holm", "and-where-tail"),
    (
        "claim",
        (),
        "Was Kessel's licence revoked - and by whom?",
        True,
        "High Court",
        "and-by-whom-tail",
    ),
    # "why?" after a list of who voiced support for someone: "for" gives no reason there
    ("camps", ("who backed Varga?",), "why?", False, "", "why-after-support-for"),
    # "recognized who?" (a past form and "who"); ru "то есть", "разве … не", es "no es cierto que"
    ("camps", ("what did dorn do",), "recognized who?", True, "Kessel", "past-form-who"),
    ("camps", (), "says who?", False, "", "says-who-guard"),
    ("trip", (), "То есть Холт ездил в Холм в июле, верно?", True, "Да", "ru-to-est"),
    ("camps", (), "Разве Дорн не признал Кессель?", True, "Да", "ru-razve-ne"),
    ("camps", (), "¿No es cierto que Sova reconoció a Kessel?", True, "No", "es-no-es-cierto"),
    # a learner's "who is recognize X?", "and Y is also?"
    ("camps", (), "who is recognize Kessel as president?", True, "Dorn", "who-is-verb"),
    (
        "camps",
        ("who is recognize Kessel as president?",),
        "and Sova is also?",
        True,
        "No",
        "is-also",
    ),
    # "X support who? A or B?": the choice in the question word's place
    ("camps", (), "Sova support who? Varga or Kessel?", True, "Varga", "who-then-choice-guard"),
    (
        "camps",
        ("Sova support who? Varga or Kessel?",),
        "and Dorn?",
        True,
        "Kessel",
        "who-then-choice-swap-guard",
    ),
    # "X's exact words?", "X's key quote?": X's quotation
    ("rally", (), "Kessel's exact words?", True, "true friend", "exact-words"),
    ("rally", (), "what was kessel's key quote", True, "true friend", "key-quote"),
    # a month in a case CLDR does not write ("в июле"); ru "ъ" typed "ь"
    ("trip", (), "Холт ездил в Холм в июле?", True, "Да", "ru-month-inflected"),
    ("claim", (), "где Кессель обьявила себя президентом?", True, "Holm", "ru-hard-sign"),
    # "X is who?": who X is
    (
        "trip",
        ("when did Holt go to Holm?",),
        "he is who, exactly?",
        True,
        "Deputy",
        "he-is-who-guard",
    ),
    ("trip", (), "the spokesman was who?", True, "Orn", "spokesman-was-who"),
    # "when/where did X go …?" of a sentence where someone else went (X said something in the
    # sentence before): declined, not answered by the other one's trip
    ("trip", (), "when did Orn go to Holm?", False, "", "when-someone-else"),
    ("trip", (), "where did Orn go in July?", False, "", "where-someone-else"),
    ("trip", (), "when did Holt go to Holm?", True, "July", "when-someone-else-guard"),
    ("trip", (), "where did Holt go in July?", True, "Holm", "where-someone-else-guard"),
    # small talk after the question; "finally,", "similarly" around a follow-up's name
    (
        "camps",
        (),
        "lunor backed varga right? thats what my buddy says",
        True,
        "Yes",
        "small-talk-after",
    ),
    ("camps", (), "prove sova supports varga. go on", True, "Yes", "small-talk-after-stop"),
    ("camps", ("Did Sova back Varga?",), "And Bexia, similarly?", True, "Yes", "similarly"),
    ("camps", ("Did Sova back Varga?",), "Finally, Dorn?", True, "No", "finally"),
    ("camps", (), "Holt travelled to Holm. when", True, "July", "statement-then-when-guard"),
    # "prospective", "forthcoming": words of the future
    (
        "camps",
        (),
        "which official travelled to Holm for the prospective visit?",
        True,
        "Holt",
        "prospective",
    ),
    # a blank that ends before a phrase of place ("at a ____" of "at a rally in …")
    (
        "claim",
        (),
        "Fill in: Kessel declared herself acting president at a ____.",
        True,
        "rally",
        "blank-before-place-guard",
    ),
    (
        "claim",
        ("Fill in: Kessel declared herself acting president at a ____.",),
        "and where?",
        True,
        "Holm",
        "blank-then-where",
    ),
    # a topic, a dash, then a question pointing at it by a pronoun
    ("camps", (), "Holt - where did he go?", True, "Holm", "topic-dash-he-guard"),
    ("camps", (), "Holt — what is his job?", True, "Deputy", "topic-dash-his"),
    ("camps", (), "Sova - did it back Varga?", True, "Yes", "topic-dash-it-guard"),
    ("camps", (), "Sova - where did he go?", False, "", "topic-dash-not-a-person-guard"),
    # a condition the question sets on itself: dropped
    (
        "camps",
        (),
        "Could you tell me, if the article mentions it, whether Sova voiced support for Varga?",
        True,
        "Yes",
        "if-the-article-mentions-it",
    ),
    (
        "camps",
        (),
        "And where did Holt travel, if it is stated?",
        True,
        "Holm",
        "if-it-is-stated-guard",
    ),
    ("camps", (), "which countries, if any, backed Varga?", True, "Sova", "if-any-guard"),
    # a blank to fill in: the words the article writes there, from the words around it
    ("camps", (), "Fill in: Holt travelled to ____.", True, "Holm", "blank-last"),
    (
        "camps",
        (),
        "fill in: ____ voiced support for President Tomas Varga",
        False,
        "",
        "blank-first-a-list",
    ),
    (
        "camps",
        (),
        "complete: In ____, Lunorian Deputy Foreign Minister Ivo Holt travelled",
        True,
        "July",
        "blank-pause",
    ),
    (
        "camps",
        (),
        "Fill in: Dorn, ____ and Pavia recognised ____.",
        True,
        "Marn, Marta Kessel",
        "blank-two",
    ),
    ("camps", (), "fill in: ____ travelled to Holm.", True, "Ivo Holt", "blank-first"),
    ("camps", (), "fill in: the ____ of the crisis", False, "", "blank-light-words"),
    ("camps", (), "Fill in: Holt flew to ____.", False, "", "blank-other-words"),
    (
        "camps",
        ("who backed varga?",),
        "Fill in: Holt travelled to ____.",
        True,
        "Holm",
        "blank-after-an-answer",
    ),
    ("camps", (), "did holt sign a blank cheque?", False, "", "blank-word-guard"),
    # a quiz's "True or false: <statement>.", a doubter's "bet …", "prove …": yes/no questions
    ("camps", (), "True or false: Sova voiced support for Varga.", True, "Yes", "true-or-false"),
    ("camps", (), "True or false: Dorn backed Varga.", True, "No", "true-or-false-no"),
    ("camps", (), "bet lunor was with kessel lol", True, "No", "bet"),
    ("camps", (), "prove sova supports varga", True, "Yes", "prove"),
    ("camps", (), "Верно или нет: Сова поддержала Варгу.", True, "Да", "ru-true-or-false"),
    ("camps", (), "спорим, Лунор был за Кессель", True, "Нет", "ru-bet"),
    ("camps", (), "Verdadero o falso: Sova apoyó a Varga.", True, "Sí", "es-true-or-false"),
    ("camps", (), "apuesto a que Lunor estaba con Kessel jaja", True, "No", "es-bet"),
    ("camps", (), "¿A qué ciudad viajó Holt?", True, "Holm", "es-a-que-guard"),
    # a sentence naming someone before the question, its pronoun standing for them
    (
        "claim",
        (),
        "My aunt mentioned a woman called Kessel. What did she do in May?",
        True,
        "acting president",
        "introduced-then-pronoun",
    ),
    ("claim", (), "I read about Holt. Where did he go?", True, "Holm", "introduced-where-guard"),
    ("claim", (), "Kessel and Holt. What did he do?", False, "", "introduced-two-guard"),
    # "what did X do <when>?": a long sentence cut at X's verb, not at its date
    ("claim", (), "what did kessel do on may 2", True, "acting president", "deed-then-when-guard"),
    ("claim", (), "what did kessel do in may", True, "acting president", "deed-in-may"),
    ("claim", (), "what did kessel do in june", False, "", "deed-in-june-guard"),
    # "who is this X guy?", "… anyway": who X is
    ("claim", (), "ok but who is this holt guy anyway", True, "Deputy", "this-x-guy"),
    ("claim", (), "who's that kessel woman?", True, "opposition leader", "that-x-woman"),
    ("claim", (), "who is this guy?", False, "", "this-guy-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [r[:5] for r in ROWS], ids=[r[5] for r in ROWS]
)
def test_s22_rows(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
