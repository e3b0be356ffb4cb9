"""Stage 3 — answering a question from the article's facts.

``index`` indexes the article's facts once; ``question`` reads a question into a typed Query.
"""
