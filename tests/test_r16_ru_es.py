"""Kinds of question the r16 blind round (Russian and Spanish) answered wrongly or declined: a
verb before its subject is read after it, as the statement the question asks about — a Russian
yes/no with "ли" ("Обсуждал ли X …?"), a Spanish yes/no that opens with its verb, the personal
"a" before the object ("¿Reconoció X a Y?", "¿Apoyaron X y Z a Y?"), and a question that asks
for the object ("¿A quién apoyó X?", "Кого поддержал X?": whom X backed); with no one named
after X's verb of taking sides, "whom did X back?" is declined, never answered with who backed
X. "кто в статье <title>?", "¿quién en el artículo es el <title> de <país>?" ask whom the
article's description stands for, not who did something. Tables over the made-up story of
test_r9_kinds; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows
from test_r9_kinds import ENGINE

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # a Russian yes/no by "ли": the verb first, the subject after it
    ("li", "Обсуждал ли Орлан подготовку визита Варги?", "confirm", True, "Да"),
    ("li", "Поблагодарил ли Варга Остмарк?", "confirm", True, "Да"),
    # a Spanish yes/no that opens with its verb (the personal "a" before the object)
    ("verb-first", "¿Reconoció Bexia a Kessel?", "stance_check", True, "Sí"),
    ("verb-first", "¿Apoyó Bexia a Varga?", "stance_check", True, "No"),
    ("verb-first", "¿Apoyaron Karst y Velan a Varga?", "stance_check", True, "Sí"),
    ("verb-first", "¿Agradeció Varga a Ostmark?", "confirm", True, "Sí"),
    ("verb-first", "¿Discutió Orlan los preparativos de la visita?", "confirm", True, "Sí"),
    # whom X backed: the subject after the verb
    ("object", "¿A quién apoyó Karst?", "whom", True, "Tomas Varga"),
    ("object", "¿A quién reconoció Lunor?", "whom", True, "Marta Kessel"),
    ("object", "Кого поддержал Карст?", "whom", True, "Tomas Varga"),
    ("object", "Кого признала Лунор?", "whom", True, "Marta Kessel"),
    # whom X backed, when no one is named after X's verb: declined, never who backed X
    ("object-side", "¿A quién apoyó Kessel?", "whom", False, "no dice"),
    ("object-side", "Кого поддержала Кессель?", "whom", False, "не сказано"),
    ("object-side", "Whom did Kessel support?", "whom", False, "does not say"),
    # "who in the article is <title>?": whom the description stands for
    ("in-article", "кто в статье замминистра торговли остмарка", "whois", True, "Pavel Orlan"),
    ("in-article", "кто в статье лидер оппозиции", "whois", True, "Marta Kessel"),
    ("in-article", "quién en el artículo es el presidente de Ardenia", "whois", True, "Varga"),
    ("in-article", "quien es el presidente de ardenia en el articulo", "whois", True, "Varga"),
]

# Guards that hold with or without the fixes above (whichever kind reads them): no yes for what
# someone else did, no answer about a place the article never names.
GUARDS = [
    pytest.param(q, says, id=f"guard-{q}")
    for q, says in [
        ("Обсуждал ли Кессель подготовку визита Варги?", "не сказано"),
        ("¿Discutió Kessel los preparativos de la visita?", "no lo dice"),
        ("¿Reconoció Kazajistán a Kessel?", "Kazajistán"),
    ]
]


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, {}))
def test_r16_ru_es_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


@pytest.mark.parametrize("question,says", GUARDS)
def test_r16_ru_es_guards(question, says):
    a = ENGINE.answer(question)
    assert not a.answered, a.text
    assert says in a.reason
