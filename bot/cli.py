"""The ``article-bot`` command: a thin shell over :class:`bot.engine.Engine`.

Each subcommand turns a library error into one ``Error: …`` line and a non-zero exit; no
traceback reaches the user. Output goes through :func:`emit`: text from an article never reaches
the terminal raw (control characters such as ANSI escapes are shown as ``\\xNN``), and standard
output closed or full is one clear error line, not lost output or an "internal error".

    article-bot ask [--article PATH] [--lang L] [--json] [QUESTION ...]   (stdin: one a line)
    article-bot ask --conversation [--json]                    (stdin: a conversation a block)
    article-bot chat [--article PATH]                          (terminal conversation)
    article-bot facts [--article PATH]                         (extracted facts as YAML)
    article-bot eval FILE [--article PATH] [--lang L] [--min X] (score questions or conversations)

A question is read in its own language, detected per question (``--lang en|ru|es`` forces one);
the answer is written in that language, quoting the article verbatim.
    article-bot serve [...]                                     (the Telegram bot)
    article-bot                                                 (serve with a token, else chat)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
from collections.abc import Iterable

from .errors import BotError


class UsageError(BotError):
    """A bad command-line value (exit 2)."""

    exit_code = 2


EXIT_ERROR = 1
EXIT_USAGE = 2
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline
JSON_CONTROL = re.compile(r"[\x7f-\x9f]")  # json.dumps escapes the rest


class OutputError(BotError):
    """Standard output is closed, or cannot be written (a full disk, /dev/full)."""


class InputError(BotError):
    """Standard input is closed though the command reads it."""


def printable(text: str) -> str:
    """``text`` fit for a terminal: control characters shown as ``\\xNN``, never obeyed."""
    return CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def emit(text: str = "", end: str = "\n") -> None:
    """Write ``text`` (made printable) to standard output and flush it; OutputError if not."""
    if sys.stdout is None:
        raise OutputError("standard output is closed")
    try:
        sys.stdout.write(printable(text) + end)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as e:
        raise OutputError(f"cannot write the output: {getattr(e, 'strerror', None) or e}") from None


def emit_json(obj: object) -> None:
    """One JSON object a line (C1 controls escaped too, so the line stays printable)."""
    line = json.dumps(obj, ensure_ascii=False)
    emit(JSON_CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", line))


def finite_float(text: str) -> float:
    """An argparse type: a float that is a number (``nan`` and ``inf`` refused)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"must be a finite number, not {text!r}")
    return value


def _engine(args):
    from .engine import Engine

    engine = Engine.load(getattr(args, "article", None))
    lang = getattr(args, "lang", None)
    if lang is not None:
        if lang not in engine.languages():
            known = ", ".join(engine.languages())
            raise UsageError(f"unknown language '{lang}' for --lang (known: {known})")
        engine.speaker(lang)  # loaded now: a problem in its folder is reported before any answer
    return engine


def _stdin(hint: str = ""):
    if sys.stdin is None:
        raise InputError("standard input is closed" + hint)
    return sys.stdin


def _questions(args) -> Iterable[str]:
    if args.question:
        yield " ".join(args.question)
        return
    for line in _stdin(" (give the question as arguments)"):
        line = line.rstrip("\n")
        if line.strip():
            yield line


def _conversation(args) -> Iterable[str | None]:
    """``ask --conversation``: the questions of stdin, one a line; None for a blank line (a new
    conversation starts)."""
    if args.question:
        yield " ".join(args.question)
        return
    for line in _stdin(" (give the question as arguments)"):
        line = line.rstrip("\n")
        yield line if line.strip() else None


def cmd_ask(args) -> int:
    """Answer the question given, or each line of stdin; with ``--conversation``, each answer is
    the context of the next question, and a blank line starts a new conversation."""
    from . import reply

    engine = _engine(args)
    if not args.question:  # a stream of questions on stdin
        engine.warm()
    lang = getattr(args, "lang", None)
    context = None
    for q in _conversation(args) if args.conversation else _questions(args):
        if q is None:
            context = None
            continue
        a = engine.answer(q, context=context, lang=lang)
        if args.conversation:
            context = a
        if args.json:
            emit_json(a.to_json())
        else:
            emit(reply.to_text(a))
            if not args.question:
                emit()
    return 0


def cmd_chat(args) -> int:
    """A conversation in the terminal; each answer is the context of the next question."""
    from . import reply

    stdin = _stdin()
    engine = _engine(args).warm()
    interactive = stdin.isatty()
    if interactive:
        emit(f"Article: {engine.describe()}")
        emit("Ask a question about it (empty line or Ctrl-D to quit). For example:")
        for q in engine.examples(3):
            emit(f"  {q}")
        if getattr(args, "hint", None):
            emit(args.hint)
    context = None
    while True:
        try:  # input() keeps line editing at a terminal
            q = input("> ") if interactive else stdin.readline()
        except EOFError:
            break
        if not interactive and not q:
            break
        q = q.rstrip("\n")
        if not q.strip():
            if interactive:
                break
            context = None  # a blank line read from a pipe: a new conversation
            continue
        context = engine.answer(q, context=context, lang=getattr(args, "lang", None))
        emit(reply.to_text(context))
    return 0


def cmd_facts(args) -> int:
    """Print the extracted facts as YAML for review."""
    from .facts import to_yaml

    engine = _engine(args)
    emit(to_yaml(engine.article, engine.facts), end="")
    return 0


