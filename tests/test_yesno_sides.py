"""Yes/no questions, sides and lists, titles with a rank, and follow-ups on them (blind round r3):
kinds of failure as tables over a made-up story, each row a question (or a turn of a
conversation), the intent that answers it, whether it answers, and what the short answer says
(or why it declines). Inline, so that it is no article of the facts snapshots; made up, so that
nothing in it is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows, turn_rows

from bot.engine import Engine

ARTICLE = (
    "Ardenian leader warns of crisis\n\n"
    "HOLM, May 4. /Wire/. Ardenian President Tomas Vik has thanked Sova for its support of Ardenia. "
    "He said he kept in close contact with Sovan President Mira Dahl.\n\n"
    "Sovan Deputy Foreign Minister Lena Holt discussed the new port during her trip to Holm in "
    "March.\n\n"
    "Former Prime Minister Ivar Lund said the talks had failed. In June, Holt discussed "
    "preparations for the talks.\n\n"
    "Earlier, a Sovan spokesman said Vik was expected to pay a visit to Sova in the near "
    "future.\n\n"
    "Several countries, including Norland, most of the Union states, Coast Forum members "
    "(excluding Brenn), Kestria and Olmar, as well "
    "as the Northern League, recognized opposition leader Per Moen as interim president. In "
    "contrast, Sova, Brenn and Tarsis "
    "voiced support for Vik. Vik, in turn, dismissed the move as a plot and said he was "
    "severing diplomatic ties with Norland.\n\n"
    "A depot was destroyed in a raid on Friday, but nobody was injured in the attack.\n\n"
    "Coach Ola Berg is not perturbed by reports of a rift in his team. "
    "\"There has been a fall and while you can't discern a trend from that, the figures are "
    'going the right way," Berg said. Ivar Lund says the reform is now more essential than ever. '
    '"We speak often, and we constantly exchange letters," Vik said of Dahl. He has met her '
    "twice. "
    '"Sova has expressed firm support for Ardenia," Vik said. '
    "Vik stressed that the two countries have relations characterized by trust. "
    '"Our relations will grow," he said.\n'
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # a title with a rank ("deputy", "former") is another post: the bare title never finds it,
    # in any language; the ranked title still does
    ("rank", "Who is the foreign minister?", "whois", False, "does not say who that is"),
    ("rank", "Who is the Sovan foreign minister?", "whois", False, "does not say who that is"),
    ("rank", "Who is the deputy foreign minister?", "whois", True, "Lena Holt"),
    # Russian/Spanish: "о чём было заявление X?" is X's words; "anunció" a verb of saying;
    # "с кем X говорил?" asks only for whom (never who did it)
    ("ru-es", "о чём было заявление Лунда?", "quote", True, "Ivar Lund"),
    ("ru-es", "¿Qué anunció Vik sobre Norland?", "quote", True, "severing"),
    ("ru-es", "с кем Лунд говорил?", "whom", False, "не сказано"),
    # a possessive owner before a title of several words: one description (was a crash)
    ("rank", "Who is Sova's deputy foreign minister?", "whois", True, "Lena Holt"),
    ("rank", "When did Sova's deputy foreign minister go to Holm?", "when", True, "March"),
    ("rank", "Who is the prime minister?", "whois", False, "does not say who that is"),
    ("rank", "Who is the former prime minister?", "whois", True, "Ivar Lund"),
    ("rank", "Quien es el ministro de exteriores de Sova?", "whois", False, "no dice quién es"),
    ("rank", "Кто министр иностранных дел?", "who_did", False, "не сказано"),
    ("rank", "Quien es el viceministro de exteriores?", "whois", True, "Lena Holt"),
    ("rank", "Кто замминистра иностранных дел?", "whois", True, "Lena Holt"),
    ("rank", "Who is the Ardenian president?", "whois", True, "Tomas Vik"),
    # "the president of X": one whose own role names X, before one merely named near X
    ("rank", "Who is the president of Sova?", "whois", True, "Mira Dahl"),
    ("rank", "Who is Sova's president?", "whois", True, "Mira Dahl"),
    ("rank", "Quien es el presidente de Sova?", "whois", True, "Mira Dahl"),
    ("rank", "Who is the president of Brenn?", "whois", False, "does not say who that is"),
    # "going to" a place is a visit (a verb after it is not: "going to sign")
    ("yesno", "Is Vik going to Sova?", "confirm", True, "Yes, it is expected"),
    ("yesno", "Is Vik going to Brenn?", "confirm", False, "does not say"),
    ("yesno", "Is Vik going to sign the pact?", "confirm", False, "does not say"),
    # "planning to" is how it is asked; the visit is what is asked
    ("yesno", "Is Vik planning to visit Sova?", "confirm", True, "Yes, it is expected"),
    # "accept X as president" is recognising X (a verb of recognize_as, "as" and a title)
    ("sides", "Who accepted Moen as president?", "sides", True, "Norland"),
    ("sides", "list the countries that accepted Moen as interim president", "sides", True, "Olmar"),
    ("yesno", "Did Kestria accept Moen as interim president?", "stance_check", True, "Yes"),
    ("yesno", "Did Brenn accept Moen as leader?", "stance_check", True, "No — Brenn"),
    # all of a party, where the article says "most of X" or "X (excluding Y)": not all
    ("yesno", "Did the whole Union recognize Moen?", "stance_check", True, "Not all — most of"),
    (
        "yesno",
        "Did all Coast Forum members recognize Moen?",
        "stance_check",
        True,
        "excluding Brenn",
    ),
    ("yesno", "Did the Union recognize Moen?", "stance_check", True, "Yes — most of"),
    ("yesno", "Did all of the Union recognize Moen?", "stance_check", True, "Not all — most of"),
    # a count of who did not: the exceptions of a group the question names, else no number
    ("count", "How many Coast Forum members did not recognize Moen?", "count", True, "1 — Brenn"),
    ("count", "How many countries did not recognize Moen?", "count", False, "that number"),
    # "any organisation" on a side with no list before it: the bodies among the side
    ("sides", "Did any organization recognize Moen?", "member", True, "Northern League"),
    ("sides", "Did any international organization recognize Moen?", "member", True, "League"),
    ("sides", "Did any organization support Vik?", "member", False, "none of that kind"),
    # "pro-X", "anti-X"; "X - A or B?", "is X for A or B?": which of two sides
    ("yesno", "is Kestria pro-Vik?", "stance_check", True, "No — Kestria recognized"),
    ("yesno", "is Brenn pro-Vik?", "stance_check", True, "Yes — Brenn voiced support"),
    ("yesno", "Is Olmar anti-Vik?", "stance_check", True, "Yes, in effect"),
    ("sides", "brenn - vik or moen?", "stance_check", True, "Tomas Vik — Brenn"),
    ("sides", "is Kestria for Vik or Moen?", "stance_check", True, "Per Moen — Kestria"),
    # "B dismissed the move" after a sentence about A: B did not recognise A, B opposed A
    ("yesno", "Did Vik accept Moen as interim president?", "stance_check", True, "No — the"),
    ("yesno", "Did Vik oppose Moen?", "stance_check", True, "Yes — the article"),
    ("yesno", "Did Lund recognize Moen?", "stance_check", False, "does not say where"),
    # a head of state acts for the country their title names ("Ardenian President Tomas Vik")
    ("yesno", "Did Ardenia thank Sova?", "confirm", True, "Yes — the article says so"),
    ("yesno", "Did Sova thank Ardenia?", "confirm", False, "does not say"),
    ("yesno", "Is Vik cutting ties with Norland?", "confirm", True, "Yes — the article says so"),
    ("yesno", "Is Ardenia cutting diplomatic ties with Norland?", "confirm", True, "Yes"),
    # "any country" on a side, fresh: yes, the side's list
    ("sides", "Did any country support Vik?", "member", True, "Sova"),
    # being with or behind someone is a side; a party that only backs others has no backers
    ("sides", "Which countries are behind Vik?", "sides", True, "Brenn"),
    ("sides", "which countries r with moen", "sides", True, "Kestria"),
    ("sides", "Which countries supported Sova?", "sides", False, "does not say who"),
    ("sides", "Which countries stood with Brenn?", "sides", False, "does not say"),
    ("sides", "Which countries stood by Brenn?", "sides", False, "does not say"),
    ("sides", "Which side did Brenn take?", "sides", True, "Tomas Vik"),
    # a negated event is a No ("nobody was injured", "is not perturbed"), an indefinite subject
    # ("anyone") no name the article lacks, a synonym of the asked verb its concept
    ("yesno", "Was anyone injured in the attack?", "confirm", True, "No — the article says"),
    ("yesno", "Is Berg worried about the reports?", "confirm", True, "No — the article says"),
    # "does X say/think <clause>?" of X's own words: the clause is asked, whoever its subject
    ("yesno", "Does Berg say a trend can be seen?", "confirm", True, "No — the article says"),
    ("yesno", "Does Berg say the figures are going the right way?", "confirm", True, "Yes"),
    ("yesno", "Does Lund think the reform is essential?", "confirm", True, "Yes"),
    # "write to each other" is writing letters; "how often" no word the article lacks
    ("what", "How often do Vik and Dahl write to each other?", "what", True, "exchange letters"),
    # Russian and Spanish: "собираться в X" is going to X (a verb of intending speaks of the
    # future); "en persona", "лично" are meeting
    ("yesno", "Vik собирается в Sova?", "confirm", True, "Да, это ожидается"),
    ("yesno", "Vik se ha reunido con Dahl en persona?", "confirm", True, "Sí"),
    ("yesno", "Vik встречался с Dahl лично?", "confirm", True, "Да"),
    # "announce" is a plain verb of saying: what X said
    ("events", "What did Lund announce?", "quote", True, "talks had failed"),
    # "when is X's trip?" (neither "will" nor "did") is not answered by the "Earlier" that dates
    # the saying; "when did X visit?" is not answered by a visit only expected
    ("events", "When is Vik's trip to Sova?", "when", True, "near future"),
    ("events", "When did Vik visit Sova?", "when", False, "does not say when"),
    # a quotation's "we" stands for the people its own sentence names ("…," Vik said of Dahl),
    # not whoever the sentence before names; a yes needs the asked object named (was "Yes" for
    # a person never named with the letters)
    ("yesno", "Does Vik exchange letters with Dahl?", "confirm", True, "Yes"),
    ("yesno", "Does Vik exchange letters with Lund?", "confirm", False, "does not say"),
    # the other one of the "we" did it too; no one else did
    ("yesno", "Does Dahl exchange letters with Vik?", "confirm", True, "Yes"),
    ("yesno", "Does Lund exchange letters with Vik?", "confirm", False, "does not say"),
    # "X discussed preparations for …": X, the subject of the verb that carries the noun of the
    # verb asked (it answered "Discussed.", then declined)
    ("events", "Who prepared the talks?", "who_did", True, "Lena Holt"),
    # "what post did X hold before …?": X's role, however the question goes on (it answered
    # who did the rest)
    ("role", "What post did Holt hold before the talks failed?", "whois", True, "Deputy Foreign"),
    (
        "role",
        "Que cargo tenia Holt antes de que fracasaran las conversaciones?",
        "whois",
        True,
        "Deputy Foreign",
    ),
    # "what did X express, according to Y?": Y's words on X (the speaker after "according to",
    # "según")
    ("quote", "What did Sova express, according to Vik?", "quote", True, "firm support"),
    ("quote", "Que expreso Sova segun Vik?", "quote", True, "firm support"),
    ("quote", "Что выразила Sova, по словам Vik?", "quote", True, "firm support"),
    # "how does X describe the relations?": the quote that says "relations characterized by"
    ("quote", "How does Vik describe the relations?", "quote", True, "characterized by"),
    # "what was X's statement?", "какое заявление X приводится в статье?": a word for what was
    # said, or for the article quoting it, is no topic (they declined "not on statement")
    ("quote", "What was Berg's statement?", "quote", True, "discern a trend"),
    ("quote", "Какое заявление Berg приводится в статье?", "quote", True, "discern a trend"),
]
GAPS: dict[str, str] = {
    # question: why the row fails today — a strict xfail until fixed
    "When did Sova's deputy foreign minister go to Holm?": "a possessive owner is matched to "
    "the title's adjective only where the name's aliases give it ('Russia' → 'Russian'); a "
    "made-up country's adjective ('Sovan') is not linked, so 'Sova' stays a name to find",
    "Is Ardenia cutting diplomatic ties with Norland?": "the country is only the adjective of its "
    "leader's title in that sentence ('Ardenian President'): 'cutting' is read as a word the "
    "article lacks and the name as not nearby, before the head of state can stand for it",
    "Did any country support Vik?": "'any country' (no body word) is classified as a plain yes/no "
    "question, not as one about a side's list",
    "Кто замминистра иностранных дел?": "'замминистра' with a genitive after it is not read as "
    "the title of a description (the Spanish 'viceministro' is)",
}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_yesno_sides_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


# (name, [(question, intent, answered, the short answer or the decline reason contains), …]):
# each answer is the context of the next question
CONVERSATIONS = [
    (
        "that-country",
        [
            ("Which country did Vik thank?", "whom", True, "Sova"),
            ("who is that country's president?", "whois", True, "Mira Dahl"),
        ],
    ),
    (
        "two-names-no-claim",
        [
            ("Who is Ivar Lund?", "whois", True, "Former Prime Minister"),
            # a question with two names and no word to say yes to is no "who is" of the first
            ("did he also mention Vik?", "confirm", False, "does not say"),
        ],
    ),
]
CONVERSATIONS += [
    (
        "it-is-the-name",
        [
            ("and Brenn?", "whois", True, "Brenn"),
            # "it" as the subject of a yes/no question after a name alone is that name
            ("did it recognize Moen?", "stance_check", True, "No — Brenn"),
            ("and Kestria?", "stance_check", True, "Yes — Kestria"),
        ],
    ),
]
CONVERSATIONS += [
    (
        "what-the-article-says-about",
        [
            # where the article names a name (here only as an exception of a side)
            # answered by the what kind (the sentences that name Brenn), not by whois
            ("What does the article say about Brenn?", "what", True, "Brenn is mentioned"),
            ("so did it recognize Moen?", "stance_check", True, "No — Brenn"),
        ],
    ),
    (
        "who-is-that-no-context",
        [("and Moen, who's that?", "whois", True, "opposition leader")],
    ),
]
CONVERSATIONS += [
    (
        "any-body-then-a-name",
        [
            ("Did any organization recognize Moen?", "member", True, "Northern League"),
            # the name stands for "any organization", not for the person recognised
            ("and the Union?", "stance_check", True, "Yes — most of the Union states"),
            ("and Brenn?", "stance_check", True, "No — Brenn"),
        ],
    ),
]
CONVERSATIONS += [
    (
        "which-one-did-not",
        [
            ("Did all Coast Forum members recognize Moen?", "stance_check", True, "Not all"),
            # only a question word and a negation after a side: its exceptions
            ("which one didn't?", "excluded", True, "Brenn"),
            ("why not?", "why", False, "does not say"),
        ],
    ),
]
CONVERSATIONS += [
    (
        "they-are-the-two-people",
        [
            ("who does Vik keep in close contact with?", "whom", True, "Mira Dahl"),
            ("did her country back Vik?", "stance_check", True, "Yes — Sova"),
            ("have they met?", "confirm", True, "Yes"),
        ],
    ),
]
CONVERSATIONS += [
    (
        "what-a-body-did",
        [
            # "what did X do?" of a party that took a side: the side it took
            ("What did the Northern League do?", "sides", True, "Northern League recognized"),
            # "any countries too?" after one body's side: the side's other parties
            ("any countries too?", "member", True, "Kestria"),
            ("and on Vik's side?", "sides", True, "Tarsis"),
        ],
    ),
    (
        "name-then-its-question",
        [
            # "what about X, did it …?" with nothing before: X is what "it" stands for
            ("what about Tarsis, did it back Vik?", "stance_check", True, "Yes — Tarsis"),
            ("and Olmar?", "stance_check", True, "No — Olmar"),
        ],
    ),
]
CONVERSATIONS += [
    (
        "a-time-of-its-own",
        [
            ("Where did Holt go in March?", "where", True, "Holm"),
            # a time the previous answer never names: not about the same event
            ("what happened there in June?", "what", True, "In June, Holt discussed"),
        ],
    ),
]
CONVERSATIONS += [
    (
        "a-topic-of-its-own-tense",
        [
            ("When did Holt travel to Holm?", "when", True, "March"),
            # "and the visit?" after "when did …?" may be about something still to come
            ("and Vik's visit to Sova?", "when", True, "near future"),
        ],
    ),
    (
        "same-for",
        [
            ("Did Brenn back Vik?", "stance_check", True, "Yes — Brenn"),
            # "same for X?" is "and X?"
            ("same for Kestria?", "stance_check", True, "No — Kestria"),
        ],
    ),
    (
        "a-name-with-its-group-noun",
        [
            ("Did Brenn back Vik?", "stance_check", True, "Yes — Brenn"),
            ("and the Union states?", "stance_check", True, "No — most of the Union states"),
        ],
    ),
]
CONVERSATIONS += [
    (
        "with-whom-unsaid",
        [
            ("What did Holt discuss in March?", "what", True, "the new port"),
            # the sentence has no "with": it says nothing of whom (it quoted it again)
            ("with whom?", "what", False, "does not say who"),
            # "at the time" is the previous answer's time: the turn after a decline knows "she"
            ("where was she at the time?", "where", True, "Holm"),
        ],
    ),
]
CONVERSATION_GAPS: dict[tuple[str, int], str] = {
    # (conversation, turn): why the turn fails today — a strict xfail until fixed
    ("they-are-the-two-people", 2): "'they' after an answer that quoted a side's list is read "
    "as that list, not as the two people the conversation is about",
}


@pytest.mark.parametrize(
    "before,question,intent,answered,says", turn_rows(CONVERSATIONS, CONVERSATION_GAPS)
)
def test_yesno_sides_conversations(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)
