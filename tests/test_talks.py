"""Kinds of question and of follow-up found by the blind round r2 on the bundled article, as
tables over a made-up story (tests/talks.py): each row a kind, never a phrasing of the bundled
article.

(family, question, intent, answered, the short answer or the decline reason contains)
"""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows, turn_rows
from talks import ENGINE

ROWS = [
    # "we" in a quotation: the speaker and whoever the sentence before it names ("X keeps in
    # touch with Y. 'We have met many times,' X added"); across "and" the same "we"
    ("we", "Has Valmont met Erik Dahl?", "confirm", True, "Yes"),
    ("we", "Has Valmont met Dahl in person?", "confirm", True, "Yes"),
    ("we", "Has Valmont met Dahl in Berlin?", "confirm", False, "does not say"),
    ("we", "Has Valmont met Marek Sova?", "confirm", False, "does not say"),
    ("we", "Who holds video calls with Erik Dahl?", "who_did", True, "Lena Valmont."),
    ("we", "Who trades emails with Dahl?", "who_did", True, "Lena Valmont."),
    # whom: the name after the verb, not a place it happened in; else whom "we" takes in
    ("whom", "who does Valmont hold video calls with?", "whom", True, "Erik Dahl."),
    ("whom", "who did Valmont meet in Oslo?", "whom", True, "Erik Dahl."),
    ("whom", "Who is Valmont in close contact with?", "whom", True, "Erik Dahl."),
    # "which Norwegian leader is X in touch with?": whom, of the kind and place asked
    ("whom", "Which Norwegian leader is Valmont in touch with?", "whom", True, "Erik Dahl."),
    ("whom", "which leader does Valmont keep in contact with?", "whom", True, "Erik Dahl."),
    ("whom", "Which Polish leader is Valmont in touch with?", "who_did", False, "Polish"),
    # "did an Ardenian official …?": someone the article describes so
    ("a", "did an Ardenian official go to Bergen?", "confirm", True, "Yes"),
    # words after a subject pronoun are no subject ("she kept close contact": not "Kept close")
    ("we", "Who has close contact with Dahl?", "who_did", False, "does not say who"),
    # yes/no on an event: its subject past a relative aside ("X, whose party had been banned
    # by Y, declared …" is X's declaring, not Y's); a name with no side goes to the sentences
    (
        "did",
        "Did Sova declare himself acting prime minister at a protest?",
        "confirm",
        True,
        "Yes — the article says so.",
    ),
    (
        "did",
        "Did the Election Board declare himself acting prime minister?",
        "confirm",
        False,
        "in those words",
    ),
    # "which country": "the country" of a sentence stands for the last country named before it
    # (one the article names by its adjective); "the country's court" is no country's name
    ("which", "Portena is the capital of which country?", "what", True, "Ardenia."),
    ("which", "What is the capital of Ardenia?", "what", True, "Portena."),
    # "each side", "both sides": every side the article gives, with its parties
    (
        "sides",
        "Who was on each side?",
        "sides",
        True,
        "Japan and Arctic Council — recognised Marek Sova; Sweden, Finland, Iceland and Denmark —",
    ),
    # roles asked as "what post did X hold?"; a part of a name; what X did ("what did X
    # declare himself?": the words after X's verb, to a preposition of place or time)
    ("role", "What position did Sova hold?", "whois", True, "a former general and opposition"),
    ("role", "what is the spokeswoman's first name?", "what", True, "Ana."),
    ("role", "What is Valmont's surname?", "what", True, "Valmont."),
    (
        "done",
        "What did Sova declare himself?",
        "what",
        True,
        "Declared himself acting prime minister.",
    ),
    ("done", "What did Keller discuss?", "what", True, "Discussed plans for Valmont's trip."),
    # "X's move": the sentence that says "the move" may have named X just before it
    ("owner", "Who dismissed Sova's move as a plot?", "who_did", True, "Lena Valmont."),
    ("owner", "What is Valmont's political party?", "what", False, "does not say"),
    # "what did X call the move?": what follows "as" after X's verb on it
    (
        "called",
        "What did Valmont call Sova's move?",
        "quote",
        True,
        "Dismissed the move as a plot hatched by Berlin.",
    ),
    # "did X back A against B?" is a yes or no on A; "A or B?" a choice
    (
        "sides",
        "did Sweden back Valmont against Sova?",
        "stance_check",
        True,
        "Yes — Sweden voiced support for Lena Valmont.",
    ),
    (
        "sides",
        "did Japan back Valmont against Sova?",
        "stance_check",
        True,
        "No — Japan recognised Marek Sova, not Lena Valmont.",
    ),
    (
        "sides",
        "did Sweden back Valmont or Sova?",
        "stance_check",
        True,
        "Lena Valmont — Sweden voiced support for Lena Valmont.",
    ),
    # how X reacted: a sentence where X does something, not one that names X as an agent
    # ("a plot hatched by Berlin")
    ("reaction", "how did Berlin respond?", "reaction", False, "how Berlin reacted"),
    ("reaction", "How did Valmont react to the move?", "reaction", True, "Lena Valmont dismissed"),
    # "where was the article filed from?": the dateline's place
    ("article", "Where was the article filed from?", "origin", True, "Oslo (OSLO, March 4."),
    # "besides X": X left out of a list, a count, a place
    (
        "besides",
        "Besides Sweden, how many countries voiced support for Valmont?",
        "count",
        True,
        "3 — Finland, Iceland and Denmark.",
    ),
    (
        "besides",
        "which countries except Japan recognised Sova?",
        "sides",
        True,
        "Poland, Chile, Kenya and Arctic Council — recognised",
    ),
    (
        "besides",
        "apart from Poland and Chile, who recognised Sova?",
        "sides",
        True,
        "Kenya, Japan and Arctic Council",
    ),
    # "what did X back?" asks what X backed, not who backed it (no list of sides)
    ("sides", "What did Sweden support?", "what", True, "voiced support for Valmont."),
    ("sides", "what countries backed Valmont?", "sides", True, "Sweden, Finland, Iceland and"),
    # an event planned or expected is not one that happened; a question about the future is
    # answered by a sentence that expects it; "plans for X's trip … during his visit" plans
    # only X's trip
    ("expected", "Did Valmont travel to Norway in May?", "confirm", False, "in those words"),
    ("expected", "Where did Valmont go in May?", "where", False, "does not say where"),
    ("expected", "Is Valmont going to travel to Norway?", "confirm", True, "Yes, it is expected"),
    ("expected", "Will Valmont travel to Norway?", "confirm", True, "Yes, it is expected"),
    ("expected", "Where will Valmont travel?", "where", True, "Norway (to Norway"),
    ("expected", "Did Keller visit Bergen?", "confirm", True, "Yes — the article says so."),
    ("expected", "Where did Keller go?", "where", True, "Bergen (to Bergen)."),
    ("expected", "When will Valmont travel to Norway?", "when", True, "Next spring."),
    ("expected", "When did Valmont travel to Norway?", "when", False, "does not say when"),
    ("expected", "When did Keller go to Bergen?", "when", True, "May."),
    # a paragraph that opens '"…," she said' goes on with the one before (its names are near);
    # "does X say she …": she is X
    (
        "near",
        "When does Valmont say she will keep working on an accord with Dahl?",
        "when",
        True,
        "In the coming months.",
    ),
    ("besides", "Where have Valmont and Dahl met?", "where", True, "Oslo (in Oslo)."),
    (
        "besides",
        "Where else besides Oslo have Valmont and Dahl met?",
        "where",
        True,
        "At several regional forums.",
    ),
]

