"""Unit tests of fact extraction on the bundled article and on small texts of our own."""

import pytest

from bot.engine import Engine

E = Engine.load()
F = E.facts


def person(surname):
    return next(e for e in F.entities if e.kind == "person" and e.name.endswith(surname))


@pytest.mark.parametrize(
    "surname,role",
    [
        ("Peskov", "Kremlin Spokesman"),
        ("Ryabkov", "Russian Deputy Foreign Minister"),
        ("Putin", "Russian President"),
        ("Maduro", "Venezuelan President"),
        ("Guaido", "Venezuelan opposition leader and parliament speaker"),
    ],
)
def test_people_and_roles(surname, role):
    assert person(surname).role == role


def test_aliases_surname_and_full_name():
    assert {"maduro", "nicolas maduro"} <= person("Maduro").aliases


@pytest.mark.parametrize(
    "fragment,speaker,direct",
    [
        ("And certainly, in the coming days", "Maduro", True),  # "he noted" → last speaker
        ("he maintained constant contact", "Maduro", False),  # "The Venezuelan leader said"
        ("We have met numerous times", "Maduro", True),
        ("expected to pay a visit", "Peskov", False),
    ],
)
def test_quotes_and_speakers(fragment, speaker, direct):
    q = next(q for q in F.quotes if fragment in F.sentences[q.sentence].sentence.text)
    assert F.entities[q.speaker].name.endswith(speaker) and q.direct is direct


def test_stances_with_exclusions_and_pronoun_target():
    rec = next(s for s in F.stances if s.kind == "recognize")
    assert F.entities[rec.target].name.endswith("Guaido")  # "recognized him"
    assert "United States" in [p.name for p in rec.parties]
    assert rec.excluded == ("Mexico",)
    sup = next(s for s in F.stances if s.kind == "support")
    assert len(sup.parties) == 9 and sup.parties[0].name == "Russia"


@pytest.mark.parametrize(
    "fragment,time,place",
    [
        ("declared himself interim", "January 23", "Caracas"),
        ("discussed preparations", "July", "Caracas"),
        ("broadcast on Monday", "Monday", None),
        ("met numerous times", None, "Moscow"),
    ],
)
def test_times_and_places(fragment, time, place):
    info = next(i for i in F.sentences if fragment in i.sentence.text)
    if time:
        assert time in [t.text for t in info.times]
    if place:
        assert place in [p.name for p in info.places]


def test_a_plain_paragraph_with_other_names():
    e = Engine.from_text(
        "Foreign Minister Anna Berg said on Tuesday that talks would resume in Oslo. "
        'Norway, Chile and Ghana backed her plan. "We are ready," she said.'
    )
    berg = next(x for x in e.facts.entities if x.kind == "person")
    assert berg.name == "Anna Berg" and berg.role == "Foreign Minister"
    assert [F2.speaker for F2 in e.facts.quotes] == [berg.id, berg.id]
    a = e.answer("When will talks resume?")
    assert a.answered and "resume" in a.sentences[0].text


@pytest.mark.parametrize(
    "text,speaker,content",
    [
        (
            '"We are ready," Foreign Minister Anna Berg said, "and we will sign soon."',
            "Anna Berg",
            "We are ready … and we will sign soon.",
        ),
        (
            "According to Deputy Minister Olav Lie, the deal is close.",
            "Olav Lie",
            "the deal is close",
        ),
        (
            "Talks went on. The deal is close, according to Mayor Olav Lie.",
            "Olav Lie",
            "The deal is close",
        ),
        ('"It is over," said Anna Berg, the foreign minister.', "Anna Berg", "It is over"),
        ("Anna Berg told reporters that the deal was close.", "Anna Berg", "the deal was close"),
    ],
    ids=["split-quote", "according-to-first", "according-to-last", "said-after", "told-that"],
)
def test_quote_shapes(text, speaker, content):
    e = Engine.from_text(text)
    q = e.facts.quotes[-1]
    assert e.facts.entities[q.speaker].name == speaker and q.content == content


@pytest.mark.parametrize(
    "question,expect",
    [
        ("Where is Maduro from?", "Venezuela"),
        ("What is the name of the TV channel?", "Rossiya-24"),
        ("Who is the interim president?", "Guaido"),
        ("Did the U.S. recognize Guaido?", "Yes"),
        ("When was Guaido's appointment cancelled?", None),  # a relative clause: not dated
        ("Did Mexico recognize Guaido?", "No"),
    ],
)
def test_kinds_of_question_on_the_bundled_article(question, expect):
    a = E.answer(question)
    if expect is None:
        assert not a.answered and a.sentences == ()
    else:
        assert a.answered and expect in a.text
