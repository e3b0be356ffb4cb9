"""People — who someone is ("Who is the spokesman?"), where they are from, how old they are: read
off the roles, places and ages the facts give each person."""

from __future__ import annotations

import re

from ..answer import Answer
from ..answering.agents import agent
from ..answering.answers import Ask, say, unknown_reason
from ..answering.beside import beside
from ..answering.evidence import (
    best_sentence,
    first_mention,
    grounded,
    prefer_body,
    role_sentences,
)
from ..answering.index import ArticleIndex
from ..answering.origins import cue_at, demonym_of_person, origin_phrase, place_of_demonym
from ..answering.question import Query
from ..answering.question.descriptions import outranked, resolve_role, role_says
from ..answering.question.names import demonym
from ..answering.registry import Pass, kind
from ..facts import Mention, SentenceFacts
from ..languages.places import is_country
from ..text import fold

_CAPITALISED = re.compile(r"[A-Z][\w'-]+")
_JOINS = (" ", "'s ", "’s ", "' ", "’ ")  # between the words of a noun phrase


@kind("whois", passes=("more_asked", "a_party"))
def whois(ask: Ask) -> Answer | Pass:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    title_at = [  # "secretary-general" is a title too
        k
        for k, w in enumerate(q.words)
        if w in lang.titles or any(x in lang.titles for x in w.split("-"))
    ]
    if title_at:
        by_title = _by_title(ask, title_at[-1])
        if by_title is not None:
            return by_title
        if _title_asked(ask, title_at[0]):
            # "who was the former chairman of X?" with no holder of that title: not whom the
            # sentence about X's managing director names
            return ask.decline(unknown_reason(q) or "decline.who_that_is")
    ids = q.entity_ids
    if len(ids) >= 2 and not title_at and q.words[0] in lang.aux:
        # "is X going to Y?": a yes/no question about X and Y, not who X is
        return ask.decline()
    if ids and _role_of_deed(ask):
        return ask.decline()  # "what position did X claim?": what X claimed, not X's role
    if ids and _asks_more(ask) and not _asks_role(ask):
        # "Who is expected to visit Ardenia?", "who is X replacing?": who did something
        return Pass("more_asked")
    if not ids:
        if q.unknown:
            return ask.decline(unknown_reason(q))
        if _asks_done(ask):
            return Pass("more_asked")  # "who was acquitted?": who it was done to
        return _described_one(ask)
    e = ix.entity(ids[0])
    if title_at and e.kind != "person":
        # "Who is the UN Secretary-General?": a title of something named, not found above
        return ask.decline("decline.who_that_is")
    qualifiers = [x for x in ids[1:] if ix.entity(x).kind != "person"]
    if title_at and q.has(lang.of_words) and qualifiers and not role_names(ix, e.id, qualifiers):
        # "the president of Bolivia" is not the article's president of somewhere else
        return ask.decline("decline.who_that_is")
    if title_at and _rank_unasked(ask, e.id):
        # "el ministro de exteriores" read as the deputy one: a deputy is not the minister
        return ask.decline("decline.who_that_is")
    if e.owner_role and _asks_role(ask):
        # "what post does X hold?" of "the union's X": whom X is with, no post
        return ask.decline("decline.who_that_is")
    role = plain_role(e.role)
    if role and _body_unmet(ask, " ".join(x for x in (role, e.description) if x)):
        return ask.decline()  # "what post did X hold in parliament?": not said
    if role and not is_honorific(lang, role):
        said = say("answer.role", name=e.name, role=role)
        quoted = _described(ix, e.id, _description(ask, e.id), ids[1:]) + role_sentences(ix, e)
        return ask.answer(said, quoted, 0.95, [e.id])
    if e.kind == "person" and e.description and e.description_sentence is not None:
        # "X, who lost his son, says …": no role, but what the article says of them
        info = ix.facts.sentences[e.description_sentence]
        return ask.answer(say("answer.role", name=e.name, role=e.description), [info], 0.8, [e.id])
    apposed = _apposed_before(ix, e) if e.kind != "person" and not e.role else None
    if apposed is not None:  # "… for the leader's personal guard, Force-9."
        words, info = apposed
        return ask.answer(say("answer.role", name=e.name, role=words), [info], 0.8, [e.id])
    if e.kind != "person" and not e.role and _named_thing(ix, e):
        # "the Nordvest-7 TV channel": the words of its kind after its name say what it is;
        # a name the story only mentions ("Harbour Group members") is not described
        kind_of = _kind_words(ix, e) or _defined(ix, e)
        if kind_of is None and not q.has(lang.question_words):
            # "what about X?", "and X?": no one asked what X is — the side X took, if X is a
            # party of one; else where the article has it
            if ix.only_a_party(e.id):
                return Pass("a_party")
            first = first_mention(ix, e)
            if first is not None:
                return ask.answer(say("answer.mentioned", name=e.name), [first], 0.5, [e.id])
        if kind_of is None:
            described = _beside(ask, e) if not title_at else None
            return described or ask.decline("decline.what_is", name=e.name)
        words, info = kind_of
        return ask.answer(say("answer.role", name=e.name, role=words), [info], 0.8, [e.id])
    # "Mr" is no role, and a name the facts did not take for a person's may still be one
    described = _beside(ask, e) if not title_at else None  # "who is X's coach?" is not X
    return described or _only_named(ask, e) or ask.decline("decline.who_is", name=e.name)


