"""The intents and the generic vocabulary, loaded from ``intents/<lang>/*.yaml`` and validated.

Validation collects every problem (``file:line: what is wrong``) before raising one
:class:`~bot.errors.IntentsError`; the CLI prints the first as one line. Another language is a
new folder with the same YAML keys and a ``rules.py`` of the same names (its stemmer, demonyms
and word endings; see :mod:`bot.language`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import yaml

from . import language
from .datafile import SUPPORTED_VERSION, check_header, line_of, mapping, read, strings
from .errors import IntentsError
from .intents_file import Intent, IntentsFile, check_intents, compile_pattern
from .resources import intents_dir
from .text import fold

__all__ = ["SUPPORTED_VERSION", "Intent", "Lexicon", "compile_pattern", "load"]
LIST, CLASSES, STRINGS = "a list of words", "a mapping of name: [words]", "a mapping of word: text"


class Key(NamedTuple):
    """One key of vocabulary.yaml: its shape, whether its words are words the language knows
    (typo targets, never an unknown name), and what it is for."""

    shape: str
    known: bool
    what: str


# Every key of vocabulary.yaml, one line each. Words are folded (lowercase, no accents) on load.
SCHEMA: dict[str, Key] = {
    # -- shared by the facts and the questions
    "classes": Key(CLASSES, True, "word classes, usable in intents.yaml patterns as {name}"),
    "concepts": Key(CLASSES, True, "concept: words that mean it when a question meets a sentence"),
    "titles": Key(CLASSES, True, "kind of title: the titles and role words of that kind"),
    "times": Key(CLASSES, True, "direction (future/past/present): relative times"),
    "spellings": Key(STRINGS, False, "chat spelling (one word): what it means, replaced first"),
    "org_words": Key(LIST, True, "words that make a capitalised run an organisation"),
    "group_nouns": Key(LIST, True, "nouns that may follow a party in a list (members)"),
    "enumeration_heads": Key(LIST, True, "heads of lists that are not parties (including)"),
    "weekdays": Key(LIST, True, "names of the days"),
    "months": Key(LIST, True, "names of the months and their abbreviations"),
    "place_prepositions": Key(LIST, True, "prepositions that introduce a place"),
    "exclusion_words": Key(LIST, True, "negation and exclusion inside lists (excluding)"),
    "stopwords": Key(LIST, True, "function words: never content"),
    "light_verbs": Key(LIST, True, "verbs that carry no topic of their own (do, happen)"),
    "abbreviations": Key(LIST, True, "abbreviations whose period ends no sentence"),
    "name_suffixes": Key(LIST, True, "trailing words a name is also known without (TV)"),
    "fillers": Key(LIST, True, "openings dropped from the start of a question"),
    "closings": Key(LIST, True, "words dropped from the end of a question ('lol', 'anyone')"),
    "tag_closings": Key(LIST, True, "tags that make a statement a yes/no ('right', 'isn't he')"),
    "tag_openings": Key(LIST, True, "openings that make a statement a yes/no ('is it true that')"),
    "tag_auxiliary": Key(LIST, True, "the auxiliary a tagged statement is asked with ('did')"),
    "question_particles": Key(LIST, True, "words of emphasis after a question word ('exactly')"),
    "nationality_words": Key(LIST, False, "adjectives of nationality no ending marks ('Dutch')"),
    "photo_nouns": Key(LIST, True, "words for the article's photo ('who took it?' after it)"),
    "role_qualifiers": Key(LIST, True, "words of a role asked in full ('X's *full* title')"),
    "names_asked": Key(LIST, True, "follow-ups after a count that ask its names ('names?')"),
    "count_nouns": Key(LIST, True, "nouns that ask a count last ('X backers, count?')"),
    "object_what_words": Key(LIST, True, "a thing's question word closing ('X called it what?')"),
    "rival_nouns": Key(LIST, True, "'X's *rival*': the other name sides are taken on"),
    "role_asides": Key(LIST, False, "an aside saying what a name is ('X, *as a* member of Y, …')"),
    "expletive_subjects": Key(LIST, True, "a subject that says nothing ('how many *there* were?')"),
    "in_support_words": Key(
        LIST, True, "'*in* support of X': X is the side's target, not its party"
    ),
    "which_last_words": Key(
        LIST, True, "a noun's question word left last ('X works for *which* bank?')"
    ),
    "imperatives": Key(LIST, True, "verbs that ask by telling ('name the official who …')"),
    "spelling_endings": Key(LIST, False, "'ise ize': endings spelt either way ('recognise')"),
    "imperative_objects": Key(LIST, True, "words after such a verb that ask nothing ('give me')"),
    "imperative_relatives": Key(LIST, True, "'the official who …' after such a verb: 'which'"),
    "imperative_adverbs": Key(LIST, False, "'the city *where* …' after such a verb: 'where …'"),
    "imperative_which": Key(LIST, True, "what 'the N who' is asked with ('which')"),
    "imperative_what": Key(LIST, True, "what any other noun phrase is asked with ('what is')"),
    "imperative_who": Key(LIST, True, "what a noun phrase with a title is asked with ('who is')"),
    "imperative_plural": Key(LIST, True, "'the Ns on X's side' is asked with ('which … are')"),
    "quoted_in_words": Key(LIST, True, "between a quoted word and its quoted phrase ('in')"),
    "question_nouns": Key(LIST, True, "a label's last word that says it asks ('X question:')"),
    "quoting_clauses": Key(LIST, True, "'*when it says* X, …?': the words quoted, then asked"),
    "vote_answers": Key(LIST, True, "'yes for': a vote's answer read as its side ('voted no')"),
    "request_openings": Key(
        LIST, True, "two words that open a request ('i need'): never small talk"
    ),
    "pair_openers": Key(LIST, True, "words before a pair asked of ('did *both* A and B …?')"),
    "capital_pronouns": Key(LIST, True, "words written capitalised that name no one ('I')"),
    "naming_asked": Key(LIST, True, "'(give me) the *name and title* of the official who …'"),
    "purpose_leads": Key(LIST, True, "a label's first word before a comma ('for the bulletin,')"),
    "wording_words": Key(LIST, True, "words that ask how a thing is worded ('called', 'word')"),
    "embedding_openings": Key(LIST, True, "'does the article say' before an embedded 'which …'"),
    "deed_nouns": Key(LIST, False, "nouns of a deed a sentence points back to ('the move')"),
    "have_verbs": Key(LIST, False, "'what injury did X *have*?': verbs that leave the noun asked"),
    "origin_question_nouns": Key(LIST, False, "'what *nationality* is X?': asks where X is from"),
    "origin_question_verbs": Key(LIST, False, "'where does X *come* from?': asks where X is from"),
    "origin_cues": Key(LIST, False, "'a *native of* Y', '*born in* Y': a place X is from"),
    "byline_nouns": Key(LIST, False, "a writer asked by name ('the reporter'): no agency answers"),
    "name_joiner": Key(LIST, True, "the word 'A-B' is read with when A and B are names ('and')"),
    "media_words": Key(LIST, False, "the words that make a name a medium ('X TV')"),
    "shown_words": Key(LIST, True, "'shown', 'aired': a where-question asking for a medium"),
    "broader_concepts": Key(
        LIST, False, "'narrower broader': a sentence of the narrower meets the broader too"
    ),
    "honorifics": Key(LIST, True, "courtesy titles before a person's name"),
    "seasons": Key(LIST, True, "names of the seasons"),
    "counted_times": Key(LIST, False, "times written after their count (10 days ago)"),
    "later_than_words": Key(LIST, False, "'after' in 'after the 1995 attack': a later time asked"),
    "order_earlier_words": Key(
        LIST, False, "'which came first/earlier, A or B?': the earlier asked"
    ),
    "order_later_words": Key(LIST, False, "'which came later/last, A or B?': the later asked"),
    "order_before_words": Key(LIST, False, "'did A happen before B?': A earlier than B asked"),
    "order_after_words": Key(LIST, False, "'did A happen after B?': A later than B asked"),
    "order_or_words": Key(LIST, False, "'or' between the two events of an order question"),
    "order_event_words": Key(
        LIST, False, "'happen', 'come', 'event': words of an order question that tell no event"
    ),
    "past_auxiliaries": Key(LIST, False, "auxiliaries of a question about the past (did)"),
    "day_parts": Key(LIST, False, "parts of the day after a time (tomorrow morning)"),
    "clock_prepositions": Key(LIST, False, "'at' before a clock time (at 11am)"),
    "clock_suffixes": Key(LIST, False, "what ends a clock time (am, pm)"),
    "clock_words": Key(LIST, False, "hours of the day said in a word (midnight, noon)"),
    "photo_positions": Key(LIST, False, "where in a photo a caption puts someone (left, right)"),
    "issue_nouns": Key(LIST, True, "what a vote or a stance can be about (plan, bill)"),
    "negations": Key(LIST, True, "words that negate (not, refused)"),
    # -- reading questions and answering them
    "question_words": Key(LIST, False, "words that shape a question, never its topic"),
    "person_pronouns": Key(LIST, False, "pronouns that stand for a person (he, her)"),
    "other_pronouns": Key(LIST, False, "pronouns that stand for anything else (they)"),
    # -- conversations (follow-ups)
    "follow_up_openers": Key(LIST, True, "openings of a follow-up (and, what about): dropped"),
    "repair_openers": Key(LIST, True, "openings that correct the last question (i mean)"),
    "topic_switches": Key(LIST, True, "openings that change the subject (btw): no context"),
    "masculine_pronouns": Key(LIST, True, "pronouns of a man (he, him)"),
    "feminine_pronouns": Key(LIST, True, "pronouns of a woman (she, her)"),
    "plural_pronouns": Key(LIST, True, "pronouns of several (they): a list, or the names"),
    "named_thing_pronouns": Key(LIST, True, "pronouns of a named thing (its)"),
    "event_pronouns": Key(LIST, True, "words for the previous answer's event (it, that)"),
    "pointing_words": Key(LIST, True, "'that' in 'that country': a name described"),
    "list_nouns": Key(LIST, True, "'list' in 'on the list': the list the last answer gave"),
    "else_words": Key(LIST, True, "'else': not what the last answer said; no topic word"),
    "degree_words": Key(LIST, True, "'how' in 'how long', 'how far': the word after is asked"),
    "question_prepositions": Key(LIST, True, "'since' in 'since when?': part of what is asked"),
    "person_question_words": Key(LIST, True, "'who', 'whom': a question asking for a person"),
    "other_words": Key(LIST, True, "'other' in 'and the other lines?': not the last answer's"),
    "besides_words": Key(LIST, True, "'besides' in 'besides X, how many…': X left out"),
    "within_prepositions": Key(LIST, True, "'in' of 'which city in X?': X is no answer"),
    "each_words": Key(LIST, True, "'each' in 'who was on each side?': every side asked"),
    "topic_words": Key(
        LIST, True, "'about' in 'and about the visit?': another topic, same question"
    ),
    "institution_words": Key(LIST, True, "words of a body's name (Union, Council): no state"),
    "given_name_words": Key(LIST, True, "'first' in 'what is X's first name?'"),
    "dismissal_words": Key(LIST, True, "'dismissed' in 'X dismissed the move': X rejected it"),
    "according_words": Key(LIST, True, "'to' of 'according to X': X is the speaker"),
    "audience_words": Key(LIST, True, "'to' of 'what did X say to fans?': whom X spoke to"),
    "telling_verbs": Key(LIST, True, "'told' of 'what did X tell fans?': its object, the audience"),
    "holding_verbs": Key(LIST, True, "'hold' in 'what post did X hold …?': X's role asked"),
    "finding_verbs": Key(LIST, True, "'found' in 'a study has found …': its subject the source"),
    "side_prefixes": Key(LIST, True, "'pro' of 'pro-X': a word of its own (support/oppose)"),
    "recognize_as": Key(LIST, True, "'accept' in 'did X accept Y as president?': recognize"),
    "calling_words": Key(LIST, True, "'call' in 'what did X call the move?': X's word for it"),
    "family_name_words": Key(LIST, True, "'last' in 'what is X's last name?', 'surname'"),
    "definite_articles": Key(LIST, False, "'the': before a description or a short name"),
    "indefinite_articles": Key(LIST, False, "'a' in 'did a Polish official go?': a description"),
    "description_stops": Key(LIST, False, "words that end 'the <adjectives> <title>' leftwards"),
    "loose_concepts": Key(LIST, True, "'appeal': a concept too broad to say yes by (a request)"),
    "of_words": Key(LIST, False, "'of' in 'the president of X': the title is X's"),
    "generic_titles": Key(LIST, False, "titles that stand for any of their kind (leader)"),
    "synonym_title_kinds": Key(LIST, False, "title kinds whose titles stand for one another"),
    "not_acronyms": Key(LIST, False, "short capitalised words that are not names (I, OK)"),
    "number_words": Key(LIST, False, "small numbers written as words (a count, not a topic)"),
    "count_words": Key(LIST, False, "words that count in a sentence (three, dozens)"),
    "ordinals": Key(LIST, False, "ordinal numbers (first, 2nd)"),
    "quantity_words": Key(LIST, False, "after 'how': asks for a count or an amount (many)"),
    "amount_words": Key(LIST, False, "after 'how': asks for an amount (much)"),
    "duration_units": Key(LIST, False, "units of a duration (days): 'how long' asks for one"),
    "currency_symbols": Key(LIST, False, "symbols before an amount of money"),
    "amount_scales": Key(LIST, False, "words after an amount that scale it (million)"),
    "amount_short_scales": Key(LIST, False, "abbreviated scales after a symbol's amount (bn)"),
    "amount_units": Key(LIST, False, "units after an amount (dollars, percent, %)"),
    "amount_qualifiers": Key(LIST, False, "words before a number that belong to it (about)"),
    "range_joiners": Key(LIST, False, "words joining the ends of a range (and, to)"),
    "partitives": Key(LIST, False, "words between a number and what it counts (of them)"),
    "count_idioms": Key(LIST, False, "phrases opening with a number that count nothing (one of)"),
    "person_nouns": Key(LIST, False, "'how many people': a count of anyone"),
    "counted_people": Key(LIST, False, "nouns a count of people may stand beside (victims)"),
    "repetition_nouns": Key(LIST, False, "'how many times': a count of occasions"),
    "multiples": Key(LIST, False, "words that count times (twice)"),
    "vague_quantifiers": Key(LIST, False, "quantities that are no count (most, several)"),
    "relation_words": Key(LIST, True, "words naming whose a relation is ('trust between')"),
    "precision_words": Key(LIST, True, "words asking for an exact value ('when exactly')"),
    "vague_times": Key(LIST, False, "relative times that are no exact time (earlier, soon)"),
    "focus_before": Key(LIST, False, "words before a word the question is about (what X)"),
    "relative_pronouns": Key(LIST, False, "words that open a relative clause (whose)"),
    "future_markers": Key(LIST, False, "words before a verb that put it in the future"),
    "future_hints": Key(LIST, False, "words of a question about the future (soon)"),
    "present_auxiliaries": Key(LIST, False, "'are' of 'are X taking part?': a plan, as the future"),
    "future_auxiliaries": Key(LIST, False, "'will': a question about who will"),
    "year_words": Key(LIST, False, "words asking for a year"),
    "day_words": Key(LIST, False, "words asking for a day or a date"),
    "country_nouns": Key(LIST, False, "'which country': asks for a country, never a city"),
    "stranded_prepositions": Key(LIST, False, "'who were they looking *for*?': asks the object"),
    "earlier_time_markers": Key(LIST, False, "'was last hit in 2011': an earlier time"),
    "stand_in_subject": Key(LIST, False, "'met with whom?': 'whom did *he* meet with?'"),
    "stand_in_subject_thing": Key(LIST, False, "the same after an answer about no person"),
    "object_question_words": Key(LIST, False, "'met *whom*?': asks the object wherever it is"),
    "source_words": Key(LIST, False, "'according to whom?': a source, no verb"),
    "asking_verbs": Key(LIST, False, "'what does he *recommend*?': urged, its object asked"),
    "pluperfect_auxiliaries": Key(LIST, False, "'whose post *had* been cancelled': before"),
    "any_official": Key(LIST, False, "'the X official': a holder of any officials' title"),
    "official_kinds": Key(LIST, False, "the kinds of title an 'official' may hold"),
    "present_holder_words": Key(LIST, False, "'the *incumbent* president': the holder now"),
    "occasion_question": Key(LIST, False, "'at what *event* did X …?': the occasion asked"),
    "occasion_nouns": Key(LIST, False, "what an occasion is called in an article ('a rally')"),
    "streak_words": Key(LIST, False, "'how many years *in a row*?': a streak's ordinal counts"),
    "undergo_question": Key(LIST, False, "'what *happened to* X?': what was done to X"),
    "bare_past_verbs": Key(LIST, False, "'X *cut* ties with Y?': a past form like its present"),
    "change_verbs": Key(LIST, False, "'how many will it *grow* to?': a number's change"),
    "target_prepositions": Key(LIST, False, "'increased *to* 12': what a number changes to"),
    "change_by": Key(LIST, False, "'increased *by* 2 per cent': the amount of a change"),
    "rate_words": Key(LIST, False, "'$1.48 *per* share': an amount by the unit after it"),
    "negating_prefixes": Key(LIST, False, "'the *non*-X population': the group besides X"),
    "same_side_words": Key(LIST, False, "'and Cuba *too*?': the side of the answer before"),
    "talk_about_words": Key(LIST, False, "'did X *talk about* Y?': X's own words on Y"),
    "topic_thing_pronouns": Key(LIST, True, "'X — what did *it* do?': a topic's pronouns"),
    "topic_plural_pronouns": Key(LIST, True, "'adults — what share of *them* …?': a topic's"),
    "blank_words": Key(LIST, False, "'staged by ____': the word a blank is read as"),
    "person_placeholders": Key(LIST, False, "'who's the *guy* who did X?': who did X"),
    "deed_qualifiers": Key(LIST, False, "'did X do it *at once*?': how, not whether (its no)"),
    "desire_asked": Key(LIST, False, "'who does X *want* to do it?': one X wishes would"),
    "desire_words": Key(LIST, False, "'*urged* Y to', 'it is *important* Y': a wish said"),
    "asked_if": Key(LIST, False, "'*asked if* he rang X, he said: No': a question put to him"),
    "reply_yes": Key(LIST, False, "'asked if …, he said: *yes*': the yes he gave"),
    "reply_no": Key(LIST, False, "'asked if …, he said: *no*': the no he gave"),
    "companion_words": Key(LIST, False, "'who went *with* him?': a companion asked"),
    "companion_verbs": Key(LIST, False, "'who *went* with him?': going, where 'with' is company"),
    "place_asked_prepositions": Key(LIST, False, "'did X do it *in* parliament?': a place asked"),
    "role_body_prepositions": Key(LIST, False, "'what post did X hold *in* parliament?'"),
    "reason_marker_idioms": Key(LIST, False, "'*as well as*', 'such as': no word of reasons"),
    "group_pronouns": Key(LIST, False, "'how many X …?' then 'did *they* …?': the X counted"),
    "group_possessives": Key(LIST, False, "'*their* pay' of the X counted: the X's pay"),
    "relation_adjectives": Key(LIST, False, "'still *loyal* to X': X is no place of a deed"),
    "count_check_not_nouns": Key(LIST, False, "'is he 45 *years* old?': a number counting no noun"),
    "count_check_shares": Key(LIST, False, "'more than 10 *per cent*?': a share, not a count"),
    "photo_place_asked": Key(LIST, False, "'*which side* of the photo is X on?': X's place"),
    "kind_nouns": Key(LIST, False, "'what *kind* of plane …?': the model's name asked"),
    "count_many": Key(LIST, False, "'*how many* …?': a count check asked again as a count"),
    "count_much": Key(LIST, False, "'*how much* …?': an amount check asked again"),
    "claim_nouns": Key(LIST, False, "'the *claim* that X did Y': Y is only claimed"),
    "membership_heads": Key(LIST, False, "'is X *one of* the Ys?': words before a kind asked"),
    "refutations": Key(LIST, False, "'the claim … was found to be *untrue*': it is not so"),
    "anyone_words": Key(LIST, False, "'did *anyone* back X?': a yes/no on any side"),
    "side_of_subject": Key(LIST, False, "'who *on* the X side said …?': a side that is no stance"),
    "another_of_kind": Key(LIST, False, "'a similar ban': another thing of the kind asked"),
    "object_prepositions": Key(LIST, False, "'with free rides': the phrase after is no subject"),
    "day_times": Key(LIST, False, "relative times that name a day (today)"),
    "vote_for": Key(LIST, False, "phrases of voting for (a side, not support)"),
    "against_words": Key(LIST, False, "'against': a sentence opposing what is asked"),
    "clause_breaks": Key(LIST, False, "words that start a new clause (but, although, who)"),
    "negators": Key(LIST, False, "words before a verb in its clause that deny it (not, unable)"),
    "hedges": Key(LIST, False, "words before a verb in its clause that leave it unsaid (could)"),
    "undecided": Key(LIST, False, "words before a verb in its clause: it is not known (whether)"),
    "light_passives": Key(LIST, False, "'the refund has not been *made*': not paid, not got"),
    "passive_be": Key(LIST, False, "'will X *be* run?': the verb after is done to X"),
    "unnamed_doers": Key(LIST, False, "'charges against *anyone* making threats': no doer named"),
    "another_words": Key(LIST, False, "'*another* person died': someone else (a yes to 'else')"),
    "own_markers": Key(LIST, False, "'its *own separate* management': the owner's, no other's"),
    "apart_phrases": Key(LIST, False, "'run *independently of* X': not by X"),
    "opposites": Key(LIST, False, "'words | words': pairs of opposite meanings (convicted)"),
    "alternatives": Key(LIST, False, "'or' in '…or not?': not a negation"),
    "alone_words": Key(LIST, False, "'on his own' in 'did X win on his own?': nobody else"),
    "shared_words": Key(LIST, False, "'jointly', 'shares … with': done with someone else"),
    "participle_auxiliaries": Key(LIST, False, "second words of 'when was X built?'"),
    "participle_endings": Key(LIST, False, "endings of a closing participle (built, held)"),
    "passive_endings": Key(LIST, False, "endings of a passive verb before 'by'"),
    "agent_prepositions": Key(LIST, False, "'by' after a passive verb: its agent follows"),
    "first_person": Key(LIST, False, "'I', 'we': a speaker doing what they say"),
    "subject_skips": Key(LIST, False, "words between a subject and its verb (had, also)"),
    "determiners": Key(LIST, False, "words that open a noun phrase (the, his, two)"),
    "phrase_joiners": Key(LIST, False, "prepositions inside a noun phrase (the board of X)"),
    "coordinators": Key(LIST, False, "words joining two verbs of one subject (and)"),
    "phrase_ends": Key(LIST, False, "words before a subject's noun phrase (that, how)"),
    "reason_markers": Key(LIST, False, "words of a sentence that gives a reason (because)"),
    "reason_nouns": Key(LIST, False, "nouns of reasons (cause): one still sought gives none"),
    "reason_sought": Key(LIST, False, "next to a noun of reasons, it is sought (determine)"),
    "place_openers": Key(LIST, False, "words besides place prepositions opening a place (off)"),
    "origin_prepositions": Key(LIST, False, "before a place right after a name (X from Y)"),
    "scope_prepositions": Key(LIST, False, "'in' of 'how many … in X?': only what is in X"),
    "from_words": Key(LIST, False, "before a place in a name's appositive (X, …, from Y)"),
    "plain_say": Key(LIST, False, "verbs of saying that say nothing of how (said)"),
    "attributions": Key(LIST, False, "quote verbs that come before the speaker"),
    "asked_conditions": Key(
        LIST, True, "conditions a question sets, dropped (', if the article says,')"
    ),
    "clause_openers": Key(LIST, False, "openers dropped before a reaction's clause"),
    "list_gaps": Key(LIST, False, "what stands between two names of one list (', and')"),
    "list_phrases": Key(LIST, False, "phrases joining two names of a list, commas or not"),
    "which_words": Key(LIST, False, "'which', 'what': asks for a name"),
    "choice_words": Key(LIST, False, "'which': asks for one of a kind by its name"),
    "naming_words": Key(LIST, False, "words that ask for a name, not a topic"),
    "deed_words": Key(LIST, False, 'words that ask what a party did ("what did X do?")'),
    "name_of": Key(LIST, False, "'is the name of' after a which-word"),
}

# intents/<lang>/writing.yaml: the words of news writing the fact extraction reads (all lists)
_WRITING_KEYS = (
    "name_short_forms",
    "addressee_prepositions",
    "name_connectors",
    "courtesy_titles",
    "masculine_titles",
    "feminine_titles",
    "post_nominals",
    "title_modifiers",
    "rank_modifiers",
    "role_prepositions",
    "role_as_words",
    "title_places",
    "affiliation_prepositions",
    "articles",
    "definite_articles",
    "genitive_words",
    "conjunctions",
    "relative_pronouns",
    "person_relatives",
    "kin_nouns",
    "plural_verbs",
    "date_prepositions",
    "place_of_nouns",
    "resident_nouns",
    "compass_points",
    "place_adjectives",
    "surface_prepositions",
    "place_naming",
    "actor_heads",
    "place_relatives",
    "age_suffixes",
    "byline_words",
    "person_noun_endings",
    "story_switches",
    "person_subject_pronouns",
    "person_object_pronouns",
    "possessive_determiners",
    "speaker_pronouns",
    "thing_pronouns",
    "substitute_ones",
    "thing_possessives",
    "subject_pronouns",
    "we_words",
    "attributions",
    "organisation_say",
    "country_words",
    "nominal_suffixes",
    "blame_verbs",
    "aspect_verbs",
    "trigger_clauses",
    "trigger_changes",
    "nominal_carriers",
    "complementizers",
    "speech_prepositions",
    "occasion_prepositions",
    "time_prepositions",
    "events_placed_against",
    "within_words",
    "counted_time_openers",
    "counted_time_relations",
    "modal_words",
    "period_parts",
    "time_modifiers",
    "time_prefixes",
    "future_modifiers",
    "past_modifiers",
    "present_modifiers",
    "day_parts",
    "ordinals",
    "ordinal_suffixes",
    "quarter_words",
    "year_words",
    "ambiguous_months",
    "clause_contrasts",
    "phrase_stops",
    "verb_cues",
    "neutral_words",
    "neutral_verbs",
    "neutral_auxiliaries",
    "be_forms",
    "agent_prepositions",
    "stance_nouns",
    "stance_intensifiers",
    "stance_adjectives",
    "stance_prepositions",
    "stance_particles",
    "reason_prepositions",
    "infinitive_markers",
    "frame_verbs",
    "abstain_nouns",
    "back_references",
    "demonstratives",
    "praise_verbs",
    "issue_determiners",
    "issue_prepositions",
    "default_issue",
    "quantifiers",
    "list_joiners",
    "vote_list_openers",
    "voters",
    "voting_words",
    "vote_for",
    "vote_against",
    "vote_list_objects",
    "vote_list_verbs",
    "vote_verbs",
    "reporting_adverbs",
    "reporting_verbs",
    "reporting_verbs_with_object",
    "reported_subjects",
    "reported_modals",
    "number_words",
    "scale_words",
    "ordinal_words",
    "times_words",
    "fraction_words",
    "fraction_numbers",
    "fraction_alone",
    "times_nouns",
    "vague_counts",
    "currency_symbols",
    "currency_words",
    "percent_words",
    "approximators",
    "range_openers",
    "range_joiners",
    "range_and",
    "count_modifiers",
    "plural_nouns",
    "partitive_words",
    "partitive_pronouns",
    "amount_of_words",
    "duration_units",
    "distance_units",
    "weight_units",
    "age_units",
    "auxiliaries",
    "have_forms",
    "negation_words",
    "no_words",
    "verb_adverbs",
    "verb_particles",
    "chain_particles",
    "chain_verbs",
    "refusal_words",
    "failure_words",
    "postponement_words",
    "cancellation_words",
    "irregular_past",
    "bare_participles",
    "phrase_owners",
    "first_person",
)


@dataclass
class Lexicon:
    """Everything generic the core knows about a language."""

    lang: str
    classes: dict[str, tuple[str, ...]]
    concepts: dict[str, str]  # stem -> concept id
    concept_phrases: dict[str, str]  # multi-word folded phrase -> concept id
    titles: dict[str, str]  # folded title word/phrase -> title kind
    times: dict[str, str]  # folded phrase -> direction (future/past/present)
    words: dict[str, frozenset[str]]  # the plain lists, folded
    intents: tuple[Intent, ...]
    spellings: dict[str, str] = field(default_factory=dict)  # chat spelling → what it means
    known_words: frozenset[str] = field(default_factory=frozenset)  # every folded word above
    follow_ups: tuple[str, ...] = ()  # patterns of a follow-up question ("and <e>?")
    intents_file: str = "intents.yaml"  # where the intents were read (for file:line errors)
    intents_line: int = 1  # the line of its 'intents' list
    writing: dict[str, frozenset[str]] = field(default_factory=dict)  # writing.yaml, folded
    rules: ModuleType = field(default_factory=language.default_rules)  # <lang>/rules.py

    def __post_init__(self):
        self._known_words()

    def _known_words(self) -> None:
        """The known words: every word of the vocabulary's known keys and of the patterns."""
        known = set()
        for forms in self.classes.values():
            for f in forms:
                known.update(f.split())
        for key, ws in self.words.items():
            if not SCHEMA[key].known:
                continue
            for w in ws:
                known.update(w.split())
        for phrase in list(self.concepts) + list(self.concept_phrases) + list(self.titles):
            known.update(phrase.split())
        for phrase in self.times:
            known.update(phrase.split())
        for intent in self.intents:  # the literal words of the patterns are words of the language
            for pat in intent.patterns:
                for tok in pat.split():
                    for alt in tok.rstrip("?").split("|"):
                        if alt.isalpha():
                            known.add(alt)
        self.known_words = frozenset(known)


