"""Times near words: which time of a sentence dates the verb asked about, whether that verb is in
the future, and which of the close rivals has its time right beside it."""

from __future__ import annotations

from ..facts import SentenceFacts
from ..text import stem
from .agents import anchor
from .evidence import Found, Ranked, grounded, names_nearby, prefer_body
from .index import ArticleIndex
from .language import Language
from .question import Query, Term
from .wanted import is_person


def participle(lang: Language, q: Query, persons: frozenset[int] = frozenset()) -> Term | None:
    """ "When was the library built?": the closing participle is what is asked about, and a
    sentence that does not say it (only mentions the library) does not answer."""
    if len(q.words) < 4:
        return None
    if q.own >= 4:  # "where is he being held?" merged with "who is X?": its own words close
        own = _held(lang, q, persons, q.own)
        if own is not None:
            return own
    if q.words[1] not in lang.participle_auxiliaries:
        return _held(lang, q, persons)  # "X is held where?"
    last = q.terms[-1] if q.terms else None
    if last and last.index == len(q.words) - 1 and last.word.endswith(lang.participle_endings):
        staged = lang.lex.classes.get("staged", ())
        if last.word in staged and not any(nm.entity in persons for nm in q.names):
            return None  # "where is the final being played?": where the final is
        return last
    # "When was the commission set up?": a phrasal verb closing the question
    phrase = next((t for t in q.terms if t.index < 0 and " " in t.word), None)
    if phrase is not None and " ".join(q.words[-len(phrase.word.split()) :]) == phrase.word:
        return phrase
    return _held(lang, q, persons)


def only_its_noun(lang: Language, q: Query, must: Term | None, info: SentenceFacts) -> bool:
    """ "When was the footage recorded?": the participle is met only by its concept, which
    the question's own noun shares, and the sentence writes that concept in no verb of the past
    ("the footage", "a recording", not "broadcast") — what was done to it is not said."""
    if must is None or must.concept is None or must.stem in info.stems or must.word in info.stems:
        return False
    if not any(t.index != must.index and t.concept == must.concept for t in q.terms):
        return False
    w = lang.lex.writing
    past = w.get("irregular_past", frozenset()) | w.get("bare_participles", frozenset())
    return not any(
        lang.lex.rules.is_past(t.norm) or t.norm in past
        for t in info.tokens
        if lang.concepts.get(t.stem) == must.concept
    )


def _held(lang: Language, q: Query, persons: frozenset[int], end: int = 0) -> Term | None:
    """ "Where is X being held (now)?" of a person X: a light verb ("held", "kept") after a form
    of "be" is no topic, but the passive it closes is what is asked (of an event, "held" is only
    "takes place": "where is the final being held?" is met by where the final is). X is a named
    person, or one described by a word for a person ("the man", "the Australian", "the
    hostages"); words that say nothing (a closing "now") may follow. ``end``: where the words
    read end (a merged follow-up's own words), default all."""
    k = (end or len(q.words)) - 1
    while k > 3 and q.words[k] in lang.stop:
        k -= 1
    w = q.words[k]
    be = lang.lex.writing.get("be_forms", frozenset())
    if w not in lang.light or not w.endswith(lang.participle_endings):
        return None
    # "X is being held", "X is held where?", or "where is X held?" (the be-form before X)
    if q.words[k - 1] not in be:
        # "where is X held?": only of a person the article names (an event is only held)
        if q.words[1] in be and any(nm.end == k and nm.entity in persons for nm in q.names):
            return Term(w, stem(w), None, 1.0, k)
        return None
    names = [nm for nm in q.names if not end or nm.end <= k]  # (its own, read to ``end``)
    if any(nm.entity in persons for nm in names) or _described_person(lang, q.words[k - 2]):
        return Term(w, stem(w), None, 1.0, k)
    return None


HELD_BACK = 4  # words from a light participle back to its subject ("X, who is being held")


def held_of_person(lang: Language, info: SentenceFacts, persons: frozenset[int], w: str) -> bool:
    """Is the sentence's light participle ``w`` ("held") said of a person — its subject, back
    over forms of "be", modals and a comma, a person's name or a word for a person ("A Lunorian
    engineer, being held at X") — not of an event ("The final will be held in X")?"""
    toks = info.tokens
    skip = lang.lex.writing.get("be_forms", frozenset()) | lang.lex.writing.get(
        "modal_words", frozenset()
    )
    ends = {m.end - 1: m.entity for m in info.mentions if m.start >= 0}
    for k, t in enumerate(toks):
        if t.norm != w:
            continue
        j = k - 1
        while j > 0 and k - j < HELD_BACK and toks[j].norm in skip:
            j -= 1
        if j >= 0 and (ends.get(j) in persons or _described_person(lang, toks[j].norm)):
            return True
    return False


def _described_person(lang: Language, head: str) -> bool:
    """Is the subject's last word one for a person: a title, a word for people ("hostages"), or
    one ending like a person's ("man", "Australian", "journalist")?"""
    endings = tuple(lang.lex.writing.get("person_noun_endings", ()))
    return is_person(lang, Term(head, stem(head), None, 1.0, -1)) or head.endswith(endings)


def linked(lang: Language, text: str, t_start: int, t_end: int, at: int) -> bool:
    """Is a time at [t_start, t_end) in the same clause as the word at ``at``? Not when one of
    them sits in a relative clause ("…, whose … had been cancelled") the other is outside."""
    if t_start < at:
        parts = text[t_end:at].split(",")
        return not (len(parts) > 1 and lang.relative_re.match(parts[-1]))
    parts = text[at:t_start].split(",")
    return not any(lang.relative_re.match(p) for p in parts[1:])


def future_in(ix: ArticleIndex, info: SentenceFacts, q: Query) -> bool:
    """Is the verb asked about in the future in this sentence ("will", "is to", "expected to")?"""
    k = anchor(ix, info, q, q.terms)
    if k is None:
        return False
    window = {t.norm for t in info.tokens[max(0, k - 4) : k]}
    return bool(window & ix.lang.future_markers) or any(t.direction == "future" for t in info.times)


def nearest_time(ix: ArticleIndex, q: Query, ranked: list[Ranked], found: Found) -> Found:
    """Of the sentences that meet the question about as well as the best, the one with a time
    right beside the verb asked about ("the runoff will be held on October 27"), a time of its
    own before one counted from another."""
    best_cov = found.coverage
    cands = []
    for _s, cov, info in ranked[:4]:
        if cov < best_cov - 0.05 or not grounded(ix, q, info):
            continue
        if not names_nearby(ix, q, info):
            continue
        k = anchor(ix, info, q, q.terms)
        if k is None:
            continue
        pos = info.tokens[k].start
        # a time counted from another ("three hours after launch") dates it less than a day
        dist = min((t.kind == "counted", abs(t.start - pos)) for t in info.times)
        cands.append((dist, info.sentence.index, prefer_body(ix, info), cov))
    if not cands:
        return found
    _d, _i, info, cov = min(cands, key=lambda c: (c[0], c[1]))
    return Found(info, cov)