def _described_one(ask: Ask) -> Answer:
    """ "Who is investigating the crash?", "who is the Ardenian security source?": a sentence
    that names someone so, every word met; a description ("the …" to the end) only of the person
    it stands beside, its words together ("envoy Ola Varga", "Varga, the envoy,")."""
    ix, q = ask.ix, ask.q
    phrase = _description_asked(ix, q)
    if phrase:
        for info in ix.facts.sentences:
            who = _apposed_person(ix, info, phrase)
            if who is not None:
                return ask.answer(say("answer.name", name=ix.name(who)), [info], 0.9, [who])
        return ask.decline("decline.who_that_is")
    found = best_sentence(ix, q, need=0.9) if q.terms else None
    if found and grounded(ix, q, found.info, need=1.0) and _worded(ix, q, found.info):
        who = agent(ix, found.info, q)
        if who is not None:
            return ask.answer(
                say("answer.name", name=ix.name(who)), [found.info], found.coverage, [who]
            )
    return ask.decline("decline.who_that_is")


def _description_asked(ix: ArticleIndex, q: Query) -> list:
    """ "who is the Ardenian security source?": the words of the description that ends the
    question after "who is the" (none when it is no such description)."""
    w, lang = q.words, ix.lang
    if len(w) < 4 or w[1] not in lang.aux or w[2] not in lang.determiners:
        return []
    terms = [t for t in q.terms if t.index > 2]
    if [t.index for t in terms] != list(range(3, len(w))):
        return []
    return terms


def _apposed_person(ix: ArticleIndex, info: SentenceFacts, phrase: list) -> int | None:
    """The person the description's words (together, its head last) stand beside in the
    sentence: right after them ("envoy Ola Varga", "the envoy, Ola Varga") or before them
    ("Ola Varga, the envoy")."""
    toks, text, n = info.tokens, info.sentence.text, len(phrase)
    for k in range(n - 1, len(toks)):
        if not all(_met(ix, toks[k - j], t) for j, t in enumerate(reversed(phrase))):
            continue
        start = k - n + 1
        if start > 0 and toks[start - 1].norm in ix.lang.determiners:
            start -= 1
        for m in info.mentions:
            if m.start < 0 or ix.entity(m.entity).kind != "person":
                continue
            after = m.start == k + 1 and text[toks[k].end : toks[m.start].start].strip() in (
                "",
                ",",
            )
            before = m.end == start and text[toks[m.end - 1].end : toks[start].start].strip() == ","
            if after or before:
                return m.entity
    return None


def _met(ix: ArticleIndex, tok, t) -> bool:
    """Is the sentence's word the question's word, or its plural?"""
    return (
        tok.norm == t.word
        or tok.stem == t.stem
        or (ix.lang.lex.rules.is_plural(tok.norm) and tok.norm.startswith(t.word))
    )


def _only_named(ask: Ask, e) -> Answer | None:
    """ "What about Ardenia?" with nothing before it (no question word left: no one asked who
    or what it is), a name of no person: where the article has it."""
    if e.kind == "person" or ask.q.has(ask.ix.lang.question_words):
        return None
    named = [i for i in ask.ix.body if e.name in i.sentence.text]  # by its whole name
    if not named:
        return None
    return ask.answer(say("answer.mentioned", name=e.name), named[:1], 0.5, [e.id])


