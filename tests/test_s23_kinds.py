"""Round r52's kinds of failure on the bundled article, mended in session 23, in one table. Each
row: a small invented story (no text of the measured articles), the turns asked first (each answer
is the context of the next), then the question, whether the bot answers it, and what its short
answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must
leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns
from test_r17_ru_es import ENGINE as VARGA

from bot.engine import Engine

STORIES = {
    "port": Engine.from_text(
        "LUNOR, May 4. /Harbour News/. Lunor's harbour will reopen soon, the mayor said.\n\n"
        "Earlier, council spokesman Ivo Rekk said the harbour was expected to reopen in the near "
        "future. In June, deputy harbour minister Ada Lind discussed the reopening during her trip "
        "to Varby.\n\n"
        '"Lunor as a trading leader has strong ties with Varby," Mayor Ola Holm said in an '
        "interview with Radio Lunor. Holm said he maintained constant contact with Lind.\n"
    ),
    "varga": VARGA,
    "region": Engine.from_text(
        "Thanks\n\nMayor Ola Holm thanked Varby for supporting the South American country's "
        "ports. Sova, Tarn and Kell voiced support for Holm.\n"
    ),
    "visit": Engine.from_text(
        "Visit\n\nMayor Ola Holm will visit Varby soon, spokesman Ivo Rekk said. Rekk said the "
        "mayor was expected to visit Varby in the near future. In June, deputy minister Ada Lind "
        "discussed preparations for the visit during her trip to Lunor.\n"
    ),
    "held": Engine.from_text(
        "Doctor\n\nA Lunorian doctor, being held at Varby's Holm Detention Centre, says he was "
        "kept from an award. Dr Ivo Rekk had been given a prize at yesterday's awards in Varby but "
        "could not go. The Lunor Games are held in Varby.\n"
    ),
    "council": Engine.from_text(
        "Mill vote\n\nThe council of Varby voted 5-2 on Monday to close the old mill. Council "
        "members Ivo Rekk and Ada Lind voted against the closure.\n"
    ),
    "ties": Engine.from_text(
        "Ties cut\n\nIn the coming weeks the port will reopen, the council said. Incumbent "
        "Lunorian Mayor Ivo Rekk, in turn, said he was cutting trade ties with Varby.\n"
    ),
    "sides": Engine.from_text(
        "Vote\n\nThe crisis in Lunor deepened when Ivo Rekk declared himself mayor. Several "
        "towns, including Varby, Holm and Brenn, recognized Ivo Rekk. In contrast, Sova, Tarn and "
        "Kell voiced support for Ada Lind.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "(I need) the full name and title of the official who …": which official …
    (
        "port",
        (),
        "I need the full name and title of the council official who said the harbour "
        "would reopen soon.",
        True,
        "Rekk",
        "name-and-title-of-who",
    ),
    (
        "port",
        (),
        "give me the name of the council official who said the harbour would reopen",
        True,
        "Rekk",
        "name-of-who",
    ),
    ("port", (), "the name of the deputy harbour minister?", True, "Lind", "name-of-title"),
    ("port", (), "The name of the town?", False, "", "name-of-thing-guard"),
    # "what's the name of the harbour minister?" of a deputy harbour minister only: declined
    # (it named the deputy); a name asked of one with no title stays as asked
    (
        "port",
        (),
        "What's the name of Lunor's harbour minister?",
        False,
        "",
        "what-name-of-title-guard",
    ),
    (
        "port",
        (),
        "what is the name of the deputy harbour minister?",
        True,
        "Lind",
        "what-name-of-title",
    ),
    # "what evidence does the article give that X …?": the claim checked, its sentence quoted;
    # "regular contact" is "constant contact"
    (
        "port",
        (),
        "What evidence does the article give that Holm and Lind are in regular contact?",
        True,
        "Yes",
        "evidence-that",
    ),
    ("port", (), "Are Holm and Lind in regular contact?", True, "Yes", "regular-constant"),
    # a long preamble of small talk before a question of its own; "Mr." breaks no sentence
    (
        "port",
        (),
        "Good afternoon, I hope you are keeping well. My grandson mentioned this story "
        "at dinner and I confess I did not follow all of it. Could you kindly tell me who this Mr. "
        "Rekk is and what position he held?",
        True,
        "spokesman",
        "long-preamble",
    ),
    (
        "port",
        (),
        "Hello dear, I am not very good with these gadgets so please forgive me. I read "
        "that Mayor Holm gave an interview — which radio was it on, if you don't mind my asking?",
        True,
        "Radio Lunor",
        "preamble-statement-condition",
    ),
    (
        "port",
        (),
        "which radio was the interview on, if you don't mind my asking?",
        True,
        "Radio Lunor",
        "polite-condition",
    ),
    # "…, and where does it say so?": a closing (the sentence is quoted), no place asked
    (
        "port",
        (),
        "who went to Varby, and where does it say so?",
        True,
        "Lind",
        "where-say-so-guard",
    ),
    ("port", (), "where does it say so?", False, "", "where-say-so-alone-guard"),
    # "did both A and B back X?", "did (either) A or B back X?": each party's side, a "no" too
    ("sides", (), "Did both Sova and Varby take Lind's side?", True, "No — Varby", "both-and"),
    (
        "sides",
        (),
        "Did either Varby or Holm support Lind?",
        True,
        "No — Varby and Holm",
        "either-or-neither",
    ),
    ("sides", (), "Did Varby or Holm support Lind?", True, "No — Varby and Holm", "or-neither"),
    ("sides", (), "Did Sova or Holm support Lind?", True, "Sova", "or-one-guard"),
    # a choice before the question that asks for it: asked after it
    ("sides", (), "Varby or Tarn — which one recognized Rekk?", True, "Varby —", "choice-first"),
    ("sides", (), "Varby or Tarn: which recognized Rekk?", True, "Varby —", "choice-first-colon"),
    ("port", (), "Rekk - who is he?", True, "spokesman", "topic-dash-guard"),
    # "When it says X is 'cutting ties', ties with whom?": the quoted words, then the question
    # about them (it answered "when": "In the coming weeks")
    (
        "ties",
        (),
        "When it says Rekk is 'cutting trade ties', ties with whom exactly?",
        True,
        "Varby",
        "when-it-says",
    ),
    ("ties", (), "When will the port reopen?", True, "coming weeks", "when-guard"),
    # a title's own word ("'incumbent'") stands for the person it is the title of; a name's
    # words do not; "the word 'X' refers to which person?"; a label that says it asks
    ("ties", (), "who does 'incumbent' refer to?", True, "Rekk", "referent-title-word"),
    (
        "ties",
        (),
        "Translator question: the word 'incumbent' refers to which person?",
        True,
        "Rekk",
        "referent-word-label",
    ),
    ("ties", (), "who does 'Lunorian' refer to?", True, "Incumbent", "referent-name-word-guard"),
    # "who was preparing X?": who did it, not who is (it declined "who that is"); not of a
    # word whose stem is a title's ("leading": "the leaders" would meet it)
    ("port", (), "who was discussing the reopening?", True, "Lind", "who-was-doing"),
    ("port", (), "who is leading the harbour?", False, "", "who-was-leading-guard"),
    # "who voted no?", "did X vote yes?": the vote's side as the article writes it
    ("council", (), "who voted no", True, "Rekk", "voted-no"),
    ("council", (), "did Lind vote no?", True, "Yes", "vote-no-yes"),
    ("council", (), "who voted against the closure?", True, "Lind", "voted-against-guard"),
    # "where is X held?", "X is held where?" of a person: a sentence must say "held" (it gave
    # "in Varby" of the awards sentence); of an event, "held" is only where it takes place
    ("held", (), "Ivo Rekk is held where?", False, "", "held-where-person"),
    ("held", (), "where is Ivo Rekk held?", False, "", "held-person-inverted"),
    ("held", (), "Where are the Lunor Games held?", True, "Varby", "held-event-guard"),
    # a label before two questions in one ("before we go live: which …, and what …?"): both
    (
        "port",
        (),
        "before we go live: which radio carried the interview, and who gave it?",
        True,
        "Holm",
        "label-pair-guard",
    ),
    # "the main point of the paragraph about X (and Y)": X's sentence, not the headline; of
    # words the article never uses, declined
    (
        "port",
        (),
        "What's the main point of the paragraph about Holm and Lind?",
        True,
        "constant contact",
        "about-named",
    ),
    (
        "port",
        (),
        "What's the main point of the paragraph about the oil exports?",
        False,
        "",
        "about-unknown",
    ),
    ("port", (), "what is this article about?", True, "reopen soon", "about-guard"),
    # "who wrote this? I need the reporter's name": the request after the question is read
    ("port", (), "who wrote this article? I need the reporter's name", False, "", "request-after"),
    # a declined repair onto another name ("no, I meant Lind"): "that" no longer stands for the
    # first answer's sentence (it gave Rekk's "in the near future"); without the repair, it does
    (
        "visit",
        ("what did Rekk say about the visit?", "no, I meant Lind"),
        "when was that?",
        False,
        "",
        "repair-declined-when",
    ),
    (
        "visit",
        ("what did Rekk say about the visit?",),
        "when was that?",
        True,
        "near future",
        "ellipsis-guard",
    ),
    # "which countries …?": "the South American country" is described by its adjective, never
    # named by it (it answered "South American")
    (
        "region",
        (),
        "By which countries was support for Holm voiced?",
        True,
        "Sova",
        "which-country-adjective",
    ),
    # ru: "какой" in any case asks wherever it stands (with its preposition and noun, read first)
    ("varga", (), "Варга интервью на каком канале давал", True, "Kestrel-9", "ru-which-inside"),
    ("varga", (), "Варга на каком канале давал интервью?", True, "Kestrel-9", "ru-which-mid"),
    # a word of emphasis closing a question opened by a question word: dropped
    ("varga", (), "кто такой Орлан вообще?", True, "Deputy Trade Minister", "ru-closing-particle"),
    ("varga", (), "¿Quién es Orlan exactamente?", True, "Deputy Trade", "es-closing-particle"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s23_kinds(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
