"""Kinds of failure of blind round r4 (yes/no, who did it, who is, Spanish openings), as tables
over a made-up story: each row a question, the intent that answers it, whether it answers, and
what the short answer says (or why it declines). Inline, so that it is no article of the facts
snapshots; made up, so that nothing in it is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, check_small, kind_rows, small_rows, turn_rows

from bot.engine import Engine

ARTICLE = (
    "Port survey finds cracks\n\n"
    "HOLM, May 4. /Wire/. A survey of the old harbour wall found deep cracks in three places. "
    "The survey commissioned by the Holm Harbour Board is the first since 1990. "
    "Survey leader Anna Berg says repairs must start soon. "
    "A second inspection carried out by engineers from Brenn found no cracks in the new pier.\n\n"
    "Several countries, including Norland and Kestria, recognized Per Moen as interim president.\n\n"
    "Veteran harbour pilot Ola Dahl will retire next year. Kari Lund, of the Dockers Union, "
    "says the union wants a new pier. The unions want Ivar Sand, one of the founders of the "
    "Pier Trust. Unions representing Brenn Shipping crews met today. The survey means Holm "
    "will pay. Ola Dahl beat fellow pilot Rolf Nes in the race.\n\n"
    "The board has refused to say how much the repairs will cost. In short, the board wants a "
    "loan. The dockers had initially refused to cooperate with the survey, but they have been "
    "summoned to give evidence.\n\n"
    "Brenn and Tarsis voiced support for the board. Earlier, the mayor said the repairs were "
    "expected to start in the near future. The Holm Harbour Board established the survey fund "
    "in July. Ivar Sand approached the Kestrel Company about a return to the pier.\n\n"
    "Kestrian officials say they were looking for Per Moen.\n\n"
    "The strike will start on Monday. It will involve staff from Brenn Shipping and the Kestrel "
    "Company. Per Moen dismissed the strike as a plot staged by the Tarsis Group. The "
    "63-year-old pilot Ola Dahl shares this year's award with the crew. Kari Lund said the pier "
    'was built in 1990. "In the coming years we will keep building the pier," she said.\n'
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # "who did/carried out the NOUN": the doer a sentence gives the noun ("the X conducted by
    # Y", "an X carried out by Y"), never the noun itself; a participle with a topic of its own
    # ("commissioned by") answers only its own verb
    ("agent", "Who carried out the inspection?", "who_did", True, "Engineers"),
    ("agent", "Who did the second inspection?", "who_did", True, "Engineers"),
    ("agent", "Who commissioned the survey?", "who_did", True, "Holm Harbour Board"),
    ("agent", "Who carried out the survey?", "who_did", True, "Anna Berg"),
    # "who is X?" with no known title: the words the sentence writes beside the name — a
    # description opening the sentence that X is the subject of, X's body after a comma, an
    # aside after X that places X in a group; never a verb ("The survey means X will"), a list's
    # next item, or words about another noun ("Unions representing X crews")
    ("beside", "Who is Ola Dahl?", "whois", True, "Veteran harbour pilot"),
    ("beside", "Who is Kari Lund?", "whois", True, "of the Dockers Union"),
    ("beside", "Who is Ivar Sand?", "whois", True, "one of the founders of the Pier Trust"),
    ("beside", "Who is Rolf Nes?", "whois", False, "does not say who Rolf Nes is"),
    ("beside", "Who is Brenn Shipping?", "whois", False, "does not say"),
    ("beside", "Who is Ola Dahl's coach?", "whois", False, "does not say"),
    # "has X said how much …": whether X told, never yes from what the clause says ("the board
    # wants a loan"); no when a sentence denies the telling ("refused to say how much")
    ("told", "Has the board said how much the repairs will cost?", "confirm", True, "No"),
    ("told", "Did the board say how much it wants?", "confirm", False, "in those words"),
    ("told", "Did the board refuse to say how much the repairs will cost?", "confirm", True, "Yes"),
    ("told", "Did the board say when the repairs will start?", "confirm", False, "in those words"),
    ("told", "Has the Holm Harbour Board said how much it wants?", "confirm", True, "No"),
    # "refused to V" is the opposite of "agreed to V"; "from the start" is "initially"; the
    # question's object in a later clause ("but … to give evidence") is not what was refused
    ("refusal", "Did the dockers agree to cooperate from the start?", "confirm", True, "No"),
    ("refusal", "Did the dockers agree to cooperate with the survey?", "confirm", True, "No"),
    ("refusal", "Did the dockers agree to give evidence?", "confirm", False, "does not say"),
    # "stand behind X" is supporting X; "supposed to" asks about the future as "expected to"
    ("support", "Which countries stood behind the board?", "sides", True, "Brenn"),
    ("support", "Did Tarsis stand behind the board?", "stance_check", True, "Yes"),
    ("future", "When are the repairs supposed to start?", "when", True, "near future"),
    # "set up" is "established"
    ("establish", "Who set up the survey fund?", "who_did", True, "Holm Harbour Board"),
    # "X, of the Y Union, says": X is a person of that body (an affiliation set off by commas),
    # who speaks the next quote's "he said"
    ("affiliation", "Who said the union wants a new pier?", "who_said", True, "Kari Lund"),
    # "back" inside "coming back", "gone back" takes no side; "which company did X approach?"
    # asks whom X approached, a company
    ("phrase", "Which company did Ivar Sand approach about coming back?", "whom", True, "Kestrel"),
    ("phrase", "Who did Ivar Sand approach about going back?", "whom", True, "Kestrel"),
    ("phrase", "Which countries backed the board?", "sides", True, "Brenn"),
    # an unnamed speaker ("Kestrian officials say …") of what the question names, in full;
    # "hunting" is "looking for"
    ("unnamed", "Who says they were looking for Per Moen?", "who_said", True, "Kestrian officials"),
    (
        "unnamed",
        "Who says the dockers were hunting Per Moen?",
        "who_said",
        True,
        "Kestrian officials",
    ),
    # "what kind of company is X?" asks what X is
    ("kind", "What kind of pilot is Ola Dahl?", "whois", True, "Veteran harbour pilot"),
    ("kind", "What sort of company is the Kestrel Company?", "whois", False, "does not say"),
    # "going forward" is the future: the sentence about what will come
    ("future", "What did Kari Lund promise about the pier going forward?", "what", True, "keep"),
    # "on his own"/"alone" against "shares … with": no; a sentence that only says it was done is
    # no yes to "alone" ("did X beat Y on his own?" / "X beat Y in the race")
    ("alone", "Did Ola Dahl win the award on his own?", "confirm", True, "No"),
    ("alone", "Did Ola Dahl get the award alone?", "confirm", True, "No"),
    ("alone", "Did Ola Dahl beat Rolf Nes on his own?", "confirm", False, "in those words"),
    ("alone", "Did Ola Dahl beat Rolf Nes?", "confirm", True, "Yes"),
    # gaps (strict xfail below): "it" for the strike, and a present state asked of a plan
    # ("are X staff involved?" / "it will involve staff from X"); "who was behind X" as X's doer ("a plot
    # staged by Y")
    ("gap", "Are Kestrel Company staff involved in the strike?", "confirm", True, "Yes"),
    ("gap", "Who did Per Moen say was behind the strike?", "who_did", True, "Tarsis Group"),
    # Spanish "los de X …" (those of X) is X
    ("es-opening", "los de Kestria reconocieron a moen?", "stance_check", True, "Sí"),
]

GAPS: dict[str, str] = {
    "Are Kestrel Company staff involved in the strike?": "'it' is not read as the strike, and a "
    "present state ('are … involved') is not answered by a plan ('it will involve staff from X')",
    "Who did Per Moen say was behind the strike?": "'behind' (responsible for) is not read as "
    "asking the doer of the noun ('a plot staged by X')",
    "Has the Holm Harbour Board said how much it wants?": "'the board' after the board's name is "
    "not resolved to it by the facts, so the refusal is not the named board's",
}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_r4_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


# Kinds read in a small article of their own (inline, made up): (article, rows), each row a
# question, whether it is answered, and what the answer (or the decline) says.
SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # "a tape found inside the depot": the participle's noun is what was found, not who found it
    "found": (
        "Tape found\n\nHOLM, May 4. /Wire/. Officials say a video tape found inside the depot "
        "proves the plot was real. Police arrested two men on Friday.\n",
        [
            ("Who found the video tape?", False, "does not say who", "object-no-doer"),
            ("Who arrested two men?", True, "Police", "subject-doer"),
        ],
    ),
    # "what did X say about <a name>?": only a quote near that name (its paragraph or the one
    # before)
    "near": (
        "Raids and a tape\n\nHOLM, May 4. /Wire/. Jets struck depots in Kestria on Saturday, "
        "officials in Brenn said.\n\nMarkets were calm.\n\nThe Norland Vice-President, Ola Dahl, "
        'says the tape shows the strikes were planned.\n\nIn Tarsis, the talks went on. "We will '
        'keep talking to Tarsis," Dahl said.\n',
        [
            ("What did Ola Dahl say about the strikes in Kestria?", False, "does not quote", "far"),
            ("What did Dahl say about Tarsis?", True, "keep talking", "near"),
            ("What did Dahl say about the tape?", True, "tape shows", "topic-word"),
        ],
    ),
    # "X discussed preparations for Y": who prepared Y is X (a noun of the asked verb, carried
    # by another verb); "who is preparing X's trip?" asks who does it, not whom the trip concerns
    "prepared": (
        "Visit planned\n\nHOLM, May 4. /Wire/. In July, Deputy Minister Lena Holt discussed "
        "preparations for Tomas Vik's visit to Sova during her trip to Holm. Critics opposed "
        "preparations for the summit.\n",
        [
            ("Who prepared Vik's visit to Sova?", True, "Lena Holt", "carried-noun"),
            ("Who is preparing Vik's trip to Sova?", True, "Lena Holt", "possessive"),
            ("Who prepared the summit?", False, "does not say who", "not-a-carrier"),
            # "who worked on preparing X?": the verb after the aspect verb and its particle
            ("Who worked on preparing Vik's visit?", True, "Lena Holt", "aspect"),
        ],
    ),
    # "who did X blame for the strike?": the doer X's sentence gives it ("a stunt staged by Z")
    "blame": (
        "Strike\n\nHOLM, May 4. /Wire/. Mayor Ada Holt dismissed the strike as a stunt staged by "
        "the Dock Union. Police arrested two men.\n",
        [
            ("Who did Holt blame for the stunt?", True, "Dock Union", "blamed"),
            ("Who did the police blame for the stunt?", False, "", "not-theirs"),
        ],
    ),
    # "why did the unrest get worse?": a change of state on a day, "when" something happened —
    # that is why; an action's "when" clause only dates it
    "unrest": (
        "Unrest\n\nHOLM, May 4. /Wire/. The unrest in Holm worsened on May 2, when Mayor Ada Holt "
        "resigned. Police arrested two men on Friday, when the march ended.\n",
        [
            ("Why did the unrest get worse?", True, "when Mayor Ada Holt", "trigger"),
            ("Why did police arrest two men?", False, "does not say why", "a-date"),
            ("Why did Holt resign?", False, "does not say why", "no-reason"),
        ],
    ),
    # "where was the interview shown?": the medium named ("X TV channel"); "what did X tell Y
    # about Z?": the quote about Z, not the one that names Y; "what did X do?" of a doer of no
    # side: what the article says X did
    "medium": (
        'Port\n\nHOLM, May 4. /Wire/. "The port will close," Mayor Ada Holt said in an interview '
        'with Harbour TV channel broadcast on Monday. "Brenn will help us," Holt said. Police '
        "arrested two men.\n",
        [
            ("Where was Holt's interview shown?", True, "Harbour TV", "medium"),
            ("Where was the arrest shown?", False, "does not say where", "no-medium"),
            ("what did Holt tell Harbour TV about Brenn?", True, "Brenn will help", "told-about"),
            ("What did the police do?", True, "arrested two men", "deed"),
            ("What did Harbour TV do?", False, "What would you like", "no-deed"),
        ],
    ),
    # a time outside the relative clause the thing asked about sits in does not date it, even
    # when the question has no word of its own to anchor but a name
    "relative": (
        "Port\n\nHOLM, May 4. /Wire/. The crisis worsened on May 2, when Ada Holt, whose licence "
        "had been revoked by the Port Board, resigned as mayor.\n",
        [
            ("When did Holt resign?", True, "May 2", "main-clause"),
            ("when did the Port Board do that?", False, "does not say when", "inside"),
        ],
    ),
}
_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)


# "since when?" is a bare "when?" about the previous answer's event ("until when?" asks for an
# end the article does not give)
TURNS = [
    (
        "since-when",
        [
            ("Who established the survey fund?", "who_did", True, "Holm Harbour Board"),
            ("since when?", "when", True, "July"),
        ],
    ),
    (
        "until-when",
        [
            ("Who established the survey fund?", "who_did", True, "Holm Harbour Board"),
            ("until when?", "when", False, "does not say when"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(TURNS))
def test_r4_turns(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)
