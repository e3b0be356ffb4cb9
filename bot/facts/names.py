"""Names: runs of capitalised words (the name candidates of a sentence) and the aliases a name is
also known by ("Tomas Sova" → "sova"; "Organization of Northern States" → "ONS")."""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

from ..text import Token

if TYPE_CHECKING:
    from .entities import EntityTable
    from .reading import Reading

# what may stand between a capitalised word at the start of a clause and the text before it
_CLAUSE_OPENERS = ('"', "“", "(", '."', ":", "—")


def capitalised_runs(
    r: Reading, toks: list[Token], text: str, capital: list[bool] | None = None
) -> list[tuple[int, int]]:
    """Token ranges of the capitalised runs of one sentence (name candidates); ``capital``:
    whether each word starts with a capital, when known."""
    if capital is None:
        capital = [t.text[:1].isupper() for t in toks]
    # a word in lowercase is a name's only after a capital and with a hyphen ("Ayman
    # al-Zawahiri"): only those and capitals are tested (see _is_name_word, _inside_name)
    caps = [False] * len(toks)
    if "-" in text:
        tested = [
            i for i, t in enumerate(toks) if capital[i] or (i and capital[i - 1] and "-" in t.text)
        ]
    else:
        tested = list(compress(range(len(toks)), capital))
    for i in tested:
        caps[i] = _is_name_word(r, toks, i, text)
    out = []
    end = 0
    for i in compress(range(len(caps)), caps):
        if i >= end:
            end = _run_end(r, toks, text, caps, i)
            out.append((i, _post_nominals(r, toks, i, end)))
    return out


def _owned_body(w, toks: list[Token], caps: list[bool], i: int, j: int) -> bool:
    """Is token ``j`` a body's word ("Department", "Office") right after a name of two words or
    more that owns it ("Elkhart County Sheriff's Department"), written with a capital and ending
    the name there?"""
    return (
        j - i >= 2
        and caps[j]
        and toks[j].norm in w.org_words
        and (j + 1 >= len(toks) or not caps[j + 1])
    )


def _post_nominals(r: Reading, toks: list[Token], i: int, j: int) -> int:
    """Where a run's name ends before the letters after a person's name ("Terrence Cole QC"):
    they are no part of it (a run of two words or more)."""
    end = j
    while (
        end - i > 2 and toks[end - 1].text.isupper() and toks[end - 1].norm in r.words.post_nominals
    ):
        end -= 1
    return end


def _run_end(r: Reading, toks: list[Token], text: str, caps: list[bool], i: int) -> int:
    """Where the run that starts at token i ends (exclusive)."""
    w = r.words
    n = len(toks)
    j = i + 1
    while j < n:
        gap = text[toks[j - 1].end : toks[j].start]
        plural_owner = gap in ("' ", "’ ") and w.rules.is_plural(toks[j - 1].norm)
        if plural_owner and caps[j]:
            j += 1  # "the Workers' Front", "Taxpayers' Alliance": one name
            continue
        initial = gap == ". " and len(toks[j - 1].text) == 1  # "George W. Bush"
        if toks[j - 1].possessive and _owned_body(w, toks, caps, i, j):
            j += 1  # "Elkhart County Sheriff's Department": one name
            continue
        if gap == ", " and caps[j] and _listed_before_acronym(r, toks, text, caps, i, j):
            j += 1  # "Dock, Rail and Freight Union (DRFU)": one name
            continue
        if toks[j - 1].possessive or (gap not in (" ", "-") and not initial):
            break
        if caps[j]:
            j += 1
            continue
        joined = (
            _organisation_with_and(r, toks, text, caps, j)
            if toks[j].text in w.conjunctions
            else None
        )
        if joined:
            j = joined
            continue
        # "Senator X of the Y Party" is X, of Y; "Director of Health Emergencies" is a title
        # (which matters only before a genitive word)
        genitive = toks[j].norm in w.genitive_words
        titled = (
            genitive
            and any(x.norm in w.titles for x in toks[i:j])
            and toks[j - 1].norm not in w.titles
        )
        # "Great Hall of the People" (but "Senator X of the Y Party" is X, of Y)
        if (
            not titled
            and genitive
            and j + 2 < n
            and toks[j + 1].text in w.definite_articles
            and caps[j + 2]
            and _spaced(text, toks, j, j + 2)
            and not _person_of_organisation(w, toks, caps, i, j)
        ):
            j += 3
            continue
        if genitive and toks[j - 1].norm in r.courtesy_named:
            break  # "Bill Peel of Mackay", then "Mr Peel": a person, and where he is from
        # connectors inside a name: "Organization of American States", "Ruud van der Berg"
        k = j
        while (
            k < n
            and k - j < 2
            and toks[k].norm in w.name_connectors
            and _spaced(text, toks, k, k + 1 if k + 1 < n else k)
        ):
            k += 1
        if k > j and not titled and k < n and caps[k] and _spaced(text, toks, j, k):
            j = k + 1
            continue
        break
    return j


