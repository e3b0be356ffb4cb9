"""A question's content terms: what it asks about besides its names, each with its stem, its
concept and a weight; and the times it names (months, weekdays, numbers)."""

from __future__ import annotations

from ...text import fold, stem
from ..index import ArticleIndex
from .names import demonym
from .query import Named, Term

SAYING, WEAK = 0.5, 0.3  # weights: a verb of saying; who or how much rather than what
SAY, URGE = "say", "urge"  # concepts (vocabulary.yaml): saying; telling someone to do a thing
TOLD_TO = 3  # words from a verb of telling to its "to" ("telling the members to")


def content_terms(
    ix: ArticleIndex, words: list[str], taken: list[bool], names: list[Named]
) -> tuple[list[Term], set[str]]:
    lang = ix.lang
    role_words: set[str] = set()
    for nm in names:
        if nm.entity is not None and nm.entity in ix.roles:
            role_words |= ix.roles[nm.entity].set
    terms: list[Term] = []
    time_words: set[str] = set()
    framing = _framing(lang, words)
    verb = _verb_slot(lang, words, taken)
    for k, w in enumerate(words):
        if taken[k] or w in lang.question_words:
            continue
        if w in lang.time_vocab or w.isdigit():
            time_words.add(w)
        if w in lang.not_topics:
            continue  # "declare *himself* president": no topic
        st = stem(w)
        if "-" in w and w not in ix.vocab and st not in ix.vocab:
            tail = w.rsplit("-", 1)[1]  # "self-declaration" of "declared himself": declaration
            if tail and (tail in ix.vocab or stem(tail) in ix.vocab):
                w, st = tail, stem(tail)
        if w in lang.say:
            weight = SAYING
        elif k == verb and w not in lang.weak_words:
            weight = 1.0  # "will X *manage* it?", "did X *head* it?": a verb, not a title
        elif st in lang.title_stems or w in lang.weak_words or w in role_words:
            weight = WEAK  # "the two presidents", "deputy minister", "what share"
        elif k in framing:
            weight = WEAK  # "when does X *expect* to push ties further?"
        else:
            weight = 1.0
        place = _place_of(ix, w) if weight == 1.0 else None
        if place is not None:
            st = place  # "the Israeli government": a sentence naming Israel meets it too
        concept = lang.concepts.get(st)
        if concept == SAY and _told_to(lang, words, k):
            concept = URGE  # "telling members to reject it": urging them, not saying
        terms.append(Term(w, st, concept, weight, k))
    if lang.phrase_re is not None and may_hold_phrases(lang, words):
        padded = " " + " ".join(words) + " "
        for m in lang.phrase_re.finditer(padded):
            ph = m.group(1)
            after = len(padded[: m.end()].split())  # the index of the word after the phrase
            if ph in lang.placed_phrases and not _to_a_place(lang, after, words, taken):
                continue  # "going to sign" is no visit; "going to Holm" is
            inside = set(ph.split())
            terms = [t for t in terms if t.word not in inside]
            terms.append(Term(ph, ph, lang.concept_phrases[ph], 1.0, -1))
    return terms, time_words


def _told_to(lang, words: list[str], k: int) -> bool:
    """Is the verb of saying at word ``k`` one of telling someone to do something ("telling
    members to reject", "told them to")? An infinitive marker after its object — not right
    after the verb ("talk to X" is saying)."""
    markers = lang.lex.writing.get("infinitive_markers", frozenset())
    return any(w in markers for w in words[k + 2 : k + 1 + TOLD_TO])


# id of a language's phrase regex → (the regex, kept so that the id stays its own; the first
# words of its phrases; their first two words, or None when a phrase is a single word) — a
# regex's hash is no key: it hashes the whole compiled pattern each time
_STARTS: dict[int, tuple[object, frozenset[str], frozenset[tuple[str, ...]] | None]] = {}


def may_hold_phrases(lang, words: list[str]) -> bool:
    """May the words hold one of the language's concept phrases ("keep in touch")? Not when no
    two words in a row start one (most questions: the phrases' regex, tried at every word, is
    not run at all)."""
    known = _STARTS.get(id(lang.phrase_re))
    if known is None or known[0] is not lang.phrase_re:
        pairs = frozenset(tuple(p.split(" ")[:2]) for p in lang.concept_phrases)
        firsts = frozenset(p[0] for p in pairs)
        known = (lang.phrase_re, firsts, pairs if all(len(p) == 2 for p in pairs) else None)
        _STARTS[id(lang.phrase_re)] = known
    _, firsts, starts = known
    if starts is None:
        return True
    parts = " ".join(words).split(" ")  # as the regex sees them: words a space apart
    if firsts.isdisjoint(parts):
        return False
    return any((w, parts[k]) in starts for k, w in enumerate(parts[:-1], 1) if w in firsts)


def _framing(lang, words: list[str]) -> frozenset[int]:
    """Where the words have a verb of expecting or meaning to, "to" after it ("expect to
    push"): none, at once, when no such verb is there (most questions)."""
    writing = lang.lex.writing
    frame = writing.get("frame_verbs", frozenset())
    if frame.isdisjoint(words):
        return frozenset()
    markers = writing.get("infinitive_markers", frozenset())
    return frozenset(k for k, w in enumerate(words[:-1]) if w in frame and words[k + 1] in markers)


def _verb_slot(lang, words: list[str], taken: list[bool]) -> int | None:
    """The word where a question that opens with an auxiliary other than "be" has its verb: right
    after its subject, a name or a pronoun ("will X *manage* it?", "did she *head* it?") —
    there a word a title shares its stem with is the verb ("manage", "head"), not the title;
    before "to" ("has X managed to …") it frames the verb after, as it did."""
    be = lang.lex.writing.get("be_forms", frozenset())
    if len(words) < 3 or words[0] not in lang.aux or words[0] in be:
        return None
    k = 1
    while k < len(words) and taken[k]:
        k += 1  # past the name ("did *Ivo Rekk* head it?")
    if k == 1 and words[1] in lang.pronouns:
        k = 2
    if not 1 < k < len(words):
        return None
    to = lang.lex.writing.get("infinitive_markers", frozenset())
    return None if words[k + 1 : k + 2] and words[k + 1] in to else k  # "managed *to* get"


def _to_a_place(lang, k: int, words: list[str], taken: list[bool]) -> bool:
    """Is word ``k`` (the one after a phrase like "going to") a name or an article?"""
    return k < len(words) and (taken[k] or words[k] in lang.the or words[k] in lang.a)


def _place_of(ix: ArticleIndex, w: str) -> str | None:
    """The folded one-word name of the article's place an adjective is of ("israeli" →
    "israel"), if any."""
    eid = demonym(ix, w)
    if eid is None:
        return None
    name = fold(ix.entity(eid).name)
    return name if " " not in name else None
