"""Places by their names in CLDR (Babel's locale data): a language's names of countries, regions,
blocs and major cities ("Беларусь", "Estados Unidos", "Европейский союз", "Москва"), with the
language's own other names from its vocabulary ("США", "EE UU", "ЕС", "Белоруссия"), each read as
a place id ("BY", "city:Moscow"); and the English names of a place, by which the article's entity
is found ("United States", "US", "Turkey" — CLDR's English names, plus
``intents/en/places.yaml``'s).

Babel is imported when a question language is first used, never for English questions.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..datafile import check_header, mapping, read, strings
from ..errors import IntentsError
from ..resources import intents_dir
from ..text import fold
from .vocabulary import QuestionLanguage

CITY, NAME = "city:", "name:"  # place ids of a city ("city:Moscow") and of a vocabulary name
CITY_REGIONS = ("Europe", "America", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian")
SHORT = 5  # a lowercase name shorter than this meets only itself ("куба"), not its stem's words


@cache
def locale(lang: str):
    """Babel's locale data of a language (loaded once)."""
    from babel import Locale

    return Locale.parse(lang)


def has_locale(lang: str) -> bool:
    """Does CLDR (Babel) know the language?"""
    from babel import localedata

    return localedata.exists(lang)


class Places:
    """The places one language names, by the stems of their words."""

    def __init__(self, qlang: QuestionLanguage, english_extra: dict[str, tuple[str, ...]]):
        self.by_key: dict[tuple[str, ...], str] = {}  # stems of the name's words → place id
        self.exact: dict[tuple[str, ...], tuple[str, ...]] = {}  # … → the name's folded words
        self.english: dict[str, tuple[str, ...]] = {}  # place id → its English names
        native, en = locale(qlang.lang), locale("en")
        for code, name in native.territories.items():
            english = en.territories.get(code)
            if english:
                self._add(qlang, name, code, (english, *english_extra.get(code, ())))
        for tz, names in native.time_zones.items():
            city = names.get("city")
            if city and tz.split("/")[0] in CITY_REGIONS:
                english = (en.time_zones.get(tz) or {}).get("city") or _tz_city(tz)
                self._add(qlang, city, CITY + english, (english,))
        for name, english in qlang.names.items():  # a CLDR code, or an English name
            if english in en.territories:
                names = (en.territories[english], *english_extra.get(english, ()))
                self._add(qlang, name, english, names, first=True)
            else:
                self._add(qlang, name, NAME + english, (english,), first=True)
        self.longest = max((len(k) for k in self.by_key), default=1)
        self.longest_from: dict[str, int] = {}  # first stem → words in the longest name from it
        self.singles: dict[str, list[tuple[str, str]]] = {}  # first 3 letters → (name, place)
        for key, pid in self.by_key.items():
            first = self.longest_from.get(key[0], 0)
            self.longest_from[key[0]] = max(first, len(key))
            if len(key) == 1 and not pid.startswith(CITY):
                name = self.exact[key][0]
                self.singles.setdefault(name[:3], []).append((name, pid))

    def _add(self, qlang, name: str, pid: str, english: tuple[str, ...], first=False) -> None:
        words = qlang.words(name.split("(")[0])
        if not words:
            return
        key = tuple(qlang.stem(w) for w in words)
        if first or key not in self.by_key:
            self.by_key[key] = pid
            self.exact[key] = tuple(words)
        self.english.setdefault(pid, english)

    def find(self, stems: tuple[str, ...], words: tuple[str, ...], capital: bool) -> str | None:
        """The place these words name (a short name only as written, or capitalised)."""
        pid = self.by_key.get(stems)
        if pid is None:
            return None
        if len(words) == 1 and len(words[0]) < SHORT and not capital:
            return pid if self.exact[stems] == words else None
        return pid


def _tz_city(tz: str) -> str:
    return tz.rsplit("/", 1)[-1].replace("_", " ")


@cache
def places(qlang: QuestionLanguage, base: Path) -> Places:
    """The places of a language (built once per language)."""
    return Places(qlang, english_places(base))


@cache
def english_places(base: Path) -> dict[str, tuple[str, ...]]:
    """``<base>/en/places.yaml``: other English names of places, by CLDR code (none when the
    folder has no such file)."""
    path = base / "en" / "places.yaml"
    if not path.exists():
        return {}
    problems: list[str] = []
    node = read(path, problems)
    out: dict[str, tuple[str, ...]] = {}
    if node is not None:
        top = mapping(path, node, "places file", problems)
        check_header(path, top, problems)
        if "places" in top:
            for code, (_, v) in mapping(path, top["places"][1], "places", problems).items():
                out[code] = tuple(strings(path, v, f"places.{code}", problems))
        else:
            problems.append(f"{path}:1: missing 'places'")
    if problems:
        raise IntentsError(problems)
    return out


@cache
def codes_by_english_name(base: Path) -> dict[str, str]:
    """{folded English name: CLDR code}: to write a country's name in another language."""
    out = {}
    for code, name in locale("en").territories.items():
        if code.isalpha():
            out.setdefault(fold(name), code)
    for code, names in english_places(base).items():
        for name in names:
            out.setdefault(fold(name), code)
    return out


@cache  # a few hundred territories: asked for answer after answer
def native_territory(lang: str, code: str) -> str | None:
    """The name of a CLDR territory in ``lang``."""
    return locale(lang).territories.get(code)


def is_country(name: str) -> bool:
    """Is the place a country CLDR (or places.yaml) knows by this English name?"""
    key = fold(name)
    codes = codes_by_english_name(intents_dir())
    return key in codes or key.removeprefix("the ") in codes