def _listed_before_acronym(
    r: Reading, toks: list[Token], text: str, caps: list[bool], i: int, j: int
) -> bool:
    """ "Dock, Rail and Freight Union (DRFU)": do the capitalised words from token i on, joined
    by commas and an "and", end right before a bracketed acronym of their initials?"""
    n, k = len(toks), j
    while k < n:
        gap = text[toks[k - 1].end : toks[k].start]
        if caps[k] and gap in (" ", ", "):
            k += 1
        elif toks[k].text in r.words.conjunctions and k + 1 < n and caps[k + 1] and gap == " ":
            k += 1
        else:
            break
    if k >= n or text[toks[k - 1].end : toks[k].start] != " (" or not toks[k].text.isupper():
        return False
    initials = "".join(t.text[0] for t, c in zip(toks[i:k], caps[i:k], strict=True) if c)
    return (
        len(initials) >= 3
        and initials == toks[k].text
        and text[toks[k].end : toks[k].end + 1] == ")"
    )


def _person_of_organisation(w, toks: list[Token], caps: list[bool], i: int, j: int) -> bool:
    """ "Bill Shorten of the Australian Workers Union": a person's name and the organisation
    they are of (the "of the" is no part of one name, unlike "Great Hall of the People")."""
    if not 1 <= j - i <= 3 or any(x.norm in w.org_words for x in toks[i:j]):
        return False
    k = j + 2
    while k < len(toks) and caps[k]:
        if toks[k].norm in w.org_words:
            return True
        k += 1
    return False


def _organisation_with_and(
    r: Reading, toks: list[Token], text: str, caps: list[bool], j: int
) -> int | None:
    """ "Competition and Markets Authority": "and" inside an organisation's name → the end of
    the run."""
    n = len(toks)
    if not (
        toks[j].text in r.words.conjunctions
        and j + 2 < n
        and caps[j + 1]
        and _spaced(text, toks, j - 1, j + 1)
    ):
        return None
    k = j + 1
    while k < n and caps[k] and text[toks[k - 1].end : toks[k].start] == " ":
        k += 1
    org = r.words.org_words
    if toks[k - 1].norm in org and toks[j - 1].norm not in org:
        return k
    return None


def _spaced(text: str, toks: list[Token], a: int, b: int) -> bool:
    """Are tokens a..b (inclusive) written one space apart ("of the People", not "of, the")?"""
    return all(text[toks[k].end : toks[k + 1].start] == " " for k in range(a, b))


