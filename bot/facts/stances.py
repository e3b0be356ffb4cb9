"""Stances: who took which side in a sentence — supported, recognized, opposed or abstained.

One stance per clause ("A backed the decision, while B criticised it"). Each recogniser reads one
shape of sentence:

* :func:`vote_lists` — "Among those voting in favour were A, B and C";
* :func:`neutral` — "the X party said it would remain neutral in the runoff" (an abstention);
* :func:`passive` — "X is backed by A, B and C", "The ruling was welcomed by A";
* :func:`verb_stance` — "A and B backed X", "A voiced strong support for X", "C abstained",
  "A declined to join", with the target after the verb: a name, a thing ("the plan"), or what
  the stance before was about ("opposed it").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import Token, fold, positions
from .entities import EntityTable
from .issues import Issues
from .model import Mention, Stance
from .parties import Enumerations
from .reading import Reading


class StanceReader:
    """Reads the stances of the body's sentences in order (a stance "on it" needs the one
    before)."""

    def __init__(self, r: Reading, table: EntityTable):
        self.r = r
        self.w = r.words
        self.table = table
        self.enumerations = Enumerations(r, table)
        self.issues = Issues(r)
        self.last: Stance | None = None  # the last stance of the sentences before

    def sentence(self, si: int, ms: list[Mention]) -> list[Stance]:
        toks, text, stance_words = self.r.tokens[si], self.r.text(si), self.w.stance_words
        candidates = positions(self.r.norms[si], stance_words)
        if not candidates and not self.w.vote_list.may_match(text):
            return []  # no word a stance is read from, and no vote list
        s = _Sentence(si, text, toks, ms, self.last)
        s.bounds = [0] + [m.end() for m in self.w.clause_split.finditer(s.text)]
        vote_lists(self, s)
        spans = self.r.quote_spans[si]
        for k in candidates:
            t = s.toks[k]
            if any(a <= t.start < b for a, b in spans):
                continue
            if s.clause(t.start) in s.used:
                continue
            if t.norm in self.w.neutral_words:
                neutral(self, s, k)
            elif self._passive_form(s.toks, k):
                passive(self, s, k)
            else:
                verb_stance(self, s, k)
        if s.out:
            self.last = s.out[-1]
        return s.out

    def _passive_form(self, toks: list[Token], k: int) -> bool:
        prev = toks[k - 1].norm if k > 0 else ""
        return (
            self.w.rules.is_past(toks[k].norm)
            and prev in self.w.be_forms
            and k + 1 < len(toks)
            and toks[k + 1].norm in self.w.agent_prepositions
        )

    def kind_of(self, verb: str, passive: bool = False) -> str:
        """The side a verb takes; nobody "is abstained by" anyone: a passive is never one."""
        w = self.w
        if verb in w.abstain and not passive:
            return "abstain"
        return "oppose" if verb in w.oppose else "recognize" if verb in w.recognize else "support"


@dataclass
class _Sentence:
    """One sentence as the recognisers read it, and the stances found in it so far."""

    si: int
    text: str
    toks: list[Token]
    ms: list[Mention]
    last: Stance | None  # the last stance of the sentences before
    bounds: list[int] = field(default_factory=list)  # where its clauses start
    used: set[int] = field(default_factory=set)  # clauses that already have a stance
    out: list[Stance] = field(default_factory=list)

    def clause(self, pos: int) -> int:
        return max(x for x in self.bounds if x <= pos)

    def clause_end(self, pos: int) -> int:
        return min([x for x in self.bounds if x > pos] + [len(self.text)])

    def previous(self) -> Stance | None:
        """The stance "it" refers to: the last one in this sentence, else before it."""
        return self.out[-1] if self.out else self.last

    def add(self, stance: Stance, clause: int) -> None:
        self.out.append(stance)
        self.used.add(clause)


def vote_lists(sr: StanceReader, s: _Sentence) -> None:
    """ "Among those voting in favour were A, B and C" / "Those voting against included A"."""
    for m in sr.w.vote_list.finditer(s.text):
        side = m.group("side")
        kind = "oppose" if " ".join(side.lower().split()) in sr.w.vote_against else "support"
        head, parties = sr.enumerations.read(m.group("list"))
        if parties:
            issue = sr.issues.before(s.si, m.start())
            verb = f"{sr.w.vote_verb} {side}"
            st = Stance(kind, verb, tuple(parties), None, issue, head, s.si)
            s.add(st, s.clause(m.start("list")))


def neutral(sr: StanceReader, s: _Sentence, k: int) -> None:
    """ "the Democratic Centre party said it would remain neutral in the runoff"."""
    toks, text = s.toks, s.text
    prev = toks[k - 1].norm if k > 0 else ""
    if prev not in sr.w.neutral_verbs:
        return
    clause = s.clause(toks[k].start)
    subj = sr.w.reported.sub("", text[clause : toks[k - 1].start].rstrip())
    subj = sr.w.reported.sub("", sr.w.trailing_auxiliary.sub("", subj))
    head, parties = sr.enumerations.read(subj)
    if parties:
        on = sr.w.on_issue.match(text[toks[k].end :])
        issue = on.group(1) if on else sr.issues.before(s.si, len(text))
        verb = f"{prev} {toks[k].norm}"
        s.add(Stance("abstain", verb, tuple(parties), None, issue, head, s.si), clause)


def passive(sr: StanceReader, s: _Sentence, k: int) -> None:
    """ "Prates is backed by the Liberal Union, the Progressive Party and …"; "The ruling was
    welcomed by …" (then the subject is what they took a side on)."""
    toks, text, t = s.toks, s.text, s.toks[k]
    clause = s.clause(t.start)
    by_text = text[toks[k + 1].end : s.clause_end(t.start)].strip().rstrip(".,;")
    head, parties = sr.enumerations.read(by_text)
    if not parties:
        return
    before = [
        m for m in s.ms if 0 <= m.start < k and toks[m.start].start >= clause and not m.possessive
    ]
    kind = sr.kind_of(t.norm, passive=True)
    if before:
        tgt = before[-1]
        target_id = tgt.entity
        target_text = text[toks[tgt.start].start : toks[tgt.end - 1].end]
    else:
        subj = text[clause : toks[k - 1].start].strip(" ,")
        target_id = None
        target_text = subj if 0 < len(subj.split()) <= 5 else sr.issues.before(s.si, len(text))
    s.add(Stance(kind, t.text, tuple(parties), target_id, target_text, head, s.si), clause)


