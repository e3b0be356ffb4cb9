"""The evidence toolkit (bot/answering/evidence, agents, timing, stances) as tables: which sentence
meets a question, who did it, which lists and times a sentence gives, which side is asked."""

import pytest
from harbour import ENGINE
from wire import ENGINE as WIRE

from bot.answering import agents, evidence, numbers, polarity, stances, timing
from bot.answering.question import read
from bot.facts import Stance

IX = ENGINE.answerer.ix
LANG = IX.lang


def q(question: str):
    return read(IX, question)


def sentence_with(text: str):
    return next(i for i in IX.facts.sentences if text in i.sentence.text)


@pytest.mark.parametrize(
    "question,found",
    [
        pytest.param("Who drafted the plan?", "was drafted by", id="passive"),
        pytest.param("When will the first ferry sail?", "first ferry will sail", id="time"),
        pytest.param("ferry plan approved", "The harbour council", id="body-before-headline"),
        pytest.param("When did the second ferry sail?", None, id="other-ordinal"),
        pytest.param("What did Atlantis draft?", None, id="unknown-name"),
        pytest.param("Who painted the bridge?", None, id="words-not-met"),
    ],
)
def test_best_sentence(question, found):
    got = evidence.best_sentence(IX, q(question))
    if found is None:
        assert got is None
    else:
        assert found in got.info.sentence.text


def test_rank_scores_only_what_meets_the_question():
    ranked = evidence.rank(IX, q("Who drafted the plan?"))
    assert ranked[0].info.sentence.index == sentence_with("drafted").sentence.index
    assert ranked[0].coverage == 1.0
    assert all(r.score > 0 for r in ranked)
    assert [r.score for r in ranked] == sorted((r.score for r in ranked), reverse=True)


@pytest.mark.parametrize(
    "question,sentence,need,grounded",
    [
        ("When did the first ferry sail?", "first ferry", 0.5, True),
        ("When did the second ferry sail?", "first ferry", 0.5, False),
        ("What dividend did the plan pay?", "drafted", 0.5, False),
        ("Who drafted the plan?", "drafted", 1.0, True),
    ],
)
def test_grounded(question, sentence, need, grounded):
    assert evidence.grounded(IX, q(question), sentence_with(sentence), need=need) is grounded


@pytest.mark.parametrize(
    "question,sentence,agent",
    [
        pytest.param("Who drafted the plan?", "drafted", "Portvale Port Authority", id="passive"),
        pytest.param("Who welcomed the decision?", "welcomed", "Eva Stone", id="subject"),
        pytest.param(
            "Who said the first ferry will sail?", "first ferry", "Finn Holt", id="speaker"
        ),
        pytest.param("Who backed Eva Stone?", "backed", "Denmark", id="name-before-verb"),
    ],
)
def test_agent(question, sentence, agent):
    assert IX.name(agents.agent(IX, sentence_with(sentence), q(question))) == agent


@pytest.mark.parametrize(
    "sentence,names",
    [
        ("Six members", ["Ada Lind", "Ben Ortiz", "Cy Vale"]),
        ("Norway and Denmark", ["Norway", "Denmark"]),
        ("drafted", ["Portvale Port Authority"]),
    ],
)
def test_enumerated(sentence, names):
    assert [IX.name(e) for e in agents.enumerated(IX, sentence_with(sentence))] == names


def test_anchor_is_the_first_word_meeting_the_question():
    info = sentence_with("first ferry")
    assert (
        info.tokens[
            agents.anchor(IX, info, q("when will it sail?"), q("when will it sail?").terms)
        ].norm
        == "sail"
    )


@pytest.mark.parametrize(
    "text,quoted",
    [('"This is a good day," Stone said.', [(0, 21)]), ("No quotes here.", [])],
)
def test_quote_spans(text, quoted):
    assert agents.quote_spans(text) == quoted


@pytest.mark.parametrize(
    "question,participle",
    [
        ("When was the plan drafted?", "drafted"),
        ("When was the bridge built?", "built"),
        ("When did they draft the plan?", None),
        ("When was it?", None),
    ],
)
def test_participle(question, participle):
    got = timing.participle(LANG, q(question))
    assert (got.word if got else None) == participle


