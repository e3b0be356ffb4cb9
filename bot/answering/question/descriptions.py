"""People described by their title in a question: "the ardenian deputy trade minister", "the UN
spokesman", "Malawi's health minister" → the person whose role has those words.

The person is found by the one resolver of "the <adjective> <title>" the facts stage uses too
(:class:`bot.facts.roles.RoleHolders`), in its question mode: an asker's specific title must be
the article's own.
"""

from __future__ import annotations

from collections.abc import Iterator

from ...facts.roles import HEAD_OF_STATE
from ...text import Token, fold, is_demonym
from ..index import ArticleIndex
from .query import Named


def resolve_role(
    ix: ArticleIndex, role_words: list[str], ranked: bool = False, of: list[int] | None = None
) -> int | None:
    """The person whose role has every one of these words and ends in their title (the last
    word); only the generic heads ("leader") stand for another title of their kind. ``ranked``:
    asked as a post, so never a holder of a rank the words lack ("deputy"); ``of``: places or
    bodies one of which the role must name by name or adjective ("Russian President")."""
    lang = ix.lang
    role_words = _two_word_title(lang, role_words)  # "press secretary": a spokesperson
    title = role_words[-1]
    # "the spokesperson" for the article's "Spokesman": titles of a synonym kind stand for one
    # another, like the generic heads for any title of their kind
    synonym = lang.titles.get(title) in lang.synonym_title_kinds
    accept = (lambda eid: role_says(ix, eid, of)) if of else None
    found = ix.role_holders.resolve(
        role_words[:-1],
        title,
        heads=lang.generic_titles | {title} if synonym else lang.generic_titles,
        ranked=ranked,
        accept=accept,
    )
    if found is not None or title not in lang.lex.words.get("any_official", ()):
        return found
    # "the Kremlin official" of the article's "Kremlin Spokesman": an official of any kind of
    # title the language counts as officials' — one person only, else no one
    kinds = lang.lex.words.get("official_kinds", frozenset())
    heads = {t for t, k in lang.titles.items() if k in kinds}
    people = {
        eid
        for t in sorted(heads)
        if (eid := ix.role_holders.resolve(role_words[:-1], t, heads=heads, accept=accept))
        is not None
    }
    return people.pop() if len(people) == 1 else None


def _two_word_title(lang, role_words: list[str]) -> list[str]:
    """ "the Kremlin press secretary": a title of two words of a synonym kind (spokesperson) is
    read as a one-word title of that kind, not as its last word's ("secretary": a minister)."""
    if len(role_words) < 2:
        return role_words
    kind = lang.titles.get(" ".join(role_words[-2:]))
    if (
        kind is None
        or kind not in lang.synonym_title_kinds
        or kind == lang.titles.get(role_words[-1])
    ):
        return role_words
    one = sorted(t for t, k in lang.titles.items() if k == kind and " " not in t)
    return [*role_words[:-2], one[0]] if one else role_words


def role_says(ix: ArticleIndex, person: int, places: list[int]) -> bool:
    """Does the person's role itself name one of these ("Russian President": Russia)?"""
    role = ix.roles[person].words if person in ix.roles else ()
    for p in places:
        name = fold(ix.entity(p).name)
        if name in " ".join(role) or any(is_demonym(w, name) for w in role):
            return True
    return False


def outranked(ix: ArticleIndex, role_words: list[str]) -> bool:
    """Do these words fit a person only but for a rank of their role ("deputy", "former")?"""
    return ix.role_holders.outranked(role_words[:-1], role_words[-1])


