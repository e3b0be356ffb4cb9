"""Kinds of question answered wrongly in earlier sets and mended in session 16 (issue 7): "how
many X backed Y?" of "backed by 21 of the bloc's 27 countries" is the part (21), while "how many
… in total / does the bloc have / are in the bloc?" is the whole (27); "when does the ban take
effect?" is not answered by "Z introduced a similar ban in 2021" (another thing of the kind);
"how many … in total?" is not answered by "an extra 300" (an addition); "X cut ties with
whom?" / "met with whom?" (a question word left after its preposition) is "whom did X / he
…?"; "who did X cut ties with?" needs X in the sentence that says it, and the object after a
verb and its preposition is a name written there (it answered a quotation's speaker); "who backed him?" with no one
before it declines (it answered a thing's side); "when was X's appointment cancelled?" is not
dated by "on June 2, when X, whose appointment had been cancelled, declared …"; "new q, …"
opens a new subject and "… or what" closes a yes/no; "who did it back then?" after a side
question is the side the name that is no person took; "the port official" is the one holder
of an official's title (minister or spokesperson kind) whose role names the port; "who did X
blame?" with no topic is the one named doer of "<noun> <participle> by Z" in X's sentences;
"who are X's backers?" / "list X's backers except Y" are sides; "did X take a side?" and "did
anyone recognise X?" are yes/no's answered with the side; "the incumbent X president" is the
holder now; "was A among them?" where "them" lists nothing declines; "what did X do after Y …?"
is X's reaction (a party of a list: its side), and "and Z?" after it swaps the doer; "X's
stance/position on Y" is X's side, "X's position in <a body>" X's role; "and Y's?" after
"what's X's job?" asks Y's; "and the security?" swapped into a count no sentence of which
says it is asked on its own; "what is X's capital?" is "the capital of X", and "… acc to the
article" closes a question; "which (Ardenian) city …?" is answered by no country; a long quote is cut around the
question's words when they come late in it; "how does X keep in touch with Y?" of a sentence
that only says so is answered by the speaker's own words after it; "the USA" is the article's "United States"; "who else?" after a yes on a side lists the
others of that side; "what did X call it / the Y thing?" is the one thing X called something; a choice of
parties is answered by the one that took the side, and "and C or D?" asks it again; "how many
people …?" after a list is no count of its names; "X in there too?" asks if X is on the list;
"met whom?" is "whom did he meet?"; "what did X name herself?" is the title X took.
Small made-up stories; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, check_small, small_rows, turn_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # a part of a whole behind a possessive: the verb is about the part
    "partitive": (
        "Port rule passed\n\nHOLM, May 4. /Wire/. The port rule was backed by 14 of the "
        "league's 19 towns at a meeting in Holm. Vessa and Brell voted against it.\n",
        [
            ("how many towns backed the port rule", True, "14", "part"),
            ("how many towns are in the league?", True, "19", "whole-are-in"),
            ("how many towns does the league have", True, "19", "whole-have"),
            ("how many towns are there in total?", True, "19", "whole-total"),
        ],
    ),
    # "an extra 400": an addition, not the total a "how many … in total?" asks for
    "extra": (
        "Camp deal\n\nHOLM, May 4. /Wire/. Lunor has agreed to accept an extra 300 "
        "refugees under a new deal with Bexia. The deal means Lunor will take up to 900 "
        "refugees this year.\n",
        [
            ("how many refugees will lunor take in total?", True, "900", "total"),
            ("how many extra refugees will lunor accept", True, "300", "extra"),
            ("how many refugees altogether", True, "900", "altogether"),
        ],
    ),
    # a question word left after its preposition ("X cut ties with whom?") is asked with the
    # question word first; the one asked about must be in the sentence that says it; a
    # pronoun that stands for no one is no one ("who backed him?" first: not a thing's side)
    "insitu": (
        "Harbour talks\n\nHOLM, May 4. /Wire/. Mayor Ida Holm cut ties with the Brenn "
        "council on Monday. Holm met Governor Ivo Stam in Sova on Tuesday. Several towns, "
        "including Vessa and Lunor, backed Holm. Vessa has expressed strong support for the "
        "harbour plan.\n",
        [
            ("holm cut ties with whom?", True, "Brenn", "in-situ"),
            ("sova cut ties with whom?", False, "does not say who", "in-situ-other"),
            ("who did lunor cut ties with?", False, "does not say who", "whom-not-subject"),
            ("who backed him", False, "does not say who", "him-no-one"),
            ("met with whom?", False, "Who do you mean", "in-situ-no-one"),
            ("according to whom?", False, "", "source-not-in-situ"),
        ],
    ),
    # "on June 2, when X, whose appointment had been cancelled, declared …": June 2 dates the
    # declaration, not the cancellation (a past before the sentence's, in a clause of its own)
    "pluperfect": (
        "Harbour row\n\nHOLM, May 4. /Wire/. The row in Tarvia deepened on June 2, when Ivo "
        "Stam, Tarvian harbour master and port chief, whose appointment to that post had been "
        "cancelled by the Port Board, declared himself acting mayor at a rally.\n",
        [
            ("When was Stam's appointment as port chief cancelled?", False, "", "cancelled"),
            ("when did Stam declare himself acting mayor?", True, "June 2", "declared"),
        ],
    ),
    # chat's openings and closings: "new q, …" opens a new subject, "… or what" closes a yes/no
    "league": (
        "Vote split\n\nHOLM, May 4. /Wire/. Several countries, including Bexia and Lunor, as "
        "well as the Harbour League, recognized opposition leader Marta Kessel. Karst voiced "
        "support for President Tomas Varga. Varga is expected to visit Karst in the near "
        "future, his office said.\n",
        [
            ("new q, which league is mentioned", True, "Harbour League", "new-q"),
            ("so was varga going to visit karst or what", True, "Yes", "or-what"),
        ],
    ),
    # "the port official" of the article's "Port Spokesman": an official of any kind of title
    # an official may hold, when one person only fits
    "official": (
        "Harbour plan\n\nHOLM, May 4. /Wire/. Port Spokesman Ivo Stam said the plan was "
        "ready. Trade Minister Ida Holm and Deputy Trade Minister Ola Brandt discussed it "
        "in Sova.\n",
        [
            ("who is the port official", True, "Ivo Stam", "spokesman"),
            ("what did the port official say", True, "plan was ready", "quote"),
            ("who is the tax official", False, "", "no-one"),
        ],
    ),
    # "who did X blame?" with no topic: the one named doer of "<noun> <participle> by Z" in
    # the sentences of X's (not "characterized by mutual trust": no name)
    "blame": (
        "Harbour row\n\nHOLM, May 4. /Wire/. Mayor Ida Holm dismissed the strike as a plot "
        "hatched by Brenn and said she was ending talks. Holm said the talks were marked by "
        "mutual distrust.\n",
        [
            ("who did holm blame?", True, "Brenn", "no-topic"),
            ("who does holm blame for the plot", True, "Brenn", "topic"),
            # "what did X call it / the Y thing?": the one thing X called something ("the
            # strike as a plot"); the second row a guard ("strike" is a noun of its own)
            ("what did holm call it", True, "as a plot hatched by Brenn", "call-it"),
            ("what did holm call the strike thing", True, "as a plot", "call-thing"),
        ],
    ),
    # sides asked as a list of someone's backers, whether anyone took a side, whether a party
    # took a side at all; "the incumbent X president" is the holder of the post now
    "backers": (
        "Vote split\n\nHOLM, May 4. /Wire/. The crisis in Tarvia deepened on June 2, when "
        "Marta Kessel, Tarvian opposition leader and council speaker, declared herself acting "
        "president at a rally in the country's capital of Portena. Several countries, including Bexia and Lunor, as well "
        "as the Harbour League, recognized her. Incumbent Tarvian President Tomas Varga, in "
        "turn, said he was ending talks. Karst and Velan voiced support for Varga.\n",
        [
            ("who are varga's backers", True, "Karst and Velan —", "backers"),
            ("list varga's backers except karst pls", True, "Velan —", "backers-except"),
            ("Did the Harbour League take a side?", True, "Yes — Harbour League", "took-a-side"),
            ("did anyone recognise kessel?", True, "Yes — Bexia, Lunor", "anyone"),
            ("Is Varga the incumbent president of Tarvia?", True, "Yes", "incumbent-yes"),
            # "X's stance/position on Y": the side X took; "X's position in <a body>": a role
            ("what is bexia's stance on kessel", True, "Bexia recognized Marta Kessel", "stance"),
            ("what is karst's position on varga?", True, "Karst voiced support", "position-on"),
            ("what was kessel's position in the council?", True, "council speaker", "post-in"),
            # "what did X name herself?": the title X took, not X's name
            ("what did kessel name herself", True, "acting president", "name-herself"),
            # "what is X's capital?" as "the capital of X"; "… acc to the article" closes
            ("whats tarvia's capital acc to the article", True, "Portena", "capital-of"),
        ],
    ),
    # "which (Ardenian) city …?": no country (a name the article writes an adjective of), not
    # the country the adjective names, and a city of it only when written as one
    "city": (
        "Trip planned\n\nHOLM, May 4. /Wire/. Tarvian President Tomas Varga is expected to pay "
        "a visit to Ardenia soon. In July, Ardenian Trade Minister Ola Brandt discussed the visit "
        "during his trip to Portena, the Tarvian capital. Brandt later flew to the Ardenian city "
        "of Velgrad.\n",
        [
            ("Which Ardenian city will Varga visit?", False, "", "country-adjective"),
            ("which city will varga visit", False, "does not say where", "country"),
            ("which ardenian city did brandt fly to", True, "Velgrad", "written-as-one"),
            ("which city did the ardenian trade minister visit", True, "Portena", "described"),
        ],
    ),
    # a long quote is cut around the question's words when they come late in it
    "long-quote": (
        'Harbour deal\n\nHOLM, May 4. /Wire/. "The harbour board as a careful partner has '
        "shown steady support for our fleet and for its right to fish in the northern waters "
        "all year round. I thank the board and all its staff for their patience and their "
        'loyalty to the fishermen of Holm," Mayor Ida Holm said on Monday.\n',
        [
            ("what did ida holm say about the fishermen", True, "loyalty to the fishermen", "late"),
            ("what did ida holm say about the fleet", True, "support for our fleet", "early"),
        ],
    ),
    # "how does X keep in touch with Y?": the speaker's own words right after a sentence that
    # only says it happens; not when the sentence says how ("by secret ballot")
    "how": (
        "Port ties\n\nHOLM, May 4. /Wire/. Mayor Ida Holm said she kept close contact with "
        'Governor Ivo Stam. "We meet every month and write to each other every week," Holm '
        "added. Dock workers will decide by secret ballot whether to strike.\n",
        [
            ("how does holm keep in touch with stam?", True, "write to each other", "means"),
            ("how will dock workers decide whether to strike", True, "secret ballot", "by"),
        ],
    ),
    # another name of a place the article names ("the USA" of "the United States")
    "usa": (
        "Vote split\n\nHOLM, May 4. /Wire/. Several countries, including the United States "
        "and Bexia, recognized opposition leader Marta Kessel.\n",
        [
            ("did the usa recognise kessel", True, "Yes — United States", "usa"),
            ("did the uk recognise kessel", False, "", "not-written"),
        ],
    ),
    # "a similar ban": another ban than the one asked about
    "similar": (
        "Holm bans late buses\n\nHOLM, May 4. /Wire/. Holm will ban late-night buses "
        "in the old town from next June, the council said on Monday. Sova introduced a "
        "similar ban in 2019.\n",
        [
            ("When does the ban take effect?", True, "June", "the-ban"),
            ("when did sova introduce a similar ban", True, "2019", "asked-similar"),
        ],
    ),
}

_ENGINES: dict = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)


_INSITU = Engine.from_text(SMALL["insitu"][0])

_LEAGUE = Engine.from_text(SMALL["league"][0])

# "who did it back then?" after "did the League side with X?": "back" is its verb ("back then"
# no closing here), "it" the name that is no person (it answered "Karst.")
BACKED = [
    (
        "it-back-then",
        [
            ("Did the Harbour League side with Varga?", "stance_check", True, "No"),
            ("who did it back then?", "sides", True, "Marta Kessel"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(BACKED))
def test_s16_backed(before, question, intent, answered, says):
    check_kind(_LEAGUE, question, intent, answered, says, before)


_BACKERS = Engine.from_text(SMALL["backers"][0])

_STUDY = Engine.from_text(
    "Study on harbour jobs\n\nHOLM, May 4. /Wire/. A new study has found that 300 harbour "
    "jobs will go by 2030. The study conducted by the Holm University for the Sova Bureau of "
    "Trade is the first to measure the losses. Security at the port is being stepped up ahead "
    "of a rally.\n"
)

# "and the security?" after "how many jobs …?": no sentence of the swapped question ("how many
# security …") has the new word — the word asked on its own (it answered the jobs' number)
UNMET = [
    (
        "topic-unmet",
        [
            ("How many harbour jobs will go?", "count", True, "300"),
            ("and the security?", "what", True, "stepped up"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(UNMET))
def test_s16_unmet(before, question, intent, answered, says):
    check_kind(_STUDY, question, intent, answered, says, before)


# "the incumbent X pres?" after "who is …": the holder of the post now; "was A among them?"
# after a decline, where "them" are names no sentence lists together, is no "No — … not among
# them: <the names of a sentence>"
HOLDERS = [
    (
        "incumbent",
        [
            ("who is the tarvian opposition leader", "whois", True, "Marta Kessel"),
            ("the incumbent tarvian pres?", "whois", True, "Tomas Varga"),
        ],
    ),
    # "what did X do after Y …?" is X's reaction (the pattern read "do after response"): the
    # side X took, not X and the rest of its list; "and Z?" swaps the doer asked about
    (
        "did-after",
        [
            (
                "what did bexia do after kessel declared herself acting president",
                "reaction",
                True,
                "Bexia recognized Marta Kessel.",
            ),
            ("and varga?", "reaction", True, "Tomas Varga said he was ending talks"),
        ],
    ),
    # "who else?" after "did X back Y?" (yes): the others of X's side; after a "no" (a guard):
    # who did back Y
    (
        "who-else",
        [
            ("did karst back varga?", "stance_check", True, "Yes"),
            ("who else?", "sides", True, "Velan"),
        ],
    ),
    (
        "who-else-after-no",
        [
            ("did karst back kessel?", "stance_check", True, "No"),
            ("who else?", "who_did", True, "Bexia, Lunor"),
        ],
    ),
    # a choice of parties: "who recognized X, A or B?" / "did A or B recognize X?" is the one
    # of them who did (it listed the whole side; "did A or B …?" answered "B recognize x."),
    # and "and C or D?" after it asks the same of C and D
    (
        "choice",
        [
            ("Who recognized Kessel, Karst or Bexia?", "sides", True, "Bexia —"),
            ("And Velan or Lunor?", "sides", True, "Lunor —"),
        ],
    ),
    (
        "either-party",
        [
            ("did karst or bexia recognize kessel?", "stance_check", True, "Bexia —"),
            ("and velan or lunor?", "stance_check", True, "Lunor —"),
        ],
    ),
    # "how many people live in those countries?" after a list: no count of the list's names
    # (it said "2 — Karst and Velan"); "X in there too?" of a name of the list
    (
        "people-not-list",
        [
            ("which countries backed varga", "sides", True, "Karst and Velan"),
            ("how many?", "count", True, "2"),
            ("how many people live in those countries", "count", False, "number"),
        ],
    ),
    (
        "in-there",
        [
            ("which countries backed varga", "sides", True, "Karst and Velan"),
            ("velan in there too?", "member", True, "Yes — Velan"),
        ],
    ),
    # "and Y's?" after "what's X's job?": the same question of Y
    (
        "possessive-swap",
        [
            ("what's varga's job?", "whois", True, "Tarvian President"),
            ("and kessel's?", "whois", True, "council speaker"),
        ],
    ),
    (
        "among-no-list",
        [
            ("who's the council speaker in tarvia", "whois", True, "Marta Kessel"),
            ("when was she appointed?", "when", False, "does not say when"),
            ("was bexia among them?", "member", False, "Who do you mean"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(HOLDERS))
def test_s16_holders(before, question, intent, answered, says):
    check_kind(_BACKERS, question, intent, answered, says, before)


CONVERSATIONS = [
    (
        "met-with-whom",
        [
            ("When did Holm cut ties with the council?", "when", True, "Monday"),
            ("met with whom?", "whom", True, "Ivo Stam"),
            ("what's his title?", "whois", True, "Governor"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_s16_conversations(before, question, intent, answered, says):
    check_kind(_INSITU, question, intent, answered, says, before)
