"""Kinds of question the r10 blind round answered wrongly or declined (issues 7 and 8): "when
was this?" after an answer asks about that answer's event ("this" alone is the article only
with a verb of publishing); "X backed Y right?" is a yes/no (a tag question), and so is "is X
the Y spokesman?" when the description is X; a short follow-up keeps the conversation's
language; "according to who?" is "says who?"; "is he the Y?" may be about the one described. Tables over the made-up story of tests/test_r9_kinds.py; nothing in
them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows, turn_rows
from test_r9_kinds import ENGINE

from bot.engine import Engine

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    ("this-published", "When was this published?", "article_date", True, "March 3"),
    # a statement made a yes/no by its tag ("right?", "correct?")
    ("tag", "karst backed varga right?", "stance_check", True, "Yes — Karst"),
    ("tag", "bexia recognised kessel, correct?", "stance_check", True, "Yes"),
    ("tag", "lind is the harbour spokesman right?", "confirm", True, "Yes — Ivo Lind is"),
    # "where did X say that?": where X said something, never where another person said it
    ("said-where", "where did orlan say that?", "where", False, "does not say where"),
    ("said-where", "where did lind say it?", "where", False, "does not say where"),
    # "is X the Y spokesman?" (the description read as X too): yes from X's role
    ("role", "Is Ivo Lind the harbour spokesman?", "confirm", True, "Yes — Ivo Lind is"),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_r10_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


# (name, [(question, intent, answered, says), …]): asked in order, each answer the next's context
CONVERSATIONS = [
    (
        "is-he-the",
        [
            ("who is lind?", "whois", True, "Harbour Spokesman"),
            ("is he the harbour spokesman?", "confirm", True, "Yes — Ivo Lind is"),
        ],
    ),
    (
        "according-to-who",
        [
            ("will the visit take place in the autumn?", "confirm", True, "Yes"),
            ("according to who?", "who_said", True, "Ivo Lind"),
        ],
    ),
    (
        "tag-then-swaps",
        [
            ("karst backed varga right?", "stance_check", True, "Yes"),
            ("velan?", "stance_check", True, "Yes — Velan"),
            ("and bexia?", "stance_check", True, "No"),
        ],
    ),
    (
        "when-was-this",
        [
            ("what did the ostmark deputy trade minister do?", "what", True, "Orlan"),
            ("when was this", "when", True, "May"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_r10_conversations(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)


# A short follow-up keeps the conversation's language: "el varo?" after an English answer is
# English (its "el" alone would make it Spanish), after a Spanish one Spanish.
SIDES = Engine.from_text(
    "Port row splits the region\n\n"
    "VELGRAD, March 3. /NORDPRESS/. Karst, El Varo and Velan voiced support for Tomas Varga. "
    "Bexia recognized Marta Kessel.\n"
)


@pytest.mark.parametrize(
    "first,follow_up,lang,says",
    [
        ("did karst back varga?", "el varo?", "en", "Yes — El Varo"),
        ("¿apoyó karst a varga?", "el varo?", "es", "El Varo"),
        ("did karst back varga?", "¿y apoyó el varo a varga?", "es", "El Varo"),
    ],
)
def test_follow_up_keeps_the_conversation_language(first, follow_up, lang, says):
    context = SIDES.answer(first)
    for prior in (context, context.about):  # an answer, or the context a chat store keeps
        a = SIDES.answer(follow_up, prior)
        assert (a.lang, a.answered) == (lang, True), a
        assert says in a.text


# "with whom?" of a quote whose "we" stands for its speaker and another: that other
LETTERS = Engine.from_text(
    "Ardenian leader keeps in touch\n\n"
    "HOLM, May 4. /Wire/. Ardenian President Tomas Varga said he kept in close contact with "
    'Sovan President Mira Dahl. "We write letters every week and talk on the phone," Varga '
    "said.\n"
)


@pytest.mark.parametrize(
    "before,question,says",
    [
        ((), "with whom does varga write letters?", "Mira Dahl"),
        (("what did varga say about letters?",), "with whom?", "Mira Dahl"),
        (("what did varga say about letters?",), "with who?", "Mira Dahl"),
    ],
)
def test_with_whom_of_a_we_quote(before, question, says):
    context = None
    for q in before:
        context = LETTERS.answer(q, context)
    a = LETTERS.answer(question, context)
    assert a.answered and says in a.text, a


# "where else?" after a place: the same event somewhere besides the places the answer gave
MEETINGS = Engine.from_text(
    "Leaders meet again\n\n"
    "HOLM, May 4. /Wire/. Ardenian President Tomas Varga said he had met Sovan President Mira "
    "Dahl many times in Holm and at several regional forums.\n"
)


@pytest.mark.parametrize("follow_up", ["where else?", "anywhere else?"])
def test_where_else_after_a_place(follow_up):
    context = MEETINGS.answer("where did varga meet dahl?")
    assert context.answered and "Holm" in context.text, context
    a = MEETINGS.answer(follow_up, context)
    assert a.answered and "regional forums" in a.text and "Holm" not in a.text, a