def find_descriptions(
    ix: ArticleIndex, words: list[str], taken: list[bool], toks: list[Token], names: list[Named]
) -> Iterator[tuple[Named, Named | None]]:
    """Each description resolved to a person, with the name it swallows ("the UN spokesman":
    the UN), if any. The description includes its "the": "what the spokesman said"."""
    lang = ix.lang
    holders = lang.lex.words.get("present_holder_words", frozenset())
    for k, w in enumerate(words) if not holders.isdisjoint(words) else ():
        if not taken[k] and w in holders:
            holder = _holder(ix, words, k)  # "who backed the incumbent?"
            if holder is not None:
                yield Named(holder, k - 1, k + 1), None
    if not lang.org_words.isdisjoint(words):
        yield from _short_forms(ix, words, taken)  # "the board": the Harbour Board
    if lang.titles.keys().isdisjoint(words) and "-" not in "".join(words):
        return  # (most questions: no title)
    # "that deputy minister": a demonstrative opens a description as "the" does
    the = lang.the | lang.lex.writing.get("demonstratives", frozenset())
    for k, w in enumerate(words):
        # "the leg-spinner": a title after a hyphen is one too, the whole word the role's
        if taken[k] or not (w in lang.titles or w.rpartition("-")[2] in lang.titles):
            continue
        j = k - 1
        adjs = []
        while (
            j >= 0 and not taken[j] and words[j] not in lang.description_stops | the and k - j <= 4
        ):
            adjs.append(words[j])
            j -= 1
        # "the incumbent X president": the one who holds the post now, whatever the role says
        adjs = [a for a in adjs if a not in lang.lex.words.get("present_holder_words", ())]
        if adjs and len(two := _two_word_title(lang, [adjs[0], w])) == 1:
            adjs, w = adjs[1:], two[0]  # "press secretary": a spokesperson
        owner = None
        if j >= 0 and taken[j]:
            # "Malawi's health minister", "the UN spokesman": the name is part of the title
            owner = next((nm for nm in names if nm.start <= j < nm.end), None)
            # "palace spokesman name?": a chat question may open with the description
            if owner is None or not (
                toks[j].possessive
                or owner.start == 0
                or (owner.start > 0 and words[owner.start - 1] in lang.the)
            ):
                continue
        elif j >= 0 and words[j] not in the and words[j] not in lang.a:
            continue  # "the deputy minister", "a Polish official"
        after = _of_owner(ix, words, names, k) if owner is None else None
        if after is not None:  # "the president of X": X's president, or no one
            eid = resolve_role(ix, [*adjs, w], of=[after.entity])
            if eid is not None:
                yield Named(eid, max(j, 0), after.end), after
            continue
        # the owner by its name or any one-word alias ("UN" for "United Nations")
        variants: list[list[str]] = [[]]
        if owner is not None and owner.entity is not None:
            e_own = ix.facts.entities[owner.entity]
            variants = [fold(e_own.name).split()] + [
                [a] for a in sorted(e_own.aliases) if " " not in a
            ]
        eid = None
        for v in variants:
            eid = resolve_role(ix, adjs + v + [w])
            if eid is not None:
                break
        if eid is None and owner is None and adjs:
            eid = _self_titled(ix, [*reversed(adjs), w])  # "the interim president"
        if eid is not None:
            start = owner.start if owner is not None else max(j, 0)
            yield Named(eid, start, k + 1), owner


def _short_forms(ix: ArticleIndex, words: list[str], taken: list[bool]) -> Iterator:
    """ "the board" → the organisation the article itself calls "the board" (the facts read
    "the board" after "the Holm Harbour Board" as it), when it calls only one so."""
    lang = ix.lang
    for k in range(1, len(words)):
        w = words[k]
        if taken[k] or w not in lang.org_words or words[k - 1] not in lang.the:
            continue
        if k + 1 < len(words) and words[k + 1] not in lang.not_topics:
            continue  # "the bank strike", "the union officials": another thing
        fits = ix.short_forms.get(w, frozenset())
        if len(fits) == 1:
            yield Named(next(iter(fits)), k - 1, k + 1), None


def reflexives(lang) -> frozenset[str]:
    """The words a reflexive pronoun is read as ("himself" folds to a masculine pronoun's
    forms): the masculine, feminine and plural pronouns."""
    return lang.masculine_pronouns | lang.feminine_pronouns | lang.plural_pronouns


