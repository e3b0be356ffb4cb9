"""Names a question leaves out: "Besides Chile, how many countries …", "where else, apart from
Oslo, …", "which states except Peru …" — the names after a ``besides_words`` phrase (a list of
them, too) are no names the question asks about, and its patterns do not see them: the kinds
answer without them (a list less them, a count less them, another place)."""

from __future__ import annotations

from ..index import ArticleIndex
from .query import Named


def set_aside(
    ix: ArticleIndex,
    words: list[str],
    taken: list[bool],
    names: list[Named],
    parts: frozenset[int] = frozenset(),
) -> tuple[list[Named], tuple[int, ...], frozenset[int]]:
    """The names left (in order), the entities set aside, and the words of their phrases;
    ``parts``: words that belong to the word before them (a translated phrase's "de" of
    "aparte de", the "a" of "ni a": its English is the first word's)."""
    lang = ix.lang
    if not names or lang.besides.keys().isdisjoint(words):
        return names, (), frozenset()
    starts = {nm.start: nm for nm in names}
    aside: list[Named] = []
    skip: set[int] = set()
    k = 0
    while k < len(words):
        phrases = lang.besides.get(words[k], ())
        phrase = next((p for p in phrases if tuple(words[k : k + len(p)]) == p), None)
        if phrase is None:
            k += 1
            continue
        j = k + len(phrase)
        while j in parts:
            j += 1
        got: list[Named] = []
        while True:
            at = j + 1 if j < len(words) and words[j] in lang.the else j
            nm = starts.get(at)
            if nm is None or nm.entity is None:
                break
            got.append(nm)
            j = nm.end
            if j < len(words) and words[j] in lang.list_gaps:
                j += 1
                while j in parts:  # "ni a": the gap's phrase
                    j += 1
        if not got:
            k += 1
            continue
        aside += got
        end = got[-1].end
        skip.update(range(k, end))
        for i in range(k, end):
            taken[i] = True
        k = end
    if not aside:
        return names, (), frozenset()
    left = [nm for nm in names if nm not in aside]
    ids = tuple(dict.fromkeys(nm.entity for nm in aside if nm.entity is not None))
    return left, ids, frozenset(skip)