# (name, [(question, intent, answered, says), …]): each answer the context of the next
CONVERSATIONS = [
    # a subject pronoun that stands for no one: never an answer about someone
    ("nobody", [("who did he meet there?", "whom", False, "Who do you mean?")]),
    (
        # "what did she thank it for?" asks more than what follows her verb: the sentence
        "thank-it-for",
        [
            ("What did Valmont say about Norway?", "quote", True, "Norway as a good neighbour"),
            ("what did she thank it for?", "what", True, "I thank Norway and all Norwegian"),
        ],
    ),
    (
        # "his" is whom the indefinite description stood for
        "an-official",
        [
            ("did an Ardenian official go to Bergen?", "confirm", True, "Yes"),
            ("what's his job?", "whois", True, "Tomas Keller — Ardenian Trade Minister."),
        ],
    ),
    (
        # "any organisations?" after a list: its international bodies, or none
        "any-bodies",
        [
            ("Who recognised Sova?", "sides", True, "Poland, Chile, Kenya, Japan and Arctic"),
            ("any organisations?", "member", True, "Arctic Council."),
            ("Who backed Valmont?", "sides", True, "Sweden, Finland, Iceland and Denmark"),
            ("any organisations?", "member", False, "names none of that kind"),
        ],
    ),
    (
        # "which country did X cut ties with?": whom X did it to; "that country" is it
        "that-country",
        [
            ("Which country did Valmont cut trade ties with?", "whom", True, "Germany."),
            ("did that country recognise Sova?", "stance_check", False, "where Germany stands"),
        ],
    ),
    (
        # "his country": the country his title names by its adjective
        "his-country",
        [
            ("Who is Erik Dahl?", "whois", True, "Erik Dahl — Norwegian Prime Minister."),
            ("did his country back Valmont?", "stance_check", False, "where Norway stands"),
        ],
    ),
    (
        # "and about Y?": the chain's question on another topic (after its own "about")
        "and-about",
        [
            ("What did Valmont say about the accord?", "quote", True, "keep working on a new"),
            ("and about her fishermen?", "quote", True, "real patience with our fishermen"),
            ("and about Dahl?", "quote", True, "kept close contact with Norwegian Prime"),
        ],
    ),
    (
        # "how else …?" after another kind of answer: not what the conversation quoted before,
        # but the last answer's sentence may say more ("keep in touch" is one phrase)
        "how-else",
        [
            ("Who does Valmont keep in contact with?", "whom", True, "Erik Dahl."),
            ("where did they meet?", "where", True, "Oslo (in Oslo)."),
            ("how else do they keep in touch?", "what", True, "trade emails on quotas"),
        ],
    ),
    (
        "they-are-the-people",
        [
            ("What did Valmont say about Dahl?", "quote", True, "kept close contact"),
            ("do they hold video calls?", "confirm", True, "Yes"),
            ("and emails?", "confirm", True, "Yes"),
            ("have they met in person?", "confirm", True, "Yes"),
        ],
    ),
]


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, {}))
def test_kind(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_follow_up(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)


def test_who_a_description_is_quotes_where_the_article_uses_it():
    """ "Who is the Ardenian leader?": the sentence that calls her so, then her role's."""
    a = ENGINE.answer("Who is the Ardenian leader?")
    assert a.text == "Lena Valmont — Ardenian President."
    assert [s.text[:33] for s in a.sentences] == [
        "Ministry spokeswoman Ana Rivas sa",
        "Ardenian President Lena Valmont h",
    ]
