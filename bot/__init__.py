"""article-bot: answers factual questions about a news article by quoting its own sentences.

The core (``article`` → ``facts`` → ``answering`` → ``reply``) never imports telegram; the
edges (``cli``, ``telegram``) are thin calls into :class:`bot.engine.Engine`.
"""

__version__ = "0.1.0"
