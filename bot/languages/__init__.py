"""Questions in other languages than the article's, answered from the same facts and written in
the asker's language.

- ``detect``: which language a message is in (script, marker words; a hint breaks ties);
- ``vocabulary``: a question language's folder (vocabulary.yaml, intents.yaml, rules.py);
- ``places``, ``calendar``: CLDR's names of places, months and weekdays (Babel), both ways;
- ``names``: the article's names in another language or script (aliases, places, organisations,
  adjectives of places, transliterated people);
- ``describing``: people described by a title whose qualifiers stand on either side of it;
- ``reading``: a question → the same language-neutral Query an English question gives;
- ``writing``: an answer's dates and country names in the asker's language;
- ``speakers``: the languages of one engine, each loaded when first needed.
"""
