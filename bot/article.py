"""Stage 1 — article text → headline, dateline, paragraphs, sentences.

Everything here is positional and verbatim: a :class:`Sentence` is a slice of the original text
(line breaks inside a paragraph shown as spaces, so offsets stay valid) and knows where it came
from. A quotation that spans several sentences stays one unit together with its attribution
(``"… peace. I thank …," X said.`` is one sentence), because the bot always quotes them together.
The words of the language (months, abbreviations, byline words) come from a lexicon; without one,
from the bundled English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path

from . import lexicon as lexicon_mod
from .errors import ArticleError
from .frozen import frozen
from .lexicon import Lexicon
from .textfile import NotRegularFile, TooLarge, read_regular

_OPEN_Q = '"“«„‘'
_CLOSE_Q = '"”»’'


@dataclass(frozen=True)
class _Lines:
    """The regexes that recognise a dateline and a byline, built from a language's words."""

    dateline: re.Pattern
    bare_dateline: re.Pattern
    byline: re.Pattern


@lru_cache(maxsize=8)
def _line_patterns(months: frozenset[str], byline: frozenset[str], glue: frozenset[str]) -> _Lines:
    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    month = alt(m.capitalize() for m in months)
    date = rf"(?P<date>(?:{month})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)"
    # PLACE[, Month Day[, Year]][.] (/AGENCY/ | (AGENCY)) [. - — –]
    # Place: capitals (MOSCOW, NEW YORK, RIO DE JANEIRO, WASHINGTON/NEW YORK), optionally ", Country".
    dateline = re.compile(
        rf"""^(?P<place>[A-Z][A-Z'’.\-]+(?:[ /][A-Z][A-Z'’.\-]+)*(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)*?)?)
        (?:,\s*{date})?
        \s*\.?\s*
        (?:/(?P<agency1>[A-Za-z][\w .\-]*?)/|\((?P<agency2>[A-Za-z][\w .\-]*?)\))
        \s*[.:]?\s*(?:[-–—]+\s*)?""",
        re.VERBOSE,
    )
    # A bare "PLACE — text" or "PLACE, Month Day — text" dateline without an agency.
    bare = re.compile(
        rf"""^(?P<place>[A-Z][A-Z'’.\-]{{2,}}(?:\s[A-Z][A-Z'’.\-]+)*)
        (?:,\s*{date})?
        \s*[-–—]+\s+""",
        re.VERBOSE,
    )
    by = alt(w.capitalize() for w in byline)
    byline_re = re.compile(
        rf"^(?:{by})\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|{alt(glue)}))*(?:,.*)?$"
    )
    return _Lines(dateline, bare, byline_re)


@cache
def _bundled_english() -> Lexicon:
    """The lexicon used when a caller gives none (tests, other front ends)."""
    return lexicon_mod.load("en")


@dataclass(frozen=True)
class Dateline:
    """``MOSCOW, September 23. /TASS/.`` → place, date, agency, and the verbatim text."""

    text: str
    place: str | None
    date: str | None
    agency: str | None

    def __str__(self) -> str:
        return self.text


@frozen
class Sentence:
    """One sentence (or one quotation with its attribution), verbatim, with its position."""

    index: int  # position in Article.sentences
    paragraph: int  # paragraph index; -1 for headline, -2 subheadline, -3 caption
    text: str
    start: int  # character offsets in the original text
    end: int
    kind: str = "body"  # body | headline | subheadline | caption

    def __str__(self) -> str:
        return self.text


@frozen
class Paragraph:
    index: int
    text: str
    start: int
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Article:
    """A parsed article. ``sentences`` holds headline and subheadline first, then the body."""

    text: str
    headline: str | None
    subheadline: str | None
    caption: str | None
    credit: str | None
    dateline: Dateline | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    source: str = "<text>"

    @cached_property  # (the article never changes: read once)
    def body(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if s.kind == "body")

    @cached_property
    def lead(self) -> Sentence | None:
        """The first body sentence: what the article is about."""
        body = self.body
        return body[0] if body else None


MAX_ARTICLE_BYTES = 5_000_000  # a news article is kilobytes; this bounds time and memory