# --------------------------------------------------------------------------- loading


def load(lang: str = "en", directory: str | Path | None = None) -> Lexicon:
    """Load and validate ``<directory>/<lang>/vocabulary.yaml``, ``intents.yaml``,
    ``writing.yaml`` and ``rules.py``."""
    base = Path(directory or os.environ.get("ARTICLE_BOT_INTENTS") or intents_dir())
    problems: list[str] = []
    folder, vocab_node, intents_node = read_folder(base, lang, problems)
    vocab_path, intents_path = folder / "vocabulary.yaml", folder / "intents.yaml"
    writing_node = read(folder / "writing.yaml", problems)
    rules = load_rules(folder / "rules.py", problems)
    if problems:
        raise IntentsError(problems)
    vocab = _check_vocabulary(vocab_path, vocab_node, problems)
    vocab["writing"] = _check_writing(folder / "writing.yaml", writing_node, problems)
    intents = check_intents(intents_path, intents_node, vocab.get("classes", {}), problems)
    if problems:
        raise IntentsError(problems)
    return _build(lang, vocab, intents, intents_path, rules)


def read_folder(base: Path, lang: str, problems: list[str]) -> tuple[Path, object, object]:
    """A language's folder and the nodes of its vocabulary.yaml and intents.yaml (problems
    appended); IntentsError when there is no such folder."""
    folder = base / lang
    if not folder.is_dir():
        raise IntentsError([f"{folder}: no intents for language '{lang}' (folder missing)"])
    return (
        folder,
        read(folder / "vocabulary.yaml", problems),
        read(folder / "intents.yaml", problems),
    )


