"""Kinds of question the r8 blind round answered wrongly or declined: "who leads|heads X?" and
"who is the leader of X?" answered only by a person whose role is X's leader (never whoever a
title or the noun "leaders" stands near; declined when no one's is); after a list of a side's
parties, "including X?", "was X included?", "all of the X states?" and "and X?" of a party are
whether X is among them (and "most of" is not all), and "who backed X?" of a party that took a
side, not one taken on, declines; "how many allies does X have?" (and "X allies how many?")
counts X's side; "where did X say …?" is the channel or where X was, never "to Y", whom X
spoke to; a phone call is not any contact; "what does X plan …?" is what X will do; "X's full name" is the whole name. Tables over made-up stories, inline; nothing in them is a
measured story's text."""

from __future__ import annotations

from pathlib import Path

import pytest
from tables import check_kind, kind_rows, turn_rows

from bot.engine import Engine

ARTICLE = (
    "Ardenia thanks Sova for its support\n\n"
    "HOLM, May 4. /Wire/. Ardenian President Tomas Vik has thanked Sova for its support, "
    "Palace Spokesman Ivo Lind said on Tuesday. Vik said the two leaders trusted each other.\n\n"
    "Per Moen, Ardenian opposition leader, declared himself interim president at a rally. "
    "Several countries, including Norland, most of the Union states, Coast Forum members "
    "(excluding Brenn), Kestria and Olmar, as well as the Northern League, recognized him. "
    "In contrast, Sova, Brenn and Tarsis voiced support for Vik.\n\n"
    'Lind has expressed gratitude to Kestria for its aid to the port. "Kestria is a true '
    'friend," Lind said in an interview with Harbour-7 TV channel during a visit to Olmar. '
    '"The port will reopen," Vik said in his interview with Coast TV channel.\n\n'
    'Vik said he kept in close contact with Sovan President Mira Dahl. "We write to each '
    'other and have phone conversations," Vik added.\n\n'
    "Vik stressed that Ardenia and Sova have relations built on trust between their leaders. "
    '"In the coming months we will deepen our relations further," he noted.\n\n'
    "In June, Coast Forum envoy Karl Brand discussed the talks during his trip to Tarsis.\n"
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # "who leads|heads X?": a role of X's leader; none: declined, never a person with another
    # title of X ("Palace Spokesman") nor the subject of a sentence with "leaders" in it
    ("leads", "Who leads the palace?", "who_did", False, "does not say who leads the palace"),
    ("leads", "who heads the Palace", "who_did", False, "does not say who leads"),
    ("leads", "Who is the leader of the palace?", "whois", False, "does not say who leads"),
    ("leads", "who is the head of the Northern League", "whois", False, "does not say"),
    ("leads", "who leads ardenia", "whois", True, "Tomas Vik"),
    ("leads", "Who is the leader of Ardenia?", "whois", True, "Tomas Vik"),
    ("leads", "who leads the opposition?", "whois", True, "Per Moen"),
    # "who recognized X?" of a party of a side that no one took a side on: not its co-parties
    ("party", "Who recognized the Northern League?", "sides", False, "does not say who"),
    ("party", "which countries backed Kestria?", "sides", False, "does not say who"),
    ("party", "Who recognized Moen?", "sides", True, "Norland"),
    # "how many allies/supporters/backers": a count of the side's parties; "X allies how
    # many?" asks its "how many" last; a side of "several … most of" has no number
    ("count", "vik allies how many", "count", True, "3"),
    ("count", "How many supporters does Vik have?", "count", True, "3"),
    ("count", "how many backers does moen have", "count", False, "does not give that number"),
    # "where did X say …?": the channel of the saying, or where X was ("during a visit to
    # Y"), never the one X spoke to ("gratitude to Y")
    ("said-where", "Where did Lind express gratitude to Kestria?", "where", False, "where"),
    ("said-where", "where did lind thank kestria", "where", False, "does not say where"),
    ("said-where", "where did lind say kestria is a true friend", "where", True, "Olmar"),
    ("said-where", "Where was Lind when he spoke?", "where", True, "Olmar"),
    ("said-where", "where did vik say the port will reopen", "where", True, "Coast TV"),
    # a phone call is its own way of keeping in touch: "do they call?" is the sentence of
    # phone conversations, not of "close contact"; Russian "поддерживать связь" is keeping in
    # touch (not "continue")
    # (s16: how they keep in touch is the speaker's own words after "kept in close contact")
    ("phone", "как Vik поддерживает связь с Dahl", "what", True, "phone conversations"),
    ("phone", "how does vik keep in touch with dahl", "what", True, "phone conversations"),
    # a question of what is to come ("plan") is answered by a sentence that speaks of it, not
    # by a better-ranked one that says only what is
    ("future", "What does Vik plan for relations with Sova?", "what", True, "deepen"),
    ("future", "what are vik's plans for relations with sova", "what", True, "deepen"),
    ("future", "What kind of relations do Ardenia and Sova have?", "what", True, "trust"),
    # "the full name" of a person described: the whole name ("the surname": its last word)
    ("name", "what's the palace spokesman's full name", "what", True, "Ivo Lind"),
    ("name", "What is the full name of the palace spokesman?", "whois", True, "Ivo Lind"),
    ("name", "what is the palace spokesman's surname", "what", True, "Lind"),
    # "which month|day …?": the kind of time asked is no word a sentence must have
    ("time", "In which month was Brand in Tarsis?", "when", True, "June"),
    ("time", "what month was karl brand in tarsis", "when", True, "June"),
    ("time", "In which month was Moen at the rally?", "when", False, "does not say when"),
]

