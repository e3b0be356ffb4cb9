"""Kinds of question answered wrongly in blind rounds and mended in session 17 (issues 7, 8):
"who is the incumbent president of X?" quotes the sentence whose title before the name has
every word of the description ("Incumbent X-ian President Y"), not only the first sentence
with the role; "which right of X does Y support?" asks what Y supported (a thing after the
verb of taking sides), not whose side Y took; a yes/no about what a sentence gives only as a
claim ("the claim his relatives have links to X has been found to be untrue") is "no" when the
sentence refutes it and no "yes" when it only reports it; "the incumbent" is the one person
titled so; "who recognized it?" with nothing before declines; "X went to Y?" is a yes/no;
"According to the article, …" opens a question; a time named only as a reference ("since
July 1961") answers nothing about then; "how many times …?" is counted by "the seventh cut";
"how many months …?" asks how long; lowercase "us" first or after an auxiliary is the US.
Small made-up stories; nothing in them is a
measured story's text."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

_check = check_turns  # (the question after its turns: answered or not, and what it says)


CRISIS = Engine.from_text(
    "Ardenia crisis\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga thanked Lunor for "
    "its support. The opposition leader Marta Kessel declared herself acting president on May "
    "2. Incumbent Ardenian President Tomas Varga called the move a plot. Lunor has expressed "
    "strong support for Ardenia's sovereignty and its right to self-defence. Bexia and Lunor "
    "backed Varga, while Sova recognised Kessel.\n"
)

# (question, answered, what the answer says, what its first quoted sentence says, id)
ROWS = [
    # the description's words in the title before the name: the sentence that says so
    ("Who is the incumbent president of Ardenia?", True, "Varga", "Incumbent", "incumbent"),
    # guard: with no such word, the sentence that gives the role
    ("Who is the president of Ardenia?", True, "Varga", "thanked Lunor", "president-guard"),
    # a thing supported, not a side (it answered "Bexia and Lunor backed Varga")
    (
        "which right of Ardenia does Lunor support?",
        True,
        "right to self-defence",
        "right to self-defence",
        "which-thing",
    ),
    # guards: parties and sides are still sides
    ("which countries backed Varga?", True, "Bexia", "backed Varga", "which-countries-guard"),
    ("which side was Sova on?", True, "Kessel", "recognised Kessel", "which-side-guard"),
]


@pytest.mark.parametrize(
    "question,answered,says,quoted", [pytest.param(*r[:4], id=r[4]) for r in ROWS]
)
def test_s17_rows(question, answered, says, quoted):
    a = CRISIS.answer(question)
    assert a.answered == answered, (a.text, a.reason)
    assert says in a.text, a.text
    assert quoted in a.sentences[0].text, a.sentences[0].text


CLAIMS = Engine.from_text(
    "Pilot charged\n\nHOLM, May 4. /Wire/. Karl Brenner, a pilot, has been charged with "
    "smuggling. He has also made claims about planning a raid on the Holm harbour. The claim "
    "the man's cousins in Sova have links to the Dock Gang has been found to be untrue. "
    "Brenner trained in Holm in 1997.\n"
)

# (question, answered, what the answer or the decline says, id)
CLAIM_ROWS = [
    # a refuted claim: no (it answered "Yes — the article says so.")
    ("is it true his cousins in sova are linked to the dock gang", True, "No", "refuted"),
    ("do the cousins in sova have links to the dock gang?", True, "No", "refuted-have"),
    # a claim only reported: not a yes
    ("did brenner plan a raid on the holm harbour?", False, "", "claimed-only"),
    # guard: a plain statement is still a yes
    ("did brenner train in holm?", True, "Yes", "plain-guard"),
]


@pytest.mark.parametrize(
    "question,answered,says", [pytest.param(*r[:3], id=r[3]) for r in CLAIM_ROWS]
)
def test_s17_claims(question, answered, says):
    _check(CLAIMS, question, answered, says)


# "who backed the incumbent?": the one person the article titles so; "who recognized it?" with
# nothing "it" stands for declines (it answered a part of a list); "X has expressed strong
# support for Y" has no subject "expressed strong" for "support" (it answered "Expressed
# strong."); "X went to Y?" (an irregular past after a name) is a yes/no; "According to the
# article, …" opens a question and "ok different thing: …" changes the subject
TURNS = [
    ("incumbent", [], "who backed the incumbent?", True, "Bexia and Lunor — backed Tomas Varga"),
    ("incumbent-guard", [], "who backed the incumbent president?", True, "Bexia and Lunor"),
    ("pronoun-it", [], "who recognized it?", False, "does not say who"),
    ("expressed-strong", [], "who supported the sovereignty?", False, ""),
    ("went-statement", [], "varga went to holm?", True, "Yes"),
    ("according-opening", [], "According to the article, who backed Varga?", True, "Lunor —"),
    (
        "different-thing",
        ["what did kessel declare herself?"],
        "ok different thing: which countries were on Varga's side?",
        True,
        "Bexia and Lunor —",
    ),
]

TRIP = Engine.from_text(
    "Ardenia crisis\n\nHOLM, May 4. /Wire/. Incumbent Ardenian President Tomas Varga went to "
    "Holm in July. The opposition leader Marta Kessel declared herself acting president. Lunor "
    "has expressed strong support for Ardenia's sovereignty. Bexia and Lunor backed Varga, "
    "while Sova recognised Kessel.\n"
)


@pytest.mark.parametrize(
    "before,question,answered,says", [pytest.param(*r[1:], id=r[0]) for r in TURNS]
)
def test_s17_turns(before, question, answered, says):
    _check(TRIP, question, answered, says, before)


RATES = Engine.from_text(
    "Bank cuts rate\n\nHOLM, May 4. /Wire/. The Sova central bank has cut its key rate to 1.5 "
    "per cent. It was the seventh cut this year. The key rate is at its lowest level since "
    "July 1961. Unions and the bank have been locked in talks over a proposed 12-month wage "
    "freeze. Reports from Holm say Lunor army officers have secretly entered Vessa. A tape "
    "was found in a home in Vessa 10 days ago.\n"
)

# "what was the rate in July 1961?" of "lowest since July 1961" (it quoted it); "how many
# times …?" of "the seventh cut this year"; "how many months …?" is how long; "us" first or
# after an auxiliary is the US; "can you tell us …" opens a question; a tape is a video
RATE_ROWS = [
    ("what was the key rate in july 1961", False, "", "since-reference"),
    ("what happened since july 1961?", True, "lowest", "since-asked-guard"),
    ("how many times has the bank cut rates this year", True, "seventh", "ordinal-times"),
    ("how many months would the wage freeze last", True, "12-month", "months-how-long"),
    ("which country did us army officers enter?", False, "", "us-not-army-guard"),
    ("when was the video found?", True, "10 days ago", "tape-video"),
]


@pytest.mark.parametrize(
    "question,answered,says", [pytest.param(*r[:3], id=r[3]) for r in RATE_ROWS]
)
def test_s17_rates(question, answered, says):
    _check(RATES, question, answered, says)


US = Engine.from_text(
    "Officers in Somaliland\n\nHOLM, May 4. /Wire/. Reports from London say United States army "
    "officers have secretly entered Vessaland. Several countries, including the United States "
    "and Lunor, recognized Marta Kessel. US President Karl Brenner welcomed the move.\n"
)

US_ROWS = [
    ("which country did us army officers secretly enter", True, "Vessaland", "us-after-aux"),
    ("us recognized kessel?", True, "Yes", "us-first"),
    ("did us officials recognize kessel", True, "Yes", "us-officials"),
    ("can you tell us who recognized kessel", True, "Lunor", "tell-us-opening"),
]


@pytest.mark.parametrize("question,answered,says", [pytest.param(*r[:3], id=r[3]) for r in US_ROWS])
def test_s17_us(question, answered, says):
    _check(US, question, answered, says)


# "did X talk about Y?" is yes by X's own words on Y (never no by their absence); "the interim
# president" is the one person who "declared himself interim president"
TALK = Engine.from_text(
    "Crisis in Tarvia\n\nHOLM, May 4. /Wire/. The crisis deepened on June 2, when Marta Kessel, "
    "opposition leader, declared herself interim president at a rally. Several countries, "
    'including Bexia and Lunor, recognized her. "Lunor has expressed strong support for '
    "Tarvia's sovereignty,\" Tomas Varga said.\n"
)

TALK_ROWS = [
    ("did varga talk about tarvia's sovereignty?", True, "Yes", "talk-about"),
    ("did varga mention sovereignty?", True, "Yes", "mention-guard"),
    ("did varga talk about oil?", False, "", "talk-about-unsaid"),
    ("who recognized the interim president?", True, "Bexia", "self-titled"),
]


@pytest.mark.parametrize(
    "question,answered,says", [pytest.param(*r[:3], id=r[3]) for r in TALK_ROWS]
)
def test_s17_talk(question, answered, says):
    _check(TALK, question, answered, says)


# "Twenty-eight-year-old X, who …": the age, spelt out, is X's and no word of X's name (it
# answered "The article does not give Twenty-eight-year-old X's age.")
AGED = Engine.from_text(
    "Pilot charged\n\nHOLM, May 4. /Wire/. Twenty-eight-year-old Karl Brenner, who trained in "
    "Holm in 1997, has been charged with smuggling. Forty-year-old Ana Lind, a pilot, was not charged.\n"
)

AGE_ROWS = [
    ("how old is brenner?", True, "28", "spelt-age"),
    ("who is karl brenner?", True, "Karl Brenner —", "name-without-age"),
    ("how old is lind", True, "40", "spelt-age-2"),
]


@pytest.mark.parametrize(
    "question,answered,says", [pytest.param(*r[:3], id=r[3]) for r in AGE_ROWS]
)
def test_s17_ages(question, answered, says):
    _check(AGED, question, answered, says)


# "at what event did X …?" (and its Russian and Spanish): the occasion phrase after the words
# asked ("at a rally"), not the long sentence cut before it
EVENT = Engine.from_text(
    "Crisis in Tarvia\n\nHOLM, May 4. /Wire/. The political crisis in Tarvia deepened on June "
    "2, when Marta Kessel, Tarvian opposition leader and council speaker, whose appointment to "
    "that post had been cancelled by the country's Supreme Court, declared herself acting "
    "president at a rally in the country's capital of Portena.\n"
)

EVENT_ROWS = [
    ("At what event did Kessel declare herself acting president?", True, "At a rally", "en"),
    ("at what kind of event did kessel declare herself president", True, "At a rally", "kind"),
    ("На каком мероприятии Кессель объявила себя президентом?", True, "At a rally", "ru"),
    ("¿En qué evento se declaró Kessel presidenta?", True, "At a rally", "es"),
    ("where did kessel declare herself acting president?", True, "Portena", "where-guard"),
]


@pytest.mark.parametrize(
    "question,answered,says", [pytest.param(*r[:3], id=r[3]) for r in EVENT_ROWS]
)
def test_s17_event(question, answered, says):
    _check(EVENT, question, answered, says)


# "what did X say about the claims?": a word of saying after a determiner is what was said
# about, not how (it declined: no quote of X's with the verb "claim")
CLAIMED = Engine.from_text(
    "Pilot charged\n\nHOLM, May 4. /Wire/. Karl Brenner has made claims about a raid. The "
    "Attorney-General Ana Lind says some of the detail of the claims simply has not been "
    "accurate.\n"
)


@pytest.mark.parametrize(
    "question,answered,says",
    [
        pytest.param("what did ana lind say about the claims?", True, "not been", id="the-claims"),
        pytest.param("wat did lind say abt the claims", True, "not been", id="the-claims-chat"),
        pytest.param("what did lind claim?", False, "", id="claim-verb-guard"),
    ],
)
def test_s17_said_as_noun(question, answered, says):
    _check(CLAIMED, question, answered, says)


# "and his title?" after "says who?": whose title it is, not the event asked again with
# "title" as its topic (it declined)
ROLE_TURNS = [
    (["Is Varga going to Holm?", "says who?"], "and his title?", "Ana Lind —"),
    (["who said varga would visit holm?"], "his title?", "Ana Lind —"),
]

VISIT = Engine.from_text(
    "Visit expected\n\nHOLM, May 4. /Wire/. Palace Spokeswoman Ana Lind said the Tarvian "
    "leader Tomas Varga was expected to visit Holm in the near future.\n"
)


@pytest.mark.parametrize(
    "before,question,says", [pytest.param(*r, id=f"role-{k}") for k, r in enumerate(ROLE_TURNS)]
)
def test_s17_role_follow_up(before, question, says):
    context = None
    for q in before:
        context = VISIT.answer(q, context)
    a = VISIT.answer(question, context)
    assert a.answered and says in a.text, (a.text, a.reason)


# "X cut ties with Y?": a past written like its present, after the name, is a statement asked
# as a yes/no (it quoted the sentence with no "Yes"); "wait, …" opens a question
CUT = Engine.from_text(
    "Ties cut\n\nHOLM, May 4. /Wire/. Tarvian President Tomas Varga said he was severing "
    "diplomatic ties with Bexia.\n"
)


@pytest.mark.parametrize(
    "question,answered,says",
    [
        pytest.param("varga cut ties w bexia??", True, "Yes", id="cut-statement"),
        pytest.param("wait varga cut ties with bexia??", True, "Yes", id="wait-opening"),
        pytest.param("varga cut ties with lunor?", False, "", id="cut-unsaid"),
    ],
)
def test_s17_bare_past(question, answered, says):
    _check(CUT, question, answered, says)


# "where have the gunships been deployed?" of "deployed gunships along the border to try and
# stop him crossing into X": X is where the crossing goes (it answered X)
GUNSHIPS = Engine.from_text(
    "Border watch\n\nHOLM, May 4. /Wire/. Lunor has now deployed gunships along the Bexian "
    "border to try and stop Karl Brenner crossing into Bexia. Ana Lind went to attend a summit "
    "in Portena.\n"
)


@pytest.mark.parametrize(
    "question,answered,says",
    [
        pytest.param("where have the gunships been deployed", False, "", id="purpose-clause"),
        pytest.param("where did ana lind go?", True, "Portena", id="purpose-only-guard"),
    ],
)
def test_s17_purpose_place(question, answered, says):
    _check(GUNSHIPS, question, answered, says)


# "how old is lindh?" of a word the article writes in a name it did not take for a person's:
# an age question, declined (it quoted the next sentence as how); "which unions?" of
# "negotiating with various unions" names none (it quoted the sentence)
VAGUE = Engine.from_text(
    "Airline launch\n\nHOLM, May 4. /Wire/. Sova Air is currently negotiating with various "
    "unions on wages. But he says he has had more training than American Karl Walter Brenn "
    'who was arrested on May 1. "He is understood to have travelled to Bexia in 1999," Ana '
    "Lind said.\n"
)


@pytest.mark.parametrize(
    "before,question,answered,says",
    [
        pytest.param([], "how old is brenn", False, "", id="age-of-a-word"),
        pytest.param([], "which unions?", False, "", id="vague-unions"),
    ],
)
def test_s17_vague(before, question, answered, says):
    _check(VAGUE, question, answered, says, before)


# "who is the deputy minister who went to X?" / "кто у Кремля пресс-секретарь?": who that
# described person is, when a sentence naming them has the relative clause's words (it
# answered a country, or the name of someone else in the sentence); "who helped prepare X's
# trip?" is no side taken on X (it listed X's backers)
DEPUTY = Engine.from_text(
    "Visit planned\n\nHOLM, May 4. /Wire/. Sova Council Spokesman Karl Brenner said the Tarvian "
    "leader was expected to visit Lunor soon. In July, Lunorian Deputy Foreign Minister Ana "
    "Lind discussed preparations for Varga's visit to Lunor during her trip to Portena. Bexia "
    "and Sova voiced support for Tomas Varga, the Tarvian leader.\n"
)

DEPUTY_ROWS = [
    (
        "who is the lunorian deputy foreign minister who traveled to portena?",
        True,
        "Ana Lind",
        "relative-clause",
    ),
    ("who is the sova council spokesman who went to portena?", False, "", "relative-clause-unmet"),
    ("who helped prepare varga's trip?", True, "Ana Lind", "owned-thing"),
    ("who backed varga?", True, "Bexia", "owned-guard"),
]


@pytest.mark.parametrize(
    "question,answered,says", [pytest.param(*r[:3], id=r[3]) for r in DEPUTY_ROWS]
)
def test_s17_described(question, answered, says):
    _check(DEPUTY, question, answered, says)


# "X was on Y's side?" is "was X on Y's side?" (it declined, and "and Z?" after it); "on what
# day?" after "on which channel …?" asks when, not "about what day" swapped into the question
SIDES_TURNS = [
    ("be-statement", [], "so Bexia was on Kessel's side?", "stance_check", "No —"),
    (
        "be-statement-swap",
        ["so Bexia was on Kessel's side?"],
        "what about Sova?",
        "stance_check",
        "Yes —",
    ),
    (
        "on-what-day",
        ["On which channel was Varga's interview aired?"],
        "on what day?",
        "when",
        "Monday",
    ),
]

SPLIT = Engine.from_text(
    "Crisis in Tarvia\n\nHOLM, May 4. /Wire/. Opposition leader Marta Kessel declared herself acting president. "
    "Several countries, including Sova, recognized her. President Tomas Varga dismissed the "
    "move as a coup. In contrast, Bexia and Lunor voiced support for Varga. Varga spoke in an interview with the Nordvest-7 TV "
    'channel aired on Monday. "In the coming days and weeks we will talk further," he said.\n'
)


@pytest.mark.parametrize(
    "before,question,intent,says", [pytest.param(*r[1:], id=r[0]) for r in SIDES_TURNS]
)
def test_s17_statement_turns(before, question, intent, says):
    context = None
    for q in before:
        context = SPLIT.answer(q, context)
    a = SPLIT.answer(question, context)
    assert (a.intent, a.answered) == (intent, True), (a.intent, a.text, a.reason)
    assert says in a.text, a.text


# "how many aircraft will the fleet grow to?" is never the number it starts from ("an initial
# fleet of four … will eventually be increased to 12": it answered four)
FLEET = Engine.from_text(
    "Airline launch\n\nHOLM, May 4. /Wire/. An initial fleet of four Boeing 767-300 aircraft "
    "will eventually be increased to 12 and services will be extended to every capital.\n"
)


@pytest.mark.parametrize(
    "question,says",
    [
        pytest.param("How many aircraft will the fleet eventually grow to?", None, id="grow-to"),
        pytest.param("how many aircraft in the initial fleet?", "four", id="start-guard"),
    ],
)
def test_s17_grow_to(question, says):
    a = FLEET.answer(question)
    if says is None:
        assert not a.answered or "four" not in a.text, a.text
    else:
        assert a.answered and says in a.text, (a.text, a.reason)


# "Not counting X, how many countries stood behind Y?": "not counting" sets X aside (it read a
# negation) and "stood behind" is a side (it declined); "X on whose side, A or B?"
BEHIND = Engine.from_text(
    "Crisis in Tarvia\n\nHOLM, May 4. /Wire/. Opposition leader Marta Kessel declared herself "
    "acting president. Several countries, including Sova, recognized her. President Tomas "
    "Varga dismissed the move as a coup. In contrast, Bexia, Lunor and Karst voiced support "
    "for Varga.\n"
)


@pytest.mark.parametrize(
    "question,says",
    [
        pytest.param(
            "Not counting Bexia, how many countries stood behind Varga?", "2 —", id="not-counting"
        ),
        pytest.param("how many countries stood behind Varga?", "3 —", id="stood-behind"),
        pytest.param(
            "karst on whose side, kessel or varga", "Karst voiced support", id="whose-side"
        ),
        pytest.param("which countries did not back varga?", "", id="negation-guard"),
    ],
)
def test_s17_behind(question, says):
    a = BEHIND.answer(question)
    if says:
        assert a.answered and says in a.text, (a.text, a.reason)
    else:
        assert not a.answered or "Bexia" not in a.text, a.text


# "the Kremlin press secretary": a title of two words of a synonym kind is a spokesperson, not
# its last word's kind ("secretary": a minister; it declined)
PRESS = Engine.from_text(
    "Visit planned\n\nHOLM, May 4. /Wire/. Earlier, Palace Spokesman Karl Brenner said the "
    "leader was expected to visit Lunor.\n"
)


@pytest.mark.parametrize(
    "question,says",
    [
        pytest.param(
            "what did the palace press secretary say?", "Karl Brenner said", id="press-secretary"
        ),
        pytest.param(
            "who is the palace press secretary?", "Karl Brenner", id="press-secretary-whois"
        ),
    ],
)
def test_s17_press_secretary(question, says):
    a = PRESS.answer(question)
    assert a.answered and says in a.text, (a.text, a.reason)


# "who was the former chairman of X?" with no holder of that title named: declined (it
# answered the former managing director); "how did the woman catch it?" of a sentence with no
# catching: declined (it quoted the sentence)
FORMER = Engine.from_text(
    "Directors sued\n\nHOLM, May 4. /Wire/. The former managing director of Sova Tel has denied "
    "claims he misled the board. Karl Brenner says proceedings against him, two other former "
    "directors and the former chairman are baseless. A 31-year-old woman is said to be "
    "responding well to treatment after being diagnosed with typhoid in a holding centre.\n"
)


@pytest.mark.parametrize(
    "question,answered,says",
    [
        pytest.param("Who was the former chairman of Sova Tel?", False, "", id="title-unheld"),
        pytest.param("who was the former chairman?", False, "", id="title-unheld-bare"),
        pytest.param("how did the woman catch typhoid", False, "", id="how-unmet"),
        pytest.param("how is the woman responding to treatment?", True, "well", id="how-guard"),
    ],
)
def test_s17_unheld(question, answered, says):
    _check(FORMER, question, answered, says)


# "who was named swimmer of the year?": the best sentence's doer is unreadable ("… by being
# named swimmer of the year"), and a later sentence that misses "swimmer" names another thing's
# (it answered "Frost", named coach of the year)
NAMED = Engine.from_text(
    "Swim awards\n\nHOLM, May 4. /Wire/. Karl Brenner has emulated Tomas Varga's feat by being "
    "named Ardenian swimmer of the year for the third consecutive year. Brenner's coach Ana Lind "
    "has been named coach of the year.\n"
)


@pytest.mark.parametrize(
    "question,answered,says",
    [
        pytest.param("Who was named Ardenian swimmer of the year?", False, "", id="less-met"),
        pytest.param("who was named coach of the year?", True, "Ana Lind", id="less-met-guard"),
    ],
)
def test_s17_less_met(question, answered, says):
    a = NAMED.answer(question)
    assert a.answered == answered or (a.answered and "Brenner" in a.text), (a.text, a.reason)
    if answered:
        assert says in a.text, a.text


# "so X backed Y or not? @bot": the address at the end is dropped too, and the statement is
# read from the text as read (it quoted the list with no "Yes"; "the Z?" after it did the same)
ADDRESS_TURNS = [
    ([], "so sova recognized kessel or not? @bot", "Yes —"),
    (["so sova recognized kessel or not? @bot"], "and bexia? @bot", "No —"),
]


@pytest.mark.parametrize(
    "before,question,says",
    [pytest.param(*r, id=f"address-{k}") for k, r in enumerate(ADDRESS_TURNS)],
)
def test_s17_trailing_address(before, question, says):
    context = None
    for q in before:
        context = BEHIND.answer(q, context)
    a = BEHIND.answer(question, context)
    assert a.answered and says in a.text, (a.text, a.reason)


# "X thanked Y - where did he say that?": the statement first, then the question as its
# follow-up (it quoted the sentence as "what")
THANKS = Engine.from_text(
    'Thanks\n\nHOLM, May 4. /Wire/. "I thank Lunor and all its people," Tomas Varga said in '
    "an interview with the Nordvest-7 TV channel aired on Monday. Marta Kessel declared herself "
    "acting president on June 2.\n"
)


@pytest.mark.parametrize(
    "question,says",
    [
        pytest.param("Varga thanked Lunor - where did he say that?", "Nordvest-7 TV.", id="dash"),
        pytest.param("Varga thanked Lunor. when did he say that?", "Monday.", id="full-stop"),
        pytest.param(
            "hi there. when did kessel declare herself president?", "June 2.", id="small-talk-guard"
        ),
    ],
)
def test_s17_stated_first(question, says):
    a = THANKS.answer(question)
    assert a.answered and a.text.endswith(says) and len(a.text) < 40, (a.text, a.reason)  # alone


# "and which countries?" after "which organisation recognised X?": the same side's list (it
# answered the first country named, "Sova.")
@pytest.mark.parametrize(
    "before,question,says",
    [
        pytest.param(
            ["so which countries recognised kessel"],
            "and which nations?",
            "Sova —",
            id="which-countries",
        ),
    ],
)
def test_s17_which_countries(before, question, says):
    context = None
    for q in before:
        context = BEHIND.answer(q, context)
    a = BEHIND.answer(question, context)
    assert a.answered and says in a.text, (a.text, a.reason)


# "did X survive?" of "X says he deeply regrets the deaths": a noun of what happened (after a
# determiner) says nothing of X's fate (it answered "No")
REGRETS = Engine.from_text(
    "Raid\n\nHOLM, May 4. /Wire/. Government spokesman Karl Brenner says he deeply regrets the "
    "deaths. Ana Lind was killed in the raid.\n"
)


@pytest.mark.parametrize(
    "question,answered,says",
    [
        pytest.param("did brenner survive?", False, "", id="noun-of-death"),
        pytest.param("did ana lind survive?", True, "No", id="killed-guard"),
    ],
)
def test_s17_noun_opposite(question, answered, says):
    _check(REGRETS, question, answered, says)


# "lunor too?" after "and bexia?" (a side): yes, on the same list (it said the side, no "Yes");
# "sova too?" (on the other list) is said as its own side, never a yes
TOO_TURNS = [
    (["what about bexia?"], "lunor too?", "Yes — Lunor voiced support"),
    (["what about bexia?", "lunor too?"], "sova too?", "Sova recognized"),
]


@pytest.mark.parametrize(
    "before,question,says", [pytest.param(*r, id=f"too-{k}") for k, r in enumerate(TOO_TURNS)]
)
def test_s17_same_side(before, question, says):
    context = None
    for q in before:
        context = BEHIND.answer(q, context)
    a = BEHIND.answer(question, context)
    assert a.answered and says in a.text and not (says[:3] != "Yes" and "Yes" in a.text), a.text


# "@bot settle this: …?": a lead-in before the question is dropped like any opening (it was
# read as a "what" with the lead-in's words: the side list quoted, no "Yes")
@pytest.mark.parametrize(
    "question,says",
    [
        pytest.param(
            "settle this: which side was bexia on?", "Bexia voiced support", id="settle-this"
        ),
        pytest.param("@bot settle this: did bexia back varga?", "Yes", id="settle-this-yes"),
    ],
)
def test_s17_lead_in(question, says):
    a = BEHIND.answer(question)
    assert a.answered and says in a.text, (a.text, a.reason)


# chat abbreviations of titles: "fm" is a foreign minister, "pm" a prime minister
@pytest.mark.parametrize(
    "question,says",
    [
        pytest.param("what month was the lunorian deputy fm in portena", "July", id="fm"),
    ],
)
def test_s17_title_abbreviations(question, says):
    a = DEPUTY.answer(question)
    assert a.answered and says in a.text, (a.text, a.reason)


# "and X, who's he?" as a first message: "he" is X, named just before (it asked "Who do you
# mean?"); "and who did he meet?" with no one named still asks it
@pytest.mark.parametrize(
    "question,answered,says",
    [
        pytest.param("and Brenner, who's he?", True, "Karl Brenner —", id="named-before"),
        pytest.param("Brenner, who's he?", True, "Karl Brenner —", id="named-before-no-and"),
        pytest.param("and who did he meet?", False, "Who do you mean?", id="nobody-guard"),
    ],
)
def test_s17_named_before(question, answered, says):
    _check(PRESS, question, answered, says)


# "So X did NOT recognize Y?": a word in capitals for emphasis is no acronym, and a negated
# check is answered with the side X took, never a yes or a no that reads both ways (it declined)
@pytest.mark.parametrize(
    "question,answered,says",
    [
        pytest.param(
            "So Bexia did NOT recognize Kessel?", True, "Bexia voiced support", id="not-caps"
        ),
        pytest.param("did bexia not back varga?", True, "Bexia voiced support", id="not-back"),
        pytest.param("did ALL of them back varga?", False, "", id="all-caps-guard"),
    ],
)
def test_s17_negated_check(question, answered, says):
    a = BEHIND.answer(question)
    assert a.answered == answered or not answered, (a.text, a.reason)
    if answered:
        assert says in a.text and "Yes" not in a.text and "No" not in a.text, a.text
