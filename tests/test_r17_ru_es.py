"""Kinds of question the r17 blind round (Russian and Spanish) answered wrongly or declined: an
abbreviation written with dots ("EE.UU.", "С.Ш.А.") is the place its letters name; "что такое
X?" asks what a thing the article names is, as "кто такой X?" asks of a person; "sin contar a X
ni a Y", "не считая X и Y" leave X and Y out of a count, the personal "a" after "ni", "y" or "o"
too. "a coup staged by X": X staged it, and the coup is no doer ("who staged the visit?" is
declined); Spanish "organizó" is that verb, not "organización". A Russian title right after
"кто" (or "кто в статье") with qualifiers that fit no one is a title the article does not
mention (Russian has no articles: "тот" read as "the" is none); a made-up country inflected
in Russian ("президент Ардении") meets the role's adjective ("Ardenian"). Tables over small made-up stories, inline; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows
from test_r9_kinds import ENGINE as R9

from bot.engine import Engine

ARTICLE = (
    "Ardenia cuts ties with the US\n\n"
    "VELGRAD, May 4. /NORDPRESS/. Ardenian President Tomas Varga said on Monday he was cutting "
    "diplomatic ties with the US, in an interview with the Kestrel-9 TV channel.\n\n"
    "Varga also thanked the EU for its help with the port of Velgrad. He dismissed the vote in "
    "Brenn as a coup staged by the harbour guard. Ostmark Deputy Trade Minister Pavel Orlan "
    "discussed preparations for Varga's visit to Ostmark.\n"
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # an abbreviation written with dots: the place its letters name
    ("dots", "¿Qué hizo Varga con las relaciones con EE.UU.?", "what", True, "cutting diplomatic"),
    ("dots", "¿Agradeció Varga a la U.E.?", "confirm", True, "Sí"),
    ("dots", "Что Варга сделал с отношениями с С.Ш.А.?", "what", True, "cutting diplomatic"),
    # "что такое X?": what the thing the article names is
    ("what-is", "что такое Kestrel-9?", "whois", True, "TV channel"),
    ("what-is", "Что это такое Кестрел-9?", "whois", True, "TV channel"),
    ("what-is", "Kestrel-9 это что такое", "whois", True, "TV channel"),
    # "a coup staged by X": X staged it; the coup is no doer, of it or of anything else
    ("staged-by", "Who staged it?", "who_did", True, "The harbour guard"),
    ("staged-by", "Who staged the visit?", "who_did", False, "does not say who"),
    ("staged-by", "Кто организовал визит?", "who_did", False, "не сказано"),
    # "organizó" is the verb, not "organización"
    ("staged-by", "¿Quién organizó el golpe?", "who_did", True, "The harbour guard"),
]

# (family, question, intent, answered, says) over test_r9_kinds' story (Karst, Velan and
# Ostmark back Varga)
R9_ROWS = [
    # names left out of a count, the personal "a" after the conjunction too
    ("aside", "¿Cuántos países, sin contar a Karst ni a Velan, apoyaron a Varga?", "count", True,
     "1 — Ostmark"),
    ("aside", "¿Cuántos países, sin incluir a Karst y a Velan, apoyaron a Varga?", "count", True,
     "1 — Ostmark"),
    ("aside", "¿Cuántos países apoyaron a Varga, sin contar a Karst?", "count", True, "2 —"),
    ("aside", "Сколько стран, не считая Карста и Велана, поддержали Варгу?", "count", True,
     "1 — Ostmark"),
    # a Russian title right after "кто" (and "в статье") that fits no one: no such title, never
    # another person's answer
    ("no-title", "кто в статье пресс-секретарь порта", "who_did", False, "пресс-секретарь порта"),
    ("no-title", "кто пресс-секретарь гавани", "who_did", False, "пресс-секретарь гавани"),
    ("no-title", "кто лидер оппозиции Бренна", "who_did", False, "лидер оппозиции Бренна"),
    # a made-up country inflected in Russian: the role's adjective ("Ardenian")
    ("inflected", "кто президент Ардении", "whois", True, "Tomas Varga"),
    ("inflected", "кто президент Ардения", "whois", True, "Tomas Varga"),
    ("inflected", "что сказал президент Ардении", "quote", True, "Tomas Varga"),
]  # fmt: skip

# Guards that hold with or without the fixes above: a place or thing the article never names, a
# count with no one left out, a description that fits, the doer of what the question asks.
# (story, question, answered, the answer or the decline reason contains)
GUARDS = [
    ("story", "¿Rompió Varga relaciones con la O.N.U.?", False, "O.N.U."),
    ("story", "что такое Нордвик", False, "Нордвик"),
    ("story", "Who staged the coup?", True, "The harbour guard"),
    ("story", "Кто организовал переворот?", True, "The harbour guard"),
    ("story", "Who organized the visit?", True, "Pavel Orlan"),
    ("r9", "¿Cuántos países apoyaron a Varga?", True, "3 —"),
    ("r9", "Сколько стран поддержали Варгу?", True, "3 —"),
    ("r9", "кто в статье пресс-секретарь", True, "Ivo Lind"),
    ("r9", "кто лидер оппозиции Велграда", True, "Marta Kessel"),
    ("r9", "кто президент Лунора", False, "В статье"),
]
ENGINES = {"story": ENGINE, "r9": R9}
KINDS = [pytest.param("story", *p.values, id=p.id) for p in kind_rows(ROWS, {})] + [
    pytest.param("r9", *p.values, id=f"r9-{p.id}") for p in kind_rows(R9_ROWS, {})
]


@pytest.mark.parametrize("story,question,intent,answered,says", KINDS)
def test_r17_ru_es_kinds(story, question, intent, answered, says):
    check_kind(ENGINES[story], question, intent, answered, says)


@pytest.mark.parametrize(
    "story,question,answered,says", [pytest.param(*g, id=f"guard-{g[1]}") for g in GUARDS]
)
def test_r17_ru_es_guards(story, question, answered, says):
    a = ENGINES[story].answer(question)
    assert a.answered == answered, (a.text, a.reason)
    assert says in (a.text if answered else a.reason), (a.text, a.reason)
