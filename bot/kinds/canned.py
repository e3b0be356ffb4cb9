"""Chit-chat — greetings, help, thanks: not answered from the article, a friendly decline that
quotes nothing and says what the bot is about."""

from __future__ import annotations

from ..answer import Answer
from ..answering.about import describe
from ..answering.answers import Ask, say
from ..answering.registry import kind


@kind("greet", reads_names=False)
def greet(ask: Ask) -> Answer:
    return ask.decline(say("canned.greet", article=describe(ask.ix)), 1.0)


@kind("help", reads_names=False)
def help_(ask: Ask) -> Answer:
    return ask.decline(say("canned.help", article=describe(ask.ix)), 1.0)


@kind("thanks", reads_names=False)
def thanks(ask: Ask) -> Answer:
    return ask.decline("canned.thanks", 1.0)