def _title_asked(ask: Ask, k: int) -> bool:
    """ "Who is|was the (former) <title> (of X)?": a title asked before any name the question
    has, right after the question word, a form of "be" and "the" (and its qualifiers)."""
    q, lang = ask.q, ask.ix.lang
    be = lang.lex.writing.get("be_forms", frozenset())
    if len(q.words) < 4 or q.words[0] not in lang.relative_pronouns or q.words[1] not in be:
        return False
    if q.words[2] not in lang.the or any(nm.start <= k for nm in q.names if nm.entity is not None):
        return False
    return k + 1 == len(q.words) or q.words[k + 1] in lang.of_words


def _beside(ask: Ask, e) -> Answer | None:
    """ "Olympic 400 metres champion X", "X, of the Y Union,": no title the facts know, but
    words beside the name that say who it is."""
    found = beside(ask.ix, e.id) if not e.role else None
    if found is None:
        return None
    words, info = found
    return ask.answer(say("answer.role", name=e.name, role=words), [info], 0.8, [e.id])


def _apposed_before(ix: ArticleIndex, e) -> tuple[str, SentenceFacts] | None:
    """ "a command post for Ana Holm's personal guard, Force-9.": the noun phrase set off by a
    comma right before the name, when the name closes the sentence or its aside."""
    lang = ix.lang
    for info in ix.facts.sentences:
        toks, text = info.tokens, info.sentence.text
        for m in info.mentions:
            if m.entity != e.id or m.how != "name" or m.start < 2:
                continue
            if text[toks[m.start - 1].end : toks[m.start].start] != ", ":
                continue
            if m.end < len(toks) and "," not in text[toks[m.end - 1].end : toks[m.end].start]:
                continue
            last = toks[m.start - 1]
            if last.text[:1].isupper() or last.norm in lang.stop:
                continue
            k = m.start - 1
            while k > 0 and m.start - k < 6 and text[toks[k - 1].end : toks[k].start] in _JOINS:
                prev = toks[k - 1]
                if prev.norm in lang.determiners:
                    k -= 1  # "the navy's diving unit": its article opens it
                    break
                if prev.norm in lang.stop and not prev.possessive:
                    break
                k -= 1
            if k == 1 and m.start == 2:
                continue  # "In contrast, X …", "In turn, X": an opening phrase, no apposition
            return text[toks[k].start : last.end], info
    return None


def _kind_words(ix: ArticleIndex, e) -> tuple[str, SentenceFacts] | None:
    """ "TV channel" of "the Nordvest-7 TV channel": the words of a kind of name ("channel",
    "agency") written after the name, with those that end the name itself ("TV")."""
    kinds = ix.lang.lex.words.get("name_suffixes", frozenset())
    for info in ix.facts.sentences:
        for m in info.mentions:
            if m.entity != e.id or m.how != "name" or m.start < 0:
                continue
            toks = info.tokens
            after = m.end
            while after < len(toks) and toks[after].text.islower() and toks[after].norm in kinds:
                after += 1
            if after == m.end or _gap_between(info, m.end - 1, after):
                continue
            first = m.end
            while first > m.start + 1 and toks[first - 1].norm in kinds:
                first -= 1
            return info.sentence.text[toks[first].start : toks[after - 1].end], info
    return None


def _gap_between(info: SentenceFacts, a: int, b: int) -> bool:
    """Punctuation between words ``a`` and ``b``."""
    text, toks = info.sentence.text, info.tokens
    return any(text[toks[k].end : toks[k + 1].start].strip() for k in range(a, b - 1))


def plain_role(role: str | None) -> str | None:
    """The role as words of a title: what follows the last bracket or colon, past any word with
    a digit ("3:00pm (7:00am AEDT) hospital spokeswoman" → "hospital spokeswoman")."""
    if not role:
        return None
    words = re.split(r"[()\[\]:;]", role)[-1].split()
    while words and any(ch.isdigit() for ch in words[0]):
        words.pop(0)
    return " ".join(words) or None


def is_honorific(lang, role: str) -> bool:
    """ "Mr.", "Dr": a courtesy title, not what someone does."""
    return all(fold(w) in lang.honorifics for w in re.findall(r"[\w'-]+", role))


def _capitalised(q, k: int) -> bool:
    tok = q.token(k)
    return tok is not None and tok.text[:1].isupper()


