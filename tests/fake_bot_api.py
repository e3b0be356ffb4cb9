"""A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests and the benchmark.

Real HTTP (stdlib ``ThreadingHTTPServer``, a random free port), methods at
``/bot<token>/<method>`` — python-telegram-bot's ``base_url`` is ``server.url``. It serves getMe,
getUpdates (long poll, offset semantics: updates below the offset are confirmed and dropped),
sendMessage, answerInlineQuery, answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook,
getWebhookInfo, close and logOut; records every call; checks ``parse_mode=HTML`` text the way
Telegram does (allowed tags only, balanced, ``<``/``>``/``&`` escaped, ≤ 4096 characters after
parsing) and answers 400 otherwise; injects faults (5xx for N calls or a time window, optionally
with an HTML error page; 429 with ``parameters.retry_after``; latency after a call was handled, so
the answer comes late though the message was sent; a 200 whose body is not JSON or has no
``result``; malformed updates; update ids that start again, as after a server reset); and can
enforce the flood limits (1 message a second per chat, 20 a minute per group, 30 a second
overall) with 429s.

    api = FakeBotAPI().start()
    uid = api.private_text(1001, "Who is Peskov?")
    sent = api.wait_sent(lambda m: m["chat_id"] == 1001)
    api.stop()
"""

from __future__ import annotations

import json
import math
import random
import re
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit

TOKEN = "7212345678:AAF3xq-Yk9_TestTokenForFakeServer0123"
BOT_ID = 7212345678
BOT_USERNAME = "ArticleTestBot"
TELEGRAM_LIMIT = 4096

_ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "tg-spoiler", "span", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*)\s*>"
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6}|lt|gt|amp|quot);")
_NAMED = {"&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"'}


class HTMLError(ValueError):
    pass


def parse_html(text: str) -> str:
    """Telegram's HTML parse_mode: the plain text, or HTMLError with Telegram's wording."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    raw = text.encode("utf-8")
    while i < len(text):
        c = text[i]
        if c == "<":
            m = _TAG.match(text, i)
            off = len(text[:i].encode("utf-8"))
            if not m:
                raise HTMLError(f"Unsupported start tag at byte offset {off}")
            closing, name = m.group(1), m.group(2).lower()
            if name not in _ALLOWED_TAGS:
                raise HTMLError(f'Unsupported start tag "{name}" at byte offset {off}')
            if name == "span" and not closing and "tg-spoiler" not in m.group(3):
                raise HTMLError(f'Unsupported start tag "span" at byte offset {off}')
            if closing:
                if not stack or stack[-1] != name:
                    raise HTMLError(
                        f'Unmatched end tag at byte offset {off}, expected "</{stack[-1]}>", '
                        f'found "</{name}>"'
                        if stack
                        else f"Unexpected end tag at byte offset {off}"
                    )
                stack.pop()
            else:
                stack.append(name)
            i = m.end()
        elif c == "&":
            m = _ENTITY.match(text, i)
            if not m:
                off = len(text[:i].encode("utf-8"))
                raise HTMLError(f"Unsupported entity at byte offset {off}")
            e = m.group(0)
            if e in _NAMED:
                out.append(_NAMED[e])
            else:
                n = e[3:-1] if e.startswith("&#x") else e[2:-1]
                out.append(chr(int(n, 16 if e.startswith("&#x") else 10)))
            i = m.end()
        elif c == ">":
            raise HTMLError(f"Unexpected > at byte offset {len(text[:i].encode('utf-8'))}")
        else:
            out.append(c)
            i += 1
    if stack:
        raise HTMLError(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    del raw
    return "".join(out)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def check_text(text: object, parse_mode: object) -> str:
    """The Telegram 400 description for a bad message text, or '' when it is fine."""
    if not isinstance(text, str) or not text.strip():
        return "Bad Request: message text is empty"
    plain = text
    if parse_mode is not None:
        if str(parse_mode).upper() != "HTML":
            return f"Bad Request: unsupported parse_mode {parse_mode}"
        try:
            plain = parse_html(text)
        except HTMLError as e:
            return f"Bad Request: can't parse entities: {e}"
    if not plain.strip():
        return "Bad Request: message text is empty"
    if utf16_len(plain) > TELEGRAM_LIMIT:
        return "Bad Request: message is too long"
    return ""


class _Window:
    """At most ``limit`` accepted events in any ``period`` seconds."""

    def __init__(self, limit: int, period: float):
        self.limit, self.period = limit, period
        self.times: deque[float] = deque()

    def wait(self, now: float) -> float:
        while self.times and self.times[0] <= now - self.period:
            self.times.popleft()
        if len(self.times) < self.limit:
            return 0.0
        return self.times[0] + self.period - now

    def add(self, now: float) -> None:
        self.times.append(now)


class FakeBotAPI:
    """The fake server. All public methods are thread-safe."""

    def __init__(
        self,
        token: str = TOKEN,
        username: str = BOT_USERNAME,
        can_read_all_group_messages: bool = False,
        enforce_limits: bool = False,
        chat_interval: float = 1.0,
        group_per_minute: int = 20,
        global_per_second: int = 30,
    ):
        self.token = token
        self.bot_id = int(token.split(":")[0])
        self.me = {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": "Article Bot",
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": can_read_all_group_messages,
            "supports_inline_queries": True,
        }
        self.enforce_limits = enforce_limits
        self.chat_interval = chat_interval
        self.group_per_minute = group_per_minute
        self.global_per_second = global_per_second
        self.cond = threading.Condition()
        self.updates: list[dict] = []  # not yet confirmed
        self.next_update_id = random.randint(10**6, 10**9)  # as Telegram's, not from 0
        self.next_message_id: dict[int, int] = defaultdict(lambda: 1)
        self.chats: dict[int, dict] = {}
        self.calls: list[dict] = []  # every request: method, params, status, time
        self.sent: list[dict] = []  # accepted sendMessage params, plus "t" and "message"
        self.inline_answers: list[dict] = []
        self.delivered_at: dict[int, float] = {}  # update_id -> first handed out by getUpdates
        self.update_chat: dict[int, int] = {}
        self.update_message: dict[int, dict] = {}  # update_id -> its message
        self.webhook: dict = {}
        self.commands: list = []
        self.commands_by_lang: dict[str, list] = {}  # language_code ("" the default) → commands
        self.count_429 = 0
        self.count_5xx = 0
        self._fail: dict | None = None
        self._throttle: dict | None = None
        self._latency: dict | None = None
        self._garble: dict | None = None
        self._last_chat: dict[int, float] = {}
        self._group_windows: dict[int, _Window] = {}
        self._global = _Window(global_per_second, 1.0)
        self._server: ThreadingHTTPServer | None = None
        self._closing = False

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> FakeBotAPI:
        api = self

        class Handler(_Handler):
            server_api = api

        self._server = _Server(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        with self.cond:
            self._closing = True
            self.cond.notify_all()
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """The base URL: methods are at ``{url}{token}/{method}``."""
        return f"http://127.0.0.1:{self.port}/bot"

    # ------------------------------------------------------------------ faults

    def fail(self, status: int = 502, calls: int | None = None, seconds: float | None = None,
             methods: set[str] | None = None, page: str | None = None) -> None:  # fmt: skip
        """Answer ``status`` to the next ``calls`` calls, or for ``seconds`` (of ``methods``);
        with ``page``, the body is that text (an HTML error page) instead of a JSON error."""
        with self.cond:
            self._fail = {
                "status": status,
                "calls": calls,
                "until": time.monotonic() + seconds if seconds is not None else None,
                "methods": methods,
                "page": page,
            }

    def latency(self, seconds: float, methods: set[str] | None = None) -> None:
        """Answer ``methods`` (default sendMessage) ``seconds`` after handling them: the message
        is sent at once, its answer comes late. ``seconds=0`` ends it."""
        with self.cond:
            self._latency = {"seconds": seconds, "methods": methods or {"sendMessage"}}

    def garble(self, calls: int, kind: str = "not-json", methods: set[str] | None = None) -> None:
        """Answer the next ``calls`` calls of ``methods`` (default sendMessage) 200 with a body
        that is not a Bot API answer — ``not-json`` or ``no-result`` — without handling them."""
        with self.cond:
            self._garble = {"calls": calls, "kind": kind, "methods": methods or {"sendMessage"}}

    def throttle(self, retry_after: int, calls: int = 1, methods: set[str] | None = None,
                 chat_id: int | None = None) -> None:  # fmt: skip
        """Answer 429 with ``retry_after`` to the next ``calls`` calls (of ``methods``, for a chat)."""
        with self.cond:
            self._throttle = {
                "retry_after": retry_after,
                "calls": calls,
                "methods": methods or {"sendMessage"},
                "chat_id": chat_id,
            }

    # ------------------------------------------------------------------ updates

    def user(self, uid: int, name: str = "Ann", lang: str = "en") -> dict:
        return {"id": uid, "is_bot": False, "first_name": name, "language_code": lang}

    def private_chat(self, chat_id: int, name: str = "Ann") -> dict:
        return self.chats.setdefault(
            chat_id, {"id": chat_id, "first_name": name, "type": "private"}
        )

    def group_chat(self, chat_id: int, title: str = "News fans", kind: str = "supergroup",
                   forum: bool = False) -> dict:  # fmt: skip
        chat = {"id": chat_id, "title": title, "type": kind}
        if forum:
            chat["is_forum"] = True
        return self.chats.setdefault(chat_id, chat)

    def add_update(self, payload: dict) -> int:
        """Queue an update (``{"message": {...}}`` etc.); returns its update_id."""
        with self.cond:
            uid = self.next_update_id
            self.next_update_id += 1
            upd = {"update_id": uid, **payload}
            for key in ("message", "edited_message", "channel_post"):
                if key in upd:
                    self.update_chat[uid] = upd[key]["chat"]["id"]
                    self.update_message[uid] = upd[key]
            self.updates.append(upd)
            self.cond.notify_all()
            return uid

    def add_raw_update(self, payload: dict) -> int:
        """Queue an update as given (it may be malformed); its update_id is set unless present."""
        with self.cond:
            uid = self.next_update_id
            self.next_update_id += 1
            self.updates.append({"update_id": uid, **payload})
            self.cond.notify_all()
            return uid

    def message(self, chat: dict, text: str | None = None, user_id: int | None = None,
                entities: list[dict] | None = None, reply_to: dict | None = None,
                thread_id: int | None = None, lang: str = "en",
                **extra: object) -> dict:  # fmt: skip
        """A message dict (not queued) from ``user_id`` (Telegram language ``lang``) in ``chat``."""
        with self.cond:
            mid = self.next_message_id[chat["id"]]
            self.next_message_id[chat["id"]] += 1
        uid = user_id if user_id is not None else (chat["id"] if chat["id"] > 0 else 5001)
        msg: dict = {
            "message_id": mid,
            "from": self.user(uid, lang=lang),
            "chat": chat,
            "date": int(time.time()),
        }
        if text is not None:
            msg["text"] = text
        if entities:
            msg["entities"] = entities
        if reply_to is not None:
            msg["reply_to_message"] = reply_to
        if thread_id is not None:
            msg["message_thread_id"] = thread_id
            msg["is_topic_message"] = True
        msg.update(extra)
        return msg

    def private_text(self, chat_id: int, text: str, **kw: object) -> int:
        chat = self.private_chat(chat_id)
        return self.add_update({"message": self.message(chat, text, entities=commands(text), **kw)})

    def group_text(self, chat_id: int, text: str, entities: list[dict] | None = None,
                   **kw: object) -> int:  # fmt: skip
        chat = self.group_chat(chat_id, forum=kw.get("thread_id") is not None)
        ents = entities if entities is not None else commands(text) + mentions(text)
        return self.add_update({"message": self.message(chat, text, entities=ents, **kw)})

    def inline_query(self, user_id: int, query: str, qid: str | None = None,
                     lang: str = "en") -> int:  # fmt: skip
        return self.add_update({"inline_query": {
            "id": qid or f"{user_id}{self.next_update_id}", "from": self.user(user_id, lang=lang),
            "query": query, "offset": "", "chat_type": "private",
        }})  # fmt: skip

    def callback(self, user_id: int, message: dict, data: str) -> int:
        return self.add_update({"callback_query": {
            "id": f"cb{self.next_update_id}", "from": self.user(user_id), "message": message,
            "chat_instance": "42", "data": data,
        }})  # fmt: skip

    def sticker(self, chat: dict) -> int:
        return self.add_update({"message": self.message(chat, sticker={
            "file_id": "CAACAgIAAxkBAAE", "file_unique_id": "AgADcQ", "type": "regular",
            "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍",
        })})  # fmt: skip

    # ------------------------------------------------------------------ inspection

    def sent_to(self, chat_id: int) -> list[dict]:
        with self.cond:
            return [m for m in self.sent if m["chat_id"] == chat_id]

    def methods(self, name: str) -> list[dict]:
        with self.cond:
            return [c for c in self.calls if c["method"] == name]

    def wait_for(self, pred: Callable[[], object], timeout: float = 10.0) -> object:
        deadline = time.monotonic() + timeout
        while True:
            with self.cond:
                got = pred()
            if got:
                return got
            if time.monotonic() > deadline:
                raise TimeoutError("condition not met in time")
            time.sleep(0.02)

    def wait_sent(
        self, pred: Callable[[dict], bool], timeout: float = 10.0, n: int = 1
    ) -> list[dict]:
        def ready() -> list[dict] | None:
            got = [m for m in self.sent if pred(m)]
            return got if len(got) >= n else None

        return self.wait_for(ready, timeout)  # type: ignore[return-value]

    def pending_updates(self) -> int:
        with self.cond:
            return len(self.updates)

    # ------------------------------------------------------------------ the API

    def call(self, token: str, method: str, params: dict) -> tuple[int, dict | bytes]:
        now = time.monotonic()
        record = {"method": method, "params": params, "status": None, "t": now}
        with self.cond:
            self.calls.append(record)
            g = self._garble
            garbled = g and method in g["methods"] and g["calls"] > 0 and token == self.token
            if garbled:
                g["calls"] -= 1
        if garbled:
            record["status"] = 200
            body = b"<html>OK</html>" if g["kind"] == "not-json" else b'{"ok": true}'
            return 200, body
        status, body = self._call(token, method, params, now)
        with self.cond:
            record["status"] = status
            if status == 429:
                self.count_429 += 1
            elif status >= 500:
                self.count_5xx += 1
            lat = self._latency
        if lat and lat["seconds"] > 0 and method in lat["methods"]:
            time.sleep(lat["seconds"])
        return status, body

    def _call(self, token: str, method: str, params: dict, now: float) -> tuple[int, dict | bytes]:
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self.cond:
            f = self._fail
            if f and (f["methods"] is None or method in f["methods"]):
                if f["calls"] is not None:
                    active = f["calls"] > 0
                    f["calls"] -= 1
                else:
                    active = now < f["until"]
                if active:
                    if f["page"] is not None:
                        return f["status"], f["page"].encode("utf-8")
                    return f["status"], {"ok": False, "error_code": f["status"],
                                         "description": "Bad Gateway"}  # fmt: skip
                self._fail = None
            t = self._throttle
            if t and method in t["methods"] and t["calls"] > 0:
                if t["chat_id"] is None or _int(params.get("chat_id")) == t["chat_id"]:
                    t["calls"] -= 1
                    return _too_many(t["retry_after"])
        handler = getattr(self, "m_" + method, None)
        if handler is None:
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        return handler(params, now)

    def m_getMe(self, params: dict, now: float) -> tuple[int, dict]:
        return _ok(self.me)

    def m_getUpdates(self, params: dict, now: float) -> tuple[int, dict]:
        offset = _int(params.get("offset")) or 0
        limit = min(_int(params.get("limit")) or 100, 100)
        timeout = min(float(params.get("timeout") or 0), 30.0)
        deadline = time.monotonic() + timeout
        with self.cond:
            if self.webhook.get("url"):
                return 409, {"ok": False, "error_code": 409, "description":
                             "Conflict: can't use getUpdates method while webhook is active"}  # fmt: skip
            if offset:
                self.updates = [u for u in self.updates if u["update_id"] >= offset]
            while not self.updates and not self._closing:
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                self.cond.wait(left)
            out = self.updates[:limit]
            t = time.monotonic()
            for u in out:
                self.delivered_at.setdefault(u["update_id"], t)
            return _ok(out)

    def _limit_wait(self, chat_id: int, now: float) -> float:
        wait = 0.0
        last = self._last_chat.get(chat_id)
        if last is not None:
            wait = max(wait, last + self.chat_interval - now)
        if chat_id < 0:
            w = self._group_windows.setdefault(chat_id, _Window(self.group_per_minute, 60.0))
            wait = max(wait, w.wait(now))
        return max(wait, self._global.wait(now))

    def m_sendMessage(self, params: dict, now: float) -> tuple[int, dict]:
        chat_id = _int(params.get("chat_id"))
        if chat_id is None:
            return _bad("Bad Request: chat_id is empty")
        problem = check_text(params.get("text"), params.get("parse_mode"))
        if problem:
            return _bad(problem)
        with self.cond:
            if self.enforce_limits:
                wait = self._limit_wait(chat_id, now)
                if wait > 0:
                    return _too_many(max(1, math.ceil(wait)))
                self._last_chat[chat_id] = now
                if chat_id < 0:
                    self._group_windows[chat_id].add(now)
                self._global.add(now)
            chat = self.chats.get(chat_id) or {"id": chat_id, "type": "private", "first_name": "X"}
            mid = self.next_message_id[chat_id]
            self.next_message_id[chat_id] += 1
            msg = {"message_id": mid, "from": dict(self.me), "chat": chat,
                   "date": int(time.time()), "text": params["text"]}  # fmt: skip
            if params.get("message_thread_id"):
                msg["message_thread_id"] = _int(params["message_thread_id"])
                msg["is_topic_message"] = True
            record = dict(params, chat_id=chat_id, t=now, message=msg)
            self.sent.append(record)
            return _ok(msg)

    def m_answerInlineQuery(self, params: dict, now: float) -> tuple[int, dict]:
        results = params.get("results")
        if not isinstance(results, list) or len(results) > 50:
            return _bad("Bad Request: RESULTS_TOO_MUCH")
        ids = set()
        for r in results:
            if r.get("id") in ids or not 1 <= len(str(r.get("id", "")).encode()) <= 64:
                return _bad("Bad Request: RESULT_ID_INVALID")
            ids.add(r.get("id"))
            content = r.get("input_message_content") or {}
            problem = check_text(content.get("message_text"), content.get("parse_mode"))
            if problem:
                return _bad(problem)
        with self.cond:
            self.inline_answers.append(dict(params, t=now))
        return _ok(True)

    def m_answerCallbackQuery(self, params: dict, now: float) -> tuple[int, dict]:
        return _ok(True)

    def m_setMyCommands(self, params: dict, now: float) -> tuple[int, dict]:
        with self.cond:
            commands = params.get("commands") or []
            if isinstance(commands, str):
                commands = json.loads(commands)
            self.commands_by_lang[params.get("language_code") or ""] = commands
            if not params.get("language_code"):
                self.commands = commands
        return _ok(True)

    def m_deleteWebhook(self, params: dict, now: float) -> tuple[int, dict]:
        with self.cond:
            self.webhook = {}
            if str(params.get("drop_pending_updates", "")).lower() == "true":
                self.updates = []
        return _ok(True)

    def m_setWebhook(self, params: dict, now: float) -> tuple[int, dict]:
        if not str(params.get("url", "")).startswith(("https://", "http://")):
            return _bad("Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        with self.cond:
            self.webhook = dict(params)
        return _ok(True)

    def m_getWebhookInfo(self, params: dict, now: float) -> tuple[int, dict]:
        return _ok({"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": len(self.updates)})  # fmt: skip

    def m_close(self, params: dict, now: float) -> tuple[int, dict]:
        return _ok(True)

    m_logOut = m_close


def _ok(result: object) -> tuple[int, dict]:
    return 200, {"ok": True, "result": result}


def _bad(description: str) -> tuple[int, dict]:
    return 400, {"ok": False, "error_code": 400, "description": description}


def _too_many(retry_after: int) -> tuple[int, dict]:
    return 429, {
        "ok": False,
        "error_code": 429,
        "description": f"Too Many Requests: retry after {retry_after}",
        "parameters": {"retry_after": retry_after},
    }


def _int(v: object) -> int | None:
    try:
        return int(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def commands(text: str) -> list[dict]:
    """A bot_command entity for a leading ``/command[@bot]`` (offsets in UTF-16 code units)."""
    m = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(m.group(0))}] if m else []


def mentions(text: str) -> list[dict]:
    """``mention`` entities for each @username in ``text`` (offsets in UTF-16 code units)."""
    out = []
    for m in re.finditer(r"(?<![\w@])@[A-Za-z0-9_]{5,32}", text):
        out.append(
            {
                "type": "mention",
                "offset": utf16_len(text[: m.start()]),
                "length": utf16_len(m.group(0)),
            }
        )
    return out


def _parse_body(handler: BaseHTTPRequestHandler, query: str) -> dict:
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if length else b""
    ctype = handler.headers.get("Content-Type", "")
    params: dict = dict(parse_qsl(query))
    if "json" in ctype and body:
        params.update(json.loads(body))
        return params
    if "multipart/form-data" in ctype:
        raise ValueError("multipart is not supported by the fake server")
    for k, v in parse_qsl(body.decode("utf-8"), keep_blank_values=True):
        params[k] = v
    for k, v in list(params.items()):  # ptb sends nested objects as JSON strings
        if k in _INT_FIELDS and isinstance(v, str) and re.fullmatch(r"-?[0-9]+", v):
            params[k] = int(v)
        elif isinstance(v, str) and v[:1] in "[{":
            try:
                params[k] = json.loads(v)
            except ValueError:
                pass
    return params


_INT_FIELDS = {"chat_id", "message_thread_id", "offset", "limit", "timeout", "cache_time",
               "message_id", "max_connections"}  # fmt: skip


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hung up (a bot stopping or killed) is no error of the server's."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    server_api: FakeBotAPI
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls on keep-alive connections

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _handle(self) -> None:
        parts = urlsplit(self.path)
        m = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", parts.path)
        if not m:
            status, body = 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        else:
            try:
                params = _parse_body(self, parts.query)
            except ValueError as e:
                status, body = 400, {"ok": False, "error_code": 400, "description": str(e)}
            else:
                status, body = self.server_api.call(m.group(1), m.group(2), params)
        data = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the bot hung up (stopping)
            self.close_connection = True

    do_GET = _handle
    do_POST = _handle
