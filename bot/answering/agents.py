"""Inside one sentence: where the question's words are (the anchor), who did what they say (the
agent), and the lists of names it gives ("A, B and C")."""

from __future__ import annotations

from collections.abc import Sequence

from ..facts import SentenceFacts
from ..text import quote_spans
from .actors import Actor, actor_at, by_after_past, noun_agent
from .evidence import grounded, meeting_words, term_keys
from .index import ArticleIndex
from .question import Query, Term

_NONE: frozenset[str] = frozenset()
SAYING = ("say", "declare")  # the concepts (vocabulary.yaml) of saying and announcing


def anchor(
    ix: ArticleIndex,
    info: SentenceFacts,
    q: Query,
    terms: Sequence[Term],
    exact_first: bool = False,
) -> int | None:
    """The first word of the sentence that meets the question's own words, skipping words
    owned by someone the question is not about ("X's visit" when asked about Y); with
    ``exact_first``, a word of the question itself before a word of its concept ("start" before
    "launching")."""
    keys, concepts = term_keys(terms)
    owned = None  # who owns the word after a possessive: read at the first hit
    for exact in (True, False) if exact_first else (False,):
        for k in meeting_words(ix, info, keys, _NONE if exact else concepts):
            if info.tokens[k].text[:1].isupper():
                continue
            if owned is None:
                owned = {m.end: m.entity for m in info.mentions if m.possessive and m.start >= 0}
            owner = owned.get(k)
            if owner is not None and q.entity_ids and owner not in q.entity_ids:
                continue
            return k
    return None


def matched_chars(ix: ArticleIndex, info: SentenceFacts, q: Query) -> list[int]:
    """Where in the sentence the question's own words are (character offsets)."""
    keys, concepts = term_keys(q.terms)
    return [
        t.start
        for t in info.tokens
        if t.stem in keys
        or t.norm in keys
        or (concepts and ix.lang.concepts.get(t.stem) in concepts)
    ]