def _asks_more(ask: Ask) -> bool:
    """Does "who is X …" ask about more than X: a verb or a topic besides titles and names (a
    capitalised word beside the name is more of the name: "Lena Holt" for "Holt")?"""
    ix, lang, q = ask.ix, ask.ix.lang, ask.q
    if q.names and q.names[-1].end == len(q.words):
        k = q.names[-1].start - 1
        while k > 0 and q.words[k] in lang.determiners:
            k -= 1
        if k > 0 and q.words[k] in lang.aux:
            return False  # "what kind of company is X?": X closes it, after "is": what X is
    beside = {nm.start - 1 for nm in q.names} | {nm.end for nm in q.names}
    role = set().union(*(ix.roles[e].set for e in q.entity_ids if e in ix.roles))
    whole = lang.lex.words.get("role_qualifiers", frozenset())  # "X's *full* title"
    return any(
        t.weight >= 1.0
        and t.word not in whole
        and t.word not in lang.titles
        and t.word not in lang.role_nouns
        and t.word not in role  # "what post did he hold in parliament?": his role's word
        and not (t.index in beside and _capitalised(q, t.index))
        for t in q.terms
    )


def _body_unmet(ask: Ask, role: str) -> bool:
    """ "What position did X hold *in parliament*?": a role asked in a body (a word of the
    question's own after "in", "on" that names nothing) that the role's words do not name."""
    ix, q = ask.ix, ask.q
    lang, words = ix.lang, q.words[: q.own_end]
    if not words or words[0] not in lang.which_words:
        return False
    if not any(w in lang.role_nouns for w in words[1:3]):
        return False
    preps = lang.lex.words.get("role_body_prepositions", frozenset())
    named = {k for n in q.names for k in range(n.start, n.end)}
    words_of = fold(role).replace("-", " ").split()
    said = {lang.lex.rules.stem(w) for w in words_of} | set(words_of)
    for t in q.terms:
        k = t.index
        while k > 0 and words[k - 1] in lang.the:
            k -= 1
        if 0 < k <= t.index < len(words) and words[k - 1] in preps and t.index not in named:
            if t.stem not in said and t.word not in said:
                return True
    return False


def _asks_role(ask: Ask) -> bool:
    """ "What post did X hold before …?", "que cargo tenía X …": a which-word and a role noun
    open it, and a person holds it (a verb of holding beside their name) — it asks for their
    role, whatever else it says, never who did something."""
    ix, q = ask.ix, ask.q
    lang, words = ix.lang, q.words
    if not words or words[0] not in lang.which_words:
        return False
    if not any(w in lang.role_nouns for w in words[1:3]) or not q.names:
        return False
    first = q.names[0]
    holding = lang.lex.words.get("holding_verbs", frozenset())
    around = words[first.end : first.end + 1] + words[max(0, first.start - 1) : first.start]
    return first.entity in ix.persons and any(w in holding for w in around)


def _role_of_deed(ask: Ask) -> bool:
    """ "What position did X claim?", "which title did X declare?": a which-word and a role noun
    open it, and the verb after the name is no verb of holding — it asks what X did, not the
    role X holds."""
    q, lang = ask.q, ask.ix.lang
    words = q.words[: q.own_end]
    if not words or words[0] not in lang.which_words or not q.names:
        return False
    if not any(w in lang.role_nouns for w in words[1:3]):
        return False
    first = q.names[0]
    if first.end >= len(words):
        return False
    verb = words[first.end]
    holding = lang.lex.words.get("holding_verbs", frozenset())
    if not holding.isdisjoint(words) or first.start != 3 or words[2] not in lang.aux:
        return False  # "qué cargo tenía X además de …": the post X had
    besides = lang.lex.words.get("besides_words", frozenset())
    return (
        verb not in besides
        and verb not in lang.light
        and verb not in lang.stop
        and verb not in lang.titles
        and verb not in lang.role_nouns
        and not _capitalised(q, first.end)
    )


def _worded(ix: ArticleIndex, q: Query, info: SentenceFacts) -> bool:
    """Has the sentence each of the description's own words as it is written, or its plural
    ("who was the interviewer?" is not met by "in his interview": the doer of a thing is no
    word of the thing)?"""
    norms = {t.norm for t in info.tokens}
    plural = ix.lang.lex.rules.is_plural
    return all(
        t.word in norms or any(plural(n) and n.startswith(t.word) for n in norms)
        for t in q.terms
        if t.index >= 0 and t.weight >= 1.0
    )


def _asks_done(ask: Ask) -> bool:
    """ "Who was acquitted?", "who were arrested?": a past participle right after "who is",
    no title — who did or underwent something, not who someone is."""
    lang, q = ask.ix.lang, ask.q
    if len(q.words) < 3 or q.words[1] not in lang.aux:
        return False
    w = q.words[2]
    past = lang.lex.writing.get("irregular_past", frozenset())
    return w not in lang.titles and (lang.lex.rules.is_past(w) or w in past)