def _is_name_word(r: Reading, toks: list[Token], i: int, text: str) -> bool:
    """Can token i be (part of) a name? Capitalised, and not just because a clause starts there."""
    t = toks[i]
    w = r.words
    if i and toks[i - 1].text[:1].isupper() and _inside_name(w, toks, i, text):
        return True  # (only after a capital: see _inside_name)
    if _last_letter(w, toks, i, text):
        return True
    if not t.text[:1].isupper() or len(t.norm) < 2:
        return False
    if "-" in t.norm and t.norm.endswith(tuple(w.age_suffixes)):
        return False  # "Twenty-eight-year-old Mohammed Afroz": an age, no word of the name
    if "'" in t.norm and t.norm.partition("'")[0] in w.stop:
        return False  # "I'm", "It's"
    if (t.norm in w.months or t.norm in w.weekdays) and not _month_as_name(r, toks, i, text):
        return False
    norm = t.norm
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and norm in w.courtesy_titles and nxt.text[:1].isupper():
        return True  # "Dr Aamer Sultan …", "Mr Blake was shot" open sentences
    if (norm in w.stop or norm not in r.mid_caps) and _starts_clause(toks, i, text):
        # "Several", "Earlier", "The" at the start of a sentence are not names
        if t.norm in w.stop or t.norm in r.lower_words:
            return False
        if t.norm in w.known and not _first_name(r, toks, i, text):
            return False
        # "Brookfield and Oak Creek declined…": a list of names may start a sentence;
        # "Omar bin Tarek", "Ruud van der Berg": a connector inside a name
        listing = (
            nxt is not None
            and (
                nxt.norm in w.conjunctions
                or (nxt.norm in w.name_connectors and nxt.norm not in w.genitive_words)
                or text[t.end : nxt.start].startswith(",")
            )
            and i + 2 < len(toks)
            and (
                toks[i + 2].text[:1].isupper()
                or (toks[i + 2].norm in w.name_connectors and toks[i + 3 : i + 4] != [])
                and toks[min(i + 3, len(toks) - 1)].text[:1].isupper()
            )
        )
        if t.norm not in r.mid_caps and not listing and (nxt is None or not nxt.text[:1].isupper()):
            return False
    return t.norm not in w.stop or t.text.isupper()


def _starts_clause(toks: list[Token], i: int, text: str) -> bool:
    """Does token i open a sentence or a clause (after a quote mark, a parenthesis, a colon…)?"""
    return i == 0 or text[toks[i - 1].end : toks[i].start].strip() in _CLAUSE_OPENERS


def _inside_name(w, toks: list[Token], i: int, text: str) -> bool:
    """A word that is part of a name only between its other words: a middle initial ("George W
    Bush") or a connector joined by a hyphen ("Ayman al-Zawahiri")."""
    if i == 0 or i + 1 > len(toks) or not toks[i - 1].text[:1].isupper():
        return False
    t = toks[i]
    if text[toks[i - 1].end : t.start] != " ":
        return False
    head, dash, rest = t.text.partition("-")
    if dash and head.lower() in w.name_connectors and rest[:1].isupper():
        return True
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (
        len(t.text) == 1
        and t.text.isupper()
        and nxt is not None
        and nxt.text[:1].isupper()
        and text[t.end : nxt.start] in (" ", ". ")
    )


def _last_letter(w, toks: list[Token], i: int, text: str) -> bool:
    """A capital letter alone that ends a name ("Lunor Radio B", "Plan C"): right after a
    capitalised word of two letters or more and no capital after it — never a letter that is a
    word of its own ("I", "A")."""
    t = toks[i]
    if len(t.text) != 1 or not t.text.isupper() or t.norm in w.stop or i == 0:
        return False
    prev = toks[i - 1]
    if len(prev.text) < 2 or not prev.text[:1].isupper() or text[prev.end : t.start] != " ":
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return nxt is None or not nxt.text[:1].isupper()


def _first_name(r: Reading, toks: list[Token], i: int, text: str) -> bool:
    """ "Bill Shorten says…", "Bill Shorten of the AWU": a common word opening a sentence is a
    first name when a name the article writes capitalised mid-sentence follows it and the two
    are someone speaking or someone of something (never a title, a time or an adverb: "Later
    Ortega left")."""
    w = r.words
    if i + 2 >= len(toks):
        return False
    nxt, after = toks[i + 1], toks[i + 2]
    t = toks[i].norm
    return (
        text[toks[i].end : nxt.start] == " "
        and nxt.norm in r.mid_caps
        and nxt.norm not in w.known
        and nxt.norm not in r.lower_words
        and t not in w.titles
        and not w.rules.is_adverb(t)
        and (
            after.norm in w.say
            or after.norm in w.affiliation_prepositions
            or text[nxt.end : after.start].startswith(",")
        )
    )


