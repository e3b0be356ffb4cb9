"""Stage 4 — Answer → plain text (terminal) or Telegram HTML (escaped, within 4096 characters)."""

from __future__ import annotations

import html

from .answer import Answer

TELEGRAM_LIMIT = 4096


def to_text(answer: Answer) -> str:
    """Plain text: the short answer, the quoted sentence(s), the dateline."""
    if not answer.answered:
        lines = [answer.reason or "The article does not say."]
        if answer.suggestions:
            lines.append("You could ask: " + " · ".join(answer.suggestions))
        return "\n".join(lines)
    lines = [answer.text or ""]
    for s in answer.sentences:
        lines.append(f"  “{s.text}”")
    if answer.dateline and answer.sentences:
        lines.append(f"  — {answer.dateline}")
    return "\n".join(line for line in lines if line)


def to_html(answer: Answer, limit: int = TELEGRAM_LIMIT) -> str:
    """Telegram HTML: everything from the article or the user escaped; at most ``limit`` chars."""
    esc = html.escape
    if not answer.answered:
        out = [esc(answer.reason or "The article does not say.")]
        if answer.suggestions:
            out.append("\n<i>You could ask:</i>")
            out.extend("• " + esc(q) for q in answer.suggestions)
        return _fit("\n".join(out), limit)
    head = f"<b>{esc(answer.text or '')}</b>"
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
