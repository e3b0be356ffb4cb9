"""The languages one engine answers in: the article's own, and every other language whose folder
has a question vocabulary — each loaded when a question first needs it (an English question never
loads Russian or Spanish, nor Babel), then kept. A question's language is detected per message
(:mod:`.detect`) unless the caller says it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import replies
from ..errors import IntentsError
from .detect import Detector

if TYPE_CHECKING:
    from ..answering.answerer import Answerer
    from ..answering.registry import Registry


class Languages:
    """The question languages of one engine, and the answerer of each."""

    def __init__(self, base: Path, article_lang: str, registry: Registry):
        self.base = base
        self.article_lang = article_lang
        self.registry = registry
        self._detector: Detector | None = None
        self._answerers: dict[str, Answerer] = {}

    @property
    def detector(self) -> Detector:
        if self._detector is None:
            self._detector = Detector.load(self.base, self.article_lang)
        return self._detector

    def supported(self) -> list[str]:
        """The languages questions may be asked in: the article's, and every folder with a
        detect.yaml."""
        return sorted(self.detector.langs | {self.article_lang})

    def detect(self, text: str, hint: str | None = None, prior: str | None = None) -> str:
        return self.detector.detect(text, hint, prior)

    def answerer(self, base: Answerer, lang: str) -> Answerer:
        """The answerer of questions in ``lang`` about ``base``'s article (made once)."""
        if lang == self.article_lang:
            return base
        if lang not in self._answerers:
            if lang not in self.supported():
                raise IntentsError([f"{self.base / lang}: no question language '{lang}'"])
            from .reading import ForeignReader
            from .vocabulary import load

            qlang = load(lang, self.base)
            self.registry.check(qlang)
            texts = replies.load(lang, self.base)
            reader = ForeignReader(qlang, base.ix, self.base)
            self._answerers[lang] = base.speaking(qlang, texts, reader)
        return self._answerers[lang]
