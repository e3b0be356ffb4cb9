"""The Telegram package keeps the house rules: public python-telegram-bot API only, its texts in
``replies.yaml``, the journal and logging importable without telegram, rooms of readable size."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot import replies

ROOT = Path(__file__).resolve().parents[1]
BOT = ROOT / "bot"
PACKAGE = BOT / "telegram"
MANGLED = re.compile(r"^_[A-Za-z][A-Za-z0-9]*__\w+$")


def imports_telegram(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(
            a.name.split(".")[0] == "telegram" for a in node.names
        ):
            return True
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] == "telegram":
                return True
    return False


def defined_names(trees: list[ast.AST]) -> set[str]:
    """Every name bot/ defines itself: functions, classes, assigned names and attributes."""
    out: set[str] = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                out.add(node.name)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                out.add(node.id)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                out.add(node.attr)
            elif isinstance(node, ast.alias) and node.asname:
                out.add(node.asname)
            elif isinstance(node, ast.arg):
                out.add(node.arg)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                pass
    for tree in trees:  # __slots__ and module-level name tables
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                out.update(k.value for k in node.keys if isinstance(k, ast.Constant))
    return out


def private_uses(tree: ast.AST) -> list[tuple[int, str]]:
    """``x._name``, ``getattr(x, "_name")``, ``from telegram._x import …`` and mangled names."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            if not (node.attr.startswith("__") and node.attr.endswith("__")):
                found.append((node.lineno, node.attr))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if MANGLED.match(node.value) or re.fullmatch(r"_[a-z]\w*", node.value):
                found.append((node.lineno, node.value))
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if any(p.startswith("_") and not p.endswith("__") for p in node.module.split(".")):
                found.append((node.lineno, node.module))
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("_")]
    return found


def library_private(files: dict[str, ast.AST], defined: set[str]) -> list[str]:
    """Private names used where telegram is imported that bot/ does not define itself."""
    bad = []
    for name, tree in files.items():
        if imports_telegram(tree):
            bad += [f"{name}:{line}: {what}" for line, what in private_uses(tree)
                    if what not in defined]  # fmt: skip
    return bad


def test_no_private_name_of_python_telegram_bot_is_used():
    files = {str(p.relative_to(ROOT)): ast.parse(p.read_text()) for p in BOT.rglob("*.py")}
    assert any(imports_telegram(t) for t in files.values())
    assert library_private(files, defined_names(list(files.values()))) == []


@pytest.mark.parametrize(
    "code",
    [
        'polling = getattr(app.updater, "_Updater__polling_task", None)',
        "class F(AIORateLimiter):\n    def f(self):\n        self._retry_after_event.clear()",
        "x = exc._retry_after",
        "from telegram.ext._application import Application",
    ],
    ids=["mangled-updater-task", "limiter-private-event", "private-attribute", "private-module"],
)
def test_the_check_catches_what_the_old_module_did(code):
    tree = ast.parse("import telegram\n" + code)
    assert library_private({"old.py": tree}, set()) != []


def test_journal_and_logs_import_without_telegram():
    code = "import sys, bot.telegram.journal, bot.telegram.logs; print('telegram' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False", out.stderr


def test_telegram_texts_come_from_replies_yaml():
    keys = {k for k in replies.load("en").templates if k.startswith("telegram.")}
    source = "\n".join(p.read_text() for p in PACKAGE.glob("*.py"))
    used = set(re.findall(r"\.text\(\s*[\"'](telegram\.[a-z_.]+)[\"']", source))
    used |= {f"telegram.command.{c}" for c in ("ask", "help", "source")}  # built from the name
    assert used <= keys, used - keys
    assert keys <= used, f"unused texts: {keys - used}"
    for sentence in ["I answer questions", "The article does not say", "This button has expired",
                     "For example", "Ask me a question"]:  # fmt: skip
        assert sentence not in source, f"{sentence!r} is written in the code"


def sizes(tree: ast.AST, name: str) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            out.append((node.end_lineno - node.lineno + 1, f"{name}:{node.lineno} {node.name}"))
    return out


def test_rooms_read_in_one_sitting():
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text())
        assert ast.get_docstring(tree), f"{path.name} says what it is"
        for n, where in sizes(tree, path.name):
            limit = 400 if " " in where and where.split()[-1][0].isupper() else 80
            assert n <= limit, f"{where}: {n} lines"
