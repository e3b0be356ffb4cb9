"""Kinds of question mended in session 18 (issues 7, 8), as one table: small made-up stories
(nothing in them is a measured story's text), the turns asked before (each answer the next
one's context), the question, and whether it is answered and with what. Rows named
``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "visit": Engine.from_text(
        "Varga to visit Lunor\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga thanked "
        "Lunor for its support.\n\nEarlier, spokesman Pavel Orn said Varga was expected to "
        "visit Lunor soon.\n\nIn June, Deputy Minister Ilse Brand discussed preparations for "
        "Varga's visit to Lunor during her trip to Holm.\n\nVarga said Ardenia and Lunor have "
        "relations of trust.\n"
    ),
    "crisis": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. The crisis deepened on May 2, when opposition "
        "leader Marta Kessel declared herself acting president at a rally in Holm.\n\nBexia "
        "and Lunor backed President Tomas Varga, while Sova recognised Kessel.\n\nVarga said "
        "he meets the leader of Lunor at international forums.\n"
    ),
    "crash": Engine.from_text(
        "Air ambulance crash\n\nA medical plane crashed near Dunmore overnight, killing the "
        "51-year-old pilot. The only other person on board, a 29-year-old nurse from nearby "
        "Alsby, suffered minor injuries. The plane had been flying from Kerrow to collect an "
        "eight-year-old girl and take her to Velling for surgery. Police Inspector Rhona Tait "
        "says the girl and her father had been waiting at the airfield.\n"
    ),
    "hunt": Engine.from_text(
        "The army is stepping up its search of the northern hills in an attempt to find the "
        "rebels. As the radio reports, dealing with Tarik Velan and Mullah Yusuf Karim is one of "
        "the hardest problems facing the government. Vice-President Per Lund says that if "
        "either man is captured they must be handed over to the army. Defence Minister Ana Ruud "
        "has suggested they could be tried abroad. Ruud has also ordered more troops north.\n"
    ),
    "leaders": Engine.from_text(
        "Leaders meet in Holm\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga met "
        "Lunorian President Ole Brun in Holm on Monday. Deputy Foreign Minister Ilse Brand "
        "prepared the talks.\n"
    ),
    "league": Engine.from_text(
        "Kessel gains backing\n\nHOLM, May 4. /Wire/. Several countries, including Dorn, Marn "
        "League members (excluding Pavia), Kell and Sarn, recognised Marta Kessel.\n"
    ),
    "interview": Engine.from_text(
        'Varga thanks Lunor\n\nHOLM, May 4. /Wire/. "I thank Lunor for its support," '
        "Ardenian President Tomas Varga said in his interview with Radio Holm broadcast on "
        "Monday.\n"
    ),
    "logging": Engine.from_text(
        "Conservationists have welcomed the jail term given to a man who cut protected trees. "
        "Karl Weston, 44, of Dunmore pleaded guilty to felling 12 trees in a national park on "
        "the Ridgeway Range in May. Weston is the first person to be prosecuted under the act. "
        "He said he was sorry.\n"
    ),
    "strike": Engine.from_text(
        "Jets strike police buildings\n\nEarlier, a Dornish fighter jet struck two buildings "
        "in the Sovan police headquarters in Marra City, injuring at least 12 people. The Sovan "
        "Authority condemned the attack. Sovan officials said the strike was a warning.\n"
    ),
    "photo": Engine.from_text(
        "All news\n\nVarga meets Brun in Holm\n\nArdenian President Tomas Varga met Lunorian "
        "President Ole Brun on Monday\nArdenian President Tomas Varga, left, and Lunorian "
        "President Ole Brun, right\n© Holm Press\n\nHOLM, May 4. /Wire/. Ardenian President "
        "Tomas Varga met Lunorian President Ole Brun in Holm on Monday. Varga said the talks "
        "were useful.\n"
    ),
    "contact": Engine.from_text(
        "Varga keeps contact\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga thanked "
        "Lunor for its support. Varga said he maintained constant contact with Lunorian "
        "President Ole Brun.\n"
    ),
    "shoot": Engine.from_text(
        "Gunman dead after shooting\n\nA gunman shot four people at a factory in Dunmore on "
        "Tuesday. The gunman was found dead at the scene, but \"it's not clear whether the "
        "suspect shot himself\", Alsby County Sheriff's Department said in a statement.\n"
    ),
    "orn": Engine.from_text(
        "Varga to visit Lunor\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga has "
        "thanked Lunor for its support.\n\nEarlier, Palace Spokesman Pavel Orn said the "
        "Ardenian leader was expected to pay a visit to Lunor in the near future.\n"
    ),
    "casino": Engine.from_text(
        "Casinos post big income\n\nArdenian casinos generated a $4.2 billion income in the "
        "2010-2011 financial year. The statistics office found gambling was the biggest money "
        "winner, making up 75 per cent or $3.1 billion of total income.\n"
    ),
    "court": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. The crisis deepened on May 2, when Marta Kessel, "
        "opposition leader and parliament speaker, whose appointment to that post had been "
        "annulled by the country's High Court, declared herself acting president at a rally in "
        "Holm.\n"
    ),
}

# (story, turns before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "it" is the visit the previous answer was about, told of in another paragraph
    (
        "visit",
        ("Is Varga going to Lunor?", "who said so?"),
        "who worked on preparing it?",
        True,
        "Brand",
        "it-told-further-on",
    ),
    # after a decline, "it" of a question doing something of its own: the declined question's
    # words the article has (the visit), not the ones nothing could meet ("long", "last")
    (
        "visit",
        ("Which official talked about Varga's visit?", "how long will the visit last?"),
        "who handled the preparations for it?",
        True,
        "Brand",
        "it-after-decline",
    ),
    # guard: "who said that?" after a decline takes every word of what nothing answered
    (
        "visit",
        ("will Ardenia and Lunor keep working together?",),
        "who said that?",
        False,
        "does not say",
        "said-that-after-decline-guard",
    ),
    # the name before "de qué lado": the side it took (it answered a yes/no: "Sí")
    ("crisis", (), "¿Bexia de qué lado estaba?", True, "Varga", "es-name-first-side"),
    ("crisis", (), "Бексия на чьей стороне была?", True, "Varga", "ru-name-first-side-guard"),
    ("crisis", (), "who are varga's backers?", True, "Bexia", "backers-guard"),
    # "and this article?" after "when was X?" / "where was X?": the article's own date / place
    # (it quoted a sentence about something else)
    (
        "crisis",
        ("when was Kessel's rally?",),
        "and this article?",
        True,
        "May 4",
        "article-swap-when",
    ),
    (
        "crisis",
        ("where was Kessel's rally?",),
        "and this report?",
        True,
        "HOLM",
        "article-swap-where",
    ),
    ("crisis", ("when was the article published?",), "and the rally?", True, "May 2", "swap-guard"),
    # "who did X thank besides Y?": not Y (it answered Y); nobody else named: a decline
    ("visit", (), "who did Varga thank besides Lunor?", False, "does not say", "whom-besides"),
    ("visit", (), "who did Varga thank?", True, "Lunor", "whom-guard"),
    # "who else was on that side?" after an answer quoting X's side: the others of it (it
    # quoted X's sentence again)
    ("crisis", ("what about Bexia?",), "who else was on that side?", True, "Lunor", "else-side"),
    ("crisis", ("did Bexia back Varga?",), "who else?", True, "Lunor", "else-side-guard"),
    # "and the pilot?" after "how old was the nurse?": the age of the one described next (it
    # quoted the sentence of the pilot's death)
    ("crash", ("How old was the nurse?",), "and the pilot?", True, "is 51", "age-swap"),
    (
        "crash",
        ("How old was the nurse?", "and the pilot?"),
        "what about the girl?",
        True,
        "8",
        "age-swap-2",
    ),
    # the place of the question's verb: "take her to Velling", not "flying from Kerrow"
    ("crash", (), "where was the plane taking the girl?", True, "Velling", "where-verb"),
    ("crash", (), "Where had the plane been flying from?", True, "Kerrow", "where-verb-guard"),
    # a word of the name's own before the words typed ("mullah karim"): the name, not a word
    # asked about (it was read as "who is <something> Karim?" and answered by who did it)
    ("hunt", (), "who is mullah karim?", False, "who Mullah Yusuf Karim is", "name-word"),
    # "what has X suggested?": not what Y has suggested (X not in the sentence at all)
    ("hunt", (), "what has Per Lund suggested?", False, "Per Lund", "subject-absent-said"),
    ("hunt", (), "what has Per Lund ordered?", False, "does not say", "subject-absent"),
    ("hunt", (), "what has Ana Ruud ordered?", True, "more troops", "subject-guard"),
    # "and the lunorian one?" after "what's the ardenian president called?": "one" is the
    # description's noun (it declined)
    (
        "leaders",
        ("what's the ardenian president called?",),
        "and the lunorian one?",
        True,
        "Ole Brun",
        "one-instead",
    ),
    # "what's X's job title?" asks X's role (it declined)
    ("leaders", (), "whats bruns job title", True, "Lunorian President", "job-title"),
    # "and the other camp?" after a list of one side: the other side's (it declined)
    ("crisis", ("who backed Varga?",), "and the other camp?", True, "Sova", "other-camp"),
    ("crisis", ("who backed Varga?",), "and the others?", False, "does not say", "others-guard"),
    # … and "who was on the other side?" after a yes on one side (it listed the same side)
    (
        "crisis",
        ("did Bexia back Varga?",),
        "who was on the other side?",
        True,
        "Sova",
        "other-side",
    ),
    # "is the whole X behind Y?" is a side (it was a yes/no on the words); "which one isn't?"
    # after it: the one excluded ("isn't" a negation as "didn't" is)
    ("crisis", (), "is Bexia behind Varga?", True, "Yes", "behind"),
    ("league", (), "is the whole marn league behind kessel?", True, "Not all", "whole-behind"),
    (
        "league",
        ("is the whole marn league behind kessel?",),
        "which one isn't?",
        True,
        "Pavia",
        "which-isnt",
    ),
    # "who said that?" after "what does X think of …?": X (a name the follow-up takes from the
    # question before is no name of its own, not one who cannot have said it)
    (
        "visit",
        ("What does Varga think of the relations with Lunor?",),
        "who said that?",
        True,
        "Varga",
        "who-said-merged-name",
    ),
    # "who was the interviewer?": the doer of a thing is no word of the thing (it answered
    # the one who gave the interview)
    ("interview", (), "who was the interviewer?", False, "", "agent-noun"),
    ("interview", (), "who is the president?", True, "Varga", "agent-noun-guard"),
    # "which country first backed X?": the article gives no order (it listed the side)
    ("crisis", (), "which country first backed Varga?", False, "", "first-to-back"),
    ("crisis", (), "which country backed Varga?", True, "Bexia", "first-to-back-guard"),
    # "X, 44, of Y": X is from Y (it declined); "where's X from" asks X's origin (it gave
    # where the felling was)
    ("logging", (), "where is weston from?", True, "Dunmore", "aged-of"),
    ("logging", (), "where's karl weston from", True, "Dunmore", "wheres-from"),
    # a name used as an adjective ("in the Sovan police headquarters in Marra City") is not
    # the place (it answered "Sovan Authority")
    ("strike", (), "Which city did the jet strike?", True, "Marra City", "attributive-place"),
    # "who was X with, A or B?" (en, es): the one of the two X sided with (they declined)
    ("crisis", (), "who was Sova with, Varga or Kessel?", True, "Kessel", "with-a-or-b"),
    ("crisis", (), "Sova with Varga or Kessel?", True, "Kessel", "with-a-or-b-short"),
    (
        "crisis",
        (),
        "¿con quién estaba Sova, con Varga o con Kessel?",
        True,
        "Kessel",
        "es-with-a-or-b",
    ),
    # where in the photo the caption puts someone ("X, left, and Y, right"): they declined
    ("photo", (), "Is Brun on the left or the right in the photo?", True, "Right", "photo-side"),
    ("photo", (), "who is on the left in the photo?", True, "Varga", "photo-who-left"),
    ("photo", (), "who is in the photo?", True, "Tomas Varga and Ole Brun", "photo-guard"),
    # "in X's corner" is on X's side (it was read as a place)
    ("crisis", (), "Which countries were in Varga's corner?", True, "Bexia", "corner"),
    # a declined "what about Y?" and "and Z?" (is Z on the list?) leave the list the topic:
    # "how many in total?" counts it (it counted the declined words, or Z)
    (
        "crisis",
        ("which countries backed Varga?", "what about north dorn?", "and Lunor?"),
        "how many in total?",
        True,
        "2",
        "list-topic-kept",
    ),
    # statements asked with a question mark: "X - in touch with Y?" (a preposition after the
    # name, a name at the end), "he thanked Y?" (a pronoun for the subject): yes/no questions
    # (they quoted the sentence with no yes)
    ("contact", (), "Varga - in touch with Brun?", True, "Yes", "name-prep-statement"),
    ("contact", ("Who is Varga?",), "he thanked Lunor?", True, "Yes", "pronoun-statement"),
    # "X County Sheriff's Department" is one name (it answered "Department.")
    (
        "shoot",
        (),
        "Who said it was not clear whether the suspect shot himself?",
        True,
        "Alsby County Sheriff",
        "owned-body",
    ),
    # "all of its members?" after a yes on a group's side: asked of all of them — not all, when
    # the article names exceptions (it quoted the sentence)
    (
        "league",
        ("did the marn league recognise kessel?",),
        "all of its members?",
        True,
        "Not all",
        "all-of-its-members",
    ),
    # "where did he say that?": not a place of what he said ("a visit to Lunor")
    (
        "orn",
        ("what did the palace spokesman say",),
        "where did he say that?",
        False,
        "where",
        "where-said-not-content",
    ),
    # "the 2010-2011 financial year": one time, both years (it answered "2010")
    ("casino", (), "when did the casinos generate 4.2 billion?", True, "2010-2011", "year-range"),
    # "what share / percentage of …?": the percentage, not the sum beside it (it answered
    # "$3.1 billion")
    (
        "casino",
        (),
        "what share of total income did gambling make up?",
        True,
        "75 per cent",
        "share",
    ),
    # "when did they annul it?" after "who annulled it?": the annulling's own time — none, in
    # the relative clause (it gave the date of the declaration around it)
    (
        "court",
        ("kessel was speaker of what", "who annulled it?"),
        "when did they annul it",
        False,
        "when",
        "when-own-verb",
    ),
    # "over what time frame?": a span of time, not a sentence with "times" in it
    (
        "visit",
        ("Is Varga going to Lunor?",),
        "over what time frame?",
        False,
        "how long",
        "time-frame",
    ),
]

# (story, question, the kind it is answered as, id)
KINDS = [
    # "what was the date of X?" asks when (it quoted the sentence: no date said)
    ("crisis", "What was the date of the rally in Holm?", "when", "date-of"),
    ("crisis", "What is the date of the article?", "article_date", "date-of-article-guard"),
    # "who are X's <adjective> backers?" is a side (it was read as whom X meets)
    ("crisis", "who are Varga's international backers?", "sides", "adjective-backers"),
    # "suggested" is a verb of saying: what X suggested is X's words (it was read as a what)
    ("hunt", "what has Ana Ruud suggested?", "quote", "suggested"),
    # "tl;dr" (written with its semicolon) asks what the article is about (it declined)
    ("crisis", "tl;dr pls", "about", "tldr"),
    # "what's the X called?" asks who X is (it was read as a what)
    ("leaders", "what's the ardenian president called?", "whois", "called"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [r[:5] for r in ROWS], ids=[r[5] for r in ROWS]
)
def test_s18_rows(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


@pytest.mark.parametrize(
    "story, question, intent", [r[:3] for r in KINDS], ids=[r[3] for r in KINDS]
)
def test_s18_kinds(story, question, intent):
    a = STORIES[story].answer(question)
    assert a.answered, a.reason
    assert a.intent == intent, (a.intent, a.text)


# (question, word, whether it weighs as a word of what is asked, id)
WEIGHTS = [
    # "expect to push": the verb after frames what is asked, not "expect" (a sentence saying
    # "X was expected to visit" answered "when does X expect to push ties further?")
    ("When does Varga expect to push relations further?", "expect", False, "frame-verb"),
    ("When does Varga expect to push relations further?", "push", True, "frame-verb-guard"),
    ("Did Varga expect the vote?", "expect", True, "expect-no-to-guard"),
]


@pytest.mark.parametrize(
    "question, word, full", [r[:3] for r in WEIGHTS], ids=[r[3] for r in WEIGHTS]
)
def test_s18_weights(question, word, full):
    q = STORIES["visit"].answerer.read(question)
    term = next(t for t in q.terms if t.word == word)
    assert (term.weight == 1.0) == full, term
