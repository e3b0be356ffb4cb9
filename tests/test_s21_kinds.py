"""Kinds of question mended in session 21 (issues 7, 8), as one table: small made-up stories
(nothing in them is a measured story's text), the turns asked before (each answer the next
one's context), the question, and whether it is answered and with what. Rows named
``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "club": Engine.from_text(
        "Stam returns\n\nHOLM, May 4. /Wire/. Veteran striker Ivo Stam will come out of "
        "retirement. Holm United says it is pleased Stam has chosen to play again and it plans "
        "to sign him. He has told the club of his wish to enter next week's transfer draft.\n"
    ),
    "calls": Engine.from_text(
        "Calls heard\n\nHOLM, May 4. /Wire/. The navy intercepted the radio calls and the army "
        "now believes Ivo Stam is hiding in the hills. Border guards stopped a truck on Monday "
        "and the police now think it carried arms.\n"
    ),
    "camps": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. Several countries recognised Marta Kessel. In "
        "contrast, Bexia, Lunor and Sova voiced support for President Tomas Varga. In July, "
        "Lunorian Deputy Foreign Minister Ivo Holt discussed the visit during his trip to Holm. "
        "Palace Spokesman Pavel Orn said Varga was expected to visit Lunor in the near future.\n"
    ),
    "letters": Engine.from_text(
        "Varga and Brun\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga keeps in touch "
        'with Lunorian President Ole Brun. "We have met many times in Holm and at various '
        'summits," Varga said. Brun met Varga in Oskarby in June.\n'
    ),
    "tv": Engine.from_text(
        "Varga speaks\n\nHOLM, May 4. /Wire/. President Tomas Varga thanked Lunor in an "
        "interview with Lunor-1 TV broadcast on Monday. Marta Kessel, opposition leader and "
        "parliament speaker, whose licence had been revoked by the council, resigned.\n"
    ),
    "rally": Engine.from_text(
        "Kessel's claim\n\nHOLM, May 4. /Wire/. Marta Kessel declared herself acting president "
        'at a rally in Holm on May 2. "Lunor as a true friend has stood by our people," Kessel '
        "said.\n"
    ),
    "prep": Engine.from_text(
        "Visit planned\n\nHOLM, May 4. /Wire/. In July, Lunorian Deputy Foreign Minister Ivo "
        "Holt discussed preparations for Varga's visit to Lunor during his trip to Holm.\n"
    ),
    "coup": Engine.from_text(
        "Varga defiant\n\nHOLM, May 4. /Wire/. Marta Kessel declared herself acting president "
        "on May 2. Incumbent President Tomas Varga, in turn, dismissed the move as a plot hatched "
        "by Lunor and said he was cutting ties with it.\n"
    ),
    "claim": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. The crisis deepened on May 2, when Marta Kessel, "
        "opposition leader, whose licence had been revoked by the country's High Court, declared "
        "herself acting president. Dorn, Marn and Pavia recognised Kessel. In contrast, Bexia, "
        "Lunor and Sova voiced support for President Tomas Varga.\n"
    ),
    "town": Engine.from_text(
        "Logger jailed\n\nHOLM, May 4. /Wire/. Ivo Stam, 31, of Holm pleaded guilty to "
        "felling 23 protected trees in December.\n"
    ),
}

ROWS = [
    # "X says it …, and it intends to <verb> him": "it" is X again, the doer of the infinitive
    ("club", (), "Does Holm United plan to sign Stam?", True, "Yes", "it-again-plan"),
    ("club", (), "does holm united plan to sign him", True, "Yes", "it-again-plan-him"),
    ("club", (), "Does Stam plan to sign Holm United?", False, "", "it-again-plan-guard"),
    ("club", (), "Did Holm United sign Stam?", False, "", "it-again-plan-done-guard"),
    # "when did X …?" is no question "now" answers ("… and Y now believes": Y's present)
    ("calls", (), "When did the navy intercept the radio calls?", False, "", "past-not-now"),
    ("calls", (), "When did border guards stop the truck?", True, "Monday", "past-not-now-guard"),
    # lead-ins of disbelief and of what the asker needs it for
    ("camps", (), "no way Sova backed Varga?? 😂", True, "Yes", "no-way"),
    ("camps", (), "For my slides: who is Ivo Holt?", True, "Deputy", "for-my-slides-guard"),
    ("camps", (), "для презентации: кто такой Иво Холт?", True, "Holt", "ru-for-slides"),
    ("camps", (), "para mi presentacion: quien es Ivo Holt?", True, "Holt", "es-for-slides"),
    # a terse "how many" with its noun first; "spox"
    ("camps", (), "varga backers, count?", True, "3", "count-last"),
    ("camps", (), "kessel recognisers, count?", False, "", "count-last-unsaid-guard"),
    ("camps", (), "palace spox name?", True, "Pavel Orn", "spox"),
    # "what is X's full title?": the role asked whole
    ("camps", (), "what is holt's full title?", True, "Deputy Foreign Minister", "full-title"),
    ("camps", (), "holt's exact title?", True, "Deputy Foreign Minister", "exact-title-terse"),
    # "whose is the line about X?", "the line about X, who said that?"
    (
        "camps",
        (),
        "whose is the line about a visit in the near future?",
        True,
        "Orn (said)",
        "whose-line",
    ),
    (
        "camps",
        (),
        "and the line about a visit in the near future, whose is that?",
        True,
        "Orn (said)",
        "line-whose-is-that",
    ),
    # "only": a yes to "in X" is no yes to "only in X"; "in X and at Y" is a no
    ("letters", (), "did varga n brun only ever meet in holm", True, "No", "only-in"),
    ("letters", (), "did varga and brun meet in holm?", True, "Yes", "only-in-guard"),
    ("letters", (), "did brun only meet varga in oskarby?", False, "", "only-unsaid"),
    # a statement asked with a question mark, its subject a noun phrase
    ("tv", (), "the interview aired on Monday?", True, "Yes", "np-statement"),
    ("tv", (), "kessel's licence got revoked?", True, "Yes", "np-statement-possessive"),
    ("tv", (), "the day the interview was broadcast?", True, "Monday", "np-clause-guard"),
    ("tv", (), "varga's words on lunor?", False, "not quote", "np-no-verb-guard"),
    # no initials of a name with a number or an abbreviation ("Lunor-1 TV" is no "LT")
    ("tv", (), "was the interview on LT?", False, "", "no-initials-of-numbered"),
    # "X's line about Y being Z?": a quote ("being" is no verb of a statement)
    ("rally", (), "kessel's line about lunor being a true friend?", True, "Kessel said", "line"),
    (
        "rally",
        (),
        "I need the exact wording of Kessel's line about Lunor being a true friend",
        True,
        "Kessel said",
        "need-exact-wording",
    ),
    # "date of X?": the time of the event named after it (en, ru, es); "self-X" of "X-ed itself"
    ("rally", (), "date of kessel's rally?", True, "May 2", "date-of-guard"),
    ("rally", (), "дата митинга Кессель?", True, "2 мая", "ru-date-of"),
    ("rally", (), "fecha del mitin de Kessel?", True, "2 de mayo", "es-date-of"),
    ("rally", (), "date of kessel's self-declaration?", True, "May 2", "self-hyphen"),
    # "names?" after a count: the ones counted, named
    ("camps", ("how many countries backed varga?",), "names?", True, "Bexia", "names-after-count"),
    ("camps", ("varga backers, count?",), "names?", True, "Sova", "names-after-terse-count"),
    (
        "camps",
        ("how many countries backed varga?",),
        "who are they?",
        True,
        "Lunor",
        "who-are-they",
    ),
    (
        "camps",
        ("did Sova back Varga?", "how many countries did?"),
        "names?",
        False,
        "",
        "names-unnamed",
    ),
    # "who?" after "did a <noun> …?": which one; "prep" is "prepare"
    (
        "camps",
        ("a lunorian official went to holm to prep the visit, right",),
        "who?",
        True,
        "Ivo Holt",
        "which-one",
    ),
    ("camps", ("did Ivo Holt go to Holm?",), "who?", False, "", "which-one-named-guard"),
    # "the minister's title?" after an answer about a deputy minister: that person
    (
        "camps",
        ("Holt went to Holm when?",),
        "the minister's full title?",
        True,
        "Deputy",
        "title-named",
    ),
    ("camps", (), "the minister's full title?", False, "", "title-named-alone-guard"),
    (
        "camps",
        ("Holt went to Holm when?",),
        "is he the minister?",
        False,
        "",
        "title-named-yesno-guard",
    ),
    # "who was in X to …?": X is a place, not the subject whose object is asked
    ("prep", (), "who was in holm to prepare varga's visit?", True, "Ivo Holt", "who-in-place"),
    # "X called it what?": a thing asked last, after the statement's past verb
    ("coup", (), "varga called kessel's move what?", True, "plot", "what-last"),
    (
        "coup",
        (),
        "kessel declared herself what?",
        True,
        "acting president",
        "what-last-declared-guard",
    ),
    ("coup", (), "what did varga call kessel's move?", True, "plot", "what-last-guard"),
    # "was it cancelled by A?" when the sentence's doer after "by" is another: no
    ("tv", (), "was kessel's licence revoked by parliament?", True, "No", "agent-unmet"),
    ("tv", (), "was kessel's licence revoked by the council?", True, "Yes", "agent-met-guard"),
    (
        "tv",
        (),
        "was kessel's licence revoked by parliament or by the council?",
        True,
        "council",
        "agent-choice",
    ),
    # a choice asked of "his"/"her": each option asked of the one the pronoun stands for
    (
        "tv",
        ("who resigned?",),
        "was her licence revoked by parliament or by the council?",
        True,
        "council",
        "agent-choice-pronoun",
    ),
    # "Fact check: …?"
    (
        "tv",
        (),
        "Fact check: was the interview aired on Monday or on Sunday?",
        True,
        "Monday",
        "fact-check",
    ),
    # the article's date checked ("is this story dated May 4 or May 2?"); its authorship asked
    ("rally", (), "Is this story dated May 4 or May 2?", True, "May 4", "article-date-choice"),
    ("rally", (), "is the article dated may 4?", True, "Yes", "article-date-yes"),
    ("rally", (), "was the article published on may 2?", True, "No", "article-date-no"),
    ("rally", (), "when was this story dated?", True, "May 4", "article-date-guard"),
    ("letters", (), "was the article written by varga?", True, "Wire", "article-written-by"),
    # "when did X say it would happen?": X's words, and "would" looks ahead
    (
        "camps",
        (),
        "when did orn say varga would visit lunor?",
        True,
        "near future",
        "when-say-would",
    ),
    ("camps", (), "when did orn say the trip would happen?", True, "near future", "when-say-trip"),
    ("camps", (), "when did holt say the trip would happen?", False, "", "when-say-not-his"),
    # who_did: a name ending an aside ("…, whose licence had been revoked by the council,
    # resigned") is not who did what follows it
    ("claim", (), "who made kessel acting president?", False, "", "aside-end-not-doer"),
    # "X's backers, how many countries is that?"; "Name the countries on X's side"
    ("camps", (), "so varga's backers, how many countries is that?", True, "3", "count-after-np"),
    ("camps", (), "name the countries on varga's side", True, "Bexia", "name-plural-on-guard"),
    ("camps", (), "list the countries in varga's corner", True, "Sova", "list-plural-in"),
    # "did they recognise Y?" after a list: each of the list, one answer
    (
        "claim",
        ("which countries voiced support for varga?",),
        "did they recognise kessel?",
        True,
        "No",
        "they-list-stance",
    ),
    # a short label before the question ("Radio desk: …", "For the on-air intro, …")
    (
        "camps",
        (),
        "Radio desk: which countries voiced support for Varga?",
        True,
        "Bexia",
        "label-colon",
    ),
    (
        "camps",
        (),
        "For the on-air intro, what's Holt's first name?",
        True,
        "Ivo",
        "label-for-comma",
    ),
    ("camps", (), "Ivo Holt: what did he discuss?", True, "visit", "label-name-guard"),
    # "is it <the article's very name>?": a spelling confirmed
    ("camps", (), "Spelling check: is it Ivo Holt?", True, "Yes", "spelt-so"),
    ("camps", (), "is it Ivo Holtt?", True, "Ivo Holt —", "spelt-typo-guard"),
    # a choice of wordings no yes settles: the one the best sentence writes
    (
        "camps",
        (),
        "Is the Lunorian deputy foreign minister called Holt or Orn?",
        True,
        "Holt",
        "worded-called",
    ),
    ("camps", (), "Is the spokesman with the palace or the ministry?", True, "Palace", "worded-be"),
    ("camps", (), "is holt a deputy minister or the full minister?", True, "deputy", "worded-rank"),
    ("camps", (), "did varga visit lunor or holm?", False, "", "worded-event-guard"),
    # words of emphasis inside a ru/es question ("X правда признала Y?")
    ("claim", (), "Дорн правда признал Кессель?", True, "Да", "ru-emphasis"),
    ("claim", (), "Sova реально поддержала Варгу?", True, "Да", "ru-emphasis-2"),
    ("claim", (), "¿Dorn realmente reconoció a Kessel?", True, "Sí", "es-emphasis-guard"),
    # "Does the article indicate which …?": the embedded question asked
    (
        "tv",
        (),
        "Does the article indicate who revoked Kessel's licence?",
        True,
        "council",
        "embedded-who",
    ),
    (
        "camps",
        (),
        "Does the article specify when Holt's trip to Holm took place?",
        True,
        "July",
        "embedded-when",
    ),
    ("camps", (), "does the article say varga backed lunor?", False, "", "embedded-yesno-guard"),
    # the time asked last; "who's quoted from X"; "ok fine," before a question
    ("camps", (), "holt was in holm what month", True, "July", "what-month-last"),
    ("camps", (), "who's quoted from the palace", True, "Orn", "whos-quoted"),
    ("camps", (), "ok fine, how many countries backed varga?", True, "3", "ok-fine"),
    # "the deputy minister" of "Deputy Foreign Minister": the deputy one's own title
    ("camps", (), "who is the deputy minister?", True, "Ivo Holt", "deputy-minister"),
    ("camps", (), "who is the foreign minister?", False, "", "deputy-minister-rank-guard"),
    # "the groundwork" is preparing
    ("prep", (), "who did the groundwork for the visit?", True, "Ivo Holt", "groundwork"),
    # "which move did he call a plot?" of "dismissed the move as a plot": the sentence points
    # back and does not say which — no quote of it as the answer
    ("coup", (), "which move was varga calling a plot?", False, "", "which-deed-points-back"),
    ("coup", (), "what did varga call kessel's move?", True, "plot", "which-deed-guard"),
    # "which country is X from?": origin, and only a country answers it
    ("camps", (), "which country is holt from?", True, "Lunor", "which-country-from"),
    (
        "camps",
        ("who went to holm?",),
        "which country is he from?",
        True,
        "Lunor",
        "which-country-he",
    ),
    ("town", (), "which country is ivo stam from?", False, "", "which-country-not-a-town-guard"),
    # a choice asked in Russian or Spanish: each option cut from the reading itself
    (
        "rally",
        (),
        "Кессель объявила себя президентом в Холме или в Луноре?",
        True,
        "Holm",
        "ru-choice",
    ),
    ("rally", (), "¿Kessel se declaró presidenta en Holm o en Lunor?", True, "Holm", "es-choice"),
    # "… at least" closes a question; a writer asked by name is no agency's to answer
    (
        "camps",
        ("which countries backed varga?",),
        "ok was sova one of them at least",
        True,
        "Yes",
        "at-least",
    ),
    ("rally", (), "who wrote the article, name of the reporter?", False, "", "byline-name"),
    ("rally", (), "who wrote the article?", True, "Wire", "byline-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [r[:5] for r in ROWS], ids=[r[5] for r in ROWS]
)
def test_s21_rows(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