@pytest.mark.parametrize(
    "text,time,verb,linked",
    [
        pytest.param("On May 3 the council voted.", "May 3", "voted", True, id="same-clause"),
        pytest.param(
            "On May 3, when X, whose visit was cancelled, spoke.",
            "May 3",
            "cancelled",
            False,
            id="verb-in-a-relative-clause",
        ),
        pytest.param(
            "They cancelled the visit, which was on May 3.",
            "May 3",
            "cancelled",
            False,
            id="time-in-a-relative-clause",
        ),
    ],
)
def test_linked(text, time, verb, linked):
    t = text.index(time)
    assert bool(timing.linked(LANG, text, t, t + len(time), text.index(verb))) is linked


@pytest.mark.parametrize(
    "question,kind,negated",
    [
        ("Which countries backed X?", "support", False),
        ("Who opposed it?", "oppose", False),
        ("Who voted for it?", "for", False),
        ("Who abstained?", "abstain", False),
        ("Who recognized him?", "recognize", False),
        ("Did X back Y or not?", "support", False),
        ("Who did not back Y?", "support", True),
        ("Which members refused to recognize him?", "recognize", True),
    ],
)
def test_the_side_asked(question, kind, negated):
    got = q(question)
    assert (stances.asked_kind(LANG, got), stances.negated(LANG, got)) == (kind, negated)


def _stance(kind: str) -> Stance:
    return Stance(
        kind=kind, verb="did", parties=(), target=None, target_text="it", head=None, sentence=0
    )


@pytest.mark.parametrize(
    "asked,kind,agrees",
    [
        ("support", "support", True),
        ("support", "recognize", True),
        ("support", "oppose", False),
        ("oppose", "oppose", True),
        ("oppose", "support", False),
        ("abstain", "abstain", True),
        ("support", "abstain", False),
        ("for", "support", True),
    ],
)
def test_agrees(asked, kind, agrees):
    assert stances.agrees(asked, _stance(kind)) is agrees


def test_countable_lists_of_sides():
    counts = {s.verb: stances.countable(IX, s) for s in IX.facts.stances}
    assert counts["voted for"] and counts["backed"]  # lists of names
    assert not counts["welcomed"]  # one party: how many of its members, it does not say


def test_stances_on_a_target_and_of_a_party():
    stone = IX.alias["eva stone"][0]
    norway = IX.alias["norway"][0]
    assert [s.verb for s in stances.stances_for(IX, target=stone)] == ["backed"]
    assert [s.verb for s in stances.stances_for(IX, party=norway)] == ["backed"]
    st = stances.stances_for(IX, party=norway)[0]
    assert stances.party_in(IX, st, norway).name == "Norway"


# -- polarity: does a sentence state, deny, leave open or hedge the word asked about (wire story)
WIX = WIRE.answerer.ix


def wire_sentence(text: str):
    return next(i for i in WIX.facts.sentences if text in i.sentence.text)


@pytest.mark.parametrize(
    "sentence,word,question,said",
    [
        pytest.param("not able to attend", "attend", "did ines falk attend", "denies", id="deny"),
        pytest.param("could sign a second", "sign", "has it signed", "hedges", id="hedge"),
        pytest.param("whether it will hire", "hire", "will it hire", "undecided", id="open"),
        pytest.param("union had signed", "signed", "did the union sign", "states", id="nested"),
        pytest.param("fined the company", "fined", "was it fined", "states", id="plain"),
        # the nearest marker decides; a word the question uses is no marker
        pytest.param("not able to attend", "attend", "was she not able to attend", "states"),
    ],
)
def test_polarity(sentence, word, question, said):
    info = wire_sentence(sentence)
    k = next(i for i, t in enumerate(info.tokens) if t.norm == word)
    assert polarity.polarity(WIX.lang, info, k, question.split()) == said