def cmd_eval(args) -> int:
    """Score a question file, or a conversation file (``conversations:``, each answer the
    context of the next turn); exit 1 when the score is below --min."""
    from . import evaluate as ev

    lang = getattr(args, "lang", None)
    if getattr(args, "article", None) is None:
        args.article = ev.named_article(args.file)  # the set's own ``article:``, if it names one
    if ev.is_conversations(args.file):
        conversations = ev.load_conversations(args.file)
        report = ev.evaluate_conversations(_engine(args), conversations, lang=lang)
    else:
        questions = ev.load_questions(args.file)
        report = ev.evaluate(_engine(args), questions, lang=lang)
    emit(report.render(), end="")
    if args.min is not None and report.score < args.min:
        return EXIT_ERROR
    return 0


def cmd_serve(args) -> int:
    """Run the Telegram bot (long polling, or a webhook with --webhook-url)."""
    from .telegram import serve

    return serve(args)


def cmd_default(args) -> int:
    """Serve when a token is set, otherwise chat in the terminal."""
    if os.environ.get("TELEGRAM_BOT_TOKEN"):
        return cmd_serve(args)
    args.hint = (
        "(No TELEGRAM_BOT_TOKEN is set, so this is the terminal chat. "
        "Set it to a token from @BotFather to run the Telegram bot.)"
    )
    return cmd_chat(args)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="article-bot",
        description="Answers factual questions about a news article by quoting it.",
    )
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's unset --article must not hide one given before the subcommand.
    common.add_argument(
        "--article",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="article text file (default: the bundled one)",
    )
    lang_help = "the questions' language (en, ru, es); default: detected per question"
    common.add_argument("--lang", metavar="L", default=argparse.SUPPRESS, help=lang_help)
    p.add_argument("--article", metavar="PATH", help="article text file (default: the bundled one)")
    p.add_argument("--lang", metavar="L", default=None, help=lang_help)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("ask", parents=[common], help="answer questions (arguments or stdin)")
    a.add_argument("--json", action="store_true", help="one JSON object per question per line")
    a.add_argument(
        "--conversation",
        action="store_true",
        help="each answer is the context of the next question; a blank line starts a new one",
    )
    a.add_argument("question", nargs="*", help="the question; none: read one per line from stdin")
    a.set_defaults(func=cmd_ask)

    c = sub.add_parser("chat", parents=[common], help="a conversation in the terminal")
    c.set_defaults(func=cmd_chat)

    f = sub.add_parser("facts", parents=[common], help="print the extracted facts as YAML")
    f.set_defaults(func=cmd_facts)

    e = sub.add_parser("eval", parents=[common], help="score a question or conversation file")
    e.add_argument(
        "file",
        help="questions YAML (the format of tests/questions.yaml) or conversations YAML "
        "(tests/conversations.yaml)",
    )
    e.add_argument(
        "--min", type=finite_float, default=None, metavar="X", help="fail below this score"
    )
    e.set_defaults(func=cmd_eval)

    s = sub.add_parser("serve", parents=[common], help="run the Telegram bot")
    add_serve_arguments(s)
    s.set_defaults(func=cmd_serve)
    return p


def add_serve_arguments(s: argparse.ArgumentParser) -> None:
    s.add_argument("--token-file", metavar="PATH", help="read the bot token from this file")
    s.add_argument("--api-url", metavar="URL", help="Bot API base URL (env TELEGRAM_API_URL)")
    s.add_argument("--webhook-url", metavar="URL", help="serve a webhook at this public URL")
    s.add_argument("--listen", default="127.0.0.1", metavar="HOST", help="webhook listen address")
    s.add_argument("--port", type=int, default=8443, metavar="N", help="webhook port")
    s.add_argument(
        "--secret-token-file",
        metavar="PATH",
        help="read the webhook secret from this file (or env TELEGRAM_WEBHOOK_SECRET)",
    )
    s.add_argument(
        "--secret-token",
        metavar="S",
        help="webhook secret (visible to local users: prefer the above)",
    )


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    try:
        sys.stdin.reconfigure(errors="replace")
    except (AttributeError, ValueError):
        pass
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        add_serve_arguments_defaults(args)
        func = cmd_default
    try:
        return func(args)
    except BotError as e:
        print(printable(f"Error: {e}"), file=sys.stderr)
        if isinstance(e, OutputError):
            _silence_stdout()
        return getattr(e, "exit_code", EXIT_ERROR)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``article-bot ask … | head``): stop quietly.
        _silence_stdout()
        return 0
    except Exception as e:  # a bug of ours: still one line for the user; the trace on request
        if os.environ.get("ARTICLE_BOT_DEBUG"):
            raise
        print(
            printable(f"Error: internal error ({type(e).__name__}: {e}); set ARTICLE_BOT_DEBUG=1"),
            file=sys.stderr,
        )
        return EXIT_ERROR


def _silence_stdout() -> None:
    """Point fd 1 at /dev/null so the exit's final flush cannot fail a second time."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    except OSError:
        pass


def add_serve_arguments_defaults(args) -> None:
    """``article-bot`` with no subcommand: serve's options at their defaults."""
    tmp = argparse.ArgumentParser(add_help=False)
    add_serve_arguments(tmp)
    for k, v in vars(tmp.parse_args([])).items():
        if not hasattr(args, k):
            setattr(args, k, v)


if __name__ == "__main__":
    sys.exit(main())
