"""A small article for the answering core's unit tables (tests/test_kinds, test_question,
test_evidence): a council vote with a list of sides, a mayor with an age, a quote, a spokesman,
a date and a passive verb. Inline, so that it is no article of the facts snapshots."""

from bot.engine import Engine

ARTICLE = """Harbour council approves ferry plan

PORTVALE, June 2. /TASS/. The harbour council of Portvale on Tuesday approved a ferry plan that \
will link the town to Brill Island.

Six members, including Ada Lind, Ben Ortiz and Cy Vale, voted for the plan, while Dov Lenz voted \
against it.

Mayor Eva Stone, 54, welcomed the decision. "This is a good day for Portvale," Stone said.

Norway and Denmark backed Eva Stone, as did the Nordic Council, excluding Iceland.

The first ferry will sail on July 14, council spokesman Finn Holt said.

The plan was drafted by the Portvale Port Authority in 2021.
"""

ENGINE = Engine.from_text(ARTICLE)
