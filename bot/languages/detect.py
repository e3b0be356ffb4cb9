"""Which language a question is written in, per message: first by the script of its letters
(Cyrillic → the Cyrillic language), then, among languages of one script, by the letters and common
words only one of them writes (``intents/<lang>/detect.yaml``). A hint — the sender's Telegram
``language_code`` — only breaks a tie: a Spanish speaker may ask in English. No model; a few
microseconds a question.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..datafile import check_header, line_of, mapping, read, strings
from ..errors import IntentsError
from ..text import fold

FILE = "detect.yaml"
SCRIPTS = ("Latin", "Cyrillic")
_WORD = re.compile(r"[^\W\d_]+")
SHORT = 3  # words: a message this short is in the conversation's language unless it says more
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
# the accented letters of the languages here, as the markers are written (folded), quickly
_UNACCENTED = str.maketrans("áàâäãéèêëíìîïóòôöõúùûüñçё", "aaaaaeeeeiiiiooooouuuuncе")


def script_of(ch: str) -> str | None:
    """ "Cyrillic" or "Latin" for a letter (accented Latin letters too), None otherwise."""
    if "\u0400" <= ch <= "\u04ff":
        return "Cyrillic"
    if ch.isalpha() and ch < "\u0250":
        return "Latin"
    return None


@dataclass(frozen=True)
class Marks:
    """What tells one language's questions apart: its script, letters and marker words."""

    lang: str
    script: str
    letters: frozenset[str]
    markers: frozenset[str]

    def score(self, low: str, words: list[str], ascii: bool = False) -> int:
        """Its marker words, and its letters, in a lowercased text (``ascii``: the text is all
        ASCII, which none of a language's accented letters are)."""
        found = sum(map(self.markers.__contains__, words))
        if self.letters and not (ascii and self.accented):
            found += len(self.letters_re.findall(low))
        return found

    @functools.cached_property
    def accented(self) -> bool:
        """Are all its letters outside ASCII ("ñ", "¿"): none in an ASCII text?"""
        return not any(ch.isascii() for ch in self.letters)

    @functools.cached_property  # compiled once (a frozen dataclass keeps it in its __dict__)
    def letters_re(self) -> re.Pattern:
        return re.compile("[" + re.escape("".join(sorted(self.letters))) + "]")


class Detector:
    """The languages a question may be in, and which one it is."""

    def __init__(self, marks: list[Marks], default: str):
        self.default = default
        self.langs = frozenset(m.lang for m in marks)
        self._by_script: dict[str, list[Marks]] = {}
        for m in marks:
            self._by_script.setdefault(m.script, []).append(m)

    @classmethod
    def load(cls, directory: Path, default: str) -> Detector:
        """Every ``<lang>/detect.yaml`` under ``directory`` (the intents folder)."""
        problems: list[str] = []
        marks = [
            m
            for path in sorted(directory.glob(f"*/{FILE}"))
            if (m := _read_marks(path, problems)) is not None
        ]
        if problems:
            raise IntentsError(problems)
        return cls(marks, default)

    def detect(self, text: str, hint: str | None = None, prior: str | None = None) -> str:
        """The language of ``text``; ``hint`` (a language code such as "es-419") breaks ties;
        ``prior``, the language the conversation is in, wins for a short message that only one
        marker word sets apart ("el salvador?" after an English answer is English)."""
        cyrillic, ascii = 0, text.isascii()
        if not ascii and _CYRILLIC.search(text):  # "¿Quién…?" is not ASCII either
            cyrillic = len(_CYRILLIC.findall(text))
        if not cyrillic:  # the common case: no need to count the Latin letters
            script = "Latin" if _LATIN.search(text) else None
        else:
            counts = {"Latin": len(_LATIN.findall(text)), "Cyrillic": cyrillic}
            script = max(counts, key=lambda s: counts[s])
            if all(counts.values()):
                script = self._script_of_mixed(text, script)
        hint = hint.split("-")[0].lower() or None if hint else None
        cands = self._by_script.get(script, []) if script else []
        if not cands:
            return hint if hint in self.langs else self.default
        if len(cands) == 1:
            return cands[0].lang
        low = text.lower()
        words = _WORD.findall(low)
        if not ascii:
            words = [w if w.isascii() else w.translate(_UNACCENTED) for w in words]
        scores = {m.lang: m.score(low, words, ascii) for m in cands}
        best = max(scores.values())
        if prior in scores and len(words) <= SHORT and best - scores[prior] <= 1:
            return prior
        if best == 0 and hint in self.langs:
            return hint  # nothing tells: the sender's language
        tied = [lang for lang, s in scores.items() if s == best]
        if len(tied) == 1:
            return tied[0]
        if hint in tied:
            return hint
        return self.default if self.default in tied else tied[0]

    def _script_of_mixed(self, text: str, by_letters: str) -> str:
        """A question in two scripts ("кто такой juan ortega", "Who is Песков?"): names are what
        people write in the other script, so the script whose words include more common words
        (markers) of its languages is the question's; else the one with more letters."""
        marked = dict.fromkeys(SCRIPTS, 0)
        for w in _WORD.findall(text.lower()):
            s = script_of(w[0])
            if s in marked and any(fold(w) in m.markers for m in self._by_script.get(s, ())):
                marked[s] += 1
        best = max(marked.values())
        tied = [s for s, n in marked.items() if n == best]
        return tied[0] if len(tied) == 1 else by_letters


def _read_marks(path: Path, problems: list[str]) -> Marks | None:
    node = read(path, problems)
    if node is None:
        return None
    top = mapping(path, node, "detect file", problems)
    check_header(path, top, problems)
    for key, (k, _) in top.items():
        if key not in ("version", "language", "script", "letters", "markers"):
            problems.append(f"{path}:{line_of(k)}: unknown key '{key}'")
    script = top.get("script", (None, None))[1]
    if not isinstance(script, yaml.ScalarNode) or script.value not in SCRIPTS:
        where = line_of(script) if script is not None else 1
        problems.append(f"{path}:{where}: 'script' must be one of {', '.join(SCRIPTS)}")
        return None
    letters = top.get("letters", (None, None))[1]
    markers = top.get("markers", (None, None))[1]
    words = strings(path, markers, "markers", problems) if markers is not None else []
    return Marks(
        lang=path.parent.name,
        script=script.value,
        letters=frozenset(letters.value.lower())
        if isinstance(letters, yaml.ScalarNode)
        else frozenset(),
        markers=frozenset(fold(w) for w in words),
    )
