"""Extraction: an article and a lexicon → :class:`~bot.facts.model.Facts`."""

from __future__ import annotations

import re

from ..article import Article
from ..lexicon import Lexicon
from ..text import fold, stem
from ..text import quote_spans as find_quote_spans
from .entities import EntityTable
from .mentions import MentionReader
from .model import Facts, Party, SentenceFacts, Stance
from .people import find_entities
from .places import find_places
from .reading import Reading
from .times import find_times
from .words import Words

# =========================================================================== extraction


class _Builder:
    def __init__(self, article: Article, lex: Lexicon):
        self.article = article
        self.lex = lex
        self.w = Words(lex)
        self.titles = self.w.titles
        self.org_words = self.w.org_words
        self.stop = self.w.stop
        self.say = self.w.say
        self.r = Reading(article, self.w)
        self.tokens = self.r.tokens
        self.mid_caps = self.r.mid_caps
        self.lower_words = self.r.lower_words
        self.alone = self.r.alone
        self._last_stance: Stance | None = None
        self.table = EntityTable(self.stop)
        self.ents = self.table.drafts
        self.alias = self.table.alias
        self.acronyms = self.table.acronyms

    # ---------------------------------------------------------------- names
    def build(self) -> Facts:
        sents = self.article.sentences
        n = len(sents)
        # Passes 1 and 2: names, people and their roles.
        run_info = find_entities(self.r, self.table)
        # Pass 3: mentions per sentence, with pronouns and descriptions resolved in reading order.
        mentions, sentence_quote = MentionReader(self.r, self.table, run_info).read()
        quotes = [q for q in sentence_quote if q is not None]
        # Pass 4: times, places, stances, per-sentence indexes.
        infos = []
        stances = []
        for si in range(n):
            toks = self.tokens[si]
            times = tuple(find_times(self.w, sents[si].text))
            places = tuple(find_places(self.w, self.table, sents[si].text, toks, mentions[si]))
            if sents[si].kind == "body":
                stances.extend(self._stances(si, toks, mentions[si]))
            stems = frozenset(t.stem for t in toks if t.norm not in self.stop)
            concepts = frozenset(c for c in (self.lex.concepts.get(t.stem) for t in toks) if c)
            folded = " " + " ".join(t.norm for t in toks) + " "
            concepts |= {cid for ph, cid in self.lex.concept_phrases.items() if f" {ph} " in folded}
            infos.append(
                SentenceFacts(
                    sentence=sents[si],
                    tokens=tuple(toks),
                    stems=stems | frozenset(t.norm for t in toks if t.norm not in self.stop),
                    concepts=frozenset(concepts),
                    entities=frozenset(m.entity for m in mentions[si]),
                    mentions=tuple(mentions[si]),
                    times=times,
                    places=places,
                    quote=sentence_quote[si],
                )
            )
        entities = self.table.freeze()
        # stance parties are names too: their full names and acronyms ("most of the EU states")
        for st in stances:
            for p in st.parties:
                if p.entity is not None:
                    for k in p.keys:
                        if (
                            k == fold(p.name)
                            or k.upper() in self.acronyms
                            or k in self.ents[p.entity].aliases
                        ):
                            self.alias.setdefault(k, [p.entity])
        vocab = set()
        for info in infos:
            for t in info.tokens:
                vocab.add(t.norm)
                vocab.add(t.stem)
        return Facts(
            entities=entities,
            sentences=tuple(infos),
            quotes=tuple(quotes),
            stances=tuple(stances),
            alias_index=self.table.alias_index(),
            vocabulary=frozenset(vocab),
        )

    # ---------------------------------------------------------------- helpers
    # ---------------------------------------------------------------- stances
    def _stances(self, si, toks, ms) -> list[Stance]:
        """Who took which side in this sentence: one stance per clause ("A backed the decision,
        while B criticised it"), lists after the verb ("voting against were A and B"),
        abstentions, and stances on things ("welcomed the plan") as well as on names."""
        text = self.article.sentences[si].text
        lex = self.lex
        support = set(lex.classes["support"])
        oppose = set(lex.classes["oppose"])
        recognize = set(lex.classes["recognize"])
        abstain = set(lex.classes["abstain"])
        quote_spans = find_quote_spans(text)
        bounds = [0] + [m.end() for m in self.w.clause_split.finditer(text)]
        out: list[Stance] = []
        used_clauses: set[int] = set()
        # "Among those voting in favour were A, B and C" / "Those voting against included A"
        for m in self.w.vote_list.finditer(text):
            kind = "oppose" if m.group("side").lower() == "against" else "support"
            head, parties = self._enumeration(m.group("list"), si, ms)
            if parties:
                issue = self._issue(si, m.start())
                st = Stance(kind, f"voted {m.group('side')}", tuple(parties), None, issue, head, si)
                out.append(st)
                used_clauses.add(max(x for x in bounds if x <= m.start("list")))
        for k, t in enumerate(toks):
            w = t.norm
            if (
                w not in support
                and w not in oppose
                and w not in abstain
                and w not in ("neutral", "for")
            ):
                continue
            if any(a <= t.start < b for a, b in quote_spans):
                continue
            clause = max(x for x in bounds if x <= t.start)
            if clause in used_clauses:
                continue
            prev = toks[k - 1].norm if k > 0 else ""
            if w == "neutral":
                # "the Democratic Centre party said it would remain neutral in the runoff"
                if prev not in self.w.neutral_verbs:
                    continue
                subj = self.w.reported.sub("", text[clause : toks[k - 1].start].rstrip())
                subj = self.w.reported.sub(
                    "", re.sub(r"\s+(?:would|will|to|could|might|has|have|had)$", "", subj)
                )
                head, parties = self._enumeration(subj, si, ms)
                if parties:
                    on = self.w.on_issue.match(text[t.end :])
                    issue = on.group(1) if on else self._issue(si, len(text))
                    out.append(
                        Stance("abstain", f"{prev} neutral", tuple(parties), None, issue, head, si)
                    )
                    used_clauses.add(clause)
                continue
            # passive: "Prates is backed by the Liberal Union, the Progressive Party and …"
            if (
                w.endswith("ed")
                and prev in self.w.be
                and k + 1 < len(toks)
                and toks[k + 1].norm == "by"
            ):
                clause_end = min([x for x in bounds if x > t.start] + [len(text)])
                by_text = text[toks[k + 1].end : clause_end].strip().rstrip(".,;")
                head, parties = self._enumeration(by_text, si, ms)
                before = [
                    m
                    for m in ms
                    if 0 <= m.start < k and toks[m.start].start >= clause and not m.possessive
                ]
                if parties:
                    kind = "oppose" if w in oppose else "recognize" if w in recognize else "support"
                    if before:
                        tgt = before[-1]
                        target_id = tgt.entity
                        target_text = text[toks[tgt.start].start : toks[tgt.end - 1].end]
                    else:
                        # "The ruling was welcomed by …": the subject is what they took a side on
                        subj = text[clause : toks[k - 1].start].strip(" ,")
                        target_id = None
                        target_text = (
                            subj if 0 < len(subj.split()) <= 5 else self._issue(si, len(text))
                        )
                    out.append(
                        Stance(kind, t.text, tuple(parties), target_id, target_text, head, si)
                    )
                    used_clauses.add(clause)
                continue
            if k > 0 and toks[k - 1].norm in ("for", "of", "to") and w.endswith("ing"):
                continue  # "thanked X for supporting": a reason, not a stance statement
            vstart = k
            modal = prev in self.w.modals
            if w in ("support", "backing", "recognition", "opposition") and k > 0 and not modal:
                # "voiced/expressed strong support for X"
                j = k - 1
                if toks[j].norm in (
                    "strong",
                    "full",
                    "firm",
                    "unwavering",
                    "their",
                    "its",
                    "his",
                    "her",
                ):
                    j -= 1
                if j >= 0 and toks[j].norm.endswith("ed") and toks[j].norm not in support:
                    vstart = j
                else:
                    continue
            elif w == "opposed" and k + 1 < len(toks) and toks[k + 1].norm == "to":
                continue  # "residents opposed to the plan": an adjective
            elif w in ("against", "for"):
                # "voted against the closure", "campaigned for him": the verb before decides
                if k == 0 or not prev.endswith("ed") or prev in support:
                    continue
                vstart = k - 1
            elif w in abstain:
                if not w.startswith("abstain") or not (
                    w.endswith(("ed", "s")) or modal or prev in self.w.subject_pronouns
                ):
                    continue  # "41 abstentions" is a count, not a side
            elif not (w.endswith(("ed", "s")) or modal or prev in self.w.subject_pronouns):
                continue  # "pulled one back": a bare verb needs a modal or a subject pronoun
            kind = (
                "abstain"
                if w in abstain
                else "oppose"
                if w in oppose
                else "recognize"
                if w in recognize
                else "support"
            )
            if prev == "to" and k >= 2 and toks[k - 2].norm in self.lex.words["negations"]:
                # "Brookfield and Oak Creek declined to join": the opposite side
                kind = "oppose" if kind != "oppose" else "support"
                vstart = k - 2
            subj_text = text[clause : toks[vstart].start]
            subj_text = self.w.reported.sub("", subj_text)  # "A and B have said they (would)"
            head, parties = self._enumeration(subj_text, si, ms)
            if not parties:
                continue
            # target: the name after the verb, else the noun phrase after it ("the plan");
            # "it" is what the previous stance was about; an abstention is on the issue voted on
            clause_end = min([x for x in bounds if x > t.start] + [len(text)])
            after = [
                m
                for m in ms
                if ((k < m.start <= k + 4 and m.how != "pronoun") or (k < m.start <= k + 1))
                and toks[m.start].start < clause_end
            ]
            if kind == "abstain":
                # "A and B opposed it, while C abstained": on what the others voted on
                if out:
                    vend, target_id, target_text = k + 1, out[-1].target, out[-1].target_text
                else:
                    vend, target_id, target_text = k + 1, None, self._issue(si, t.start)
            elif (
                k + 1 < len(toks)
                and toks[k + 1].norm in ("it", "them", "this")
                and (out or self._last_stance)
            ):
                last = out[-1] if out else self._last_stance
                vend, target_id, target_text = k + 2, last.target, last.target_text
            elif after:
                target = after[0]
                vend = target.start
                target_id = target.entity
                target_text = text[toks[target.start].start : toks[target.end - 1].end]
            else:
                vend = k + 1
                while vend < len(toks) and toks[vend].norm in ("for", "with", "to", "of"):
                    vend += 1
                np_end = vend
                while np_end < len(toks) and np_end - vend < 6:
                    gap = text[toks[np_end - 1].end : toks[np_end].start] if np_end > vend else " "
                    if any(c in gap for c in ",;:.") or (
                        np_end > vend and toks[np_end].norm in self.w.phrase_stops
                    ):
                        break
                    np_end += 1
                target_id = None
                target_text = text[toks[vend].start : toks[np_end - 1].end] if np_end > vend else ""
                if fold(target_text) in ("", "it", "them", "this", "that"):
                    last = out[-1] if out else self._last_stance
                    if last is None:
                        continue
                    target_id, target_text = last.target, last.target_text
                elif w in self.w.praise and not self._is_issue(target_text):
                    continue  # "praised her team's defending" is praise, not a side
            verb = text[toks[vstart].start : toks[vend - 1].end] if vend - 1 >= vstart else t.text
            st = Stance(kind, verb, tuple(parties), target_id, target_text, head, si)
            out.append(st)
            used_clauses.add(clause)
        if out:
            self._last_stance = out[-1]
        return out

    def _is_issue(self, phrase: str) -> bool:
        words = [fold(w) for w in re.findall(r"[\w'-]+", phrase)]
        return any(stem(w) in self.w.issue_stems for w in words)

    def _issue(self, si: int, before: int) -> str:
        """What a vote was on: the last "the resolution/plan/deal…" at or before this point."""
        for j in range(si, -1, -1):
            text = self.article.sentences[j].text
            if j == si:
                text = text[:before]
            found = list(self.w.issue.finditer(text))
            if found:
                return found[-1].group(0)
        return "the proposal"

    def _enumeration(self, subj: str, si: int, ms) -> tuple[str | None, list[Party]]:
        lex = self.lex
        s = subj.strip().rstrip(",").strip()
        head = None
        for h in sorted(lex.words["enumeration_heads"], key=len, reverse=True):
            m = re.search(rf"(?:^|,?\s+){re.escape(h)}\s+", s)
            if m and m.start() < len(s) // 2 + 10:
                head = s[: m.start()].strip() or None
                s = s[m.end() :]
                break
        # leading adverbials: "In contrast,", "Meanwhile,", "On Monday,"
        while True:
            m = re.match(r"^([^,]{1,25}),\s+", s)
            first = fold(m.group(1).split()[0]) if m else ""
            intro = m.group(1) if m else ""
            if (
                m
                and (first in self.stop or first in lex.times or first.endswith("ly"))
                and not any(ch.isupper() for ch in intro[1:])
                and len(intro.split()) <= 3
            ):
                s = s[m.end() :]
                continue
            break
        # split on commas outside parentheses, then on "and" / "as well as"
        items, depth, cur = [], 0, ""
        for ch in s:
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            if ch == "," and depth == 0:
                items.append(cur)
                cur = ""
            else:
                cur += ch
        items.append(cur)
        parts = []
        # names with "and" inside ("Competition and Markets Authority") are not two items
        joined = [e.name for e in self.ents if " and " in e.name]
        for it in items:
            for name in joined:
                it = it.replace(name, name.replace(" and ", " \x00 "))
            for p in re.split(r"\s+(?:and|as well as|along with|&)\s+", " " + it.strip() + " "):
                p = re.sub(r"^\s*(?:and|as well as|along with)\s+", "", p.strip()).replace(
                    " \x00 ", " and "
                )
                if p:
                    parts.append(p)
        parties = []
        for p in parts:
            if re.match(r"(?i)(?:who|whom|whose|which|that)\b", p):
                continue  # "X, who represents …": a relative clause, not a party
            # "Ald. Raymond Kowalczyk", "Dr. X": the courtesy title is not part of the name
            p = re.sub(r"^(?:[A-Z][a-z]{1,4}\.\s+)+(?=[A-Z])", "", p)
            excluded = ()
            m = re.search(
                r"\((?:{})\s+([^)]+)\)".format(
                    "|".join(re.escape(x) for x in lex.words["exclusion_words"])
                ),
                p,
            )
            if m:
                excluded = tuple(x.strip() for x in re.split(r",|\band\b", m.group(1)) if x.strip())
                p = (p[: m.start()] + p[m.end() :]).strip()
            p = re.sub(r"^(?:the)\s+", "", p, flags=re.I).strip()
            # "Canada's Competition Bureau", "Mexico's antitrust regulator COFECE": the owner is
            # a qualifier; the party is what follows, when it has a name of its own
            owned = re.match(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+(.+)$", p)
            if owned and re.search(r"\b[A-Z]", owned.group(1)):
                p = owned.group(1)
            if not p or not any(ch.isupper() for ch in p):
                continue
            words = p.split()
            if len(words) > 8:
                return None, []  # a clause, not an enumeration
            # "Russia as a global leader" → "Russia"
            caps = re.match(
                r"^([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of\b|the\b|de\b|and(?=\s+[A-Z])))*)", p
            )
            if caps and caps.group(1) != p:
                tail = p[len(caps.group(1)) :].strip().split()
                if (
                    tail
                    and fold(tail[0]) not in lex.words["group_nouns"]
                    and not p.lower().startswith(("most", "all", "many", "some"))
                ):
                    p = caps.group(1)
            eid = self._party_entity(p, si, ms)
            if eid is None and not any(
                fold(w) in self.mid_caps for w in re.findall(r"[A-Z][\w'-]*", p)
            ):
                continue  # "Residents" capitalised only because a sentence starts with it
            if eid is not None and (
                self.ents[eid].kind == "person" or p.endswith(self.ents[eid].name)
            ):
                p = self.ents[eid].name  # "Council members Raymond Tuttle" → "Raymond Tuttle"
            keys = {fold(w) for w in re.findall(r"[A-Z][\w'-]*", p)}
            if eid is not None:
                keys |= set(self.ents[eid].aliases)
            keys.add(fold(p))
            parties.append(Party(p, eid, excluded, frozenset(keys)))
        if head and not parties:
            return None, []
        return head, parties

    def _party_entity(self, p: str, si: int, ms) -> int | None:
        words = [fold(w) for w in re.findall(r"[\w'-]+", p)]
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                eid = self.table.lookup(words[i : i + n])
                if eid is not None:
                    return eid
        return None


def extract(article: Article, lex: Lexicon) -> Facts:
    """All facts of an article."""
    return _Builder(article, lex).build()