def _self_titled(ix: ArticleIndex, words: list[str]) -> int | None:
    """ "The interim president" of "X … declared himself interim president": the one person
    the article gives these words (a qualifier and a title) as a title they took — right after
    a reflexive pronoun, X the nearest person named before it in the sentence."""
    reflexive = reflexives(ix.lang)
    n, people = len(words), set()
    having = [ix.with_stem.get(w, frozenset()) for w in words]  # (most: no sentence has all)
    for i in sorted(frozenset.intersection(*having)) if having else ():
        info = ix.facts.sentences[i]
        if info.sentence.kind != "body":
            continue
        norms = [t.norm for t in info.tokens]
        for k in range(1, len(norms) - n + 1):
            if norms[k : k + n] != words or norms[k - 1] not in reflexive:
                continue
            before = [
                m.entity
                for m in info.mentions
                if 0 <= m.start < k - 1 and ix.entity(m.entity).kind == "person"
            ]
            if before:
                people.add(before[-1])
    return people.pop() if len(people) == 1 else None


def _holder(ix: ArticleIndex, words: list[str], k: int) -> int | None:
    """ "The incumbent" with no title after it: the one person the article calls so, in the
    title right before their name ("Incumbent X-ian President Y")."""
    lang = ix.lang
    if (
        k == 0
        or words[k - 1] not in lang.the
        or any(w in lang.titles for w in words[k + 1 : k + 4])
    ):
        return None  # "the incumbent X president": the title's own holder (below)
    people = {
        m.entity
        for info in ix.body
        for m in info.mentions
        if m.how == "name"
        and m.start > 0
        and ix.entity(m.entity).kind == "person"
        and any(t.norm == words[k] for t in info.tokens[max(0, m.start - 4) : m.start])
    }
    return people.pop() if len(people) == 1 else None


def _of_owner(ix: ArticleIndex, words: list[str], names: list[Named], k: int) -> Named | None:
    """The place or body named right after a title and "of" ("the president of X"), if any."""
    if k + 2 >= len(words) or words[k + 1] not in ix.lang.of_words:
        return None
    at = k + 3 if words[k + 2] in ix.lang.the else k + 2
    nm = next((nm for nm in names if nm.start == at and nm.entity is not None), None)
    return nm if nm is not None and ix.entity(nm.entity).kind != "person" else None


def _led_at(lang, words: list[str], taken: list[bool]) -> tuple[int, int] | None:
    """Where "who leads|heads X?" or "who is the leader|head of X?" starts, and where its X
    starts; None when the question is neither ("who led the march?" asks who did it)."""
    k = (
        None
        if lang.lead.isdisjoint(words)  # (most questions ask no leader: no word to look for)
        else next((k for k, w in enumerate(words) if w in lang.lead and not taken[k]), None)
    )
    if k is not None and k > 0 and words[k - 1] in lang.question_words:
        if words[k] in lang.lex.classes.get("lead_past", ()):
            return None
        return k, k + 1
    if not words or words[0] not in lang.relative_pronouns or lang.generic_titles.isdisjoint(words):
        return None
    for k in range(2, len(words) - 2):
        w = words[k]
        if (
            not taken[k]
            and w in lang.generic_titles
            and lang.titles.get(w) == HEAD_OF_STATE
            and words[k - 1] in lang.the
            and words[k + 1] in lang.of_words
        ):
            return k - 1, k + 2
    return None


def find_led(
    ix: ArticleIndex, words: list[str], taken: list[bool], toks: list[Token], names: list[Named]
) -> Named | str | None:
    """ "who leads|heads the X?", "who is the leader of X?" (to the question's end): the person
    whose role is X's leader ("X leader", "leader of X", a president of X) — a role, never the
    subject of a verb "lead", nor a person with another title of X ("X Spokesman"); X as asked
    when no one's role is its leader (the question declines); None when it asks no leader."""
    lang = ix.lang
    at = _led_at(lang, words, taken)
    if at is None:
        return None
    start, after = at
    described: list[str] = []
    for j in range(after, len(words)):
        if not taken[j]:
            if words[j] not in lang.the and words[j] not in lang.stop:  # "the opposition *in* X"
                described.append(words[j])
            continue
        owner = next((nm for nm in names if nm.start <= j < nm.end), None)
        if owner is None or owner.entity is None:
            return None
        if owner.start == j:
            described += fold(ix.entity(owner.entity).name).split()
    if not described:
        return None
    # the generic title of a head of state's kind ("leader"): it stands for any of that kind
    for title in sorted(lang.generic_titles):
        if lang.titles.get(title) == HEAD_OF_STATE:
            eid = resolve_role(ix, described + [title])
            if eid is not None:
                return Named(eid, start, len(words))
    if any(t.norm in lang.lead for info in ix.facts.sentences for t in info.tokens):
        return None  # the article says it with the verb ("a list headed by X"): who did it
    # no one's role, no verb: "who heads the Kremlin?" of an article with its spokesman only
    # (never whoever a title or "leaders" stands near)
    asked = " ".join(t.text for t in toks[after : len(words)]).strip(" ?!.")
    return asked or None


