"""A made-up wire story for the answering core's tables of real-news kinds of failure (issue 7):
one long paragraph, as agency copy often comes; an organisation acting ("the board gave the
go-ahead"), nested speech ("X said the union had signed"), denials, hedges and opposites, amounts
and counts, places of events, and people the story names without saying who they are. Inline, so
that it is no article of the facts snapshots."""

from bot.engine import Engine

ARTICLE = (
    "The board of Halden Rail gave the go-ahead for a new depot at a meeting last week, but "
    "shelved the sale of its old freight yard. "
    "Mr Tomas Berg said the union had signed the pay agreement on Monday. "
    '"We are close to a deal on rostering," Mr Berg said. '
    "Two drivers who survived the derailment near Oskarby were cleared of negligence. "
    "The depot manager, Ines Falk, was not able to attend the hearing in person. "
    "Mr Berg says the company could sign a second contract within weeks. "
    "The company has not said whether it will hire more staff. "
    "The rail regulator fined the company $2 million after the derailment, which injured "
    "14 passengers, nine of them children. "
    "Mr Berg met Ines Falk. "
    "The old depot was built by two local engineers who later founded the firm. "
    "Carl Moen, 61, a retired driver who organised a petition against the sale, said the yard "
    "should stay open. "
    "Lena Holm, who chairs the safety committee and represents the drivers, voted against the "
    "plan. "
    "The line was closed twice last year. "
    "Fares will rise by between 3 and 5 percent in May. "
    "The hearing was held at the Keston headquarters of the regulator, near the town of Varby. "
    "The union's envoy to Sweden, Per Lund, said the old depot was damaged. "
    "The board will meet again on Friday morning at 10am. "
    '"Safety comes first," the Nordic Rail Authority said in a statement. '
    "Initial trains will run from Halden to Oskarby, Varby and Keston. "
    "Ola Dahl of the Halden Drivers Union (HDU) says the drivers will not strike. "
    "One of the new trains broke down in March. "
    "Its Swedish supplier was fined 40,000 kronor. "
    "The drivers are still to receive an apology from Halden Rail. "
    "Per Lund discussed Carl Moen's visit to Oskarby during his trip to Varby. "
    "The regulator has quietly approved new safety rules. "
    "Local residents say they have blocked the road to the yard. "
    "The line opened 30 years ago. "
    "Inspectors were unable to reach the yard."
)

ENGINE = Engine.from_text(ARTICLE)
