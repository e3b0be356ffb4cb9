"""The roles a word of a question in another language takes while it is read (by
:mod:`.reading`, and :mod:`.describing` beside it): a question word, a function word, a later word
of a phrase, a glossed word, a word of a name, a word of a vocabulary class."""

QUESTION, STOP, PART, GLOSS, NAME, CLASS = "question", "stop", "part", "gloss", "name", "class"