def _verb_at(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """The question's matched verb: its own word first ("thanked" → "thank"), else a word of the
    same concept; never a time or a name."""
    keys, concepts = term_keys(q.terms)
    concept_of, times = ix.lang.concepts.get, ix.lang.time_vocab
    for exact in (True, False):
        related = bool(concepts) and not exact
        for k, t in enumerate(info.tokens):
            if not (
                t.stem in keys or t.norm in keys or (related and concept_of(t.stem) in concepts)
            ):
                continue
            if t.norm not in times and not t.text[:1].isupper():
                if not t.norm.isdigit():  # "January 23" is no verb
                    return k
    return None


def _quoted_not_done(ix: ArticleIndex, info: SentenceFacts, q: Query, at: int) -> bool:
    """The word asked about is inside a quotation ("…blame the referee"): whoever said it did not
    do it, unless they say "I thank…", "we oppose…"; only a question about saying may name them."""
    inside = any(a <= info.tokens[at].start < b for a, b in quote_spans(info.sentence.text))
    first_person = any(t.norm in ix.lang.first_person for t in info.tokens[max(0, at - 3) : at])
    return inside and not first_person and bool(q.words[1:2]) and q.words[1] not in ix.lang.say


def _passive_agent(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """ "had been cancelled by the country's Supreme Court": the name after "by"."""
    keys, _ = term_keys(q.terms)
    toks = info.tokens
    for k, t in enumerate(toks[:-1]):
        if (
            toks[k + 1].norm in ix.lang.agent_prepositions
            and (t.stem in keys or t.norm in keys)
            and t.norm.endswith(ix.lang.passive_endings)
        ):
            for m in info.mentions:
                if k + 1 < m.start <= k + 5 and m.entity not in q.entity_ids:
                    return m.entity
    return None


def asks_agent(ix: ArticleIndex, q: Query) -> bool:
    """ "by whom?", "staged by who": the question asks for a passive verb's agent."""
    w = q.words
    return any(
        w[k] in ix.lang.agent_prepositions and w[k + 1] in ix.lang.question_words
        for k in range(len(w) - 1)
    )


def words_at(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """Where in the sentence the question's own words are (a character offset), if anywhere."""
    k = anchor(ix, info, q, q.terms)
    return info.tokens[k].start if k is not None else None


def asked_verb_index(ix: ArticleIndex, q: Query) -> int | None:
    """The verb of a "who …" question: its first word after the question word and any
    auxiliaries ("who *signed* …", "who is *expected* …", "who has been *charged* …", "which
    official *signed* …")."""
    lang = ix.lang
    if not q.words or q.words[0] not in lang.question_words:
        return None
    k = 1
    if q.words[0] in lang.which_words:  # "which official signed …", "which X official is …"
        k = next((i for i in range(2, min(5, len(q.words))) if q.words[i] in lang.aux), 2)
    be = lang.lex.writing.get("be_forms", frozenset())  # "who has *been* charged …"
    while k < len(q.words) and (
        q.words[k] in lang.aux or q.words[k] in lang.question_words or q.words[k] in be
    ):
        k += 1
    said = next((nm.end for nm in q.names if nm.start == k), None)
    if said is not None and said < len(q.words) and q.words[said] in lang.say:
        # "who does X say is ignoring …": the verb of what X says
        k = said + 1
        while k < len(q.words) and q.words[k] in lang.aux:
            k += 1
    k = _wished_verb(lang, q, k)
    if 1 < k < len(q.words) and q.words[k] in lang.determiners and q.words[k - 1] in lang.light:
        return _noun_asked(lang, q, k)  # "who did the obesity study?": the study
    aspect = lang.lex.writing.get("aspect_verbs", frozenset())
    if k + 1 < len(q.words) and q.words[k] in aspect:
        # "who worked on preparing it?", "who helped organise it?": the verb after (a gerund
        # after a particle; "who worked on the visit?" asks who worked)
        j = k + 2 if q.words[k + 1] in lang.stop else k + 1
        w = q.words[j] if j < len(q.words) else ""
        if w and w not in lang.stop and (j == k + 1 or lang.lex.rules.is_gerund(w)):
            k = j
    if k >= len(q.words) or (q.words[k] in lang.stop and q.words[k] not in lang.say):
        return None
    return k


WISH_REACH = 4  # words of a subject between the auxiliary and its verb of wishing


def _wished_verb(lang, q: Query, k: int) -> int:
    """ "Who does X *want* to deliver?": the verb after the subject's verb of wishing and its
    particle (deliver), else ``k``."""
    asked = lang.lex.words.get("desire_asked", frozenset())
    if not q.has(asked) or k >= len(q.words) or q.words[k] in asked:
        return k
    w = q.words
    j = next((i for i in range(k + 1, min(k + WISH_REACH, len(w))) if w[i] in asked), None)
    if j is None or j + 2 >= len(w) or w[j + 1] not in lang.stop or w[j + 2] in lang.stop:
        return k
    return j + 2


def _light_object(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """ "who gave the warning?": where the noun after the question's verb of no topic is in the
    sentence (a noun right after a determiner)."""
    lang = ix.lang
    k = asked_verb_index(ix, q)
    if k is None and len(q.words) > 2 and q.words[0] in lang.person_question_words:
        k = 1  # "who made the first broadcast?": the light verb itself is no verb asked
    if k is None or k + 1 >= len(q.words) or q.words[k] not in lang.light:
        return None
    if q.words[k + 1] in lang.stop and q.words[k + 1] not in lang.determiners:
        k += 1  # "who carried out the study?": past the verb's particle
    if k + 1 >= len(q.words):
        return None
    if q.words[k + 1] not in lang.determiners:
        return _bare_phrase(ix, info, q, k)  # "who made half centuries?"
    noun = _noun_asked(lang, q, k + 1)
    if noun is None:
        return None
    st = lang.lex.rules.stem(q.words[noun])
    toks = info.tokens
    return next(
        (
            i
            for i, t in enumerate(toks)
            if i > 0 and (t.stem == st or t.norm == q.words[noun]) and _opened(ix, info, i)
        ),
        None,
    )


def _bare_phrase(ix: ArticleIndex, info: SentenceFacts, q: Query, k: int) -> int | None:
    """ "who made half centuries?": where the sentence has the bare noun phrase after the
    question's verb of no topic, word for word and whole ("centuries" is not the end of "half
    centuries"), right before "from" or "by" — the last word's place."""
    lang, toks = ix.lang, info.tokens
    end = _noun_asked(lang, q, k)
    if end is None or any(nm.start <= end and nm.end > k + 1 for nm in q.names):
        return None
    words = q.words[k + 1 : end + 1]
    n = len(words)
    if {t.index for t in q.terms} & set(range(k + 1, end + 1)) != set(range(k + 1, end + 1)):
        return None  # a follow-up's frame ("and centuries?"): the words asked are not these
    by = lang.agent_prepositions | lang.from_words
    for i in range(n - 1, len(toks) - 1):
        if toks[i + 1].norm not in by:
            continue
        if not all(_same_word(lang, toks[i - n + 1 + j], w) for j, w in enumerate(words)):
            continue
        before = toks[i - n] if i >= n else None
        if before is None or before.norm in lang.stop or before.text[:1].isupper():
            return i
    return None


def _same_word(lang, tok, w: str) -> bool:
    return tok.norm == w or tok.stem == lang.lex.rules.stem(w)


def light_agent(ix: ArticleIndex, info: SentenceFacts, q: Query) -> Actor | None:
    """ "who carried out the study?": the doer the sentence gives the asked noun ("the study
    by X", "the study conducted by X"), or None."""
    k = _light_object(ix, info, q)
    if k is None:
        return None
    return noun_agent(ix, info, k, q.entity_ids) or _owner(ix, info, k, q.entity_ids)


def _owner(ix: ArticleIndex, info: SentenceFacts, k: int, exclude) -> Actor | None:
    """ "X's first transatlantic broadcast": the name whose possessive opens the noun phrase of
    the noun at word ``k`` (up to two words between) made it."""
    for m in info.mentions:
        if m.possessive and m.start >= 0 and 0 <= k - m.end <= 2 and m.entity not in exclude:
            between = info.tokens[m.end : k]
            if all(not t.text[:1].isupper() and t.norm not in ix.lang.stop for t in between):
                return Actor(m.entity, ix.name(m.entity))
    return None


def _asks_noun(ix: ArticleIndex, q: Query) -> bool:
    """ "who did the study?": the question asks about a noun, after a verb of no topic."""
    k = asked_verb_index(ix, q)
    if k is None:
        return False
    # "who does X say is ignoring …", "who does X want to deliver …": the words after what X
    # says or wishes
    said = ix.lang.say | ix.lang.lex.words.get("desire_asked", frozenset())
    start = max((i + 1 for i in range(1, k) if q.words[i] in said), default=1)
    return q.words[k - 1] not in ix.lang.light and any(w in ix.lang.light for w in q.words[start:k])


def _noun_asked(lang, q: Query, k: int) -> int | None:
    """ "who did the obesity study in May?": the last word of the noun phrase after a verb that
    carries no topic of its own ("study")."""
    last = None
    for j in range(k + 1, len(q.words)):
        if q.words[j] in lang.stop:
            break
        last = j
    return last


def asked_verb(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """Where the verb of a "who …" question is in the sentence: its own word first, else a word
    of its concept; of several, the one followed by most of the question's other words ("was
    said to … although his mother *said* … shot in the head")."""
    lang = ix.lang
    k = asked_verb_index(ix, q)
    if k is None:
        return None
    w = q.words[k]
    st = lang.lex.rules.stem(w)
    concept = lang.concepts.get(st)
    keys, concepts = term_keys(t for t in q.terms if t.index != k)
    toks = info.tokens

    def after(i: int) -> int:
        return sum(
            1
            for t in toks[i + 1 : i + 12]
            if t.stem in keys or t.norm in keys or lang.concepts.get(t.stem) in concepts
        )

    places = ix.word_places(info)
    exact_hits = sorted({*places.stems.get(st, ()), *places.norms.get(w, ())})
    of_concept = places.concepts.get(concept, ()) if concept is not None else ()
    related_hits = [j for j in of_concept if toks[j].norm not in lang.stop]  # "not" ≠ "note"
    for exact in (True, False):
        hits = exact_hits if exact else sorted(set(exact_hits).union(related_hits))
        spots = [i for i in hits if not (toks[i].text[:1].isupper() and i > 0)]
        if spots:
            # a verb before a noun ("headed by X" before "Y, head of Z"), then the one followed
            # by most of the question's words
            return max(spots, key=lambda i: (not _noun_like(ix, info, i), after(i), -i))
    return None


def _noun_like(ix: ArticleIndex, info: SentenceFacts, i: int) -> bool:
    """Is word ``i`` a noun: after a determiner or a possessive ("his trip"), or a title set
    off by a comma before "of" ("X, head of Y")?"""
    toks = info.tokens
    if _nominal(ix, info, i):
        return True
    set_off = i > 0 and "," in info.sentence.text[toks[i - 1].end : toks[i].start]
    return set_off and i + 1 < len(toks) and toks[i + 1].norm in ix.lang.of_words


def who(ix: ArticleIndex, info: SentenceFacts, q: Query) -> Actor | None:
    """Who did it: the subject (or passive agent) of the verb asked about — a name, or a phrase
    ("the management at X"), or no one; when the sentence does not have that verb, the person
    nearest before the question's words."""
    if asks_agent(ix, q):  # "by whom?": the agent after a passive verb's "by"
        e = _passive_agent(ix, info, q)
        return Actor(e, ix.name(e)) if e is not None else _active_doer(ix, info, q)
    at = asked_verb(ix, info, q)
    if at is not None:
        titled = _titled(ix, info, at, q)
        if titled is not None:
            return titled
        noun = _nominal(ix, info, at) or _asks_noun(ix, q)
        reduced = _reduced_passive(ix, info, at, q) if not noun else None
        if reduced is not None:
            return noun_agent(ix, info, reduced, q.entity_ids)  # "proceedings brought by X"
        own = _object_agent(ix, info, q, at) if not noun else None
        if own is not None:
            return own
        carrier = _carrier(ix, info, at) if not noun else None
        aspect = ix.lang.lex.writing.get("aspect_verbs", frozenset())
        own = [t for t in q.terms if t.word not in aspect]  # "who *worked* on preparing it?"
        if carrier is not None and grounded(ix, q, info, own, need=1.0):
            # "X discussed preparations for Y": who prepared Y is X (every word asked met here)
            return actor_at(ix, info, carrier, q.entity_ids)
        if not noun:  # the verb asked about is here: its subject, or no one
            found = actor_at(ix, info, at, q.entity_ids, passive_asked=_passive_asked(ix, q))
            return found if found is not None else _announcer(ix, info, q)
        by = noun_agent(ix, info, at, q.entity_ids)  # "the study by the institute"
        if by is not None:
            return by
    else:
        by = light_agent(ix, info, q)  # "who gave the warning?" / "a warning from X came"
        if by is not None:
            return by
    e = _nearest(ix, info, q)
    return Actor(e, ix.name(e)) if e is not None else None


def _active_doer(ix: ArticleIndex, info: SentenceFacts, q: Query) -> Actor | None:
    """ "By whom was the panel set up?" of "the cabinet set up the panel": the subject of the
    question's participle said in the active, with the question's other words (or names) right
    after it (its object); never the subject of a passive ("the panel was set up" names no
    one)."""
    lang, toks = ix.lang, info.tokens
    past = lang.lex.writing.get("irregular_past", frozenset())
    verb = next(
        (t for t in reversed(q.terms) if lang.lex.rules.is_past(t.word) or t.word in past), None
    )
    if verb is None:
        return None
    keys, _ = term_keys([t for t in q.terms if t is not verb])
    for at, tok in enumerate(toks):
        if tok.stem != verb.stem:
            continue
        if any(t.stem in keys or t.norm in keys for t in toks[at + 1 : at + OBJECT_WORDS]) or any(
            m.entity in q.entity_ids and at < m.start < at + OBJECT_WORDS for m in info.mentions
        ):  # "… challenged *Mr X* to …": the one the question names, its object
            return actor_at(ix, info, at, q.entity_ids)
    return None


OBJECT_WORDS = 5  # words after a verb its object is looked for in ("set up *the* port *panel*")


def _object_agent(ix: ArticleIndex, info: SentenceFacts, q: Query, at: int) -> Actor | None:
    """ "Who scored centuries?" of "the team scored 390 … with centuries from A and B": the
    noun the question's verb takes has its own doer after "from"/"by" away from the verb (not
    its object: "received a warning from X" — X did not receive it)."""
    phrase = _object_asked(ix, q)
    if not phrase:
        return None
    lang = ix.lang
    toks, met = info.tokens, []
    while phrase and not met:  # the longest run of the asked words the sentence has
        n = len(phrase)
        head = phrase[0]
        met = [
            j
            for j in range(at + 4 + n - 1, len(toks))
            # (the first word tested inline: most tokens meet none)
            if (toks[j - n + 1].stem == head.stem or toks[j - n + 1].norm == head.word)
            and all(_meets(toks[j - n + 1 + i], x) for i, x in enumerate(phrase))
            and not _nominal(ix, info, j - n + 1)
        ]
        phrase = phrase[:-1]
    # a phrase met as a whole first ("centuries from A": not "half centuries from B")
    bare = [j for j in met if j - n < 0 or toks[j - n].norm in lang.stop]
    for j in bare + [j for j in met if j not in bare]:
        found = noun_agent(ix, info, j, q.entity_ids)
        if found is not None:
            return found
    return None


def _object_asked(ix: ArticleIndex, q: Query) -> list[Term]:
    """The noun phrase the question's verb takes, as terms ("who scored *half centuries*?");
    after a topic swap ("and half centuries?" after "who scored centuries?": the verb's own
    object is no term any more) the run of new words at the end of the question."""
    lang = ix.lang
    k = asked_verb_index(ix, q)
    after = [t for t in q.terms if k is not None and t.index > k]
    if not after:
        return []
    at = k + 1
    while at < len(q.words) and q.words[at] in lang.determiners:
        at += 1
    if after[0].index != at:
        tail = after[-1].index == len(q.words) - 1 and at < len(q.words)
        if not tail or q.words[at] in lang.stop or q.own == 0:
            return []
    phrase = after[:1]
    for t in after[1:]:
        if t.index == phrase[-1].index + 1:
            phrase.append(t)
    return phrase


def _meets(t, term: Term) -> bool:
    return t.stem == term.stem or t.norm == term.word


def _reduced_passive(ix: ArticleIndex, info: SentenceFacts, k: int, q: Query) -> int | None:
    """ "civil proceedings brought by the commission against him", "an inspection carried out
    by X": a participle with its agent after "by", right after the noun the question asks about
    (no "were" before it); the word before "by", or None."""
    lang, toks = ix.lang, info.tokens
    by = by_after_past(ix, info, k)  # "carried *out* by"
    if by is None:
        return None
    keys, _ = term_keys(q.terms)
    # the noun phrase before the participle meets the question ("*civil* proceedings brought")
    j = k - 1
    while j >= max(0, k - 3) and toks[j].norm not in lang.stop:
        if toks[j].stem in keys or toks[j].norm in keys:
            return by - 1
        if j == 0 or info.sentence.text[toks[j - 1].end : toks[j].start].strip():
            break
        j -= 1
    return None


def _passive_asked(ix: ArticleIndex, q: Query) -> bool:
    """ "Who was fired?", "who is expected to …": a form of "be" before the asked verb."""
    k = asked_verb_index(ix, q)
    be = ix.lang.lex.writing.get("be_forms", frozenset())
    return k is not None and any(w in be for w in q.words[1:k])


def _announcer(ix: ArticleIndex, info: SentenceFacts, q: Query) -> Actor | None:
    """ "Who announced the state of emergency?" / "X said a state of emergency would be
    declared": with no subject in reach, whoever says the sentence announces what it says."""
    k = asked_verb_index(ix, q)
    w = q.words[k] if k is not None else ""
    lang = ix.lang
    if not (w in lang.say or lang.concepts.get(lang.lex.rules.stem(w)) in SAYING):
        return None
    sp = info.quote.speaker if info.quote is not None else None
    return Actor(sp, ix.name(sp)) if sp is not None and sp not in q.entity_ids else None


def _carrier(ix: ArticleIndex, info: SentenceFacts, k: int) -> int | None:
    """Word ``k`` is a noun made of the asked verb ("preparations") right after a verb that
    carries it ("discussed", "began", "held"): that verb's place, whose subject did it."""
    writing = ix.lang.lex.writing
    t = info.tokens[k]
    if k == 0 or not any(t.norm.endswith(x) for x in writing.get("nominal_suffixes", ())):
        return None
    prev = info.tokens[k - 1]
    return k - 1 if prev.norm in writing.get("nominal_carriers", frozenset()) else None


def _opened(ix: ArticleIndex, info: SentenceFacts, k: int) -> bool:
    """Is word ``k`` a noun: right after a possessive or a determiner, or after a possessive
    and up to two adjectives ("X's first transatlantic *broadcast*")?"""
    if _nominal(ix, info, k):
        return True
    for j in range(k - 1, max(0, k - 3), -1):
        if info.tokens[j - 1].possessive:
            return True
        prev = info.tokens[j - 1] if j > 0 else None
        if prev is None or prev.text[:1].isupper() or prev.norm in ix.lang.stop:
            return False
    return False


def _nominal(ix: ArticleIndex, info: SentenceFacts, k: int) -> bool:
    """Is word ``k`` a noun here ("his *trip*", "the *visit*"): no verb to read a subject of?"""
    prev = info.tokens[k - 1] if k > 0 else None
    return prev is not None and (prev.possessive or prev.norm in ix.lang.determiners)


def _titled(ix: ArticleIndex, info: SentenceFacts, k: int, q: Query) -> Actor | None:
    """ "Who coaches Ashford?" / "Ashford coach Helena Marsh": a title right before a person's
    name names who does it."""
    if info.tokens[k].norm not in ix.lang.titles:
        return None
    for m in info.mentions:
        if m.start == k + 1 and m.entity not in q.entity_ids:
            if ix.entity(m.entity).kind == "person":
                return Actor(m.entity, ix.name(m.entity))
    return None


def agent(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """Who did it, if a name of the article did it (see :func:`who`)."""
    found = who(ix, info, q)
    return found.entity if found is not None else None


def _nearest(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """The person nearest before the question's matched verb."""
    at = _verb_at(ix, info, q)
    if at is not None and info.quote is not None and info.quote.direct:
        if _quoted_not_done(ix, info, q, at):
            return None
    persons = [
        m
        for m in info.mentions
        if m.start >= 0
        and ix.facts.entities[m.entity].kind == "person"
        and not m.possessive
        and m.entity not in q.entity_ids
    ]
    passive = _passive_agent(ix, info, q)
    if passive is not None:
        return passive
    clause = _reported_clause(ix, info, q, at)
    if clause is not None:  # "X says the study revealed …": X did not pay for the study
        return _clause_subject(info, clause, q.entity_ids)
    if at is not None:
        before = [m for m in persons if m.start < at]
        if before:
            return before[-1].entity
        # no person: the named subject right before the verb ("Denmark nominated X"), never
        # the place a phrase names ("in Varby with …")
        places = {p.entity for p in info.places}
        named = [
            m
            for m in info.mentions
            if 0 <= m.start < at
            and not m.possessive
            and m.entity not in q.entity_ids
            and m.entity not in places
        ]
        if (
            named
            and at - named[-1].end <= 2
            and not _ends_relative(ix, info, named[-1], at)
            and not _preposition_between(ix, info, named[-1].end, at)
        ):
            return named[-1].entity
    if info.quote and info.quote.speaker is not None and info.quote.speaker not in q.entity_ids:
        return info.quote.speaker
    if at is not None:
        # no one before the word asked about: only a name right after it ("coach Helena
        # Marsh") is who it is; a name further on did not do it ("… exploded before the
        # arrival of X")
        right_after = [m for m in persons if at < m.start <= at + 1]
        return right_after[0].entity if right_after else None
    return persons[0].entity if persons else None


def _preposition_between(ix: ArticleIndex, info: SentenceFacts, start: int, end: int) -> bool:
    """Is a preposition between a name and the word asked about ("the X province *to* tribal
    elders"): the name is no subject of it."""
    words = ix.lang.lex.words
    preps = words.get("object_prepositions", frozenset()) | words.get(
        "place_prepositions", frozenset()
    )
    return any(t.norm in preps for t in info.tokens[start:end])


def _reported_clause(ix: ArticleIndex, info: SentenceFacts, q: Query, at: int | None) -> int | None:
    """Where the clause X reports starts ("X says *ASIO* has interviewed …") when the word asked
    about (at ``at``, a word of the verb's object: "who questioned *the family*?") is in it and
    the question asks no saying: what X reports was done there, not by X. None when the
    sentence reports nothing so."""
    quote, lang = info.quote, ix.lang
    if at is None or quote is None or quote.direct or quote.speaker is None or q.has(lang.say):
        return None
    k = asked_verb_index(ix, q)
    if k is None or any(w in lang.phrase_ends or w in lang.aux for w in q.words[k + 1 :]):
        return None  # "who claimed (that) X was …?": the question reports a clause itself
    keys, _ = term_keys([t for t in q.terms if t.index > k])
    toks = info.tokens
    if not (toks[at].stem in keys or toks[at].norm in keys):
        return None  # "which country does he lead?" of "… between their leaders": no object
    for m in info.mentions:
        if (
            m.entity == quote.speaker
            and 0 <= m.start
            and m.end < at
            and toks[m.end].norm in lang.say
        ):
            k = m.end + 1
            return k + 1 if k < at and toks[k].norm in lang.phrase_ends else k
    return None


def _clause_subject(info: SentenceFacts, k: int, exclude: Sequence[int]) -> int | None:
    """Who a reported clause opens with (a name, a description, a pronoun): its subject; None
    when it opens with no one ("says *the study* revealed …" names no doer), or with one the
    question names."""
    return next(
        (
            m.entity
            for m in info.mentions
            if k <= m.start <= k + 1 and not m.possessive and m.entity not in exclude
        ),
        None,
    )


def _ends_relative(ix: ArticleIndex, info: SentenceFacts, m, at: int) -> bool:
    """Does the name close a relative clause set off before the word at ``at`` ("X, whose post
    had been cancelled by *the Court*, declared …"): a comma after it, and "who"/"whose" in
    its stretch since the comma before it? (A list's end is no aside: "A, as well as B,
    recognized her".)"""
    toks, text = info.tokens, info.sentence.text
    if "," not in text[toks[m.end - 1].end : toks[at].start]:
        return False
    k = m.start - 1
    while k > 0 and "," not in text[toks[k - 1].end : toks[k].start]:
        k -= 1
    return any(t.norm in ix.lang.relative_pronouns for t in toks[max(k, 0) : m.start])


def enumerated(ix: ArticleIndex, info: SentenceFacts) -> list[int]:
    """The longest list of names in a sentence: "A, B and C"."""
    best = max(name_lists(ix, info), key=len, default=[])
    return list(dict.fromkeys(best))


def name_lists(ix: ArticleIndex, info: SentenceFacts, described: bool = False) -> list[list[int]]:
    """The runs of names of a sentence joined as a list ("A, B and C"), in order; a name
    alone is a run of one. ``described``: a name its own description opens ("A and the deputy
    minister B") is listed from where the description starts."""
    lang = ix.lang
    runs: list[list[int]] = []
    prev = None
    text = info.sentence.text
    # where a description of the same one ends right before their name: where the name opens
    opens = (
        {(m.end, m.entity): m.start for m in info.mentions if m.how == "description"}
        if described
        else None
    )
    for m in sorted(
        (m for m in info.mentions if m.start >= 0 and m.how == "name"), key=lambda m: m.start
    ):
        if prev is not None:
            start = opens.get((m.start, m.entity), m.start) if opens else m.start
            gap = _undetermined(
                lang, text[info.tokens[prev.end - 1].end : info.tokens[start].start]
            )
            if gap.strip() in lang.list_gaps or gap.strip(" ,") in lang.list_phrases:
                runs[-1].append(m.entity)
                prev = m
                continue
        runs.append([m.entity])
        prev = m
    return runs


APPOSITION_REACH = 8  # words of an apposition between two names of a list ("A, head of X, and B")


def apposed_run(ix: ArticleIndex, info: SentenceFacts, eid: int) -> list[int]:
    """The person and the people listed after them past appositions ("A, head of X, and B, head
    of Y"): each next one opened by ", and" (past determiners) after a comma and a short
    apposition; the person alone when none follows."""
    text, toks = info.sentence.text, info.tokens
    names = {m.start: m for m in info.mentions if m.start >= 0 and m.how == "name"}
    cur = next((m for m in names.values() if m.entity == eid), None)
    run = [eid]
    while cur is not None and text[toks[cur.end - 1].end :].startswith(","):
        k = _joined_at(ix.lang, info, cur.end)
        if k is None:
            break
        while k < len(toks) and k not in names and toks[k].norm in ix.lang.determiners:
            k += 1
        cur = names.get(k)
        if cur is None or cur.entity not in ix.persons or cur.entity in run:
            break
        run.append(cur.entity)
    return run


def _joined_at(lang, info: SentenceFacts, k: int) -> int | None:
    """The word after the ", and" that closes an apposition opening at word ``k``, if it is
    closed within reach (no ";" or sentence's end before it)."""
    text, toks = info.sentence.text, info.tokens
    for j in range(k + 1, min(len(toks) - 1, k + APPOSITION_REACH + 1)):
        gap = text[toks[j - 1].end : toks[j].start]
        if ";" in gap or "." in gap:
            return None
        if "," in gap and toks[j].norm in lang.name_joiner:
            return j + 1
    return None


def _undetermined(lang, gap: str) -> str:
    """The words between two names less the determiners that open the second ("A and the B")."""
    words = gap.split()
    while len(words) > 1 and words[-1].lower() in lang.determiners:
        words.pop()
    return " ".join(words) if len(words) < len(gap.split()) else gap


def name_as_written(ix: ArticleIndex, info: SentenceFacts, eid: int, listed: bool = False) -> str:
    """The entity's name, and the acronym the sentence names it by instead ("Lunor News
    Agency, LNA" of "LNA said"; ``listed``, in a list of names: "Lunor News Agency (LNA)"): an
    answer shows the words the sentence has."""
    name, toks = ix.name(eid), info.tokens
    if name in info.sentence.text:
        return name  # "Holm Daily Press (HDP) said": its name is written
    for m in info.mentions:
        if m.entity != eid or m.start < 0 or m.end - m.start != 1:
            continue
        written = toks[m.start].text
        if len(written) > 1 and written.isupper() and written not in name.split():
            return f"{name} ({written})" if listed else f"{name}, {written}"
    return name
