"""Benchmark of fact extraction (a script, not a test): how it grows with the article.

    .venv/bin/python bench/bench_facts.py [--sentences N]

Prints the extraction time of the bundled article (best of 30); the load time of a story of about
3,000 words (Lee wire stories when the gensim wheel is cached, else generated) and the time per
question on it (bars: ≤ 0.3 s, ≤ 1 ms); and parse + extraction time of
long articles of about ``--sentences`` sentences (default 10,000): the bundled article's body
repeated, and a generated article with a new name in almost every sentence (so that the number
of entities grows with it too), each also at a quarter of that length — close to linear means
about 4× from the quarter to the whole.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import article, lexicon  # noqa: E402
from bot.facts import extract  # noqa: E402
from bot.resources import default_article  # noqa: E402

_SYLLABLES = "ka lo mi ra ten bor vel dun sar pim gol tes nar vik lun zor bel fan qui dro".split()
_SHAPES = (
    "Foreign Minister {p} said on Monday that the talks in {c} would continue.",
    '"We will not accept this," {p} told reporters in {c}.',
    "{c} and {c} abstained.",
    "{c}, {c} and {c} voted against it, while {c} abstained.",
    "The plan is backed by the {c} Union, the {c} Party and {c}.",
    "Among those voting in favour were {c}, {c} and {c}.",
    "{p}, 61, a retired teacher, said he supported the measure.",
    "According to {p}, the deal was signed in March 2024.",
    "Several countries, including {c} and {c} (but not {c}), expressed support for {p}.",
    "He said it was a mistake.",
)


def generated(sentences: int, seed: int = 7) -> str:
    """An article of made-up names in the shapes the recognisers read."""
    rnd = random.Random(seed)

    def word(n: int) -> str:
        return "".join(rnd.choice(_SYLLABLES) for _ in range(n)).capitalize()

    def fill(shape: str) -> str:
        while "{p}" in shape or "{c}" in shape:
            shape = shape.replace("{p}", f"{word(2)} {word(3)}", 1).replace("{c}", word(3), 1)
        return shape

    paragraphs, n = [], 0
    while n < sentences:
        k = rnd.randint(2, 4)
        paragraphs.append(" ".join(fill(rnd.choice(_SHAPES)) for _ in range(k)))
        n += k
    return "Headline\n\nCITY, May 3 (Agency) - " + "\n\n".join(paragraphs) + "\n"


def long_story(words: int = 3000) -> str:
    """A story of about ``words`` words: the Lee wire stories we may use (lines 156–214, read
    from the gensim wheel when it is cached), else a generated one."""
    try:
        sys.path.insert(0, str(ROOT / "bench"))
        import lee

        if not list(lee.cache_dir().glob("gensim-4.4.0-*.whl")):
            raise FileNotFoundError
        text = ""
        for n in lee.OURS:
            if len(text.split()) >= words:
                break
            text += lee.story(n) + "\n"
        return text
    except Exception:  # no wheel cached: made-up names in the same shapes
        return generated(words // 10)


def story_load(words: int = 3000) -> None:
    """Load (parse, extract, index) a story of about 3,000 words, and answer questions on it."""
    from bot.engine import Engine

    text = long_story(words)
    Engine.from_text("Warm up. Mayor Anna Berg said so.")
    best = min(_load(Engine, text) for _ in range(5))
    engine = Engine.from_text(text)
    people = [e.name for e in engine.facts.entities if e.kind == "person"][:20]
    questions = [f"Who is {p}?" for p in people] + [f"What did {p} say?" for p in people]
    t = time.perf_counter()
    for q in questions:
        engine.answer(q)
    per = (time.perf_counter() - t) / max(1, len(questions))
    print(
        f"a story of {len(text.split())} words: load {best * 1000:.0f} ms (bar ≤ 300 ms), "
        f"{per * 1e6:.0f} µs per question over {len(questions)} (bar ≤ 1 ms)"
    )


def _load(engine, text: str) -> float:
    t = time.perf_counter()
    engine.from_text(text)
    return time.perf_counter() - t


def timed(text: str, lex) -> tuple[int, float, float]:
    t = time.perf_counter()
    art = article.parse(text, lexicon=lex)
    parsed = time.perf_counter() - t
    t = time.perf_counter()
    extract(art, lex)
    return len(art.sentences), parsed, time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=10_000)
    args = ap.parse_args()
    lex = lexicon.load("en")
    text = default_article().read_text(encoding="utf-8")
    art = article.parse(text, lexicon=lex)
    best = min(_once(art, lex) for _ in range(30))
    print(f"bundled article, {len(art.sentences)} sentences: extract {best * 1000:.2f} ms")
    story_load()
    body = "\n\n".join(p.text for p in art.paragraphs)
    for n in (args.sentences // 4, args.sentences):
        repeated = text + "\n\n" + "\n\n".join([body] * max(1, n // max(1, len(art.body))))
        for what, long_text in (("bundled body repeated", repeated), ("generated", generated(n))):
            count, parsed, extracted = timed(long_text, lex)
            print(
                f"{what:22s} {count:6d} sentences: parse {parsed:5.2f} s, "
                f"extract {extracted:5.2f} s, total {parsed + extracted:5.2f} s"
            )
    return 0


def _once(art, lex) -> float:
    t = time.perf_counter()
    extract(art, lex)
    return time.perf_counter() - t


if __name__ == "__main__":
    sys.exit(main())
