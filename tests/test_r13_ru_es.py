"""Kinds of question the r13 blind round (Russian and Spanish) got wrong, in all three languages:
a chat thanks or acknowledgement ("спс, понял 👍", "gracias, entendido", "thanks, got it") is
thanks, never a question, even when the article says someone thanked someone; an
acknowledgement alone ("понятно", "entendido") is chat too; thanks or an acknowledgement before a
question ("понял, а кто …?", "entendido, ¿y quién …?", "got it, and who …?") leaves the question;
a word of emphasis after a question word ("что же", "что там сказал X?") asks what the question
word alone asks; "¿con quién dice X que …?" is "with whom does X say that …?" ("que" joins what
is said). Tables over made-up stories (that of test_r9_kinds, and one inline); nothing in them is
a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows
from test_r9_kinds import ENGINE

from bot.engine import Engine

CONTACT = Engine.from_text(
    "Ardenia and Ostmark keep in touch\n\nVELGRAD, March 3. /NORDPRESS/. Ardenian President Tomas"
    " Varga said he maintained constant contact with Ostmark President Ilse Brandt.\n"
)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # thanks with an acknowledgement, either first: the canned thanks, never a quote
    ("thanks", "спс, понял 👍", "thanks", False, "Пожалуйста"),
    ("thanks", "понятно, спасибо", "thanks", False, "Пожалуйста"),
    ("thanks", "хорошо, спасибо большое", "thanks", False, "Пожалуйста"),
    ("thanks", "все понятно, спасибо", "thanks", False, "Пожалуйста"),
    ("thanks", "gracias, entendido", "thanks", False, "De nada"),
    ("thanks", "perfecto, gracias 👍", "thanks", False, "De nada"),
    ("thanks", "muy bien gracias", "thanks", False, "De nada"),
    ("thanks", "thanks, got it 👍", "thanks", False, "welcome"),
    ("thanks", "great, thank you!", "thanks", False, "welcome"),
    ("thanks", "thanks a lot, that helps", "thanks", False, "welcome"),
    # an acknowledgement alone: chat, in the language it is written in
    ("ack", "понятно", "thanks", False, "Пожалуйста"),
    ("ack", "ясно 👍", "thanks", False, "Пожалуйста"),
    ("ack", "entendido", "thanks", False, "De nada"),
    ("ack", "ok perfecto", "thanks", False, "De nada"),
    ("ack", "got it, thanks", "thanks", False, "welcome"),
    ("ack", "understood", "thanks", False, "welcome"),
    # thanks or an acknowledgement before a question: the question is asked
    ("opening", "понял, а кто такой Орлан?", "whois", True, "Orlan"),
    ("opening", "спасибо, а кто такой Орлан?", "whois", True, "Orlan"),
    ("opening", "entendido, ¿y quién es Orlan?", "whois", True, "Orlan"),
    ("opening", "muchas gracias, ¿y quién es Orlan?", "whois", True, "Orlan"),
    ("opening", "got it, and who is Orlan?", "whois", True, "Orlan"),
    # a word of emphasis right after a question word
    ("particle", "а что там сказал Линд?", "quote", True, "autumn"),
    ("particle", "что же сказал Линд?", "quote", True, "autumn"),
    ("particle", "что именно сказал Линд?", "quote", True, "autumn"),
    # "dice X que …": X says that …, not a second "what"
    ("clause", "¿Con quién dice Varga que corta relaciones?", "whom", True, "union"),
]
GAPS = {
    "¿Con quién dice Varga que corta relaciones?": "with whom: a partner that is no name ('the"
    " union') is declined, as in English ('With whom did Varga say he was cutting ties?'); it"
    " was answered with the sentence only while 'que' read as a second 'what'",
}
# (family, question, intent, answered, says) about CONTACT
CONTACT_ROWS = [
    ("clause", "¿Con quién dice Varga que mantiene contacto?", "whom", True, "Ilse Brandt"),
    ("clause", "¿Con quién dijo Varga que mantiene contacto constante?", "whom", True, "Brandt"),
]


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_r13_ru_es_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(CONTACT_ROWS, {}))
def test_r13_said_clause(question, intent, answered, says):
    check_kind(CONTACT, question, intent, answered, says)
