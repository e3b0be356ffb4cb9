"""A made-up diplomatic story for the tables of issue 7's generality work (tests/test_talks.py):
first-person quotations whose "we" takes in someone named before them, two lists of sides, a
leader named by title and by description, an expected trip and the trip that prepared it, a
declaration at a protest in a capital, and ties cut with a country its capital stands for.
Inline, so that it is no article of the facts snapshots."""

from bot.engine import Engine

ARTICLE = """Valmont hails Norway's help on fisheries

OSLO, March 4. /NTB/. Ardenian President Lena Valmont has praised Norway for its help with \
the fisheries dispute and for its patience with the Ardenian fleet.

"Norway as a good neighbour has shown real patience with our fishermen and their right to work. \
I thank Norway and all Norwegian people for their help," Valmont said in an interview with the \
Kanal-7 radio station aired on Friday.

Valmont said she kept close contact with Norwegian Prime Minister Erik Dahl. "We have met many \
times in Oslo and at several regional forums. We regularly trade emails on quotas and hold video \
calls," Valmont added.

"In the coming months we will keep working on a new accord," she said.

Ministry spokeswoman Ana Rivas said the Ardenian leader was expected to travel to Norway next \
spring. In May, Ardenian Trade Minister Tomas Keller discussed plans for Valmont's trip to Norway \
during his visit to Bergen.

The row in Ardenia deepened on June 2, when Marek Sova, a former general and opposition leader, \
whose party had been banned by the Election Board, declared himself acting prime minister at a protest in the country's capital of Portena. Poland, \
Chile, Kenya and Japan, as well as the Arctic Council, recognised him.

Valmont dismissed the move as a plot hatched by Berlin and said she was cutting trade ties with \
Germany. In contrast, Sweden, Finland, Iceland and Denmark voiced support for Valmont.
"""

ENGINE = Engine.from_text(ARTICLE)
