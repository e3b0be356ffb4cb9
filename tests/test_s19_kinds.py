"""Kinds of question mended in session 19 (issues 7, 8), as one table: small made-up stories
(nothing in them is a measured story's text), the turns asked before (each answer the next
one's context), the question, and whether it is answered and with what. Rows named
``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "thanks": Engine.from_text(
        'Varga thanks Lunor\n\nHOLM, May 4. /Wire/. "Lunor as a true friend has stood by '
        'Ardenia," Ardenian President Tomas Varga said on Monday.\n\nThe opposition leader '
        "Marta Kessel declared herself acting president. Varga dismissed the move as a plot "
        "staged by Sova and said he would not talk to Kessel.\n"
    ),
    "leaders": Engine.from_text(
        "Leaders meet in Holm\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga met "
        "Lunorian President Ole Brun in Holm on Monday.\n"
    ),
    "clubs": Engine.from_text(
        "Dunmore's sports clubs took in $2.4 million in the last season, the city council has "
        "found. The clubs employ 1,200 staff and run more than 300 courts. Their profit rose by "
        "12 per cent. There were almost 9,000 members at the end of May.\n"
    ),
    "sides": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. Bexia, Lunor and Sova backed President Tomas "
        "Varga, while Dorn and Marn recognised Marta Kessel.\n"
    ),
    "posts": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. Marta Kessel, opposition leader and parliament "
        "speaker, whose appointment had been annulled by the court, declared herself president. "
        "Incumbent Ardenian President Tomas Varga dismissed the move.\n"
    ),
    "leader": Engine.from_text(
        "Varga thanks Lunor\n\nArdenian President Tomas Varga, right\n© Presidential "
        "Office/Handout via REUTERS\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga thanked "
        "Lunor for its help. The Ardenian leader said relations were good.\n\nEarlier, "
        "spokesman Pavel Orn said the Ardenian leader was expected to visit Lunor soon.\n"
    ),
    "camps": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. Marta Kessel declared herself acting president. "
        "Several countries, including Dorn, Marn and Pavia, as well as the Union of Sea States, "
        "recognised Kessel.\n\nIn contrast, Bexia, Lunor and Sova voiced support for "
        "President Tomas Varga.\n"
    ),
    "study": Engine.from_text(
        "The findings of a new study are worrying for Ardenia's hospitals. The study by the "
        "Holm Institute of Health shows the number of obese adults has risen by 2 per cent.\n"
    ),
    "design": Engine.from_text(
        "Road deaths in Ardenia fell last year. The Holm Road Council's chief executive, Ana "
        "Ruud, says another trend is in the type of crash believed to be caused by changes in "
        "the design of cars.\n"
    ),
    "loyal": Engine.from_text(
        "A court in Holm has found 8 militia members guilty of murder. The court heard how the "
        "militia members, still loyal to Norway, carried out 13 murders in the Dunmore district "
        "of Ardenia.\n"
    ),
    "gang": Engine.from_text(
        "A United Nations panel of judges in East Ardenia has found 10 militia gang members "
        "guilty of crimes against humanity. A three-judge panel found the men guilty of killing "
        "two nuns, three priests and a Norwegian journalist, as well as carrying out other "
        "murders in East Ardenia's Dunmore district. They also found the gang members guilty of "
        "torture, persecution and forced deportation. The court heard how soon after the vote "
        "the militia gang members, still loyal to Norway, carried out 13 murders, burnt several "
        "villages and forced residents of Holm to flee their homes.\n"
    ),
    "wages": Engine.from_text(
        "Unions representing Holm bus drivers have not ruled out strikes after talks with the "
        "council broke down. The council says it has to freeze wages because of a budget "
        "shortfall of about $340,000. Unions say the drivers deserve modest pay rises.\n"
    ),
    "list": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. Several countries, including Dorn and Marn, as "
        "well as the Union of Sea States, recognised Marta Kessel.\n"
    ),
    "letters": Engine.from_text(
        "Varga thanks Lunor\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga has "
        "expressed gratitude to Lunor. The Ardenian leader said he maintained constant contact "
        'with Lunorian President Ole Brun. "We have met numerous times in Holm. We constantly '
        'exchange letters with common views and have phone conversations," Varga stressed.\n'
    ),
    "rally": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. The crisis deepened on May 2, when Marta "
        "Kessel, opposition leader and parliament speaker, declared herself acting president "
        "at a rally in Holm.\n"
    ),
    "farm": Engine.from_text(
        "The Ardenian Farm Minister, Ola Berg, says he has won no changes to the farm bill. Mr "
        "Berg has led a delegation of Ardenian farmers to Holm lobbying for some of the "
        "subsidies to be removed.\n"
    ),
    "visit": Engine.from_text(
        "Varga to visit Lunor\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga thanked "
        "Lunor for its support.\n\nEarlier, spokesman Pavel Orn said the Ardenian leader was "
        "expected to pay a visit to Lunor soon. In July, Lunorian Deputy Foreign Minister Ivan "
        "Brand discussed preparations for Varga's visit to Lunor during his trip to Holm.\n"
    ),
}

# (story, turns before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "did X call Y a Z?": Z's words in X's own words about Y (it declined: no sentence has
    # "call")
    ("thanks", (), "did varga call lunor a true friend?", True, "Yes", "call-a"),
    ("thanks", (), "did varga describe lunor as a friend?", True, "Yes", "describe-as"),
    ("thanks", (), "did varga call the move a plot?", True, "Yes", "call-reported"),
    # guard: what someone else called it is no yes of X's
    ("thanks", (), "did kessel call lunor a true friend?", False, "", "call-other-guard"),
    # "guys" opens a chat question as "hey" does, and "@bot" before the question mark is the
    # address (both were read as words of the question: a sentence with no yes)
    ("sides", (), "guys did Bexia back Varga", True, "Yes", "guys-opening"),
    ("sides", (), "Bexia - with Varga @bot?", True, "Yes", "address-before-mark"),
    # "is X still the Y?": yes when a sentence says X holds it now ("incumbent"); it was read
    # as who X is
    ("posts", (), "is varga still the president?", True, "Yes", "still-incumbent"),
    # guard: a post the article tells of, but not as held now, is no yes
    ("posts", (), "is kessel still the parliament speaker?", True, "Kessel —", "still-guard"),
    # "X and Y have met?": a statement asked as a question, its subject two names (it quoted
    # the sentence with no yes)
    ("posts", (), "so kessel and varga have actually met?", False, "", "joined-subject-guard"),
    ("leaders", (), "so Varga and Brun have actually met?", True, "Yes", "joined-subject"),
    # "who is the Ardenian leader Orn talked about?": "leader" is no word of Orn's role, so it
    # describes someone else (it answered Orn); the sentence quoted is the one naming Orn too
    (
        "leader",
        (),
        "Who is the Ardenian leader Orn talked about?",
        True,
        "Varga",
        "described-other",
    ),
    ("leader", (), "who is spokesman Orn?", True, "Orn", "title-own-guard"),
    # "and Dorn?" after "whose side is Bexia on?": the same asked of Dorn (it answered "No —
    # Dorn recognised Kessel, not Varga": a no to no yes/no question)
    (
        "sides",
        ("who is Bexia backing?",),
        "and Dorn?",
        True,
        "Dorn recognised Marta Kessel.",
        "party-swap",
    ),
    # guard: after "who backed Varga?", "and Dorn?" is still whether Dorn is among them
    ("sides", ("who backed Varga?",), "and Dorn?", True, "No", "party-swap-list-guard"),
    # "who did X back, A or B?" when the first option's side lacks X: the second's (it declined)
    ("sides", (), "who did Bexia back, Kessel or Varga?", True, "Varga", "choice-second"),
    ("sides", (), "who recognised Kessel, Bexia or Lunor?", False, "", "choice-neither-guard"),
    # "which countries were on the other side?" is "who was on the other side?" (it declined)
    (
        "camps",
        ("did Dorn back Kessel?",),
        "which countries were on the other side?",
        True,
        "Bexia, Lunor and Sova",
        "other-side-which",
    ),
    # "which organisation carried out the study?" asks who did it (it quoted a sentence with
    # no organisation in it)
    ("study", (), "Which organisation carried out the study?", True, "Holm Institute", "which-org"),
    ("study", (), "what agency did the study?", True, "Holm Institute", "what-agency"),
    # "which foreign companies changed …?" with a word the article never uses: a sentence that
    # names no company doing it is no answer (it quoted one naming only the council)
    (
        "design",
        (),
        "Which foreign companies changed the design of cars?",
        False,
        "",
        "which-kind-unnamed",
    ),
    # "still loyal to X": X is no place where anything was done (it answered "where did they
    # carry out the murders?" with X); asked with the word, it is still the answer
    (
        "loyal",
        (),
        "where did the militia carry out the murders?",
        True,
        "Dunmore",
        "loyal-to-no-place",
    ),
    (
        "loyal",
        (),
        "which country were the militia loyal to?",
        True,
        "Norway",
        "loyal-to-asked-guard",
    ),
    # "they" after "how many X were …?" (an answer naming no one) are the X counted (it read
    # "they" as the panel and its place, and declined)
    (
        "gang",
        ("How many militia members were found guilty?",),
        "how many murders did they carry out?",
        True,
        "13",
        "they-counted",
    ),
    # "forced residents of X to flee": X is where they live, a place (it declined "where?")
    (
        "gang",
        ("How many militia members were found guilty?", "how many murders did they carry out?"),
        "where?",
        True,
        "Holm",
        "residents-of",
    ),
    # "what do the unions want?": what they say is due ("deserve"), not the first sentence with
    # "unions" (it quoted that one)
    ("wages", (), "What do the unions want?", True, "deserve modest pay rises", "want-deserve"),
    # "how big …?" asks a size: a number, or a decline (it quoted a sentence with none)
    ("wages", (), "How big is the budget shortfall?", True, "340,000", "how-big"),
    ("wages", (), "how big a pay rise do the unions want?", False, "", "how-big-none"),
    # "would it be correct to say that X …?", "does the article actually say that X …?": the
    # statement asked as a yes/no (they declined)
    (
        "sides",
        (),
        "Would it be correct to say that Bexia backed Varga?",
        True,
        "Yes",
        "correct-to-say",
    ),
    (
        "sides",
        (),
        "does the article actually say that Dorn backed Varga?",
        True,
        "No",
        "article-say-that",
    ),
    # "did X do the same?", "did X follow suit?": the chain's question of X (it read "X" as
    # the whole question and declined)
    ("camps", ("did Bexia back Varga?",), "did Lunor do the same?", True, "Yes", "do-the-same"),
    ("camps", ("did Bexia back Varga?",), "did Dorn follow suit?", True, "No", "follow-suit"),
    # "why?" of a sentence whose only word of reasons is in "as well as" gives no reason (it
    # quoted the list as the reason)
    ("list", ("did Dorn back Kessel?",), "why did they do it?", False, "", "as-well-as-no-reason"),
    # "could you tell me what the headline of the article is?": the question inside a sentence,
    # its be-form put after the question word (it was read as a what and declined)
    (
        "leader",
        (),
        "Could you tell me what the headline of the article is?",
        True,
        "Varga thanks Lunor",
        "embedded-what",
    ),
    # after an answer about the article itself, "what date?" is its date, "filed from where?"
    # its dateline (they declined); "where does the photo come from?" is its credit
    ("leader", ("which agency is this from?",), "what date?", True, "May 4", "article-what-date"),
    (
        "leader",
        ("which agency is this from?",),
        "filed from where?",
        True,
        "HOLM",
        "filed-from-where",
    ),
    # "do they …?" after an answer about two people: asked of them by name (it declined: the
    # two names read at one word)
    (
        "leaders",
        ("who did Varga meet?",),
        "do they ever write to each other?",
        False,
        "",
        "they-two-guard",
    ),
    (
        "letters",
        ("How does Varga describe his ties with Ole Brun?",),
        "and do they ever write to each other?",
        True,
        "Yes",
        "they-two",
    ),
    # "what words did X use to describe Y?": X's own words on Y (it was read as a what)
    ("thanks", (), "what words did Varga use to describe Lunor?", True, "true friend", "words-use"),
    # a "besides …," clause naming nothing the article names narrows nothing: the question
    # after it (it declined)
    (
        "posts",
        (),
        "Besides leading the opposition, what post did Marta Kessel hold?",
        True,
        "parliament speaker",
        "besides-a-kind",
    ),
    ("camps", (), "besides dorn, who recognised Kessel?", True, "Marn", "besides-name-guard"),
    # "did X declare herself president in parliament?": "parliament" only in "parliament
    # speaker", never after a place preposition, is no place of the deed (it answered yes);
    # "at a rally or in parliament?" then chooses the rally
    ("posts", (), "did Kessel declare herself president in parliament?", False, "", "place-unmet"),
    (
        "rally",
        (),
        "did Kessel declare herself president in parliament?",
        False,
        "",
        "place-unmet-rally",
    ),
    (
        "rally",
        (),
        "did Kessel declare herself president at a rally or in parliament?",
        True,
        "rally",
        "place-choice",
    ),
    ("rally", (), "did Kessel declare herself president in Holm?", True, "Yes", "place-met-guard"),
    # "led farmers to Holm lobbying for …": Holm is where, never who lobbied (it answered Holm:
    # a place as a doer)
    (
        "farm",
        (),
        "Who is lobbying for the subsidies to be removed?",
        False,
        "",
        "gerund-after-place",
    ),
    ("farm", (), "who led a delegation to Holm?", True, "Berg", "led-guard"),
    # "откуда фото?" asks the photo's credit, not where the article was filed (it answered the
    # dateline's city)
    ("leader", (), "Откуда фото к статье?", True, "REUTERS", "ru-photo-from"),
    # "who went with him?": a companion — someone the sentence puts "with" him, or a decline
    # (it answered whose visit was prepared: a should-decline)
    (
        "visit",
        ("What did Brand discuss?", "where?", "when was that?"),
        "who went with him?",
        False,
        "",
        "companion-unmet",
    ),
    ("letters", (), "who has phone conversations with Ole Brun?", True, "Varga", "with-talk-guard"),
    # "who's the guy who declared herself president?": who declared herself president (it
    # declined); a bare "credit?" is the photo's credit
    (
        "rally",
        (),
        "wait whos the woman who declared herself president",
        True,
        "Kessel",
        "the-guy-who",
    ),
    ("leader", ("who is in the photo?",), "credit?", True, "REUTERS", "bare-credit"),
    # "pro-X countries" (a chat fragment) asks the parties of X's side (it declined)
    ("camps", (), "pro-varga countries", True, "Bexia, Lunor and Sova", "pro-x-parties"),
    # "which side of the photo is X on?", "where in the photo is X?": the caption's place for X
    # (it answered X's side in the story: a list of supporters)
    ("leader", (), "which side of the photo is Varga on?", True, "Right", "photo-which-side"),
    ("leader", (), "where in the photo is Varga?", True, "Right", "photo-where"),
    # a yes/no on a number: asked as "how many", the article's number weighed against it (they
    # declined, or quoted a sentence with no yes)
    ("sides", (), "did three countries back Varga?", True, "Yes", "count-list"),
    ("sides", (), "did 5 countries back Varga?", True, "No", "count-list-other"),
    (
        "sides",
        (),
        "so Kessel had like 2 countries backing her, right @bot?",
        True,
        "Yes",
        "count-tag",
    ),
    ("clubs", (), "were there more than 200 courts?", True, "Yes", "count-more-than"),
    ("clubs", (), "were there more than 500 courts?", False, "", "count-unsettled"),
    (
        "clubs",
        ("were there more than 200 courts?",),
        "and more than 10,000 members?",
        True,
        "No",
        "count-follow-up",
    ),
    ("clubs", (), "do the clubs employ over 1,000 staff?", True, "Yes", "count-anywhere"),
    ("clubs", (), "did the clubs take in more than $2 million?", True, "Yes", "count-money"),
    ("clubs", (), "did their profit rise by more than 20 per cent?", True, "No", "count-share"),
    # guard: a share is never weighed against money, nor a number of years against a count
    ("clubs", (), "did the clubs take in more than $20 million?", True, "No", "count-money-no"),
    ("clubs", (), "was the profit more than 12 million dollars?", False, "", "count-kinds-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [r[:5] for r in ROWS], ids=[r[5] for r in ROWS]
)
def test_s19_rows(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


def test_s19_described_other_quotes_its_sentence():
    """The description's sentence that names the other one too is the one quoted."""
    a = STORIES["leader"].answer("Who is the Ardenian leader Orn talked about?")
    assert "Orn" in a.sentences[0].text, a.sentences
