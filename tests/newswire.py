"""A second made-up wire story for the tables of real-news kinds of failure (issue 7, blind round
2): amounts in a foreign currency, sentences of two clauses about two subjects, nominal agents
("the study by X"), chains of verbs ("stepped in to stop"), and questions that name someone the
story only describes. Inline, so that it is no article of the facts snapshots; made up, so that
nothing in it is a measured story's text."""

from bot.engine import Engine

ARTICLE = (
    "Chairman Rolf Amsel and treasurer Nina Brandt of the Lakeside Rowing Club were each given a "
    "fine of 7,500 Swiss francs (about $A9,100) for false accounting. "
    "Secretary Otto Kern received a fine of 2,000 francs. "
    "Reports from Oslo say United States navy divers have quietly entered Estonia to search "
    "the wreck. "
    "The council says it will be weeks before engineers decide whether the footbridge can be "
    "repaired. "
    "The findings of a new survey have worried fishermen. "
    "The survey by the Coastal Research Trust shows seal numbers have doubled. "
    "Fisherman Jon Aas says a warning from the harbour master came too late. "
    "On the first day of the hearing there was a warning from Counsel Assisting the Inquiry, "
    "Jane Roe QC, that witnesses would be protected. "
    "Ferry crews at Nordlink are striking today for 12 hours, while crews at Baltline will join "
    "them on Friday. "
    "Police believe the suspect, wanted for a robbery in Denmark, is hiding in the hills near "
    "Bergen. "
    "Engineer Kari Moe told the inquiry she had warned council chief Arne Lund. "
    '"I rang Mr Lund every week, but Mr Lund assured me the footbridge was safe," Ms Moe said. '
    '"I finally called him again and said the council would not take responsibility." '
    "The survey found thousands of Swedes are involved in illegal fishing. "
    "When the footbridge sagged in May, nine walkers were wounded. "
    "Councillor Per Vik says a lawsuit brought by the Harbour Residents Association against the "
    "council is unfair. "
    "When the vote was called, board chairman Eva Dahl stepped in to stop it. "
    "Mayor Tor Li tried to halt the count. "
    "Fishing minister Ola Nes and opposition leader Kim Bo met the fishermen on Monday and urged "
    "them to end the blockade. "
    "Divers Lars Holm and Eirik Sand were arrested. "
    "Several thousand Bergen dock workers will strike tomorrow. "
    "Inspectors found a million litres of oil in the tanks. "
    "Charges against the builder, three other former managers and its chairman were dropped. "
    "He says the board of Baltline is committed to the old ferry and the board is not "
    "interested in selling it. "
    "Tom Hart of Dunedin in south Otago, whose son Sam was hurt on the footbridge, is angry with the council. "
    '"It is a disgrace, I was very angry. "We were told it was safe," Mr Hart said. '
    "Councillor Per Vik has denied the bribery charges. "
    '"The talks went well," a union source said, describing the meeting as useful. '
    '"We made progress," Per Vik said, describing the hearing as fair. '
    "The ferry could sail again in two or three days, the harbour master said. "
    "A gas blast shook the quay around 4:15pm on Sunday. "
    "The blockade by members of the Coastal Fishers Union has closed the port. "
    "Fishers rallied for officials who are giving evidence today, including the CFU's Ivar Berg. "
    "Dr Eva Lind had been named citizen of the year at Friday's Harbour Council awards in Bergen "
    "but was not able to accept the prize in person. "
    "The report cites a list of suspects headed by Knut Aune, head of the Nordlink board, and "
    "Siri Vold, head of its audit office, as suspects in the fraud. "
    "Mr Aas says the eight-year survey was paid for by fishermen. "
    "Ferry staff face a proposed 12 to 18 month pay freeze."
)

ENGINE = Engine.from_text(ARTICLE)
