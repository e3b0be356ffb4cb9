"""The question sets as tables: every question is its own test, named by its tag and text.

tests/questions.yaml is the development set (a copy of the project's shared one); the second
article's set was written for tests/articles/second.txt. Known gaps are an explicit strict-xfail
table: when one starts passing, the table must be edited.
"""

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.evaluate import evaluate, judge, load_questions

HERE = Path(__file__).parent
SETS = {
    "bundled": (None, HERE / "questions.yaml"),
    "second": (HERE / "articles" / "second.txt", HERE / "second_questions.yaml"),
    # written blind to the code by another engineer, then used to find kinds of failure
    "paraphrases": (None, HERE / "heldout" / "maduro_paraphrases.yaml"),
    "ap": (HERE / "heldout" / "articles" / "ap_london.txt", HERE / "heldout" / "ap_london.yaml"),
    "tass": (
        HERE / "heldout" / "articles" / "tass_style.txt",
        HERE / "heldout" / "tass_style.yaml",
    ),
    "plain": (HERE / "heldout" / "articles" / "plain.txt", HERE / "heldout" / "plain.yaml"),
    # two more blind sets, each first scored untouched (figures in the README), then used the same way
    "mblind": (None, HERE / "blind" / "maduro_blind.yaml"),
    "business": (HERE / "blind" / "articles" / "business.txt", HERE / "blind" / "business.yaml"),
    "sports": (HERE / "blind" / "articles" / "sports.txt", HERE / "blind" / "sports.yaml"),
    "un": (HERE / "blind" / "articles" / "un_vote.txt", HERE / "blind" / "un_vote.yaml"),
    "mfinal": (None, HERE / "final" / "maduro_final.yaml"),
    "court": (HERE / "final" / "articles" / "court.txt", HERE / "final" / "court.yaml"),
    "health": (HERE / "final" / "articles" / "health.txt", HERE / "final" / "health.yaml"),
    "election": (HERE / "final" / "articles" / "election.txt", HERE / "final" / "election.yaml"),
    "mlast": (None, HERE / "last" / "maduro_last.yaml"),
    "quake": (HERE / "last" / "articles" / "quake.txt", HERE / "last" / "quake.yaml"),
    "tech": (HERE / "last" / "articles" / "tech.txt", HERE / "last" / "tech.yaml"),
    "strike": (HERE / "last" / "articles" / "strike.txt", HERE / "last" / "strike.yaml"),
    "mclose": (None, HERE / "closing" / "maduro_closing.yaml"),
    "ratecut": (
        HERE / "closing" / "articles" / "ratecut.txt",
        HERE / "closing" / "ratecut_questions.yaml",
    ),
    "transit": (
        HERE / "closing" / "articles" / "transit.txt",
        HERE / "closing" / "transit_questions.yaml",
    ),
    "soyuz": (
        HERE / "closing" / "articles" / "soyuz.txt",
        HERE / "closing" / "soyuz_questions.yaml",
    ),
}
KNOWN_GAPS: dict[tuple[str, str], str] = {
    # (set, question): why — an xfail(strict=True) row until it is fixed
    ("ap", "When does the ban take effect?"): "'from next April' is not tied to 'take effect'",
    ("plain", "Did the mayor vote against closing the library?"): "'cast one of the votes in "
    "favor' is not read as a stance",
    ("plain", "who voted no"): "'voted no' is not read as 'voted against'",
    ("mblind", "How does Maduro describe the ties between the two leaders?"): "'ties' meets the "
    "'severing ties' quote before the 'relations … mutual trust' one",
    ("mblind", "maduro n putin how often do they talk"): "'how often' has no handler",
    ("business", "When does Halvorsen expect to close the deal?"): "the answer is in the CEO's "
    "quote ('we expect…'), which never names the company",
    ("business", "Where is Halvorsen headquartered?"): "'the Chicago-based company' is not tied "
    "to the company's name",
    ("business", "Did Britain's competition regulator clear the deal?"): "'Britain's competition "
    "regulator' is not linked to 'Competition and Markets Authority'",
    ("business", "who runs halvorsen"): "'runs' ~ 'Chief Executive' is not known",
    ("business", "What happens if regulators kill the deal?"): "conditionals ('if the deal "
    "collapsed') are not matched to 'what happens if'",
    ("business", "@ArticleQABot how much is the brightmere deal worth"): "the deal's value sits "
    "in the lead ('$8.4 billion takeover'), 'worth' is not matched",
    ("business", "halvorson share price?"): "'share price' ~ 'rose 6.2% to $71.40' is not known",
    ("sports", "in which minute did okonkwo open the scoring"): "ordinal minutes ('12th "
    "minute') are not times",
    ("sports", "When do Kelmarsh play Brayford?"): "'play' ~ 'travel to' is not known",
    ("sports", "Where was the game played?"): "'the crowd at Millbrook Park' is not read as "
    "the venue",
    ("sports", "Did Kelmarsh win the game?"): "a 'No' needs reading 'Ashford beat Kelmarsh'; "
    "it declines rather than guess",
    ("sports", "how many people watched the game"): "'crowd of 18,402' is not met by 'people "
    "watched the game'",
    ("sports", "okonkwo goals??"): "'goals' ~ 'scored' is not known",
    ("un", "Why did Norway oppose the resolution?"): "the reason is the ambassador's "
    "('Norway's ambassador … said'), not Norway's",
    ("mfinal", "what made venezuela sever ties with the us"): "'what made' is not read as why",
    ("court", "who represented the asylum seekers"): "'asylum seekers' ~ 'the claimants' is "
    "not known",
    ("court", "when did britain sign the keravia deal"): "'the agreement' ~ 'the deal' is "
    "met, but the month-year 'November 2023' loses to 'Tuesday' in the lead",
    ("court", "why did the court find the plan unlawful"): "the reason is in the next sentence "
    "(the judge's)",
    ("court", "@ArticleQABot how much has the uk paid keravia"): "'UK' is not linked to 'Britain'",
    ("health", "which country has the most cases"): "superlatives have no handler",
    ("health", "how much money is the who asking for"): "'asking for' ~ 'appealing for' "
    "is met, but 'money' is not near the amount",
    ("election", "what did vieira say to her supporters"): "her reported speech outranks her "
    "direct quote",
    ("mlast", "who was in caracas to prep maduros trip"): "'who was in X' is read as 'who is X'",
    ("mlast", "what city did the russian deputy FM visit"): "'FM' is not expanded to 'Foreign "
    "Minister'",
    ("mlast", "@ArticleQABot wen is maduro comin to russia"): "'wen is … comin' is not read as a "
    "future question, so 'Earlier' is picked over 'in the near future'",
    ("quake", "what time did the quake hit"): "clock times ('4:17 a.m.') are not times",
    ("quake", "where was the epicentre"): "a place given without a preposition is not a place",
    ("quake", "which countries sent rescue teams"): "'sent teams' is not a side, so the list "
    "is not found",
    ("quake", "did germany send a rescue team"): "'pledged field hospitals' vs 'send a rescue "
    "team': a 'no' needs more than the words",
    ("quake", "@ArticleQABot how many injured"): "'killing 312 people and injuring more than "
    "2,400': the nearer number wins",
    ("tech", "when does the ban take effect"): "the date is written 'Jan. 1, 2026' after a "
    "relative time",
    ("tech", "where is veyra appealing the fine"): "'the General Court in Luxembourg' is not "
    "tied to the appeal",
    ("tech", "did germany support the law"): "'the strongest supporters included Germany' is "
    "not read as a side",
    ("tech", "how many countries backed the rule"): "'backed by 21 of the 27' is not a list",
    ("strike", "which unions stayed at work"): "'stayed at work' is not a side",
    ("second", "Who is the EU trade commissioner?"): "the role says 'the bloc's', not the EU; a "
    "role must name the place a question asks about ('the president of Bolivia'), so this declines",
    ("strike", "did the bus drivers join the strike"): "as above",
    ("strike", "did the dockers union join"): "as above",
    ("strike", "how many ships are stuck"): "'more than 40 ships waiting' is not met by 'stuck'",
    ("mclose", "who promised to keep promoting relations in the coming weeks?"): "'promised' "
    "is not a verb of saying, and the quote is attributed by 'he noted'",
    ("mclose", "What happened to Venezuela's diplomatic ties with the US?"): "'what happened "
    "to' with a name asks for an event the matcher does not find by 'ties' alone",
    ("transit", "did greenfield join the fare system?"): "', and Greenfield abstained' is not "
    "split from the clause before it",
    ("transit", "how many council members voted for the plan"): "'an 11-4 vote' is not read as "
    "a count",
    ("transit", "okafor said wat abt teens"): "'teens' ~ 'teenagers' is not known",
    ("transit", "@ArticleQABot how much does it cost per yr to run"): "'per yr' and 'to run' "
    "are not met by 'a year to operate'",
    ("soyuz", "who launched the joint research program"): "'launched' is not a side verb",
    ("soyuz", "Is Armenia a full member of the program?"): "'observer status' is not read "
    "as 'not a full member'",
}
_engines: dict[str, Engine] = {}