def load(
    path: str | Path,
    abbreviations: frozenset[str] | None = None,
    starters: frozenset[str] | None = None,
    lexicon: Lexicon | None = None,
) -> Article:
    """Read and parse an article file; raise :class:`ArticleError` with a one-line reason."""
    p = Path(path)
    try:
        raw = read_regular(p, MAX_ARTICLE_BYTES)
    except FileNotFoundError:
        raise ArticleError(f"article not found: {p}") from None
    except IsADirectoryError:
        raise ArticleError(f"article is a directory, not a file: {p}") from None
    except NotRegularFile as e:
        raise ArticleError(f"article {p} is {e.kind}, not a regular file") from None
    except TooLarge:
        limit = MAX_ARTICLE_BYTES // 1_000_000
        raise ArticleError(f"article {p} is too large (more than {limit} MB)") from None
    except OSError as e:
        raise ArticleError(f"cannot read article {p}: {e.strerror or e}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(f"article {p} is not UTF-8 text (byte {e.start})") from None
    return parse(
        text, abbreviations=abbreviations, starters=starters, source=str(p), lexicon=lexicon
    )


def parse(
    text: str,
    abbreviations: frozenset[str] | None = None,
    source: str = "<text>",
    starters: frozenset[str] | None = None,
    lexicon: Lexicon | None = None,
) -> Article:
    """Parse article text. Works on a full wire story and on one plain paragraph alike.

    The words come from ``lexicon`` (default: the bundled English): its abbreviations (a dot after
    them ends no sentence), its stopwords as the words that start a sentence after a dotted
    abbreviation, its months and byline words; ``abbreviations``/``starters`` replace its lists."""
    # the sentences of a long article are made with the garbage collector paused, as its facts
    # are (see bot.facts.collector; imported here: bot.facts imports this module)
    from .facts.collector import paused

    with paused():
        return _parse(text, abbreviations, source, starters, lexicon)


def _parse(
    text: str,
    abbreviations: frozenset[str] | None,
    source: str,
    starters: frozenset[str] | None,
    lexicon: Lexicon | None,
) -> Article:
    if "\x00" in text:
        raise ArticleError(f"article {source} looks binary (it contains NUL bytes)")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ArticleError(f"article {source} is empty")
    lex = lexicon or _bundled_english()
    abbrev = abbreviations if abbreviations is not None else lex.words["abbreviations"]
    # function words that begin a sentence after a dotted abbreviation ("…the U.S. The trip")
    starters = starters if starters is not None else lex.words["stopwords"]
    w = lex.writing
    patterns = _line_patterns(
        lex.words["months"], w["byline_words"], w["conjunctions"] | w["name_connectors"]
    )

    lines = _lines(text)  # (start, end, stripped text) of each non-blank line, with block ids
    dl_idx, dateline, dl_len = _find_dateline(lines, patterns)

    front: list[tuple[int, int, str, int]]
    body_lines: list[tuple[int, int, str, int]]
    if dl_idx is not None:
        front, body_lines = lines[:dl_idx], lines[dl_idx:]
    else:
        front, body_lines = _split_front_without_dateline(lines)

    headline, subheadline, caption, credit, front_sents = _front_matter(front, patterns.byline)
    skip = dl_len if dateline is not None else 0
    paragraphs, body = _body(text, body_lines, skip, len(front_sents), abbrev, starters)
    if not paragraphs and not front_sents:
        raise ArticleError(f"article {source} has no text to answer from")
    parts = (headline, subheadline, caption, credit, dateline)
    return Article(text, *parts, paragraphs, tuple(front_sents) + body, source)


def _body(
    text: str,
    body_lines: list[tuple[int, int, str, int]],
    skip: int,
    first: int,
    abbrev: frozenset[str],
    starters: frozenset[str],
) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """The body's paragraphs (blocks of lines) and their sentences, numbered from ``first``;
    the first ``skip`` characters of the first block are the dateline."""
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    blocks: dict[int, list[tuple[int, int, str, int]]] = {}
    for ln in body_lines:
        blocks.setdefault(ln[3], []).append(ln)
    spans: dict[str, list[tuple[int, int]]] = {}  # a paragraph written again is split once
    for i, (_, blines) in enumerate(sorted(blocks.items())):
        start = blines[0][0]
        end = blines[-1][1]
        if i == 0 and skip:
            start += skip
            while start < end and text[start].isspace():
                start += 1
        if start >= end:
            continue
        ptext = text[start:end].replace("\n", " ")
        split = spans.get(ptext)
        if split is None:
            split = spans[ptext] = _split_sentences(ptext, abbrev, starters)
        sents = tuple(
            Sentence(first + len(sentences) + k, len(paragraphs), ptext[s:e], start + s, start + e)
            for k, (s, e) in enumerate(split)
        )
        if not sents:
            continue
        sentences.extend(sents)
        paragraphs.append(Paragraph(len(paragraphs), ptext, start, sents))
    return tuple(paragraphs), tuple(sentences)


# --------------------------------------------------------------------------- lines and blocks


def _lines(text: str) -> list[tuple[int, int, str, int]]:
    out = []
    block = 0
    pos = 0
    prev_blank = True
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            if prev_blank and out:
                block += 1
            lead = len(raw) - len(raw.lstrip())
            out.append((pos + lead, pos + lead + len(s), s, block))
            prev_blank = False
        else:
            prev_blank = True
        pos += len(raw) + 1
    return out


def _find_dateline(lines, patterns: _Lines):
    for i, (_, _, s, _) in enumerate(lines[:40]):
        m = patterns.dateline.match(s) or patterns.bare_dateline.match(s)
        if not m or m.end() >= len(s):
            continue
        place = m.group("place").strip().rstrip(",")
        if not any(c.isalpha() for c in place) or place.lower() == place:
            continue
        gd = m.groupdict()
        agency = gd.get("agency1") or gd.get("agency2")
        verbatim = s[: m.end()].strip()
        shown = verbatim.rstrip("-–— ").strip()
        return i, Dateline(shown, _title_place(place), gd.get("date"), agency), m.end()
    return None, None, 0


def _title_place(place: str) -> str:
    """MOSCOW → Moscow; "KYIV, Ukraine" → "Kyiv, Ukraine"."""
    return ", ".join(
        part if any(c.islower() for c in part) else part.title() for part in place.split(", ")
    )


def _split_front_without_dateline(lines):
    """No dateline: leading short, unpunctuated lines (and credit lines) are front matter."""
    if len({ln[3] for ln in lines}) < 2:
        return [], lines  # one block of plain text: all body
    n = 0
    for _, _, s, _ in lines:
        if s.startswith("©") or (len(s.split()) <= 25 and not s.endswith(_END_PUNCT)):
            n += 1
        else:
            break
    if n == len(lines):
        n = 0  # nothing but short lines: treat it all as body
    return lines[:n], lines[n:]


_END_PUNCT = (".", "?", "!", '"', "”", "»", ":")


def _front_matter(front, byline: re.Pattern):
    """Headline, subheadline, caption and credit from the lines before the body."""
    headline = subheadline = caption = credit = None
    sents: list[Sentence] = []
    texts = [s for _, _, s, _ in front]
    credit_lines = [s for s in texts if s.startswith("©")]
    if credit_lines:
        credit = credit_lines[0].lstrip("©").strip()
    rest: list[tuple[int, int, str, int]] = []
    for ln in front:
        s = ln[2]
        if s.startswith("©") or byline.match(s):
            continue
        # A caption glued to its credit ("X, right Photo/Agency") is a duplicate of the caption.
        if credit and s.endswith(credit) and s != credit:
            continue
        rest.append(ln)
    # The line just before the credit line is the photo caption.
    if credit_lines:
        ci = texts.index(credit_lines[0])
        cands = [ln for ln in rest if ln[0] < front[ci][0]]
        if len(cands) >= 2:
            caption = cands[-1][2]
            rest = [ln for ln in rest if ln is not cands[-1]]
    # Boilerplate before the headline: short lines ("All news", "Politics").
    i = 0
    while i < len(rest) and len(rest[i][2].split()) < 4 and len(rest) - i > 1:
        i += 1
    kinds = ["headline", "subheadline"]
    for ln in rest[i:]:
        if not kinds:
            break
        kind = kinds.pop(0)
        if kind == "headline":
            headline = ln[2]
        else:
            subheadline = ln[2]
        sents.append(
            Sentence(len(sents), -1 if kind == "headline" else -2, ln[2], ln[0], ln[1], kind)
        )
    return headline, subheadline, caption, credit, sents


# --------------------------------------------------------------------------- sentences


# what the sentence loop stops at: ends of sentences, and quote marks when quotations count
_ENDS = re.compile("[.!?…]")
_MARKS_AND_ENDS = re.compile('[.!?…"“«„”»]')
_WORD_CHARS = frozenset(".’'-_")  # with letters and digits, a word before a dot: "U.S", "Jan"


def _split_sentences(
    p: str, abbrev: frozenset[str], starters: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph; quotations (with attribution) are never split."""
    protect = _quotes_balanced(p)
    spans = []
    start = 0
    depth = 0
    n = len(p)
    i = 0
    left_open = False  # inside a quotation that goes on into the next paragraph
    special = _MARKS_AND_ENDS if protect else _ENDS  # every other character is stepped over
    while i < n:
        m = special.search(p, i)
        if m is None:
            break
        i = m.start()
        c = p[i]
        if protect:
            closed = False
            if c == '"' and left_open and p[i - 1].isspace():
                # the next paragraph of a quotation left open: a sentence of its own
                e = _rstripped(p, i)
                if p[e - 1 : e] in ".!?…":
                    spans.append((start, e))
                    start = i
                depth, left_open = 0, False
            if c == '"' and not depth and _left_open(p, i):
                depth, left_open = 1, True  # '"… here. "They …': open to the next mark
            elif c == '"':
                closed = depth == 1
                depth = 0 if depth else 1
            elif c in "“«„":
                depth += 1
            elif c in "”»" and depth:
                depth -= 1
                closed = depth == 0
            # ‘He called it "a mistake." Others…’: a quotation closed right after . ! ? ends
            # the sentence when a new one starts after it
            if closed and i > 0 and p[i - 1] in ".!?…":
                k = i + 1
                while k < n and p[k].isspace():
                    k += 1
                if k > i + 1 and k < n and _starts_sentence(p[k]):
                    spans.append((start, i + 1))
                    start = k
                    i = k
                    continue
        if c in ".!?…" and depth == 0:
            j = i + 1
            while j < n and p[j] in ".!?…)]" + _CLOSE_Q:
                if p[j] == '"' and protect:
                    break
                j += 1
            if j >= n:
                break
            if p[j].isspace():
                k = j
                while k < n and p[k].isspace():
                    k += 1
                if (
                    k < n
                    and _starts_sentence(p[k])
                    and not _is_abbreviation(p, start, i, abbrev, starters, k)
                ):
                    spans.append((start, j))
                    start = k
                    i = k
                    continue
        i += 1
    end = n
    while end > start and p[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
    return spans


def _rstripped(p: str, i: int) -> int:
    """Where ``p[:i]`` ends without its trailing white space (``len(p[:i].rstrip())``)."""
    while i > 0 and p[i - 1].isspace():
        i -= 1
    return i


def _word_before(p: str, start: int, i: int) -> str:
    r"""The run of letters, digits and ``.’'-_`` that ends at ``i`` (not before ``start``): what
    the regex ``([\w.’'-]+)$`` finds in ``p[start:i]``, read backwards from ``i`` (the regex read
    the whole sentence so far for each dot). A newline at ``i - 1`` is stepped over as ``$``
    does."""
    end = i - 1 if i > start and p[i - 1] == "\n" else i
    k = end
    while k > start and (p[k - 1].isalnum() or p[k - 1] in _WORD_CHARS):
        k -= 1
    return p[k:end]


def _left_open(p: str, i: int) -> bool:
    """Is the straight quote mark opening at ``i`` never closed — the next mark opens another
    quotation ('"… here. "They also …')? Then the quotation goes on into the next paragraph
    (wire copy opens each of its paragraphs again and closes only the last): it ends where the
    next one opens."""
    j = p.find('"', i + 1)
    return (
        (i == 0 or p[i - 1].isspace())
        and j != -1
        and j + 1 < len(p)
        and p[j - 1].isspace()
        and not p[j + 1].isspace()
    )


def _starts_sentence(c: str) -> bool:
    return c.isupper() or c.isdigit() or c in _OPEN_Q or c in "(["


def _quotes_balanced(p: str) -> bool:
    if p.count('"') % 2:
        return False
    return p.count("“") == p.count("”") and p.count("«") == p.count("»")


def _is_abbreviation(
    p: str, start: int, i: int, abbrev: frozenset[str], starters: frozenset[str], k: int
) -> bool:
    if p[i] != ".":
        return False
    word = _word_before(p, start, i)
    if not word:
        return False
    bare = word.strip("’'-").lower()
    if not bare:
        return False
    if len(bare) == 1 and bare.isalpha() and word[-1].isupper():
        return True  # an initial: "J. Smith"
    if "." in word and all(len(part) <= 2 for part in word.split(".") if part):
        # U.S., a.m., U.K. — unless a function word starts a new sentence after it ("…the U.S. The")
        nxt = re.match(r"[A-Za-z]+", p[k:])
        return not (nxt and nxt.group().lower() in starters and nxt.group()[0].isupper())
    return bare.rstrip(".") in abbrev