def verb_stance(sr: StanceReader, s: _Sentence, k: int) -> None:
    """A verb of stance with its subject's parties before it and its target after it."""
    toks, text, t = s.toks, s.text, s.toks[k]
    found = _verb_start(sr, toks, k)
    if found is None:
        return
    vstart, kind = found
    subj_text = sr.w.reported.sub("", text[s.clause(t.start) : toks[vstart].start])
    head, parties = sr.enumerations.read(subj_text)  # "A and B have said they (would)" dropped
    if not parties:
        return
    target = _target(sr, s, k, kind)
    if target is None:
        return
    vend, target_id, target_text = target
    verb = text[toks[vstart].start : toks[vend - 1].end] if vend - 1 >= vstart else t.text
    st = Stance(kind, verb, tuple(parties), target_id, target_text, head, s.si)
    s.add(st, s.clause(t.start))


def _verb_start(sr: StanceReader, toks: list[Token], k: int) -> tuple[int, str] | None:
    """Where the verb phrase of the stance word at k starts, and the kind of stance; None when
    the word takes no side here ("thanked X for supporting", "41 abstentions", "opposed to")."""
    w = sr.w
    word = toks[k].norm
    prev = toks[k - 1].norm if k > 0 else ""
    if prev in w.reason_prepositions and k > 0 and w.rules.is_gerund(word):
        return None  # "thanked X for supporting": a reason, not a stance statement
    vstart = k
    modal = prev in w.verb_cues
    verb_form = w.rules.is_finite(word) or modal or prev in w.subject_pronouns
    following = toks[k + 1].norm if k + 1 < len(toks) else ""
    if word in w.stance_nouns and k > 0 and not modal:
        # "voiced/expressed strong support for X"
        j = k - 1
        if toks[j].norm in w.stance_intensifiers or toks[j].norm in w.possessive_determiners:
            j -= 1
        if not (j >= 0 and w.rules.is_past(toks[j].norm) and toks[j].norm not in w.support):
            return None
        vstart = j
    elif f"{word} {following}" in w.stance_adjectives:
        return None  # "residents opposed to the plan": an adjective
    elif word in w.stance_prepositions:
        # "voted against the closure", "campaigned for him": the verb before decides
        if k == 0 or not w.rules.is_past(prev) or prev in w.support:
            return None
        vstart = k - 1
    elif word in w.abstain:
        if word in w.abstain_nouns or not verb_form:
            return None  # "41 abstentions" is a count, not a side
    elif not verb_form:
        return None  # "pulled one back": a bare verb needs a modal or a subject pronoun
    kind = sr.kind_of(word)
    if prev in w.infinitive_markers and k >= 2 and toks[k - 2].norm in w.negations:
        # "Brookfield and Oak Creek declined to join": the opposite side
        kind = "oppose" if kind != "oppose" else "support"
        vstart = k - 2
    return vstart, kind