# (name, turns: (question, intent, answered, says)); each answer the context of the next
CONVERSATIONS = [
    (
        "including",
        [
            ("who recognized moen", "sides", True, "Norland"),
            ("including the Union?", "member", True, "Yes — most of the Union states"),
            ("all of the Union states?", "member", True, "Not all — most of the Union"),
            ("was Brenn included?", "member", True, "exception"),
            ("does that include Olmar?", "member", True, "Yes"),
            ("and Tarsis?", "member", True, "No — Tarsis voiced support for Tomas Vik"),
            ("even Kestria?", "member", True, "Yes — Kestria recognized"),
        ],
    ),
    (
        "said-where",
        [
            ("what was lind grateful to kestria for", "what", True, "aid"),
            ("where did he say that?", "where", True, "Harbour-7"),
        ],
    ),
    (
        "party-swap",
        [
            ("Which countries backed Vik?", "sides", True, "Sova, Brenn and Tarsis"),
            ("and Kestria?", "member", True, "No — Kestria recognized Per Moen"),
            ("and Sova?", "member", True, "Yes — Sova voiced support for Tomas Vik"),
            # a target of a side is still a swap: who took a side on it
            ("and Moen?", "sides", True, "Norland"),
        ],
    ),
]

# the same kinds on a real-shaped story of the test articles: a vote with three sides on one
# motion (the same target: "No — X abstained", never "… X, not X")
VOTE = Engine.from_text(
    (Path(__file__).parent / "articles" / "un-mining-vote-afp.txt").read_text(encoding="utf-8")
)
VOTE_CONVERSATIONS = [
    (
        "vote",
        [
            ("who voted in favour", "sides", True, "France, Germany"),
            ("and China?", "member", True, "No — China abstained"),
            ("and Norway?", "member", True, "No — Norway voted against"),
            ("and Kenya?", "member", True, "Yes — Kenya voted in favour"),
            ("was Nauru included?", "member", True, "No — Nauru voted against"),
        ],
    ),
    (
        "vote-against",
        [
            ("who voted against the resolution", "sides", True, "Norway, Nauru"),
            ("including Japan?", "member", True, "Yes — Japan voted against"),
            ("and Germany?", "member", True, "No — Germany voted in favour"),
        ],
    ),
]
VOTE_ROWS = [
    ("leads", "Who heads the General Assembly?", "who_did", False, "does not say who leads"),
    ("party", "Who voted against Norway?", "sides", False, "does not say who"),
]


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, {}))
def test_r8_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(VOTE_ROWS, {}))
def test_r8_kinds_vote(question, intent, answered, says):
    check_kind(VOTE, question, intent, answered, says)


# (question, a word of the sentence it quotes): the yes of a yes/no is in the sentence it quotes
QUOTED = [
    ("Do Vik and Dahl call each other?", "phone conversations"),
    ("Vik и Dahl созваниваются?", "phone conversations"),
    ("Does Vik keep in contact with Dahl?", "close contact"),
]


@pytest.mark.parametrize("question,quoted", QUOTED, ids=[q for q, _ in QUOTED])
def test_r8_quoted(question, quoted):
    a = ENGINE.answer(question)
    assert a.answered and quoted in a.sentences[0].text, a


GAPS: dict = {}  # ("said-where", 1) answered since s28: the speaker's saying, wherever it is


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS, GAPS))
def test_r8_conversations(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(VOTE_CONVERSATIONS))
def test_r8_conversations_vote(before, question, intent, answered, says):
    check_kind(VOTE, question, intent, answered, says, before)
