"""Kinds of question answered wrongly in earlier rounds' sets and mended in session 15 (issue 7):
"where is X being held?" of a person asks where X is held, not any place of a sentence about X
(a light participle after a form of "be" is what the sentence must say); Spanish "partido" is a
party, not "parte" (a side) that shares its stem; a statement closed by a tag ("X backed Y,
didn't it?", "X went to Z in May, right?", "X is the spokesman, isn't he?") is the yes/no it
stands for; "which side was X on, A's or B's?" is the side X took; "hey, …" / "hi all, …" open a
question as fillers do; a yes/no offering a choice ("by A or by B?") is answered with the one
the article says; "who does X speak for?" is the body in X's role (it answered whom X spoke
about); "who is in the photo?" names the people of the caption; "A-B" of two names is A and B;
"which agency put out this story?" asks the source; "what about X?" first of a party is its
side; "and X?" after a list, of its exception, is a no; "didn't X …?" asks "did X …?"; "Q1 and Q2?" answers both in turn; "and before that?" is the event dated before; a name alone is what
the name is; "what exactly …" is "what …"; "is it true that S?" is the yes/no S stands for, as is
"S?" opened by a name and a verb; "X with Y?" asks X's side; "photo credit?" and "dateline?" are
the front matter's lines. Small made-up stories;
nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, check_small, kind_rows, small_rows, turn_rows
from test_r9_kinds import ENGINE

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # "where is X being held?" of a person: the sentence that says X is held, or none
    "held": (
        "Nurse honoured\n\nHOLM, May 4. /Wire/. A Tarvian nurse, being held at the Brenn "
        "camp, says he was kept from an award. Nurse Ivo Stam had been given a medal at "
        "yesterday's ceremony in Holm. The final will be held in Sova in June.\n",
        [
            ("Where is Ivo Stam being held?", False, "does not say where", "person-held"),
            ("where is the final being held?", True, "Sova", "event-held"),
            ("Where was Stam given a medal?", True, "Holm", "person-other-verb"),
        ],
    ),
    # es: "partido" (a party) shares its stem with "parte" (a side): read as written, so "¿cuál
    # es el partido de X?" asks a party the article does not give, not X's side
    "partido": (
        "Vote split\n\nHOLM, May 4. /Wire/. Several countries, including Bexia and Lunor, "
        "recognized opposition leader Marta Kessel. Karst voiced support for President Tomas "
        "Varga.\n",
        [
            ("cual es el partido de kessel", False, "no lo dice", "party-declines"),
            ("de que partido es kessel?", False, "no lo dice", "party-of"),
            ("karst esta de parte de varga?", True, "Karst", "side-still"),
            ("de que lado esta bexia", True, "Bexia", "side-lado"),
        ],
    ),
    # "who is in the photo?": the people the caption names; none without a caption
    "photo": (
        "Port talks\n\nSenator Ola Brandt, left, and Mayor Ida Holm\n© Holm Photo/Wire\n\n"
        "HOLM, May 4. /Wire/. Senator Ola Brandt met Mayor Ida Holm on Monday.\n",
        [
            ("who is in the photo?", True, "Ola Brandt and Ida Holm", "caption"),
            ("who's pictured?", True, "Ola Brandt", "pictured"),
            ("кто на фото?", True, "Ola Brandt", "ru"),
            ("quien sale en la foto?", True, "Ida Holm", "es"),
            # the credit line and the dateline, as written
            ("photo credit?", True, "Holm Photo/Wire", "credit"),
            ("чьё фото?", True, "Holm Photo/Wire", "credit-ru"),
            ("dateline?", True, "HOLM, May 4", "dateline"),
        ],
    ),
    "no-photo": (
        "Port talks\n\nHOLM, May 4. /Wire/. Senator Ola Brandt met Mayor Ida Holm.\n",
        [("who is in the photo?", False, "does not say", "no-caption")],
    ),
    # two names of the article joined by a hyphen are two names
    "hyphen": (
        "Port talks\n\nHOLM, May 4. /Wire/. Mayor Ida Holm said Brenn and Sova have ties "
        "marked by mutual trust.\n",
        [
            ("what are Brenn-Sova ties marked by?", True, "mutual trust", "two-names"),
            ("what are brenn-sova ties like?", True, "mutual trust", "lowercase"),
        ],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)


# (family, question, intent, answered, says) over the made-up story of tests/test_r9_kinds.py
ROWS = [
    # a statement closed by a tag: the yes/no it stands for (yes, no, or a decline)
    ("tag", "Orlan went to Velgrad in May, right?", "confirm", True, "Yes"),
    # (session 24: a month asked that the article gives otherwise is a no, and its month —
    # these three rows were declines before)
    ("tag", "orlan went to velgrad in june, right?", "confirm", True, "No — May"),
    ("tag", "Karst backed Varga, didn't it?", "stance_check", True, "Yes — Karst"),
    ("tag", "Bexia backed Varga, didn't it?", "stance_check", True, "No — Bexia"),
    ("tag", "Bexia and Lunor recognised Kessel, right?", "stance_check", True, "Yes — Bexia"),
    ("tag", "Lind is the harbour spokesman, isn't he?", "confirm", True, "Yes — Ivo Lind"),
    ("tag", "Lind is the trade minister, isn't he?", "confirm", False, "does not say"),
    ("tag", "Varga cut ties with the union, didnt he?", "confirm", True, "Yes"),
    ("tag", "kessel declared the strike over, yeah?", "confirm", True, "Yes"),
    # "which side was X on, A's or B's?": the side X took, not A's or B's supporters
    ("side-choice", "Which side was Bexia on, Varga's or Kessel's?", "sides", True, "Bexia recog"),
    ("side-choice", "which side was karst on, kessel's or varga's", "sides", True, "Karst voiced"),
    # a greeting before the question is an opening; a greeting alone greets
    ("greeting", "hey, who did bexia recognize?", "sides", True, "Bexia recognized Marta"),
    ("greeting", "hi all, who is lind?", "whois", True, "Harbour Spokesman"),
    ("greeting", "hi all", "greet", False, "Hello"),
    ("greeting", "hi there", "greet", False, "Hello"),
    # a choice in a yes/no ("by A or by B?", "to A or B?"): the one the article says, never "Yes"
    ("choice", "was the strike declared over by kessel or by varga?", "confirm", True, "Kessel."),
    ("choice", "did orlan travel to brenn or to velgrad?", "confirm", True, "Velgrad."),
    ("choice", "did orlan travel to velgrad or brenn?", "confirm", True, "Velgrad."),
    ("choice", "did varga cut ties with the union or with kessel?", "confirm", True, "The union."),
    ("choice", "did orlan travel to brenn or to holm?", "confirm", False, "in those words"),
    # "who does X speak for?": the body in X's role, never whom X's words are about
    ("works-for", "so who does lind speak for?", "works_for", True, "Harbour (Ivo Lind"),
    ("works-for", "who does orlan work for?", "works_for", True, "Ostmark (Pavel Orlan"),
    ("works-for", "who does kessel speak for?", "works_for", True, "Velgrad opposition"),
    ("works-for", "на кого работает орлан?", "works_for", True, "Ostmark"),
    ("works-for", "para quien trabaja lind?", "works_for", True, "Harbour"),
    # the source: "which agency put out this story?"
    ("source", "Which news agency put out this story?", "source", True, "NORDPRESS"),
    ("source", "who put out this article?", "source", True, "NORDPRESS"),
    # "what about X?" with nothing before it, of a party of a side: the side X took; "In
    # contrast, X, …" opens a sentence — "contrast" is no apposition describing X
    ("party-first", "what about karst?", "whois", True, "Karst voiced support for Tomas Varga"),
    ("party-first", "who is karst?", "whois", False, "does not say what Karst is"),
    # a question opened by a negated auxiliary asks what the plain one asks
    ("negated", "Didn't Bexia recognise Kessel?", "stance_check", True, "Yes — Bexia"),
    ("negated", "didnt karst back kessel?", "stance_check", True, "No — Karst"),
    ("negated", "isn't lind the harbour spokesman?", "confirm", True, "Yes — Ivo Lind"),
    ("negated", "didn't orlan travel to velgrad in june?", "confirm", True, "No — May"),
    # two questions in one message: both, the second after the first ("he" is the first's)
    ("two", "who is orlan and where did he travel?", "whois", True, "Trade Minister. Velgrad"),
    ("two", "who backed varga and who backed kessel?", "sides", True, "Varga. Bexia and Lunor"),
    ("two", "who is orlan and how old is he?", "whois", True, "does not give Pavel Orlan's age"),
    # a name alone as the first message: what the name is ("what about X?" without "what about")
    ("bare-name", "lind?", "whois", True, "Harbour Spokesman"),
    ("bare-name", "Karst?", "whois", True, "Karst voiced support"),
    # a word of emphasis after the question word is read without it
    ("particle", "so what exactly did lind say?", "quote", True, "autumn"),
    ("particle", "who actually recognized kessel?", "sides", True, "Bexia and Lunor"),
    # an opening that makes the statement after it a yes/no
    ("tag-opening", "Is it true that Karst backed Varga?", "stance_check", True, "Yes — Karst"),
    ("tag-opening", "I wonder whether Bexia sided with Varga", "stance_check", True, "No — Bexia"),
    ("tag-opening", "is it true that orlan went to velgrad in june?", "confirm", True, "No — May"),
    # a statement with a question mark ("X says …?", "X discussed …?"): the yes/no it stands for
    ("statement", "Lind says the visit will take place in the autumn?", "confirm", True, "Yes"),
    ("statement", "orlan discussed the visit?", "confirm", True, "Yes"),
    ("statement", "varga's words on the union?", "quote", True, "cutting ties"),
    # "X with Y?", "X behind Y?": a side asked without its verb
    ("with", "Karst with Varga?", "stance_check", True, "Yes — Karst"),
    ("with", "bexia behind varga?", "stance_check", True, "No — Bexia"),
    # a short question phrase after a dash or a colon asks about what stands before it
    ("asked-last", "orlan in velgrad - what month", "when", True, "May"),
    ("asked-last", "the port dispute: when?", "when", True, "June 2"),
    ("asked-last", "who is orlan - and what did lind say?", "whois", True, "Orlan"),
    # "A and B: X or Y?": the side both took, of the two offered
    ("pair-choice", "Bexia and Lunor: Varga or Kessel?", "stance_check", True, "Marta Kessel"),
    ("pair-choice", "karst and velan - kessel or varga?", "stance_check", True, "Tomas Varga"),
    # not a tag: "or no" is a choice; a question already
    ("not-tag", "did karst back varga or no?", "stance_check", True, "Yes — Karst"),
]


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, {}))
def test_s15_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


EXCEPTED = Engine.from_text(
    "Vote split\n\nHOLM, May 4. /Wire/. Several countries, including Bexia, Harbour League "
    "members (excluding Sova) and Lunor, recognized opposition leader Marta Kessel. Karst voiced "
    "support for President Tomas Varga.\n"
)

# "and X?" / "X too?" after a list, of a name the list names as its exception: no, quoting it
CONVERSATIONS = [
    (
        "exception-swap",
        [
            ("who recognized kessel?", "sides", True, "Bexia"),
            ("and sova?", "member", True, "No — Sova is named as an exception"),
            ("sova too?", "member", True, "No — Sova is named as an exception"),
            ("and lunor?", "member", True, "Yes — Lunor"),
            # a name the article never mentions, after the list: not among them, never a list
            ("did norvia?", "member", False, "does not mention"),
            ("and lunor?", "member", True, "Yes — Lunor"),
        ],
    ),
    (
        # "any international body among them?": the list's bodies, not the first name of "them"
        "bodies-among-them",
        [
            ("who recognized kessel?", "sides", True, "Bexia"),
            ("any international body among them?", "member", True, "Harbour League"),
            ("was bexia among them?", "member", True, "Yes — Bexia"),
        ],
    ),
]


# "did he say why?" after his quote is no question of who he is; "who went to X about it?"
# names a place the previous answer's sentence does not: not that sentence's event
ELSEWHERE = [
    (
        "say-why",
        [
            ("what did lind say?", "quote", True, "autumn"),
            ("did he say why?", "confirm", False, "in those words"),
        ],
    ),
    (
        "it-elsewhere",
        [
            ("when will the visit take place?", "when", True, "Autumn"),
            ("who went to velgrad about it", "who_did", True, "Pavel Orlan"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(ELSEWHERE))
def test_s15_elsewhere(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)


# "and before that?" / "what happened after that?": the event dated before or after the
# previous answer's (over the made-up story of tests/test_r9_kinds.py: May, then June 2)
TIMELINE = [
    (
        "before-after",
        [
            ("When did Orlan discuss the visit?", "when", True, "May"),
            ("what happened after that?", "timeline", True, "June 2"),
            ("and before that?", "timeline", True, "May"),
            ("и до этого?", "timeline", False, "когда"),
        ],
    ),
    ("nothing-before", [("and before that?", "timeline", False, "About what")]),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(TIMELINE))
def test_s15_timeline(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_s15_conversations(before, question, intent, answered, says):
    check_kind(EXCEPTED, question, intent, answered, says, before)
