"""Quotations and their speakers (bot/facts/quotes.py), and the one quote-span finder
(bot.text.quote_spans): small texts in, quotes out."""

import pytest
from facts_text import name_of, read

from bot.text import quote_spans


@pytest.mark.parametrize(
    "text,quotes",
    [
        (
            '"We are ready," Foreign Minister Anna Berg said.',
            [("Anna Berg", "said", "We are ready", True)],
        ),
        (
            '"It is over," said Anna Berg, the foreign minister.',
            [("Anna Berg", "said", "It is over", True)],
        ),
        (
            "Mayor Anna Berg told reporters that the deal was close.",
            [("Anna Berg", "told", "the deal was close", False)],
        ),
        (
            "Anna Berg, the foreign minister, said on Monday that the deal was done.",
            [("Anna Berg", "said", "the deal was done", False)],
        ),
        (
            "According to Deputy Minister Olav Lie, the deal is close.",
            [("Olav Lie", "according to", "the deal is close", False)],
        ),
        (
            "Talks went on. The deal is close, according to Mayor Olav Lie.",
            [("Olav Lie", "according to", "The deal is close", False)],
        ),
        (
            '"We are ready," Foreign Minister Anna Berg said, "and we will sign soon."',
            [("Anna Berg", "said", "We are ready … and we will sign soon.", True)],
        ),
        (
            '"We are ready," Foreign Minister Anna Berg said. "And we will sign soon."',
            [
                ("Anna Berg", "said", "We are ready", True),
                ("Anna Berg", "said", "And we will sign soon.", True),
            ],
        ),
        (
            'Coach Mia Lind praised the team. "They were brilliant," she said.',
            [("Mia Lind", "said", "They were brilliant", True)],
        ),
        (
            "«Nous sommes prêts, vraiment», said Mayor Anna Berg.",
            [("Anna Berg", "said", "Nous sommes prêts, vraiment", True)],
        ),
        ("Mayor Anna Berg opened the bridge on Monday.", []),
        (
            "The talks will resume next week, Mayor Anna Berg said.",
            [("Anna Berg", "said", "The talks will resume next week", False)],
        ),
        # organisations speak: right before their verb, with their acronym between
        (
            '"Activity remains soft," the Federal Open Market Committee said in a statement.',
            [("Federal Open Market Committee", "said", "Activity remains soft", True)],
        ),
        (
            "Ten people were killed in the raids, the Afghan Islamic Press (AIP) said late Sunday.",
            [("Afghan Islamic Press", "said", "Ten people were killed in the raids", False)],
        ),
        # …but not as the object of a verb or a preposition, nor a country's name
        (
            "Mayor Anna Berg dismissed a coup staged by the Workers Union and said she would leave.",
            [("Anna Berg", "said", "she would leave", False)],
        ),
        ("The United States says the tape is real.", []),
        # a person before their organisation speaks, not the organisation
        (
            "Bill Shorten of the Australian Workers Union says the unions will not rest.",
            [("Bill Shorten", "says", "the unions will not rest", False)],
        ),
        # a person named in someone's appositive is not the speaker
        (
            '"He asked for help," Nabil Rudeina, an advisor to Mr Arafat said.',
            [("Nabil Rudeina", "said", "He asked for help", True)],
        ),
        # "according to" takes only the one named right after it
        ("According to initial police reports, Mr Blake was shot dead by pirates.", []),
        # an adverb between the name and its verb
        (
            "Joyce Blake also told Radio New Zealand that people held a grudge.",
            [("Joyce Blake", "told", "people held a grudge", False)],
        ),
        # a quotation with no attribution goes on from reported speech before it
        (
            'Inspector Ann Kay says the boy had been waiting. "It is a double tragedy."',
            [
                ("Ann Kay", "says", "the boy had been waiting", False),
                ("Ann Kay", "says", "It is a double tragedy.", True),
            ],
        ),
        # a quotation that goes on into the next paragraph is not closed in this sentence
        (
            'Dr Ann Kay says she was stopped. "I asked the manager. "They said no."',
            [
                ("Ann Kay", "says", "she was stopped", False),
                ("Ann Kay", "says", "I asked the manager.", True),
                ("Ann Kay", "says", "They said no.", True),
            ],
        ),
        # another story on the same line: "she said" does not go on from the one before
        (
            'Coach Mia Lind praised the team. Meanwhile, the cricket squad arrived. "We are '
            'ready," she said.',
            [],
        ),
        # a verb of saying inside a name is none ("United States")
        (
            "United States Secretary of State Colin Powell said in Berlin that talks would go on. "
            "Mr Powell left.",
            [("Colin Powell", "said", "talks would go on", False)],
        ),
        # the speaker is a namesake's relative: a new person, not the first Blake
        (
            "Police found Peter Blake's yacht. Joyce Blake said she was shocked.",
            [("Joyce Blake", "said", "she was shocked", False)],
        ),
        # a quotation's first sentence, left open, is the speaker's of the next one
        (
            'Tom Hart is angry. "It is the law, I was very angry. "We were told this a year ago," '
            "Mr Hart said.",
            [
                ("Tom Hart", "said", "It is the law, I was very angry.", True),
                ("Tom Hart", "said", "We were told this a year ago", True),
            ],
        ),
    ],
    ids=[
        "quote-then-speaker",
        "said-then-speaker-with-appositive",
        "told-that",
        "said-on-day-that",
        "according-to-first",
        "according-to-last",
        "split-quote",
        "unattributed-continues",
        "she-said-after-praise",
        "guillemets",
        "no-quote",
        "reported-before-attribution",
        "organisation-said",
        "organisation-acronym-said",
        "no-organisation-as-object",
        "no-country-speaker",
        "person-of-organisation",
        "appositive-person-is-not-speaker",
        "according-to-only-a-name",
        "adverb-before-told",
        "unattributed-after-reported",
        "quotation-left-open",
        "another-story",
        "say-verb-inside-name",
        "namesake",
        "quotation-opened-then-attributed",
    ],
)
def test_quotes_and_speakers(text, quotes):
    f = read(text)
    got = [(name_of(f, q.speaker), q.verb, q.content, q.direct) for q in f.quotes]
    assert got == quotes


@pytest.mark.parametrize(
    "text,words,content",
    [
        (
            "The shockwave has escalated the task of rebuilding growth, experts said.",
            "experts",
            "The shockwave has escalated the task of rebuilding growth",
        ),
        (
            "Mr Zinni met Mr Arafat in Ramallah, a Palestinian official said.",
            "a Palestinian official",
            "Mr Zinni met Mr Arafat in Ramallah",
        ),
        ('"We will not move," the union said.', "the union", "We will not move"),
    ],
    ids=["plural-noun", "indefinite-official", "the-union"],
)
def test_unnamed_speakers_are_kept_as_words(text, words, content):
    f = read(text)
    q = f.sentences[-1].quote
    assert (q.speaker, q.speaker_text, q.content) == (None, words, content)
    assert f.quotes == ()  # the quotations with a named speaker only


@pytest.mark.parametrize(
    "text,spans",
    [
        ('He said "yes" and "no".', [(8, 13), (18, 22)]),
        ("“Typographic” quotes", [(0, 13)]),
        ("„German” and «French»", [(0, 8), (13, 21)]),
        ('An "unclosed quote', []),
        ("No quotes at all", []),
    ],
    ids=["straight", "typographic", "low-and-guillemets", "unclosed", "none"],
)
def test_quote_spans(text, spans):
    assert quote_spans(text) == spans
