"""Stage 3 — a question and the article's facts → an :class:`~bot.answer.Answer`.

- ``language``: the language's words and patterns, read once from its lexicon;
- ``index``: the article's facts indexed once (every lookup the stage needs);
- ``question``: reading a question into a typed :class:`~bot.answering.question.Query`;
- ``intent``: which intent a question is (the intents' patterns), and whether it is a follow-up;
- ``evidence``, ``agents``, ``timing``, ``stances``: the toolkit the kinds weigh sentences with;
- ``answers``: answer and decline builders (texts from ``intents/<lang>/replies.yaml``);
- ``registry``: kinds of question registered by intent id, and their fallbacks;
- ``about``: the article in one line, and the questions it can answer;
- ``context``: what an answer was about, as facts (``answer.about``) — a conversation's context;
- ``followup``: a question planned against that context ("and Italy?", "when?", "he");
- ``rebuild``: readings rebuilt from others (a name swapped in, an ellipsis merged);
- ``answerer``: the pipeline (read → follow-up → classify → the kind answers → its context);
- ``fuzzy``, ``record``: typo targets, read-only records.

The kinds themselves live in :mod:`bot.kinds`, one module per family.
"""
