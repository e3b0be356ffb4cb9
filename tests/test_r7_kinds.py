"""Kinds of question the r7 blind round answered wrongly or declined (issues 7 and 9): a role
asked by its verb ("who leads the opposition?" is its leader, not whoever "leads" in a
sentence), a yes/no on a side asked without its auxiliary ("OAS recognise X?"), a chat question
of a name and a role noun ("X job?") or of a title without its "the" ("port spokesperson
name?"), a synonym of the article's title ("spokesperson" for "Spokesman"), the agency a story
is from, a chat spelling of "how"; in Russian the name before "кем работает", in Spanish
"qué hizo X?" (X's deeds); a sentence in which another person talks is no answer to what X
said to whom. Tables over a made-up story, inline; nothing in them is a
measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows

from bot.engine import Engine

ARTICLE = (
    "Ardenia backs council in port row\n\n"
    "VELGRAD, March 3. /NORDPRESS/. Ardenian President Tomas Varga has promised to protect "
    "the port of Velgrad, Harbour Spokesman Ivo Lind said on Tuesday.\n\n"
    "Marta Kessel, Velgrad opposition leader and council chair, declared the port strike "
    "over at a rally. Several states, including Ostmark, Bexia and Lunor, as well as the "
    "Northern Trade League, recognized her. In contrast, Karst and Velan voiced support for "
    "Varga. Their leaders met in Velgrad on Monday. Lind also told Coast Radio that the port "
    "would reopen. Kessel told the radio station she had gone to the port to see the damage.\n"
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # "who leads|heads X?": the person whose role is X's leader — not a sentence with "leaders"
    ("leads", "Who leads the Velgrad opposition?", "whois", True, "Marta Kessel"),
    ("leads", "who heads the opposition", "whois", True, "Marta Kessel"),
    ("leads", "Who leads Ardenia?", "whois", True, "Tomas Varga"),
    ("leads", "Who leads the strike committee?", "who_did", False, "does not say"),
    # a yes/no on a side without its auxiliary, the subject a list member (by its acronym too)
    ("bare-yesno", "NTL recognise kessel?", "stance_check", True, "Yes"),
    ("bare-yesno", "ostmark recognized kessel?", "stance_check", True, "Yes"),
    ("bare-yesno", "karst support varga?", "stance_check", True, "Yes"),
    ("bare-yesno", "karst recognise kessel?", "stance_check", True, "No"),
    # "X job?": what X is; "X's position?" stays a question of X's stance
    ("job", "lind job?", "whois", True, "Harbour Spokesman"),
    ("job", "varga's role", "whois", True, "Ardenian President"),
    # a title of a synonym kind ("spokesperson" for the article's "Spokesman"), and a
    # description opening a chat question without its "the"
    ("synonym", "Who is the harbour spokesperson?", "whois", True, "Ivo Lind"),
    ("synonym", "harbour spokesperson name?", "what", True, "Ivo Lind"),
    ("synonym", "Who is the harbour minister?", "whois", False, "does not say"),
    # the agency a story is from: the dateline's
    ("source", "Which news agency is this story from?", "source", True, "NORDPRESS"),
    # "hw" is "how" (the count is the article's "Several states": the list after "including"
    # is open, so counting its names would be wrong — it said "4" before the r9 round)
    ("spelling", "hw many states recognized kessel", "count", True, "Several states"),
    # "which station did X talk to?": never a sentence in which someone else talks to one
    ("speaker", "Which radio station did Lind talk to?", "what", False, "does not say"),
    # (Kessel talked to "the radio station": the article names none)
    ("speaker", "Which radio station did Kessel talk to?", "what", False, "does not say"),
    ("speaker", "What did Kessel tell the radio station?", "quote", True, "Kessel told"),
    # Russian: the name before "кем работает" (and a pattern's word that is a form of a class's
    # word, "работает" of "работа", read as that word)
    ("ru-job", "линд кем работает", "whois", True, "Harbour Spokesman"),
    ("ru-job", "кем работает линд", "whois", True, "Harbour Spokesman"),
    ("ru-job", "где работает линд", "where", False, "не сказано"),
    # Spanish "qué hizo X": X's deeds, as "what did X do?" (the side it took)
    ("es-deeds", "que hizo la NTL", "sides", True, "recognized Marta Kessel"),
    ("es-deeds", "que hizo karst", "sides", True, "voiced support"),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_r7_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)