def _defined(ix: ArticleIndex, e) -> tuple[str, SentenceFacts] | None:
    """ "The X Classic is a lead-up event to the Y Championships, …": a body sentence whose
    subject is the name, then a form of "be" and an indefinite article — the words from the
    article to the first comma say what it is."""
    lang = ix.lang
    be = lang.lex.writing.get("be_forms", frozenset())
    for info in ix.body:
        toks, text = info.tokens, info.sentence.text
        m = next((m for m in info.mentions if m.entity == e.id and m.how == "name"), None)
        if m is None or m.start > 1 or (m.start == 1 and toks[0].norm not in lang.the):
            continue
        k = m.end
        if k + 2 >= len(toks) or toks[k].norm not in be or toks[k + 1].norm not in lang.a:
            continue
        end = text.find(",", toks[k + 1].start)
        words = text[toks[k + 1].start : end if end > 0 else len(text)].rstrip(" .")
        return words, info
    return None


def _named_thing(ix: ArticleIndex, e) -> bool:
    """Is the entity a place, an organisation or a side in a list of sides (not a person the
    facts did not recognise)?"""
    words = fold(e.name).split()
    if any(w in ix.lang.org_words for w in words) or e.name.isupper():
        return True
    if any(p.entity == e.id or e.name in p.excluded for st in ix.facts.stances for p in st.parties):
        return True  # a side, or one named as an exception of a side ("excluding Z")
    return any(p.entity == e.id for info in ix.placed for p in info.places)