def load_rules(
    path: Path,
    problems: list[str],
    required: tuple[str, ...] = language.REQUIRED,
    where: str = "bot/language.py REQUIRED",
) -> ModuleType | None:
    """The language's rules module, or None with the problem recorded (``file:line``); each name
    of ``required`` it lacks is a problem too."""
    if not path.is_file():
        problems.append(f"{path}: file missing")
        return None
    try:
        module = language.load_rules(path.resolve())
    except SyntaxError as e:
        problems.append(f"{path}:{e.lineno or 1}: Python syntax error: {e.msg}")
        return None
    except Exception as e:
        problems.append(f"{path}:1: cannot load: {type(e).__name__}: {e}")
        return None
    for name in required:
        if not hasattr(module, name):
            problems.append(f"{path}:1: missing '{name}' (see {where})")
    return module


def _check_vocabulary(path, node, problems) -> dict:
    top = mapping(path, node, "vocabulary", problems)
    check_header(path, top, problems)
    out: dict = {}
    for key, spec in SCHEMA.items():
        if key not in top:
            problems.append(f"{path}:1: missing '{key}' ({spec.what})")
            continue
        out[key] = _read_key(path, key, spec.shape, top[key][1], problems)
    known = set(SCHEMA) | {"version", "language"}
    for key, (k, _) in top.items():
        if key not in known:
            problems.append(f"{path}:{line_of(k)}: unknown key '{key}'")
    return out