def _target(
    sr: StanceReader, s: _Sentence, k: int, kind: str
) -> tuple[int, int | None, str] | None:
    """(end of the verb phrase, target entity, target text) of the stance word at k: the name
    after the verb, else the noun phrase after it ("the plan"); "it" is what the stance before
    was about; an abstention is on what the others voted on. None: no side taken."""
    toks, text = s.toks, s.text
    clause_end = s.clause_end(toks[k].start)
    after = [
        m
        for m in s.ms
        if ((k < m.start <= k + 4 and m.how != "pronoun") or (k < m.start <= k + 1))
        and toks[m.start].start < clause_end
    ]
    if kind == "abstain":
        # "A and B opposed it, while C abstained": on what the others voted on
        if s.out:
            return k + 1, s.out[-1].target, s.out[-1].target_text
        return k + 1, None, sr.issues.before(s.si, toks[k].start)
    last = s.previous()
    if k + 1 < len(toks) and toks[k + 1].norm in sr.w.back_references and last is not None:
        return k + 2, last.target, last.target_text
    if after:
        m = after[0]
        return m.start, m.entity, text[toks[m.start].start : toks[m.end - 1].end]
    return _thing_after(sr, s, k)


def _thing_after(sr: StanceReader, s: _Sentence, k: int) -> tuple[int, int | None, str] | None:
    """The noun phrase after the verb ("welcomed the plan"), up to six words."""
    toks, text = s.toks, s.text
    vend = k + 1
    while vend < len(toks) and toks[vend].norm in sr.w.stance_particles:
        vend += 1
    np_end = vend
    while np_end < len(toks) and np_end - vend < 6:
        gap = text[toks[np_end - 1].end : toks[np_end].start] if np_end > vend else " "
        if any(c in gap for c in ",;:.") or (
            np_end > vend and toks[np_end].norm in sr.w.phrase_stops
        ):
            break
        np_end += 1
    target_text = text[toks[vend].start : toks[np_end - 1].end] if np_end > vend else ""
    if not target_text or fold(target_text) in sr.w.pointers:
        last = s.previous()
        if last is None:
            return None
        return vend, last.target, last.target_text
    if toks[k].norm in sr.w.praise_verbs and not sr.issues.is_issue(target_text):
        return None  # "praised her team's defending" is praise, not a side
    return vend, None, target_text
