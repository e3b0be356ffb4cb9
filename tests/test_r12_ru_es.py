"""Kinds of question the r12 blind round's Russian and Spanish questions failed: "как X назвал
Y?", "¿cómo llamó X a Y?" ask what X called Y (X's words about Y, as English "what did X call
Y?"), never who X is; "X пресс-секретарь Y?" — a name, then a description of that same person,
with the copula Russian leaves out — asks whether X holds that role (yes when it is X's role, as
English "is X the Y spokesman?"; never a yes for a post the article does not give X); "кому"
asks to whom ("кому X выразил благодарность?" is "who did X express gratitude to?"), and
"кого поблагодарил X?", "¿a quién (le) agradeció X?" put the subject after its verb (the "le"
doubling "a quién" stands for no one); a verb of taking sides so asked is declined, never read
as "who supported X". A country whose head of state did it ("did Ardenia cut ties?" of
"Ardenian President X … said he was cutting ties") is a known gap. Tables over a made-up story,
inline; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows

from bot.engine import Engine

ARTICLE = (
    "Varga thanks Ostmark for port support\n\n"
    "VELGRAD, March 3. /NORDPRESS/. Ardenian President Tomas Varga has expressed gratitude to "
    "Ostmark for supporting the northern country's fleet and for solidarity with its sailors.\n\n"
    '"Ostmark as a true partner has shown strong support for our port. I thank Ostmark and all '
    'its people for their help," Varga said in an interview with Nord-1 radio on Friday.\n\n'
    "Earlier, Port Spokesman Ivo Lind said the Ardenian leader was expected to visit Ostmark "
    "soon. In May, Ostmark Deputy Trade Minister Pavel Orlan discussed the visit in Velgrad.\n\n"
    "Varga, in turn, dismissed the strike as a plot staged by Bexia and said he was cutting "
    "diplomatic ties with Bexia.\n"
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # what X called Y: X's words about Y, whatever the verb of calling or describing
    ("called", "Как Варга назвал Остмарк?", "quote", True, "as a true partner"),
    ("called", "Кем Варга назвал Остмарк?", "quote", True, "as a true partner"),
    ("called", "Как Варга охарактеризовал Остмарк?", "quote", True, "as a true partner"),
    ("called", "Как описал Варга Остмарк?", "quote", True, "as a true partner"),
    ("called", "¿Cómo llamó Varga a Ostmark?", "quote", True, "as a true partner"),
    ("called", "¿Cómo describió Varga a Ostmark?", "quote", True, "as a true partner"),
    ("called", "¿Cómo calificó Varga a Ostmark?", "quote", True, "as a true partner"),
    # "X <description of X>?": the role asked, yes when every word is X's role's
    ("role", "Линд пресс-секретарь порта?", "confirm", True, "Да — Ivo Lind"),
    ("role", "Линд — официальный представитель порта?", "confirm", True, "Да — Ivo Lind"),
    ("role", "Орлан замминистра торговли?", "confirm", True, "Да — Pavel Orlan"),
    ("role", "Орлан заместитель министра торговли Остмарка?", "confirm", True, "Да"),
    ("role", "Варга президент?", "confirm", True, "Да — Tomas Varga"),
    ("role", "¿Lind es el portavoz del puerto?", "confirm", True, "Sí — Ivo Lind"),
    ("role", "¿Orlan es viceministro de comercio?", "confirm", True, "Sí — Pavel Orlan"),
    # a deputy asked as the minister: never a yes
    ("role-not", "Орлан министр торговли?", "whois", False, "не сказано"),
    # to whom X did it: "кому" asks "to whom"; the subject may come last
    ("whom", "Кому Варга выразил благодарность?", "whom", True, "Ostmark"),
    ("whom", "Кому выразил благодарность Варга?", "whom", True, "Ostmark"),
    ("whom", "Кого поблагодарил Варга?", "whom", True, "Ostmark"),
    ("whom", "¿A quién le dio las gracias Varga?", "whom", True, "Ostmark"),
    ("whom", "¿A quién dio las gracias Varga?", "whom", True, "Ostmark"),
    ("whom", "¿A quién agradeció Varga?", "whom", True, "Ostmark"),
    # a side so asked would be read "who supported X": declined, never a wrong side
    ("whom-side", "Кого поддержал Остмарк?", "whom", False, "не сказано"),
    ("whom-side", "¿A quién apoyó Ostmark?", "whom", False, "no dice"),
    # a country whose head of state did it
    ("leader", "Did Ardenia cut diplomatic ties with Bexia?", "confirm", True, "Yes"),
    ("leader", "¿Ardenia rompió relaciones diplomáticas con Bexia?", "confirm", True, "Sí"),
]

# Not fixes (each holds before them too): the English each kind is read as, the posts the
# article does not give X (never a yes), the leader who did it himself — guards the fixes keep.
GUARDS = [
    ("called", "What did Varga call Ostmark?", "quote", True, "as a true partner"),
    ("role", "Is Lind the port spokesman?", "confirm", True, "Yes — Ivo Lind is"),
    ("role-not", "Линд министр?", "confirm", False, "не сказано"),
    ("role-not", "Линд президент?", "confirm", False, "не сказано"),
    ("whom", "Who did Varga express gratitude to?", "whom", True, "Ostmark"),
    ("whom", "Who did Varga thank?", "whom", True, "Ostmark"),
    ("leader", "Did Varga cut ties with Bexia?", "confirm", True, "Yes"),
    ("leader", "¿Varga rompió relaciones diplomáticas con Bexia?", "confirm", True, "Sí"),
]

LEADER = (
    "a country is met only by its own name: the head of state whose title names it "
    "('Ardenian President X') does not count as the country in the sentence's score (bot/answering"
    "/evidence.py, bot/kinds/yesno.py _met), though _subject already takes the leader for it"
)
GAPS = {
    "Did Ardenia cut diplomatic ties with Bexia?": LEADER,
    "¿Ardenia rompió relaciones diplomáticas con Bexia?": LEADER,
}


@pytest.mark.parametrize(("question", "intent", "answered", "says"), kind_rows(ROWS, GAPS))
def test_r12_ru_es_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


@pytest.mark.parametrize(("question", "intent", "answered", "says"), kind_rows(GUARDS, {}))
def test_r12_ru_es_guards(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)