def _by_title(ask: Ask, last_title: int) -> Answer | None:
    """ "Who is the deputy foreign minister?": the person whose role it is, if not named."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    role_words = [
        w for w in q.words[: last_title + 1] if w not in lang.stop and w not in lang.question_words
    ]
    name_words = {  # a person the question only describes ("the president of X"): role words
        q.words[k]
        for nm in q.names
        if nm.entity is None or ix.entity(nm.entity).kind != "person" or by_name(ask, nm)
        for k in range(nm.start, nm.end)
    }
    role_words = [w for w in role_words if w not in name_words]
    qualifiers = [e for e in q.entity_ids if ix.entity(e).kind != "person"]
    if not qualifiers and any(
        nm.start <= last_title < nm.end and nm.entity in ix.persons for nm in q.names
    ):
        return None  # the reading found whom the title describes ("el presidente de Rusia")
    # "that country's president": one whose own role names it first, then one named near it
    eid = resolve_role(ix, role_words, ranked=True, of=qualifiers) if role_words else None
    if eid is None and role_words and qualifiers:
        eid = resolve_role(ix, role_words, ranked=True)
    if eid is not None and qualifiers and not role_names(ix, eid, qualifiers):
        # "the president of Bolivia": a president, but not of Bolivia
        return ask.decline("decline.who_that_is")
    if eid is None and role_words and outranked(ix, role_words):
        # "who is the foreign minister?" when the article has a deputy one: not theirs to answer
        return ask.decline("decline.who_that_is")
    if eid is not None and eid not in q.entity_ids:
        e = ix.entity(eid)
        said = say("answer.role", name=e.name, role=plain_role(e.role) or e.role)
        quoted = _described(ix, eid, role_words) + role_sentences(ix, e)
        return ask.answer(said, quoted, 0.85, [e.id])
    return None


def _rank_unasked(ask: Ask, eid: int) -> bool:
    """Is the person called by a description only (no word of their name) that lacks a rank of
    their role ("deputy", "former")?"""
    spans = [nm for nm in ask.q.names if nm.entity == eid]
    if not spans or any(by_name(ask, nm) for nm in spans):
        return False
    return ask.ix.role_holders.rank_missing(eid, set(ask.q.words))


def by_name(ask: Ask, nm) -> bool:
    """Do the question's words of this name hold a word of the entity's own name?"""
    e = ask.ix.entity(nm.entity)
    own = set(fold(e.name).split()) | {w for a in e.aliases for w in fold(a).split()}
    return any(w in own for w in ask.q.words[nm.start : nm.end])


def _description(ask: Ask, eid: int) -> list[str]:
    """The words the question calls the person by when they are no name of theirs ("the
    Ardenian leader"): its content words; none when it names them."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    now = lang.lex.words.get("present_holder_words", frozenset())
    for nm in q.names:
        words = q.words[nm.start : nm.end]
        if nm.entity == eid and " ".join(words) not in ix.alias:
            return [w for w in words if w not in lang.stop or w in now]
    return []


def _described(ix: ArticleIndex, eid: int, words: list[str], others=()) -> list:
    """The first sentence that calls the person by these words ("the Ardenian leader said"):
    where the article itself says whom the description stands for; of those, the first that
    names the question's others too ("the Ardenian leader X talked about": X's sentence)."""
    if not words:
        return []
    found = [
        info
        for info in ix.body
        for m in info.mentions
        if m.entity == eid and m.how == "description" and m.start >= 0
        and all(w in {t.norm for t in info.tokens[m.start : m.end]} for w in words)
    ]  # fmt: skip
    if found:
        return [next((i for i in found if all(o in i.entities for o in others)), found[0])]
    return _titled(ix, eid, [w for w in words if w not in ix.alias])


def _titled(ix: ArticleIndex, eid: int, words: list[str]) -> list:
    """The first sentence whose title before the person's name holds every word of the
    description that names no place ("the incumbent president of X" → "Incumbent X-ian
    President Y")."""
    if len(words) < 2:
        return []
    for info in ix.body:
        for m in info.mentions:
            if m.entity != eid or m.start < 0:
                continue
            said = {t.norm for t in info.tokens[max(0, m.start - 4) : m.end]}
            if all(w in said for w in words):
                return [info]
    return []


def role_names(ix: ArticleIndex, person: int, places: list[int]) -> bool:
    """Does the person's role name one of these (by name or adjective: "Mexican")?"""
    e = ix.entity(person)
    if e.role_sentence is not None:
        # "The town council of Millbrook voted… Mayor Dana Okafor said…": named nearby
        para = ix.facts.sentences[e.role_sentence].sentence.paragraph
        if any(p in ix.para_entities.get(para, ()) for p in places):
            return True
    return role_says(ix, person, places)


@kind("origin")
def origin(ask: Ask) -> Answer:
    """ "Where is X from?": the country in X's title ("Mexican President" → Mexico), or a place
    right after X's name."""
    ix, q = ask.ix, ask.q
    dl = ix.article.dateline
    if not q.entity_ids and q.has(ix.lang.article_words) and dl and dl.place:
        # "where was the article filed from?": the dateline's place
        lead = [ix.article.lead] if ix.article.lead else []
        return ask.answer(say("answer.dateline_place", place=dl.place, dateline=dl.text), lead, 0.9)
    if not q.entity_ids:
        described = (_described_from(ix, q) or _demonym_before(ix, q)) if not q.unknown else None
        if described is not None:
            info, place, phrase = described
            return ask.answer(say("answer.place", place=place, phrase=phrase), [info], 0.6)
        return ask.decline(unknown_reason(q))
    e = ix.entity(q.entity_ids[0])
    for word in _CAPITALISED.findall(e.role or ""):
        place = demonym(ix, fold(word))
        if place is not None:
            said = say("answer.origin", place=ix.name(place), name=e.name, role=e.role)
            return ask.answer(said, role_sentences(ix, e), 0.8, [e.id])
    country = q.has(ix.lang.country_nouns)  # "which country is X from?": no city answers it
    found = _place_beside(ix, e.id)
    if found is not None and e.kind == "person" and not origin_phrase(ix.lang, found[1].phrase):
        found = None  # "Mara Quill in Oslo said": where she was, not where she is from
    if found is not None and not (country and not is_country(found[1].name)):
        info, p = found
        said = say("answer.place", place=p.name, phrase=p.phrase)
        return ask.answer(said, [prefer_body(ix, info)], 0.7, [e.id])
    person = e.kind == "person"
    of = (
        (_name_of(ix, e.id) or _native_of(ix, e.id) or demonym_of_person(ix, e.id))
        if person
        else None
    )
    if of is not None and not (country and not is_country(of[1])):
        info, place, phrase = of
        said = say("answer.place", place=place, phrase=phrase)
        return ask.answer(said, [prefer_body(ix, info)], 0.7, [e.id])
    return ask.decline("decline.from_where", name=e.name)


def _name_of(ix: ArticleIndex, eid: int):
    """ "Bill Peel of Mackay in north Queensland, whose son …": a name that is no person's nor
    an organisation's right after a person's name and "of" (with the place after it, if any)."""
    lang = ix.lang
    for info in ix.body:
        toks, text = info.tokens, info.sentence.text
        for m in info.mentions:
            k = m.end
            if m.entity != eid or m.start < 0 or k + 1 >= len(toks):
                continue
            aged = _aged(text, toks, k)  # "Brett Dempsey, 31, of Ravenshoe"
            if aged:
                k += 1
            elif text[toks[k - 1].end] != " ":
                continue
            if k + 1 >= len(toks) or cue_at(lang, toks, k) != 1:
                continue  # "X of Y", "X from Y"; not "X in Y", where X was
            o = _place_named(ix, info, k + 1)  # not "X of the Workers Union": whom X works for
            if o is None:
                continue
            end = toks[o.end - 1].end
            for p in info.places:  # "… of Mackay in north Queensland"
                if o.end <= p.token <= o.end + 3 and p.entity != o.entity:
                    end = max(end, text.find(p.name, toks[o.end - 1].end) + len(p.name))
            return info, ix.name(o.entity), text[toks[k].start : end]
    return None


def _described_from(ix: ArticleIndex, q):
    """ "Where was the nurse from?" / "a 34-year-old nurse from nearby Millicent": the
    capitalised name right after the noun and "from" (a word or two may stand between)."""
    lang = ix.lang
    nouns = [t for t in q.terms if t.index >= 0]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    for info in ix.body:
        toks = info.tokens
        for k, t in enumerate(toks[:-2]):
            if t.stem != noun.stem and t.norm != noun.word:
                continue
            if toks[k + 1].norm not in lang.from_words:
                continue
            j = k + 2
            while j < len(toks) and j <= k + 3 and not toks[j].text[:1].isupper():
                j += 1
            run = j
            while run < len(toks) and toks[run].text[:1].isupper() and run - j < 4:
                run += 1
            if run > j:
                text = info.sentence.text
                place = text[toks[j].start : toks[run - 1].end]
                return info, place, text[toks[k + 1].start : toks[run - 1].end]
    return None


def _demonym_before(ix: ArticleIndex, q):
    """ "Where are the asylum seekers from?" / "69 Sri Lankan asylum seekers": the place of the
    demonym right before the question's noun (its words in a row, as the question has them)."""
    nouns = [t for t in q.terms if t.index >= 0]
    if not nouns or any(b.index != a.index + 1 for a, b in zip(nouns, nouns[1:], strict=False)):
        return None
    n = len(nouns)
    for info in ix.body:
        toks, text = info.tokens, info.sentence.text
        for k in range(1, len(toks) - n + 1):
            if not all(_is(toks[k + i], nouns[i]) for i in range(n)):
                continue
            a = k
            while a > 0 and k - a < 3 and toks[a - 1].text[:1].isupper():
                a -= 1
            if a == k:
                continue
            place = place_of_demonym(ix, text[toks[a].start : toks[k - 1].end])
            if place is not None:
                return info, place, text[toks[a].start : toks[k + n - 1].end]
    return None


def _is(tok, t) -> bool:
    """Is the token the term's word, written in lower case (a noun, not a name)?"""
    return (tok.stem == t.stem or tok.norm == t.word) and not tok.text[:1].isupper()


def _place_named(ix: ArticleIndex, info: SentenceFacts, k: int) -> Mention | None:
    """The mention that starts at word ``k`` if it names no person nor an organisation (a
    place, as far as the name tells)."""
    o = next((x for x in info.mentions if x.start == k), None)
    named = ix.entity(o.entity) if o is not None else None
    if named is None or named.kind == "person":
        return None
    return None if any(w in ix.lang.org_words for w in fold(named.name).split()) else o


def _aged(text: str, toks, k: int) -> bool:
    """Is word ``k`` an age between commas right after a name ("X, 31, of Y")?"""
    return (
        k + 1 < len(toks)
        and toks[k].norm.isdigit()
        and text[toks[k - 1].end : toks[k].start].strip() == ","
        and text[toks[k].end : toks[k + 1].start].strip() == ","
    )


def _native_of(ix: ArticleIndex, eid: int):
    """ "The UN chief, a native of Ghana, …": a person's appositive of origin (a word of
    ``native_nouns`` and "of") naming a place, or a name that is no person's nor an
    organisation's."""
    lang = ix.lang
    natives = lang.lex.classes.get("native_nouns", ())
    for info in ix.body:
        toks, text = info.tokens, info.sentence.text
        for m in info.mentions:
            if m.entity != eid or m.start < 0 or not text[toks[m.end - 1].end :].startswith(","):
                continue
            k = next(
                (j for j in range(m.end, min(m.end + 3, len(toks))) if toks[j].norm in natives),
                None,
            )
            if k is None or k + 2 >= len(toks) or toks[k + 1].norm not in lang.origin_prepositions:
                continue
            o = _place_named(ix, info, k + 2)
            if o is None:
                continue
            return info, ix.name(o.entity), text[toks[m.end].start : toks[o.end - 1].end]
    return None


def _place_beside(ix: ArticleIndex, eid: int):
    """ "Aigerim Temirova from Karaganda", "Vistula Capital in Krakow": a place right after the
    name, or in its appositive ("Temirova, a 34-year-old engineer from Karaganda, …")."""
    lang = ix.lang
    for info in ix.facts.sentences:
        for m in info.mentions:
            if m.entity != eid or m.start < 0:
                continue
            for p in info.places:
                first = fold(p.phrase.split()[0])
                near = 0 < p.token - m.end <= 2 and first in lang.origin_prepositions
                apposed = (
                    first in lang.from_words
                    and 0 < p.token - m.end <= 10
                    and info.sentence.text[info.tokens[m.end - 1].end :].startswith(",")
                    and not any(
                        o.entity != eid and m.end <= o.start < p.token
                        for o in info.mentions
                        if o.start >= 0
                    )
                )
                if near or apposed:
                    return info, p
    return None


@kind("age", after_answer="age")
def age(ask: Ask) -> Answer:
    ix, q = ask.ix, ask.q
    described = _age_of_noun(ask)
    if described is not None:  # "how old is the Ardenian man?": "a 52-year-old Ardenian man"
        return described
    if not q.entity_ids:
        return ask.decline(unknown_reason(q) or say("decline.whose_age"))
    e = ix.entity(q.entity_ids[0])
    if e.age is None or e.age_sentence is None:
        return ask.decline("decline.no_age", name=e.name)
    said = say("answer.age", name=e.name, age=e.age)
    return ask.answer(said, [ix.facts.sentences[e.age_sentence]], 0.9, [e.id])


def _aged_named(ask: Ask, nm) -> bool:
    """Is the name one asked the age of: a person, or a name with an age of its own not
    written as a word of the noun phrase ("the Ardenian man": the man's age)?"""
    if nm.entity is None:
        return False
    e = ask.ix.entity(nm.entity)
    if e.kind == "person":
        return True
    before = ask.q.words[nm.start - 1] if nm.start > 0 else ""
    return e.age is not None and before not in ask.ix.lang.determiners


def _owner_of(ask: Ask, k: int) -> int | None:
    """The person whose noun word ``k`` is: a name written as an owner right before it ("his
    son", "Ivo Rekk's son"), or None."""
    q = ask.q
    for nm in q.names:
        tok = q.token(nm.end - 1)
        mine = q.words[nm.end - 1] in ask.ix.lang.determiners or (
            tok is not None and tok.possessive
        )
        if nm.end == k and nm.entity is not None and mine:
            return nm.entity
    return None


def _age_of_noun(ask: Ask) -> Answer | None:
    """ "How old is the man?" when no person is named: the one age the article gives to a man
    ("The 26-year-old man was arrested"); none when the question names a person, or the
    article gives two men ages."""
    ix, q = ask.ix, ask.q
    # "the man who flew the boy", "the woman with a fever": the man, the woman — the noun
    # phrase ends at the first small word after its determiner
    lang = ix.lang
    clause = next(
        (
            k
            for k, w in enumerate(q.words)
            if k > 2 and w in lang.stop and w not in lang.determiners
        ),
        len(q.words),
    )
    terms = [t for t in q.terms if t.index < clause]
    if not terms:
        return None
    noun = terms[-1]
    # "how old was his son?": the son of the person the name stands for, in a sentence that
    # names that person; a name with an age of its own is the one asked about
    owner = _owner_of(ask, noun.index)
    if owner is None and any(_aged_named(ask, nm) for nm in q.names):
        return None
    found = [
        a
        for a in ix.facts.amounts
        if a.kind == "age"
        and a.noun
        and a.value is not None
        and (fold(a.noun.split()[-1]) in (noun.word, noun.stem))
        and (owner is None or owner in ix.facts.sentences[a.sentence].entities)
    ]
    if len(found) != 1:
        return None
    a = found[0]
    the = next(iter(sorted(ix.lang.the)), "")  # "the man", as the question says it
    name = f"{the} {a.noun}".strip()
    said = say("answer.age", name=name[:1].upper() + name[1:], age=f"{a.value:g}")
    return ask.answer(said, [ix.facts.sentences[a.sentence]], 0.8)
