"""Shared test setup: the engine re-raises its own bugs instead of logging them."""

import os

os.environ.setdefault("ARTICLE_BOT_STRICT", "1")