def link_descriptions(
    ix: ArticleIndex, words: list[str], taken: list[bool], toks: list[Token], names: list[Named]
) -> str | None:
    """Add the described people to ``names`` (in place of the names their titles swallow), and
    the leader a "who leads X?" asks for; the X of a "who leads X?" no one leads (by role)."""
    led = find_led(ix, words, taken, toks, names)
    if isinstance(led, str):
        return led
    if led is not None:
        names[:] = [nm for nm in names if not led.start <= nm.start < led.end]
        names.append(led)
        for k in range(led.start, led.end):
            taken[k] = True
    linked: set[int] = set()
    found_all = list(find_descriptions(ix, words, taken, toks, names))
    # "the deputy trade minister" read whole, not as "the deputy": the longest first
    found_all.sort(key=lambda fo: fo[0].start - fo[0].end)
    for found, owner in found_all:
        span = range(found.start, found.end)
        if linked.intersection(span):
            continue  # "Ardenia's deputy trade minister": one description, read once
        linked.update(span)
        if owner is not None and owner in names:
            names.remove(owner)
        names.append(found)
        for k in range(found.start, found.end):
            taken[k] = True
    return None


def missing_title(
    ix: ArticleIndex,
    words: list[str],
    taken: list[bool],
    toks: list[Token],
    mixed: bool,
    names: list[Named] = (),
) -> str | None:
    """ "the president" when no one in the article is one: the question is about someone else."""
    lang = ix.lang
    if lang.titles.keys().isdisjoint(words):
        return None  # (most questions: no title)
    for k, w in enumerate(words):
        if taken[k] or w not in lang.titles or w in lang.generic_titles:
            continue
        if toks[k].text[:1].isupper() and mixed:
            continue  # "the General Council" is a name
        unheld = (
            k > 0
            and words[k - 1] in lang.the
            and w not in ix.role_title_words
            and lang.titles.get(w) not in ix.role_title_kinds
            and w not in ix.vocab  # "the nurse" of "a 34-year-old nurse from X" is no stranger
        )
        # "the Brookfield mayor" when no mayor's role mentions Brookfield: a place's name right
        # before a title that no one in the article holds for that place
        unresolved = k >= 2 and words[k - 2] in lang.the and taken[k - 1]
        if unresolved and _title_of_described(ix, words, names, k):
            unresolved = False  # "the deputy minister": the deputy one's own title
        if unresolved and _spoken_for(ix, w, words[k - 1]):
            unresolved = False  # "the NFS spokesman": "a spokesman for the NFS says …"
        if unheld or unresolved:
            return w
    return None


def _title_of_described(ix: ArticleIndex, words: list[str], names, k: int) -> bool:
    """ "the deputy minister" of the article's "Deputy Foreign Minister": "the deputy" read as
    someone whose role has the title at word ``k`` too — theirs (not before "of …": "the chief
    executive of the new airline" is another's)."""
    if k + 1 < len(words) and words[k + 1] in ix.lang.of_words:
        return False
    return any(
        nm.end == k and nm.entity in ix.roles and words[k] in ix.roles[nm.entity].set
        for nm in names
    )


def _spoken_for(ix: ArticleIndex, title: str, owner: str) -> bool:
    """Does a sentence quote the owner (a name, by its alias ``owner``) with the title word in
    it ("a spokesman for the NFS says …")? The title then stands for the owner's voice."""
    ids = set(ix.alias.get(owner, ()))
    return any(
        info.quote is not None
        and (
            info.quote.speaker in ids
            or (info.quote.speaker is None and owner in fold(info.quote.speaker_text or "").split())
        )
        and any(t.norm == title for t in info.tokens)
        for info in ix.facts.sentences
    )
