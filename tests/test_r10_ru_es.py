"""Kinds of Russian and Spanish question the r10 blind round (ru-es) answered wrongly or
declined: a question word inside the question ("X себя кем объявил?", "agradeció a quién") is a
question of that word, never a yes/no; "how many times did X call Y?" is not answered by "we have
met several times" (a count of another deed); a name with its own head noun in the question's
language before it ("el grupo de X apoyó a Y?") keeps the yes/no of its side; "X es ruso?" asks
the adjective of X's role; a Spanish verb of news without its accent ("agradecio") tells Spanish. Tables over a
made-up story, inline; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows

from bot.engine import Engine

ARTICLE = (
    "Ardenia thanks Ostmark for its help\n\n"
    "VELGRAD, March 3. /NORDPRESS/. Ardenian President Tomas Varga has expressed gratitude to "
    "Ostmark for its help with the port.\n\n"
    '"The two of us have met several times in Velgrad and Ostburg," Varga said of Ostmark '
    "President Ivo Lind.\n\n"
    "Marta Kessel, Velgrad opposition leader and council chair, declared herself acting mayor "
    "at a rally. Several states, including Bexia, Lunor and the Corvo Group, recognized her. In "
    "contrast, Karst and Velan voiced support for Varga.\n\n"
    "In May, Austrian Deputy Trade Minister Anne Morel discussed the port during her trip to "
    "Velgrad.\n\n"
    '"Ostmark as a loyal partner has stood by us," Varga said. He dismissed the strike as a plot '
    "staged by Karst.\n"
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # a question word inside the question is asked as English asks it, first — never a "yes"
    ("wh-inside", "кессель себя кем объявила?", "what", True, "acting mayor"),
    ("wh-inside", "кессель объявила себя кем?", "what", True, "acting mayor"),
    ("wh-inside", "кем себя объявила кессель?", "what", True, "acting mayor"),
    ("wh-inside", "kessel se declaró como qué?", "what", True, "acting mayor"),
    ("wh-inside", "варга встречался с кем", "whom", False, "не сказано"),
    # "когда", "где", "почему" inside the question too (r11: "X когда ездил в Y" was "Да")
    ("wh-inside", "морель когда ездила в велград", "when", True, "май"),
    ("wh-inside", "морель где обсуждала порт?", "where", True, "Velgrad"),
    ("wh-inside", "morel cuando viajo a velgrad?", "when", True, "mayo"),
    # ... but the forms the intents read with the name first stay theirs
    ("wh-inside", "линд кем работает", "whois", True, "Ostmark President"),
    ("wh-inside", "кессель это кто", "whois", True, "opposition leader"),
    ("wh-inside", "kessel quien es", "whois", True, "opposition leader"),
    ("wh-inside", "varga se reunió cuántas veces con lind", "count", True, "several times"),
    # "how many times did X call Y": "met several times" counts meetings, not calls
    ("times", "how many times did varga call lind", "count", False, "number"),
    ("times", "сколько раз варга звонил линду", "count", False, "числа"),
    ("times", "cuántas veces llamó varga a lind", "count", False, "cifra"),
    ("times", "how many times did varga meet lind", "count", True, "several times"),
    ("times", "сколько раз варга встречался с линдом", "count", True, "several times"),
    # the name's own head noun in the question's language before it: the yes/no of its side
    ("head-noun", "el grupo de corvo apoyó a kessel?", "stance_check", True, "Sí"),
    ("head-noun", "el grupo corvo apoyó a varga?", "stance_check", True, "No"),
    ("head-noun", "группа корво поддержала кессель?", "stance_check", True, "Да"),
    ("head-noun", "did the corvo group support kessel?", "stance_check", True, "Yes"),
    # "X es <adjective of a place>": the adjective of X's role, as "is X Austrian?"
    ("demonym", "morel es austriaca?", "confirm", True, "Sí"),
    ("demonym", "morel es austríaco?", "confirm", True, "Austrian Deputy Trade Minister"),
    ("demonym", "morel es alemana?", "confirm", False, "no menciona"),
    ("demonym", "lind es austriaco?", "confirm", False, "no menciona"),
    ("demonym", "is morel austrian?", "confirm", True, "Yes"),
    # "X за кого?", "за кого был X?": whose side X is on
    ("for-whom", "карст за кого", "sides", True, "voiced support for Tomas Varga"),
    ("for-whom", "за кого была бексия?", "sides", True, "recognized Marta Kessel"),
    ("for-whom", "велан за кого выступил", "sides", True, "voiced support"),
    # "как зовут X", "cómo se llama X": X's name, as "what is the name of X?"
    ("name", "как зовут линда", "what", True, "Ivo Lind"),
    ("name", "как зовут президента остмарка", "what", True, "Ivo Lind"),
    ("name", "как зовут жену линда", "what", False, "не сказано"),
    ("name", "como se llama el presidente de ostmark", "what", True, "Ivo Lind"),
    ("name", "cómo se llama la esposa de lind", "what", False, "no lo dice"),
    ("name", "what is the name of the president of ostmark", "whois", True, "Ivo Lind"),
    # Spanish told from English by a verb of news written without its accent
    ("es-verb", "varga agradecio a ostmark?", "confirm", True, "Sí"),
    ("es-verb", "varga agradecio a karst?", "confirm", False, "no lo dice"),
    # known gaps: what X called Y in Russian ("Y as a Z" in X's quote; the English is read since
    # session 19), what X accuses Y of ("dismissed it as a plot staged by Y")
    ("called", "варга назвал остмарк надежным партнером?", "confirm", True, "Да"),
    ("called", "did varga call ostmark a loyal partner?", "confirm", True, "Yes"),
    ("accuses", "de qué acusa varga a karst", "what", True, "plot"),
    ("accuses", "what does varga accuse karst of", "what", True, "plot"),
]

GAPS: dict[str, str] = {
    "варга назвал остмарк надежным партнером?": "'Y as a Z' in X's quote is not read as X "
    "calling Y a Z (r10 ru-es)",
    "de qué acusa varga a karst": "an accusation is not read from 'dismissed it as a plot staged "
    "by Y' (r10 ru-es)",
    "what does varga accuse karst of": "an accusation is not read from 'dismissed it as a plot "
    "staged by Y' (English too)",
}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_r10_ru_es(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)