def _month_as_name(r: Reading, toks: list[Token], i: int, text: str) -> bool:
    """A month is a name only when a name follows it and no date does: "Jan Bober", "April Ryan",
    but "Jan 5", "in May", "Monday's meeting"."""
    t = toks[i]
    w = r.words
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1].norm if i > 0 else ""
    return (
        t.norm in w.months
        and nxt is not None
        and nxt.text[:1].isupper()
        and not nxt.text[:1].isdigit()
        and nxt.norm not in w.months
        and prev not in w.date_prepositions
        and text[t.end : nxt.start] == " "
    )


def name_aliases(r: Reading, table: EntityTable, words: list[Token], person: bool) -> set[str]:
    """What a name is also called: a person's surname and first name, a name without "the" or
    its trailing organisation word; multi-word names leave their acronym in the table."""
    w = r.words
    norms = [x.norm for x in words]
    out = {" ".join(norms)}
    if person and len(norms) >= 2:
        if not any(table.drafts[e].kind == "person" for e in table.alias.get(norms[-1], ())):
            out.add(norms[-1])  # "Blake" stays the first Blake's when Joyce Blake comes
        out.add(f"{norms[0]} {norms[-1]}")
        if norms[0] not in table.alias and norms[0] not in r.lower_words:
            out.add(norms[0])  # "Liu Wenhao" is also "Liu"; "Jens Albeck" also "Jens"
        # Spanish-style double surnames: "Gabriel García Márquez" → "garcia" (but not the
        # "W" of "George W Bush", nor the "bin" of "Omar bin Tarek")
        if len(norms) >= 3 and len(norms[1]) > 1 and norms[1] not in w.name_connectors:
            out.add(norms[1])
    out |= _particle_surname(r, words)
    if not person:
        if norms and norms[0] in w.definite_articles:
            out.add(" ".join(norms[1:]))
        # "Channel-4 TV", "Contact Group": the name without its trailing organisation word
        if len(norms) >= 2 and norms[-1] in w.name_suffixes and norms[-2] not in w.name_connectors:
            out.add(" ".join(norms[:-1]))
        # "Grzegorz Matuszak" in a list of voters: maybe a person, so the surname too, when it
        # is no common word and no one else's name
        last = norms[-1] if norms else ""
        if (
            2 <= len(norms) <= 3
            and not any(x in w.org_words or x in w.name_connectors for x in norms)
            and last not in r.lower_words
            and last not in w.stop
            and last not in w.known
            and last not in table.alias
        ):
            out.add(last)
        caps = [x for x in words if x.text[:1].isupper()]
        # no initials of a name with a number or an abbreviation in it ("Lunor-1 TV" is no LT)
        spelt = all(not any(c.isdigit() for c in x.text) and not _abbreviated(x.text) for x in caps)
        if len(caps) >= 2 and spelt:  # United States → US; Organization of American States → OAS
            table.acronyms.setdefault("".join(x.text[0] for x in caps).upper(), words)
    return out


def _particle_surname(r: Reading, words: list[Token]) -> set[str]:
    """ "Omar bin Tarek", "Ruud van der Berg": the surname with its particles ("bin tarek", "van
    der berg"), as a question names them — never a name's "of" ("Bank of Lunor")."""
    w = r.words
    norms = [x.norm for x in words]
    if len(norms) < 3 or not words[0].text[:1].isupper() or not words[-1].text[:1].isupper():
        return set()
    k = next((j for j in range(1, len(norms) - 1) if norms[j] in w.name_connectors), None)
    if k is None or norms[k] in w.genitive_words or words[k].text[:1].isupper():
        return set()
    return {" ".join(norms[k:])}


def _abbreviated(text: str) -> bool:
    """Is the word itself an abbreviation: two or more letters, all capitals ("TV", "UN")?"""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
