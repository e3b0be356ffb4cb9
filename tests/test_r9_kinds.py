"""Kinds of question the r9 blind round answered wrongly (issues 7, 8 and 9): "was X the only
one to back Y?" (no, when the article names others on X's side; it cannot say yes), "did B
praise A?" is not answered by B dismissing "the move" of someone else named sentences before,
"which minister said …?" never names someone who is no minister, "which city in X?" is never X
itself nor a place the article does not put in X, "where did X discuss Y's visit?" is where X
discussed it (not where the visit goes); in Spanish "aparte de X" leaves X out of a count and
"el único" asks whether X alone did it; "what is X's party?" is not answered by a sentence
about X that names no party; "who did that country back?" after a yes/no on a side asks
the side of the country "that country" stands for, not the previous question's target; "how
many readers …?" is never answered by a measure in another unit ("the past 50 years"); "where
does X stand?" asks the side X took; "how many in total?" is "how many?"; after a decline, "when was he there?" is about the
names of the question that was declined, not its words; "and with X?", "and of X?" swap X in like "and X?"; "what does X think of Y?" is never a quote
of X's that only a paragraph before names Y; "is X deputy trade minister?" is yes when X's role
says so; "how many allies did X have?" counts X's side. Tables over a made-up story, inline; nothing in them is
a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows, turn_rows

from bot.engine import Engine

ARTICLE = (
    "Ardenia thanks Ostmark for port support\n\n"
    "VELGRAD, March 3. /NORDPRESS/. Ardenian President Tomas Varga has thanked Ostmark for its "
    "help with the port of Velgrad.\n\n"
    "In May, Ostmark Deputy Trade Minister Pavel Orlan discussed preparations for Varga's "
    "visit to Ostmark during his trip to Velgrad. Harbour Spokesman Ivo Lind said the visit "
    "would take place in the autumn.\n\n"
    "The port dispute grew on June 2, when Marta Kessel, Velgrad opposition leader, declared "
    "the strike over at a rally in the city of Brenn. Varga, in turn, dismissed the move as a "
    "stunt and said he was cutting ties with the union. Several states, including Bexia and "
    "Lunor, recognized Kessel. In contrast, Karst, Velan and Ostmark voiced support for Varga.\n\n"
    "Varga's first port visit will open the harbour museum.\n\n"
    "The harbour museum will show ten port stories of the past 50 years, as voted by readers.\n"
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # "the only one": others on the side make it a no; none named is no yes either
    ("only", "Was Karst the only country to support Varga?", "stance_check", True, "No — Velan"),
    ("only", "did bexia alone recognize kessel", "stance_check", True, "Lunor"),
    ("only", "Did Karst support Varga?", "stance_check", True, "Yes"),
    # "did B back A?" when B dismissed "the move": only the move of the one named just before
    ("dismissed", "Did Varga recognize Kessel?", "stance_check", True, "otherwise"),
    ("dismissed", "Did Varga praise Ostmark?", "stance_check", False, "does not say"),
    # "which <title> …": the person must hold that title (a deputy minister is a minister)
    ("which-title", "Which minister is mentioned in the article?", "who_said", True, "Orlan"),
    ("which-title", "Which Ostmark minister is mentioned?", "who_said", True, "Orlan"),
    # where inside a place the question names: never that place, nor one not put inside it
    ("inside", "Which city will Varga visit in Ostmark?", "where", False, "does not say"),
    ("inside", "which city of Ostmark will Varga visit?", "where", False, "does not say"),
    ("inside", "Where will Varga's visit take place?", "where", True, "Ostmark"),
    # where X did what the question asks, not where the noun X acts on goes
    ("owned", "Where did Orlan discuss preparations for Varga's visit?", "where", True, "Velgrad"),
    ("owned", "where did orlan discuss the visit", "where", True, "Velgrad"),
    # "what is X's N?": a sentence about X that names no N is no answer
    ("possessed", "What is Kessel's political party?", "what", False, "does not say"),
    ("possessed", "what is varga's favourite food", "what", False, "does not say"),
    # "where does X stand?": the side X took, not a place; none taken, none said
    ("stand", "Where does Karst stand?", "stance_check", True, "Karst voiced support for"),
    ("stand", "where is Bexia standing", "stance_check", True, "Bexia recognized"),
    ("stand", "Where does Kessel stand?", "stance_check", False, "does not say where"),
    # "what does X think of Y?" (no other topic word): a quote with Y in it or just before it,
    # not one whose paragraph before named Y
    ("topic", "What does Varga think of Ostmark?", "quote", False, "on that"),
    # "did most X back Y?": a part of a party is asked like the party
    ("portion", "Did most Karst leaders back Varga?", "stance_check", True, "Yes — Karst"),
    ("portion", "did some Bexia officials recognise kessel", "stance_check", True, "Yes"),
    # "is X (a) deputy trade minister?", "X is the spokesman, right?": yes when every word is
    # a word of X's role; a role the article does not give is no "no"
    ("role", "is orlan deputy trade minister?", "confirm", True, "Yes — Pavel Orlan is"),
    ("role", "is orlan a deputy trade minister", "confirm", True, "Yes"),
    ("role", "lind is harbour spokesman right?", "confirm", True, "Yes — Ivo Lind is"),
    ("role", "is orlan the prime minister?", "confirm", False, "does not say"),
    # "who made the first broadcast?": the name whose possessive opens the noun's phrase
    ("owner-did", "Who made the first port visit?", "who_did", True, "Tomas Varga"),
    # "X recognized whom?", "X backed who": the side X took
    ("whom-side", "Bexia recognized whom?", "stance_check", True, "Bexia recognized Marta Kessel"),
    ("whom-side", "karst backed who", "stance_check", True, "Tomas Varga"),
    # "how many allies did X have?", "X allies how many": the count of X's side
    ("count-backers", "how many allies does Varga have?", "count", True, "3"),
    ("count-backers", "varga allies how many", "count", True, "3"),
    ("count-backers", "how many supporters did Kessel have", "count", False, "number"),
    # a count is never a measure in another unit ("50 years" for "how many readers")
    ("measure", "How many readers voted?", "count", False, "does not give"),
    ("measure", "how many port stories will the museum show", "count", True, "ten"),
    # Spanish: "aparte de X" leaves X out of a count; "el único" is "the only one"
    ("es-besides", "¿Cuántos países, aparte de Karst, apoyaron a Varga?", "count", True, "2"),
    ("es-besides", "cuantos paises ademas de karst apoyaron a varga", "count", True, "2"),
    ("es-only", "karst fue el unico pais que apoyo a varga?", "stance_check", True, "No"),
    ("ru-besides", "Сколько стран помимо Карста поддержали Варгу?", "count", True, "2"),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_r9_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


# (name, [(question, intent, answered, says), …]): asked in order, each answer the next's context
CONVERSATIONS = [
    (
        "praise-after-interview",
        [
            ("Who thanked Ostmark?", "who_did", True, "Varga"),
            ("did he praise Ostmark?", "stance_check", False, "does not say"),
        ],
    ),
    (
        "that-country-back",
        [
            ("Did Bexia recognize Kessel?", "stance_check", True, "Yes"),
            ("Karst?", "stance_check", True, "No"),
            ("who did that country back?", "sides", True, "Varga"),
            ("and whom did it back?", "whom", True, "Varga"),  # s16: "it" is Karst
        ],
    ),
    (
        "count-in-total",
        [
            ("Which countries backed Varga?", "sides", True, "Karst"),
            ("how many in total?", "count", True, "3"),
        ],
    ),
    (
        "after-a-decline",
        [
            ("Who did Orlan meet in Velgrad?", "who_did", False, "does not say"),
            ("when was he there?", "when", True, "May"),
        ],
    ),
    (
        "swap-with-preposition",
        [
            ("Did Karst side with Varga?", "stance_check", True, "Yes"),
            ("and with Kessel?", "stance_check", True, "No — Karst"),
        ],
    ),
    (
        "only-then-who-else",
        [
            ("Was Velan the only country to back Varga?", "stance_check", True, "No"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_r9_conversations(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)