def _read_key(path, key: str, shape: str, node, problems):
    """One vocabulary key's value, checked against its shape."""
    if shape == LIST:
        return strings(path, node, key, problems)
    entries = mapping(path, node, key, problems)
    if shape == CLASSES:
        return {
            name: strings(path, val, f"{key}.{name}", problems)
            for name, (_, val) in entries.items()
        }
    out = {}
    for name, (k, val) in entries.items():
        if not re.fullmatch(r"\w+", name):
            problems.append(f"{path}:{line_of(k)}: {key}: {name!r} must be one word")
            continue
        if not isinstance(val, yaml.ScalarNode) or not val.value.strip():
            problems.append(f"{path}:{line_of(val)}: {key}.{name}: must be a non-empty string")
            continue
        out[name] = val.value
    return out


def _check_writing(path, node, problems) -> dict[str, list[str]]:
    """writing.yaml: every key of _WRITING_KEYS, each a list of strings, and no other."""
    top = mapping(path, node, "writing file", problems)
    check_header(path, top, problems)
    out = {}
    for key in _WRITING_KEYS:
        if key not in top:
            problems.append(f"{path}:1: missing '{key}'")
            continue
        out[key] = strings(path, top[key][1], key, problems)
        if key in _VALUED_WRITING_KEYS:
            _check_values(path, top[key][1], key, out[key], problems)
    for key, (k, _) in top.items():
        if key not in _WRITING_KEYS and key not in ("version", "language"):
            problems.append(f"{path}:{line_of(k)}: unknown key '{key}'")
    return out


