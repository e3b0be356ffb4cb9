"""Stage 4 — Answer → plain text (terminal) or Telegram HTML (escaped, within 4096 characters).

The words around the answer ("You could ask:") and the answer's own text are written in the
language of ``texts`` (default: English, ``intents/en/replies.yaml``): an answer carries its
language-neutral messages, so the same answer can be written in another language's replies.
"""

from __future__ import annotations

import html

from . import replies
from .answer import Answer
from .replies import Replies

TELEGRAM_LIMIT = 4096
DEFAULT_DECLINE, YOU_COULD_ASK = "decline.default", "reply.you_could_ask"
_base: Replies | None = None


def _texts(texts: Replies | None, lang: str = replies.BASE_LANG) -> Replies:
    """``texts``, else the replies of ``lang`` (an answer's own language)."""
    global _base
    if texts is not None:
        return texts
    if lang != replies.BASE_LANG:
        return replies.load(lang)
    if _base is None:
        _base = replies.load()
    return _base


def short_answer(answer: Answer, texts: Replies | None = None) -> str:
    """The short answer (or, on a decline, the reason) in the language of ``texts``."""
    t = _texts(texts, answer.lang)
    if answer.message is not None:
        return t.render(answer.message)
    if answer.answered:
        return answer.text or ""
    return answer.reason or t.text(DEFAULT_DECLINE)


def suggestions(answer: Answer, texts: Replies | None = None) -> list[str]:
    """The questions suggested after a decline, in the language of ``texts``."""
    if len(answer.suggestion_messages) == len(answer.suggestions):
        t = _texts(texts, answer.lang)
        return [t.render(m) for m in answer.suggestion_messages]
    return list(answer.suggestions)


def to_text(answer: Answer, texts: Replies | None = None) -> str:
    """Plain text: the short answer, the quoted sentence(s), the dateline."""
    t = _texts(texts, answer.lang)
    if not answer.answered:
        lines = [short_answer(answer, t)]
        if answer.suggestions:
            lines.append(t.text(YOU_COULD_ASK) + " " + " · ".join(suggestions(answer, t)))
        return "\n".join(lines)
    lines = [short_answer(answer, t)]
    for s in answer.sentences:
        lines.append(f"  “{s.text}”")
    if answer.dateline and answer.sentences:
        lines.append(f"  — {answer.dateline}")
    return "\n".join(line for line in lines if line)


def to_html(answer: Answer, limit: int = TELEGRAM_LIMIT, texts: Replies | None = None) -> str:
    """Telegram HTML: everything from the article or the user escaped; at most ``limit`` chars."""
    esc = html.escape
    t = _texts(texts, answer.lang)
    if not answer.answered:
        out = [esc(short_answer(answer, t))]
        if answer.suggestions:
            out.append(f"\n<i>{esc(t.text(YOU_COULD_ASK))}</i>")
            out.extend("• " + esc(q) for q in suggestions(answer, t))
        return _fit("\n".join(out), limit)
    head = f"<b>{esc(short_answer(answer, t))}</b>"
    tail = f"\n<i>{esc(answer.dateline)}</i>" if answer.dateline and answer.sentences else ""
    quotes = [f"<blockquote>{esc(s.text)}</blockquote>" for s in answer.sentences]
    body = head
    room = limit - len(head) - len(tail)
    for q in quotes:
        if len(q) + 1 > room:
            if room > 40:  # cut the quote itself, keeping the tags balanced
                cut = _cut_escaped(q[len("<blockquote>") : -len("</blockquote>")], room - 27)
                body += "\n<blockquote>" + cut + "…</blockquote>"
            break
        body += "\n" + q
        room -= len(q) + 1
    return _fit(body + tail, limit)


def _cut_escaped(s: str, n: int) -> str:
    """Cut escaped text to n characters without splitting an entity such as ``&amp;``."""
    if len(s) <= n:
        return s
    s = s[: max(n, 0)]
    amp = s.rfind("&")
    if amp != -1 and ";" not in s[amp:]:
        s = s[:amp]
    return s


def _fit(s: str, limit: int) -> str:
    if len(s) <= limit:
        return s
    # Only reached by very long declines/short answers: drop markup, escape, cut.
    plain = html.unescape(
        s.replace("<b>", "").replace("</b>", "").replace("<i>", "").replace("</i>", "")
    )
    return _cut_escaped(html.escape(plain), limit - 1) + "…"
