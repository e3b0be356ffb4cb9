"""Events (bot/facts/events.py): who did what to whom in each clause — small texts in, (agent,
verb group, patient, negated, mode, passive, reported by) out. An agent or a patient is an
entity's name when a name or a pronoun says who, else the sentence's words."""

import pytest
from facts_text import read

EVENTS = {
    "name-verb-object": (
        "Foreign Minister Alexander Downer signed the understanding with Nauru.",
        [("Alexander Downer", "signed", "the understanding", False, None, False, None)],
    ),
    "passive-with-agent": (
        "Police said Mr Blake was shot dead by pirates.",
        [("pirates", "was shot dead", "Blake", False, None, True, "Police")],
    ),
    "reported-clause-agent": (
        "Mayor Anna Berg said Mr Tomas Lopes had signed the order.",
        [("Tomas Lopes", "had signed", "the order", False, None, False, "Anna Berg")],
    ),
    "negated": (
        "Dr Aamer Sultan was not able to receive the honour in person.",
        [("Aamer Sultan", "was not able to receive", "the honour", True, None, False, None)],
    ),
    "no-subject-negates": (
        "Defence Minister Robert Hill says no projects will be scrapped.",
        [(None, "will be scrapped", "no projects", True, "cancelled", True, "Robert Hill")],
    ),
    "refused": (
        "The union refused to cooperate with the inquiry.",
        [("The union", "refused to cooperate", None, False, "refused", False, None)],
    ),
    "postponed": (
        "The council postponed the vote.",
        [("The council", "postponed", "the vote", False, "postponed", False, None)],
    ),
    "failed": (
        "Marathon talks failed to resolve the dispute.",
        [("Marathon talks", "failed to resolve", "the dispute", False, "failed", False, None)],
    ),
    "noun-phrase-owns-the-name": (
        "The board of Qantas gave the go-ahead.",
        [("The board of Qantas", "gave", "the go-ahead", False, None, False, None)],
    ),
    "relative-clause": (
        "The yacht was boarded by pirates who killed Mr Blake.",
        [
            ("pirates", "was boarded", "The yacht", False, None, True, None),
            ("pirates", "killed", "Blake", False, None, False, None),
        ],
    ),
    "adjectives-are-no-verbs": (
        "The injured crew returned to the ship.",
        [("The injured crew", "returned", None, False, None, False, None)],
    ),
    "first-person-in-a-quotation": (
        '"I submitted a formal request," Dr Aamer Sultan said.',
        [("Aamer Sultan", "submitted", "a formal request", False, None, False, "Aamer Sultan")],
    ),
    "name-set-off-by-commas": (
        "The Immigration Minister, Philip Ruddock, has written a letter of complaint.",
        [("Philip Ruddock", "has written", "a letter of complaint", False, None, False, None)],
    ),
    "name-before-its-appositive": (
        "Anna Berg, the foreign minister, signed the deal.",
        [("Anna Berg", "signed", "the deal", False, None, False, None)],
    ),
    "pronoun-in-a-quotation-is-no-one-for-sure": (
        'Prosecutor Tim Lang spoke. "He had driven her somewhere," Mr Lang said.',
        [
            ("Tim Lang", "spoke", None, False, None, False, None),
            ("He", "had driven", "her somewhere", False, None, False, "Tim Lang"),
        ],
    ),
}


def _who(f, eid, words):
    e = f.entity(eid)
    return e.name if e else words


def _reporter(f, e):
    q = f.sentences[e.sentence].quote
    if e.reported_by is not None:
        return f.entity(e.reported_by).name
    return q.speaker_text if q is not None and q.speaker is None else None


@pytest.mark.parametrize("text,expected", EVENTS.values(), ids=EVENTS.keys())
def test_events(text, expected):
    f = read(text)
    got = [
        (
            _who(f, e.agent, e.agent_text),
            e.verb,
            _who(f, e.patient, e.patient_text),
            e.negated,
            e.mode,
            e.passive,
            _reporter(f, e),
        )
        for e in f.events
    ]
    assert got == expected