@pytest.mark.parametrize(
    "sentence,asked,opposite",
    [
        ("cleared of negligence", "convicted", "cleared"),
        ("shelved the sale", "approve", "shelved"),
        ("survived the derailment", "killed", "survived"),
        ("pay agreement", "approve", None),
    ],
)
def test_opposite_at(sentence, asked, opposite):
    info = wire_sentence(sentence)
    k = polarity.opposite_at(WIX.lang, info, (WIX.lang.lex.rules.stem(asked), asked))
    assert (info.tokens[k].norm if k is not None else None) == opposite


def test_clause_of_a_word_ends_at_commas_and_clause_breaks():
    info = wire_sentence("shelved the sale")
    k = next(i for i, t in enumerate(info.tokens) if t.norm == "shelved")
    a, b = polarity.clause_start(WIX.lang, info, k), polarity.clause_end(WIX.lang, info, k)
    assert (
        " ".join(t.text for t in info.tokens[a:b]) == "but shelved the sale of its old freight yard"
    )


@pytest.mark.parametrize(
    "question,sentence,actor",
    [
        pytest.param("Who signed it?", "union had signed", "the union", id="reported-clause"),
        pytest.param("Who gave it?", "gave the go-ahead", "The board of Halden Rail", id="org"),
        pytest.param("Who built it?", "was built by", "two local engineers", id="passive-by"),
        pytest.param("Who organised it?", "organised a petition", "Carl Moen", id="antecedent"),
        pytest.param("Who said it?", "should stay open", "Carl Moen", id="past-asides"),
        pytest.param("Who represents them?", "represents the", "Lena Holm", id="and-who"),
        pytest.param("Who attended?", "not able to attend", "Ines Falk", id="appositive-name"),
        pytest.param("Who shelved it?", "shelved the sale", "The board", id="and-clause"),
    ],
)
def test_who_did_it(question, sentence, actor):
    got = agents.who(WIX, wire_sentence(sentence), read(WIX, question))
    assert got is not None and got.text == actor


# -- numbers: what a "how many" question counts, and a number as an answer writes it
@pytest.mark.parametrize(
    "question,word,people,repeats",
    [
        ("How many passengers were injured?", "passengers", False, False),
        ("How many people were injured?", "people", True, False),
        ("How many times was it closed?", "times", False, True),
        ("How much in fines did it pay?", "fines", False, False),
        ("How much did it cost?", None, False, False),
    ],
)
def test_counted_noun(question, word, people, repeats):
    c = numbers.counted(WIX.lang, read(WIX, question))
    got = (c.word, c.people, c.repeats) if c is not None else None
    assert got == ((word, people, repeats) if word else None)


@pytest.mark.parametrize(
    "sentence,amounts,written",
    [
        ("fined the company", True, ["$2 million"]),
        ("between 3 and 5", True, ["between 3 and 5 percent"]),
        ("closed twice", False, []),  # "twice" counts only times
        ("fined the company", False, ["14", "nine"]),
    ],
)
def test_numbers_are_written_with_their_words(sentence, amounts, written):
    info = wire_sentence(sentence)
    assert [n.text for n in numbers.numbers_in(WIX.lang, info, amounts, None)] == written


def test_a_number_beside_a_noun_through_of_them():
    info = wire_sentence("nine of them children")
    c = numbers.counted(WIX.lang, read(WIX, "How many children were injured?"))
    spots = numbers.noun_tokens(WIX, info, c)
    nums = {n.text: n for n in numbers.numbers_in(WIX.lang, info, False, c)}
    assert numbers.attached(WIX.lang, info, spots, nums["nine"])
    assert not numbers.attached(WIX.lang, info, spots, nums["14"])


@pytest.mark.parametrize(
    "question,sentence,near",
    [
        ("What did Tomas Berg say about rostering?", "close to a deal on rostering", True),
        ("Did Lena Holm attend the hearing?", "not able to attend", False),  # far in the story
    ],
)
def test_names_near_a_sentence_within_a_long_paragraph(question, sentence, near):
    assert evidence.names_nearby(WIX, read(WIX, question), wire_sentence(sentence)) is near


def test_if_is_a_hedge_and_whether_leaves_it_open():
    lang = WIX.lang
    assert "if" in lang.hedges and "if" not in lang.undecided
    assert "whether" in lang.undecided