def engine(name: str) -> Engine:
    if name not in _engines:
        _engines[name] = Engine.load(SETS[name][0])
    return _engines[name]


def _cases():
    for name, (_, qfile) in SETS.items():
        for item in load_questions(qfile):
            marks = []
            gap = KNOWN_GAPS.get((name, item.q))
            if gap:
                marks.append(pytest.mark.xfail(strict=True, reason=gap))
            yield pytest.param(name, item, id=f"{name}-{item.tag}-{item.q[:50]}", marks=marks)


@pytest.mark.parametrize("name,item", list(_cases()))
def test_question(name, item):
    got = engine(name).answer(item.q)
    ok, why = judge(item, got)
    assert ok, f"{why}: {got.text or got.reason!r} [{got.intent}]"


@pytest.mark.parametrize("name", list(SETS))
def test_no_unanswerable_question_gets_an_answer(name):
    report = evaluate(engine(name), load_questions(SETS[name][1]))
    assert report.false_answers == 0


def test_development_set_score():
    report = evaluate(engine("bundled"), load_questions(SETS["bundled"][1]))
    assert report.score >= 0.95, report.render()


def test_answers_quote_only_article_sentences():
    e = engine("bundled")
    texts = {s.text for s in e.article.sentences}
    for item in load_questions(SETS["bundled"][1]):
        a = e.answer(item.q)
        assert all(s.text in texts for s in a.sentences)
        if not a.answered:
            assert a.sentences == ()


@pytest.mark.parametrize(
    "first,follow,expect",
    [
        ("Did Iran support Maduro?", "and Israel?", "No"),
        ("Did Israel support Maduro?", "what about Belarus?", "Yes"),
        ("Who is Peskov?", "and Ryabkov?", "Deputy Foreign Minister"),
    ],
)
def test_follow_up_uses_the_previous_answer(first, follow, expect):
    e = engine("bundled")
    a = e.answer(follow, context=e.answer(first))
    assert a.answered and expect in a.text