# writing.yaml's lists of "word=number" ("third=3"): a word and the number it stands for
_VALUED_WRITING_KEYS = (
    "number_words",
    "scale_words",
    "ordinal_words",
    "times_words",
    "fraction_words",
    "fraction_numbers",
    "fraction_alone",
)


def _check_values(path, node, key: str, items: list[str], problems) -> None:
    """Each item of a "word=number" list is a word, "=" and a positive number."""
    for item in items:
        word, eq, value = item.partition("=")
        try:
            ok = bool(eq and word.strip()) and float(value) > 0
        except ValueError:
            ok = False
        if not ok:
            problems.append(f"{path}:{line_of(node)}: {key}: '{item}' is no 'word=number'")


def _build(
    lang: str, vocab: dict, intents: IntentsFile, intents_path: Path, rules: ModuleType
) -> Lexicon:
    concepts, phrases = _concepts(vocab["concepts"], rules.stem)
    return Lexicon(
        lang=lang,
        classes={k: tuple(fold(f) for f in v) for k, v in vocab["classes"].items()},
        concepts=concepts,
        concept_phrases=phrases,
        titles=_by_form(vocab["titles"]),
        times=_by_form(vocab["times"]),
        words={
            k: frozenset(fold(w) for w in vocab[k]) for k, s in SCHEMA.items() if s.shape == LIST
        },
        intents=tuple(intents.intents),
        spellings=dict(vocab["spellings"]),
        follow_ups=tuple(intents.follow_ups),
        intents_file=str(intents_path),
        intents_line=intents.line,
        writing={k: frozenset(fold(w) for w in v) for k, v in vocab["writing"].items()},
        rules=rules,
    )


def _concepts(entries: dict[str, list[str]], stem) -> tuple[dict[str, str], dict[str, str]]:
    """{stem: concept} of the one-word forms, {folded phrase: concept} of the longer ones."""
    concepts: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for cid, forms in entries.items():
        for f in [cid, *forms]:
            f = fold(f)
            if " " in f:
                phrases[f] = cid
            else:
                concepts.setdefault(stem(f), cid)
    return concepts, phrases


def _by_form(entries: dict[str, list[str]]) -> dict[str, str]:
    """{folded form: its key}: the title kind of each title, the direction of each time."""
    return {fold(f): key for key, forms in entries.items() for f in forms}
