"""Kinds of question the r14 blind round (Russian and Spanish) declined: a closing tag ("X apoya
a Y no?", "X поддержал Y, не так ли?") makes the statement before it a yes/no question, never a
negation, but "… o no?" / "… или нет?" stays a choice; "выпустить" (to release) a piece of news
is publishing it ("какое агентство выпустило новость?"); a number word before a noun ("dime tres
países que …") is no unknown word, and "nombra/enumera …" or a bare "(los) países que
apoyaron a X" asks for the list. Tables over the made-up story of test_r9_kinds; nothing in them
is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows
from test_r9_kinds import ENGINE

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # a closing tag: the statement asked as a yes/no
    ("tag", "velan apoya a varga no?", "stance_check", True, "Sí"),
    ("tag", "velan apoya a varga, ¿no?", "stance_check", True, "Sí"),
    ("tag", "bexia apoya a varga, ¿no es cierto?", "stance_check", True, "No"),
    ("tag", "велан поддерживает варгу, нет?", "stance_check", True, "Да"),
    ("tag", "велан поддержал варгу, не так ли?", "stance_check", True, "Да"),
    ("tag", "бексия поддержала варгу, верно?", "stance_check", True, "Нет"),
    ("tag", "Velan backs Varga, no?", "stance_check", True, "Yes"),
    # a choice stays a choice
    ("choice", "velan apoya a varga o no?", "stance_check", True, "Sí"),
    ("choice", "велан поддерживает варгу или нет?", "stance_check", True, "Да"),
    # "выпустить" a piece of news: publishing it
    ("source", "Какое агентство выпустило эту новость?", "source", True, "NORDPRESS"),
    ("source", "кто выпустил эту новость?", "source", True, "NORDPRESS"),
    # a list asked for with a number word or an imperative
    ("list", "dime tres países que reconocieron a kessel", "sides", True, "Bexia y Lunor"),
    ("list", "nombra dos países que apoyaron a varga", "sides", True, "Karst, Velan y Ostmark"),
    ("list", "enumera los países que apoyaron a varga", "sides", True, "Karst, Velan y Ostmark"),
    ("list", "países que reconocieron a kessel", "sides", True, "Bexia y Lunor"),
    ("list", "назови пару стран, которые поддержали варгу", "sides", True, "Karst, Velan"),
    ("list", "name two countries that backed varga", "sides", True, "Karst, Velan and Ostmark"),
]


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, {}))
def test_r14_ru_es_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)
