"""Who did it, read off one sentence: the subject of the verb asked about, or a passive verb's
agent.

"A said *the union* had signed": a reported clause has its own subject, not the speaker.
"*The board of X* gave the go-ahead", "*the management at Y* stopped him": an organisation acts
through a noun phrase that need not be a name. "was shot dead *by two policemen*": a passive
verb's agent follows "by"; so does a noun's ("the study *by the institute*", "the study
conducted *by the institute*"). The actor is an entity when a name (or a pronoun the facts resolved)
is the subject, else the phrase as the sentence writes it. Nothing is guessed: no subject, no
actor.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from ..facts import Mention, SentenceFacts
from .index import ArticleIndex

LONGEST = 10  # words of a noun phrase; a longer run is no subject read without a parser
_PUNCT = frozenset(',;:()"“”—–')
_BRACKETS = frozenset("()[]")


class Actor(NamedTuple):
    entity: int | None  # the entity, when a name is the subject
    text: str  # the entity's name, or the phrase as written ("the management at Villawood")


def actor_at(
    ix: ArticleIndex,
    info: SentenceFacts,
    k: int,
    exclude: Collection[int] = (),
    passive_asked: bool = False,
) -> Actor | None:
    """Who does the verb at word ``k``: a passive verb's agent, else its subject; never one of
    ``exclude`` (the names the question asks about). A passive verb with no agent ("the
    shooter was fired") has its subject for answer only when the question is passive too ("who
    was fired?"), not when it asks who did it ("who fired him?")."""
    by = _by_agent(ix, info, k, exclude)
    if by is not None:
        return by
    agent = reduced_relative(ix, info, k)
    if agent is not None:  # "a coup staged by X": X staged it, the coup did nothing
        return phrase_after(ix, info, agent, exclude)
    if _passive(ix, info, k) and not passive_asked:
        return None
    return _subject(ix, info, k, exclude)


def by_after_past(ix: ArticleIndex, info: SentenceFacts, k: int) -> int | None:
    """Where "by" stands right after the past form at word ``k`` ("staged by", "carried *out*
    by": a particle between), or None."""
    lang, toks = ix.lang, info.tokens
    if not 0 < k < len(toks) - 2:
        return None
    by = k + 1
    if toks[by].norm in lang.stop and toks[by].norm not in lang.agent_prepositions:
        by += 1  # "drawn *up* by"
    if by >= len(toks) - 1 or toks[by].norm not in lang.agent_prepositions:
        return None
    past = lang.lex.writing.get("irregular_past", frozenset())
    if not (lang.lex.rules.is_past(toks[k].norm) or toks[k].norm in past):
        return None
    return by


def reduced_relative(ix: ArticleIndex, info: SentenceFacts, k: int) -> int | None:
    """ "dismissed it as a coup *staged* by X", "the plan drawn up by Y": a past form right after
    a noun, with no "be" before it, and "by" right after it (a particle between) — the noun is
    what was done, its doer follows "by" (not "won by two goals"); where the doer's phrase
    starts, or None."""
    lang, toks = ix.lang, info.tokens
    by = by_after_past(ix, info, k)
    if by is None or any(_gap(info, i) for i in range(k - 1, by + 1)):
        return None
    prev, verb = toks[k - 1], toks[k]
    if verb.text[:1].isupper() or (prev.text[:1].isupper() and not _described(ix, info, k, by)):
        return None  # "Australia won by …": a name before the verb is its subject
    if prev.norm in lang.stop or prev.norm in lang.pronouns or prev.possessive:
        return None
    after = toks[by + 1].norm
    if after[:1].isdigit() or after in lang.number_words:
        return None  # "rose by 5 percent", "won by two goals": a measure, no doer
    be = lang.lex.writing.get("be_forms", frozenset())
    if any(t.norm in be for t in toks[max(0, k - 3) : k]):
        return None  # "was staged by X": the passive's own agent (_by_agent)
    return by + 1


def _described(ix: ArticleIndex, info: SentenceFacts, k: int, by: int) -> bool:
    """ "*the* Lunor-born Marxist accused by Holm": a capitalised noun after a determiner is a
    description, not a name acting; the participle at word ``k`` is done to it when a name
    follows "by" (word ``by``; not "the Australians won by an innings")."""
    toks = info.tokens
    before = _ending_at(info, k - 1)
    start = before.start if before is not None else k - 1
    named = any(m.start == by + 1 for m in info.mentions)
    return named and start > 0 and toks[start - 1].norm in ix.lang.determiners


def noun_agent(ix: ArticleIndex, info: SentenceFacts, k: int, exclude=()) -> Actor | None:
    """ "the study *by the institute*", "a warning *from the counsel*": who did what the noun at
    word ``k`` names, written after it."""
    lang, toks = ix.lang, info.tokens
    if k + 2 >= len(toks) or _gap(info, k):
        return None
    if _light_participle(ix, info, k + 1) and not _gap(info, k + 1):
        # "the study *conducted* by the university", "a check *carried out* by X": a participle
        # of no topic of its own with its agent
        k += 1
        particle = k + 2 < len(toks) and toks[k + 1].norm in lang.stop  # "carried *out*"
        if particle and toks[k + 1].norm not in lang.agent_prepositions and not _gap(info, k + 1):
            k += 1
        if k + 2 >= len(toks) or toks[k + 1].norm not in lang.agent_prepositions:
            return None
    if toks[k + 1].norm not in lang.agent_prepositions | lang.from_words:
        return None
    return phrase_after(ix, info, k + 2, exclude)


def _light_participle(ix: ArticleIndex, info: SentenceFacts, k: int) -> bool:
    """Is word ``k`` a past participle of a verb of no topic ("conducted", "carried", "held"),
    in lower case? ("commissioned by X" is not who carried it out.)"""
    t = info.tokens[k]
    return not t.text[:1].isupper() and t.norm in ix.lang.light


def _skippable(ix: ArticleIndex, t) -> bool:
    """A word between a subject and its verb: "had", "also", an adverb ("secretly")."""
    lang = ix.lang
    return t.norm in lang.subject_skips or (
        not t.text[:1].isupper() and lang.lex.rules.is_adverb(t.norm)
    )


def _passive(ix: ArticleIndex, info: SentenceFacts, k: int) -> bool:
    """Is the verb at ``k`` passive: a form of "be" among the words right before it, and no
    "-ing" ("was fired", not "was firing")?"""
    toks = info.tokens
    be = ix.lang.lex.writing.get("be_forms", frozenset())
    if ix.lang.lex.rules.is_gerund(toks[k].norm):
        return False
    j = k - 1
    lang = ix.lang
    while j >= 0 and (
        toks[j].norm in lang.negators
        or (not toks[j].text[:1].isupper() and lang.lex.rules.is_adverb(toks[j].norm))
    ):
        j -= 1  # "was quickly shot", "was not fired"
    return j >= 0 and toks[j].norm in be


def _gap(info: SentenceFacts, i: int) -> bool:
    """Is there punctuation between word ``i`` and the word after it?"""
    toks = info.tokens
    return bool(_PUNCT & set(info.sentence.text[toks[i].end : toks[i + 1].start]))


def _ending_at(info: SentenceFacts, j: int) -> Mention | None:
    return next((m for m in info.mentions if m.start >= 0 and m.end == j + 1), None)


def _by_agent(ix: ArticleIndex, info: SentenceFacts, k: int, exclude) -> Actor | None:
    """ "had been cancelled by the Supreme Court", "was shot dead by two policemen"."""
    lang, toks = ix.lang, info.tokens
    be = lang.lex.writing.get("be_forms", frozenset())
    if not any(t.norm in be for t in toks[max(0, k - 3) : k]):
        return None  # no passive
    for j in range(k + 1, min(k + 3, len(toks))):
        if _gap(info, j - 1):
            return None
        if toks[j].norm in lang.agent_prepositions:
            return phrase_after(ix, info, j + 1, exclude)
    return None


def phrase_after(ix: ArticleIndex, info: SentenceFacts, j: int, exclude) -> Actor | None:
    """The name or noun phrase that starts at word ``j`` ("the country's Supreme Court",
    "pirates who …", "two policemen who …")."""
    lang, toks = ix.lang, info.tokens
    for m in info.mentions:
        if m.start < 0 or not j <= m.start <= j + 3 or m.possessive:
            continue
        head_follows = (  # "the palace officials", "the Halden union members"
            m.end < len(toks) and not _gap(info, m.end - 1) and _head_noun(ix, toks[m.end].norm)
        )
        # "the country's Supreme Court", but not "the board of Halden Rail"
        owned = all(  # "Dr Eva Lind" too
            toks[i].norm in lang.determiners
            or toks[i].possessive
            or toks[i].norm in lang.honorifics
            for i in range(j, m.start)
        )
        if not head_follows and owned and not any(_gap(info, i) for i in range(j, m.start)):
            return None if m.entity in exclude else Actor(m.entity, ix.name(m.entity))
        break
    end = j
    while end < len(toks) and end - j < LONGEST:
        t = toks[end]
        if end > j and _gap(info, end - 1):
            break
        if t.norm in lang.relative_pronouns or t.norm in lang.clause_breaks:
            break
        if t.norm in lang.stop and t.norm not in lang.determiners:
            break
        if end > j and _verb_form(ix, t.norm):
            break  # "a warning from the harbour master came too late"
        end += 1
    named = _ending_at(info, _named_after(info, end)) if end < len(toks) else None
    if named is not None and ix.entity(named.entity).kind == "person":
        # "from the counsel assisting the inquiry, Lionel Roberts, that …": the one so named
        return None if named.entity in exclude else Actor(named.entity, ix.name(named.entity))
    return _phrase(info, j, end - 1, lang)


def _named_after(info: SentenceFacts, end: int) -> int:
    """The last word of a name set off by commas right at word ``end`` ("…, Jane Roe, …"), or
    -1."""
    text, toks = info.sentence.text, info.tokens
    if text[toks[end - 1].end : toks[end].start] != ", ":
        return -1
    m = next((m for m in info.mentions if m.start == end), None)
    if m is None or m.end >= len(toks):
        return -1
    k = m.end - 1
    while k + 1 < len(toks) and not _gap(info, k) and toks[k + 1].text.isupper():
        k += 1  # "Lionel Roberts QC,"
    return m.end - 1 if _gap(info, k) else -1


def _head_noun(ix: ArticleIndex, w: str) -> bool:
    """A noun that heads a phrase after a name: a title, people, a group, an organisation."""
    lang = ix.lang
    plain = lang.lex.rules.singular(w) or w
    return any(
        x in lang.titles or x in lang.counted_people or x in lang.group_nouns or x in lang.org_words
        for x in (w, plain)
    )


def _verb_form(ix: ArticleIndex, w: str) -> bool:
    """A past form or a verb of saying: no word of a noun phrase ("came", "fined", "says")."""
    lang = ix.lang
    past = lang.lex.writing.get("irregular_past", frozenset())
    return w in lang.say or w in past or lang.lex.rules.is_past(w)


def _subject(ix: ArticleIndex, info: SentenceFacts, k: int, exclude) -> Actor | None:
    """The subject right before the verb at ``k`` (past "had", "also", "quickly" …): a name, the
    antecedent of "who", the subject of the verb before "and", or a noun phrase."""
    lang, toks = ix.lang, info.tokens
    main = clause_after_comma(ix, info, k)
    if main is not None:  # "X has unveiled Y today, launching Z": X launched Z
        return _subject(ix, info, main, exclude)
    j = k - 1
    while j >= 0 and _skippable(ix, toks[j]):
        j -= 1
    if j < 0:
        return None
    said = _said_it_before(ix, info, j)
    if said is not None:  # "fighters say they have …", "X says it is … and it intends to …"
        return _subject(ix, info, said, exclude)
    if any(t.norm in lang.lex.writing.get("infinitive_markers", ()) for t in toks[j:k]):
        done = _done_before(ix, info, j, k) or _purpose_of(ix, info, j, k)
        if done is not None:  # "X stepped in to stop it", "X will head there to examine it"
            return _subject(ix, info, done, exclude)
        at = _past_asides(ix, info, j)  # "X was not able to attend": a name, or no one —
        if at is None or _ending_at(info, at) is None:  # "X wants to attend" has a verb before
            if toks[j].norm not in lang.coordinators:  # "… but was not able to attend": below
                return None
    if toks[j].norm in lang.relative_pronouns:  # "Marcus Bell, a retired teacher who organized"
        return _antecedent(ix, info, j, exclude)
    if toks[j].norm in lang.coordinators and j > 0:
        # "X, who represents Y and chairs Z", "X, …, called on A and urged B": the subject of
        # the verb before "and"
        a = _clause_opening(ix, info, j - 1)
        if toks[a].norm in lang.relative_pronouns:
            return _antecedent(ix, info, a, exclude)
        if info.quote is not None and first_person_before(ix, info, j):
            # "we exchange letters … and have phone conversations," said X: the speaker
            return _speaker(ix, info, exclude)
        first, nxt = toks[a], toks[a + 1]
        if (
            first.norm in lang.say
            and a + 1 < j
            and (
                nxt.norm not in lang.stop
                or nxt.norm in lang.determiners
                or nxt.norm in lang.pronouns
            )
        ):
            # "X said his party supported the ban but wanted …": the reported clause's subject,
            # the speaker's when it is theirs ("his party", "he")
            if nxt.norm not in lang.pronouns and not nxt.possessive:
                return phrase_after(ix, info, a + 1, exclude)
            return _subject(ix, info, a, exclude)
        if a > 0 and _gap(info, a - 1) and not first.text[:1].isupper():
            if first.norm not in lang.stop or first.norm in lang.say:
                return _subject(ix, info, a, exclude)
        found = phrase_after(ix, info, a, exclude)
        v = _past_verb_before(ix, info, j) if found is None else None
        # "A and B met X yesterday and urged him to …": the subject of the verb before "and"
        return _subject(ix, info, v, exclude) if v is not None else found
    verb_side = j
    j = _past_asides(ix, info, j)
    if j is None:
        return None
    m = _ending_at(info, j)
    if m is not None and not m.possessive:
        before = m.start - 1
        while before >= 0 and toks[before].norm in lang.determiners:
            before -= 1  # "Doug Cameron from the Workers Union"
        if before >= 0 and toks[before].norm in lang.phrase_joiners and not _gap(info, before):
            phrase = _phrase_before(ix, info, before, j)  # "the management at Villawood"
            aged = _aged_of(ix, info, before, exclude)  # "X, 31, of Holm pleaded"
            return aged or _person_heading(ix, info, phrase, exclude)
        listed = _list_before(ix, info, m) or _titled_pair(ix, info, m, exclude)
        if listed is not None:
            return listed
        if before >= 0 and _governed(ix, toks[before].norm, toks[k].norm):
            return None  # "led farmers to X lobbying for …": X is where, not who lobbied
        return None if m.entity in exclude else Actor(m.entity, ix.name(m.entity))
    if (_gap(info, j) and j == verb_side) or toks[j].possessive:
        return None  # no subject in reach (past asides: "The airline, facing …, cut")
    if toks[j].norm in lang.first_person and info.quote is not None:
        # "we will resume…," said X: the speaker does what they say they do
        return _speaker(ix, info, exclude)
    if _verb_form(ix, toks[j].norm) and not toks[j].text[:1].isupper():
        return None  # "X discussed preparations": the asked word is a verb's object, no subject
    return _ungoverned_phrase(ix, info, j, k)


def _governed(ix: ArticleIndex, before: str, verb: str) -> bool:
    """Is a name after the preposition ``before`` the object of it, not the subject of the "-ing"
    verb right after it ("a delegation to X lobbying for …")?"""
    lang = ix.lang
    preps = lang.lex.words.get("place_prepositions", frozenset())
    return before in preps and lang.lex.rules.is_gerund(verb)


def _ungoverned_phrase(ix: ArticleIndex, info: SentenceFacts, j: int, k: int) -> Actor | None:
    """The noun phrase ending at word ``j``, the subject of the verb at ``k`` — none when a
    preposition governs it: "without paying" (no subject), "a plan with free bus rides" (an
    object; "rides" a noun). Not so before "-ing": "with prices rising"."""
    toks = info.tokens
    preps = ix.lang.lex.words.get("object_prepositions", frozenset())
    if toks[j].norm in preps:
        return None
    found = _phrase_before(ix, info, j, j)
    if found is None or ix.lang.lex.rules.is_gerund(toks[k].norm):
        return found
    at = toks[j].end - len(found.text)  # where the phrase opens
    before = next((i for i in range(j, -1, -1) if toks[i].start == at), 0) - 1
    governed = before >= 0 and toks[before].norm in preps and not _gap(info, before)
    # "X has expressed strong support": the words after an auxiliary are a verb and its
    # object's adjective, not the subject of "support"
    verbal = (
        before >= 0 and toks[before].norm in ix.lang.aux and _verb_form(ix, toks[before + 1].norm)
    )
    return None if governed or verbal else found


def _past_verb_before(ix: ArticleIndex, info: SentenceFacts, j: int) -> int | None:
    """The nearest past verb before word ``j`` in its stretch of words (no punctuation)."""
    lang, toks = ix.lang, info.tokens
    past = lang.lex.writing.get("irregular_past", frozenset())
    for v in range(j - 1, 0, -1):
        if _gap(info, v):
            return None
        w = toks[v].norm
        if not toks[v].text[:1].isupper() and (lang.lex.rules.is_past(w) or w in past):
            return v
    return None


def _done_before(ix: ArticleIndex, info: SentenceFacts, j: int, k: int) -> int | None:
    """ "X stepped in to stop it", "X moved to block it", "X decided to continue": the past verb
    before "to" (and its particle) whose doer did the verb at ``k`` too — not one that only
    tries or wants to ("tried to stop", "hoped to win": the language's hedges)."""
    lang, toks = ix.lang, info.tokens
    to = lang.lex.writing.get("infinitive_markers", frozenset())
    particles = lang.lex.writing.get("chain_particles", frozenset())
    t = next((i for i in range(k - 1, j - 1, -1) if toks[i].norm in to), None)
    if t is None or t == 0:
        return None
    v = t - 1
    if toks[v].norm in particles and v > 0 and not _gap(info, v - 1):
        v -= 1
    w = toks[v].norm
    past = lang.lex.writing.get("irregular_past", frozenset())
    if _gap(info, v) or not (lang.lex.rules.is_past(w) or w in past):
        return None
    if w in lang.hedges or w in lang.negators or w in lang.say:
        return None
    return v


def wanted_by(ix: ArticleIndex, info: SentenceFacts, k: int) -> int | None:
    """ "it intends *to draft* him", "X hopes to win": where the verb of intent or attempt (a
    hedge of the language) stands right before the "to" of the infinitive at word ``k`` — its
    subject is the one who would do it (whether it is done is the hedge's to say)."""
    lang, toks = ix.lang, info.tokens
    to = lang.lex.writing.get("infinitive_markers", frozenset())
    if k < 2 or toks[k - 1].norm not in to or _gap(info, k - 2) or _gap(info, k - 1):
        return None
    return k - 2 if toks[k - 2].norm in lang.hedges else None


def _purpose_of(ix: ArticleIndex, info: SentenceFacts, j: int, k: int) -> int | None:
    """ "X will head to the scene today to examine it": the verb (after a modal, or in the
    past) whose clause the infinitive at ``k`` is the purpose of — when a preposition follows
    that verb, not an object ("asked the court to examine it": the court examines)."""
    lang, toks = ix.lang, info.tokens
    to = lang.lex.writing.get("infinitive_markers", frozenset())
    modals = lang.lex.writing.get("modal_words", frozenset())
    preps = lang.lex.words.get("place_prepositions", frozenset())
    t = next((i for i in range(k - 1, j - 1, -1) if toks[i].norm in to), None)
    for v in range(t - 1 if t else 0, 0, -1):
        if _gap(info, v):
            return None
        w = toks[v].norm
        if w in lang.coordinators or w in lang.hedges:
            return None  # "… decided to return and it intends to draft him": another clause
        if toks[v].text[:1].isupper() or w in lang.stop:
            continue
        verb = toks[v - 1].norm in modals or lang.lex.rules.is_past(w)
        if verb and v + 1 < t and toks[v + 1].norm in preps:
            return None if w in lang.hedges or w in lang.say else v
        if verb:
            return None
    return None


def first_person_before(ix: ArticleIndex, info: SentenceFacts, j: int) -> bool:
    """Is "we"/"I" the nearest pronoun before word ``j`` in its stretch without punctuation
    ("we trade emails on quotas and *hold* video calls")?"""
    lang, toks = ix.lang, info.tokens
    while j > 0 and not _gap(info, j - 1):
        j -= 1
        if toks[j].norm in lang.first_person:
            return True
        if toks[j].norm in lang.pronouns:
            return False
    return False


def _said_it_before(ix: ArticleIndex, info: SentenceFacts, j: int) -> int | None:
    """Where the verb of saying stands whose subject the pronoun at word ``j`` is: right before
    it ("Anti-Taliban fighters say *they* have captured …"), or before an earlier "it" (or
    "they") that word ``j`` repeats ("X says *it* is delighted … and *it* intends to …": the
    clause goes on with the speaker's own subject); None otherwise."""
    lang, toks = ix.lang, info.tokens
    if toks[j].norm in lang.pronouns and j > 0 and toks[j - 1].norm in lang.say:
        return j - 1
    writing = lang.lex.writing
    if toks[j].norm not in writing.get("thing_pronouns", frozenset()) | lang.plural_pronouns:
        return None
    for i in range(j - 2, 0, -1):
        if toks[i].norm == toks[j].norm:
            return i - 1 if toks[i - 1].norm in lang.say else None
    return None


def _speaker(ix: ArticleIndex, info: SentenceFacts, exclude) -> Actor | None:
    """The speaker of the sentence's quote, unless the question names them."""
    sp = info.quote.speaker if info.quote is not None else None
    return Actor(sp, ix.name(sp)) if sp is not None and sp not in exclude else None


def _list_before(ix: ArticleIndex, info: SentenceFacts, m: Mention) -> Actor | None:
    """ "Russia, Kazakhstan and Belarus launched": the list the last name closes, as written,
    when one of its names is not one the facts know (lists of known names are read by
    :func:`bot.answering.agents.enumerated`)."""
    lang, toks, text = ix.lang, info.tokens, info.sentence.text
    start, unknown = m.start, False
    while start >= 2:
        if toks[start - 1].norm in lang.list_gaps:  # "… and Belarus"
            end = start - 2
        elif text[toks[start - 1].end : toks[start].start].strip() == ",":  # "Russia, Kazakhstan"
            end = start - 1
        else:
            break
        k = end
        while k >= 0 and toks[k].text[:1].isupper() and end - k < 3 and _may_list(lang, toks[k]):
            k -= 1
        if k == end:
            break
        unknown = unknown or _ending_at(info, end) is None
        start = k + 1
    if start == m.start or not unknown:
        return None
    return Actor(None, text[toks[start].start : toks[m.end - 1].end])


def _may_list(lang, t) -> bool:
    """May a capitalised word be part of a listed name ("In June, X" lists no June)?"""
    return t.norm not in lang.stop and t.norm not in lang.time_vocab


def _titled_pair(ix: ArticleIndex, info: SentenceFacts, m: Mention, exclude) -> Actor | None:
    """ "Prime Minister A and Palestinian leader B met …": two people, each with a title, joined
    by "and" — both are the subject."""
    lang, toks = ix.lang, info.tokens
    k = m.start - 1
    while k > 0 and (
        _title_word(ix, toks[k])
        or toks[k].text[:1].isupper()
        or (_title_word(ix, toks[k + 1]) and toks[k].norm not in lang.stop)  # "opposition leader"
    ):
        if _gap(info, k - 1):
            return None
        k -= 1
    if k == m.start - 1 or k < 1 or toks[k].norm not in lang.coordinators:
        return None
    first = _ending_at(info, k - 1)
    people = [e for e in (first.entity if first else None, m.entity) if e is not None]
    if len(people) < 2 or any(ix.entity(e).kind != "person" or e in exclude for e in people):
        return None
    return Actor(None, f"{ix.name(people[0])} and {ix.name(people[1])}")


def _title_word(ix: ArticleIndex, t) -> bool:
    """A title ("leader", "minister") in the language's list."""
    return t.norm in ix.lang.titles


def _clause_opening(ix: ArticleIndex, info: SentenceFacts, j: int) -> int:
    """The first word of the clause word ``j`` is in (its relative pronoun, if it has one)."""
    lang, toks = ix.lang, info.tokens
    while j > 0 and not _gap(info, j - 1) and toks[j].norm not in lang.clause_breaks:
        j -= 1
    return j


def _segment_start(info: SentenceFacts, j: int) -> int:
    """The first word after the punctuation before word ``j``."""
    while j > 0 and not _gap(info, j - 1):
        j -= 1
    return j


def _past_asides(ix: ArticleIndex, info: SentenceFacts, j: int) -> int | None:
    """Word ``j`` after the asides between a subject and its verb: "X, in turn, dismissed",
    "X, 54, said", "X, the party's spokesman, said", "X, whose … had been cancelled …,
    declared", "the Workers Union (AWU) says" (at most three; a name right before a comma is
    no aside)."""
    lang, toks = ix.lang, info.tokens
    for n in range(3):
        if not _gap(info, j):
            return j
        a = _segment_start(info, j)
        if n and a == 0 and j < LONGEST and toks[0].norm in lang.determiners:
            return j  # "The airline, facing pressure from Y, cut fares": the sentence's subject
        relative = toks[a].norm in lang.relative_pronouns or _participial(ix, info, a)
        bracketed = a > 0 and _BRACKETS & set(info.sentence.text[toks[a - 1].end : toks[a].start])
        named = _ending_at(info, j)
        if (
            named is not None
            and not relative
            and not bracketed
            and not _of_a_name(ix, info, a, named)
        ):
            return j  # "The minister, Jane Doe, has written": the name is the subject
        # an aside opens with "who", a determiner ("a retired driver who …") or is short
        opens = relative or toks[a].norm in lang.determiners
        if a == 0 or not _gap(info, a - 1) or j - a >= (2 * LONGEST if opens else LONGEST):
            return None
        j = a - 1
    return None


def _participial(ix: ArticleIndex, info: SentenceFacts, a: int) -> bool:
    """Does the segment at word ``a`` open with a participle ("X, *facing* pressure from Y,
    cut …", "X, *backed* by Y, rejected …"): an aside, not the subject of the verb after it?"""
    toks = info.tokens
    w = toks[a].norm
    rules = ix.lang.lex.rules
    if toks[a].text[:1].isupper() or a + 1 >= len(toks) or toks[a + 1].text[:1].isupper():
        return False  # "Outgoing President X, …": a title, the subject's own
    if w in ix.lang.lex.writing.get("title_modifiers", frozenset()):
        return False
    return rules.is_gerund(w) or rules.is_participle(w)


def clause_after_comma(ix: ArticleIndex, info: SentenceFacts, k: int) -> int | None:
    """ "X has unveiled Y today, *launching* Z": a participle opening a clause after a comma has
    the main clause's subject — where the main clause's verb stands (the first past form or verb
    of saying of the words before the comma, with no other comma among them), or None."""
    lang, toks = ix.lang, info.tokens
    if k < 2 or not lang.lex.rules.is_gerund(toks[k].norm):
        return None
    if info.sentence.text[toks[k - 1].end : toks[k].start].strip() != ",":
        return None
    if _segment_start(info, k - 1) != 0:
        return None  # "X, who …, launching": only a clause after the main one
    past = lang.lex.writing.get("irregular_past", frozenset())
    for v in range(1, k):
        w = toks[v].norm
        if toks[v].text[:1].islower() and (lang.lex.rules.is_past(w) or w in past or w in lang.say):
            return v
    return None


def _of_a_name(ix: ArticleIndex, info: SentenceFacts, a: int, named: Mention) -> bool:
    """Is the segment from word ``a`` a noun phrase "of" the name that ends it — "X, *a native
    of Ghana*, shares …", "the firm, a unit of Y, said" — an aside, not the subject?"""
    toks = info.tokens
    return (
        toks[a].norm in ix.lang.determiners
        and named.start > a + 1
        and toks[named.start - 1].norm in ix.lang.of_words
    )


def _antecedent(ix: ArticleIndex, info: SentenceFacts, i: int, exclude) -> Actor | None:
    """What the relative pronoun at word ``i`` stands for: the name before it ("Daniel Feld,
    who …"), the name a description before it is in apposition to ("Marcus Bell, a retired
    teacher who …"), or the noun phrase ("pirates who …")."""
    if i == 0:
        return None
    j = i - 1
    m = _ending_at(info, j)
    if m is not None and not m.possessive:
        return None if m.entity in exclude else Actor(m.entity, ix.name(m.entity))
    if _gap(info, j):
        return None
    phrase = _phrase_before(ix, info, j, j)
    a = _clause_opening(ix, info, j)
    if phrase is not None and a > 0 and _gap(info, a - 1):
        before = _past_asides(ix, info, a - 1)  # "Carl Moen, 61, a retired driver who …"
        named = _ending_at(info, before) if before is not None else None
        if named is not None and not named.possessive:
            return None if named.entity in exclude else Actor(named.entity, ix.name(named.entity))
    return phrase


def _name_modifier(ix: ArticleIndex, info: SentenceFacts, i: int) -> bool:
    """ "*Ardenian* officials say", "will mean *Lunorian* growers will lose out", "A *Lunor
    Ardenian* man has been charged": a name (ending at word ``i``) that opens the phrase (the
    sentence's first word, or after a determiner, punctuation or a word in lower case) before a
    lowercase noun is its modifier, not another phrase."""
    toks = info.tokens
    m = _ending_at(info, i)
    if m is None or m.start < 0 or m.possessive or not toks[i + 1].text.islower():
        return False
    s = m.start
    return (
        s == 0
        or _gap(info, s - 1)
        or toks[s - 1].text.islower()
        or toks[s - 1].norm in ix.lang.determiners
    )


def _opens(ix: ArticleIndex, prev) -> bool:
    """Is the word before a name's modifier outside the phrase (no determiner nor joiner)?"""
    return prev.norm not in ix.lang.determiners and prev.norm not in ix.lang.phrase_joiners


def _phrase_before(ix: ArticleIndex, info: SentenceFacts, i: int, last: int) -> Actor | None:
    """The noun phrase that ends at word ``last``, read leftwards from word ``i``: it opens at a
    determiner (unless "of" comes before it: "the head of the union") and stops at punctuation,
    a verb of saying, a clause break or "that"/"how"."""
    lang, toks = ix.lang, info.tokens
    start = i + 1
    while i >= 0 and last - i < LONGEST:
        t = toks[i]
        if i < last and _gap(info, i):
            break
        if (
            t.norm in lang.phrase_ends
            or t.norm in lang.say
            or t.norm in lang.clause_breaks
            or t.norm in lang.relative_pronouns
        ):
            break
        if (
            t.norm in lang.stop
            and t.norm not in lang.determiners
            and t.norm not in lang.phrase_joiners
            and t.norm not in lang.number_words  # "the wife of *one* employee"
        ):
            break
        if (
            i < last
            and _ending_at(info, i) is not None
            and toks[i + 1].norm not in lang.phrase_joiners
            and not _name_modifier(ix, info, i)
        ):
            break  # a name that is not "of"-joined to the phrase is another phrase's
        start = i
        if i < last and _name_modifier(ix, info, i):
            start = i = _ending_at(info, i).start  # the whole name ("Lunor Ardenian")
            if i > 0 and _opens(ix, toks[i - 1]):
                break  # "will mean *Lunorian* growers": the modifier opens the phrase
        if t.norm in lang.determiners and not (
            i > 0 and toks[i - 1].norm in lang.phrase_joiners and not _gap(info, i - 1)
        ):
            break
        i -= 1
    subjects = lang.lex.writing.get("subject_pronouns", frozenset())
    if start > 0 and not _gap(info, start - 1) and toks[start - 1].norm in subjects:
        return None  # "he maintained constant contact": words after a subject are no subject
    if start > 0 and not _gap(info, start - 1) and _auxiliary(lang, toks[start - 1].norm):
        return None  # "it had been flying from X": words after an auxiliary are its verb's
    return _phrase(info, start, last, lang)


def _auxiliary(lang, w: str) -> bool:
    """An auxiliary or a form of "be" ("had", "been"): what follows it is a verb, no noun."""
    return w in lang.aux or w in lang.lex.writing.get("be_forms", frozenset())


def _aged_of(ix: ArticleIndex, info: SentenceFacts, of: int, exclude) -> Actor | None:
    """ "Ola Brandt, 31, of Holm pleaded guilty": the person whose age, set off by commas,
    stands before the joiner at word ``of`` (the place after it says where they are from)."""
    toks = info.tokens
    age = of - 1
    if age < 2 or not toks[age].norm.isdigit() or not (_gap(info, age) and _gap(info, age - 1)):
        return None
    m = _ending_at(info, age - 1)
    if m is None or not personal(ix, m.entity) or m.entity in exclude:
        return None
    return Actor(m.entity, ix.name(m.entity))


def _person_heading(ix: ArticleIndex, info: SentenceFacts, phrase: Actor | None, exclude):
    """ "Doug Cameron from the Workers Union": a phrase a person's name heads is that person."""
    if phrase is None:
        return None
    start = info.sentence.text.find(phrase.text)
    for m in info.mentions:
        if m.start >= 0 and info.tokens[m.start].start == start and personal(ix, m.entity):
            return None if m.entity in exclude else Actor(m.entity, ix.name(m.entity))
    return phrase


def personal(ix: ArticleIndex, eid: int) -> bool:
    """A person, or a name that is neither an organisation's nor a place's (a person the facts
    did not recognise as one)."""
    e = ix.entity(eid)
    if e.kind == "person":
        return True
    words = e.name.lower().split()
    if any(w in ix.lang.org_words for w in words) or e.name.isupper():
        return False
    return not any(p.entity == eid for info in ix.placed for p in info.places)


def _phrase(info: SentenceFacts, a: int, b: int, lang) -> Actor | None:
    """Words ``a``..``b`` as written, if they hold more than determiners and joiners."""
    if b < a or b - a >= LONGEST:
        return None
    toks = info.tokens[a : b + 1]
    if all(t.norm in lang.determiners or t.norm in lang.stop for t in toks):
        return None
    if toks[0].norm in lang.phrase_joiners or toks[-1].norm in lang.phrase_joiners:
        return None
    return Actor(None, info.sentence.text[toks[0].start : toks[-1].end])
