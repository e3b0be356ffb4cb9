"""The webhook: a small HTTP/1.1 server (asyncio streams) that takes Telegram's POSTs.

Nothing is read beyond the request head until the request has shown it may be: the path, the
method, the ``X-Telegram-Bot-Api-Secret-Token`` header (compared in constant time), and a declared
``Content-Length`` of at most ``MAX_BODY`` (Telegram's updates are kilobytes; chunked bodies are
refused). A refused request gets its status and the connection is closed with its body unread
(a body within ``MAX_BODY`` is drained 64 KiB at a time and dropped, so the client reads the
status), so an unauthenticated sender cannot make the bot hold a large body. Heads are capped at ``MAX_HEAD``,
slow senders at ``READ_TIMEOUT``. An accepted body is handed to ``take`` and answered 200 once it
is in the journal; Telegram's keep-alive connections are kept.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from urllib.parse import urlsplit

log = logging.getLogger("article_bot.telegram")

MAX_BODY = 256 * 1024  # bytes
MAX_HEAD = 16 * 1024  # bytes of request line and headers
READ_TIMEOUT = 10.0  # seconds a request may take to arrive
IDLE_TIMEOUT = 120.0  # seconds a keep-alive connection may sit idle
SECRET_HEADER = "x-telegram-bot-api-secret-token"


class Refused(Exception):
    """A request answered with ``status`` and its connection closed, body unread."""

    def __init__(self, status: HTTPStatus) -> None:
        super().__init__(status)
        self.status = status


def parse_head(head: bytes) -> tuple[str, str, dict[str, str]]:
    """Method, path and headers (names lowercased) of a request head."""
    try:
        lines = head.decode("latin-1").split("\r\n")
        method, target, _version = lines[0].split(" ", 2)
    except ValueError:
        raise Refused(HTTPStatus.BAD_REQUEST) from None
    headers = {}
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return method, urlsplit(target).path, headers


async def linger(reader: asyncio.StreamReader, head: bytes) -> None:
    """Before closing a refused connection, drop a small body it declared (at most MAX_BODY,
    64 KiB at a time, for a second), so the client reads the status rather than a reset."""
    try:
        _, _, headers = parse_head(head)
        left = int(headers.get("content-length", "0"))
    except (Refused, ValueError):
        return
    if left > MAX_BODY:
        return  # never read: the connection is closed under it
    try:
        async with asyncio.timeout(1.0):
            while left > 0 and (chunk := await reader.read(min(left, 65536))):
                left -= len(chunk)
    except (TimeoutError, ConnectionError):
        pass


class WebhookServer:
    """Serves ``path``; each accepted update body goes to ``take`` (it returns when journaled)."""

    def __init__(self, path: str, secret: str, take: Callable[[object], Awaitable[None]]) -> None:
        self.path = "/" + path.strip("/")
        self.secret = secret.encode("utf-8")
        self.take = take
        self.server: asyncio.Server | None = None
        self.connections: set[asyncio.Task] = set()
        self.refused = 0

    async def start(self, host: str, port: int) -> None:
        self.server = await asyncio.start_server(self.serve, host, port, limit=MAX_HEAD)

    async def stop(self) -> None:
        """Stop listening and close every connection."""
        if self.server:
            self.server.close()
        for task in list(self.connections):
            task.cancel()
        await asyncio.gather(*self.connections, return_exceptions=True)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection: requests one after another until it closes or is refused."""
        task = asyncio.current_task()
        if task:
            self.connections.add(task)
        try:
            while True:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), IDLE_TIMEOUT)
                try:
                    keep = await self.request(head, reader, writer)
                except Refused as e:
                    self.refused += 1
                    await self.respond(writer, e.status, close=True)
                    await linger(reader, head)
                    return
                await self.respond(writer, HTTPStatus.OK, close=not keep)
                if not keep:
                    return
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError):
            pass  # closed by the client, or a head over MAX_HEAD
        except (TimeoutError, ConnectionError):
            pass
        finally:
            if task:
                self.connections.discard(task)
            writer.close()

    async def request(
        self, head: bytes, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> bool:
        """Check the request before its body, read the body, hand it over (or raise Refused);
        True if the client keeps the connection open."""
        method, path, headers = parse_head(head)
        if path.rstrip("/") != self.path.rstrip("/"):
            raise Refused(HTTPStatus.NOT_FOUND)
        if method != "POST":
            raise Refused(HTTPStatus.METHOD_NOT_ALLOWED)
        given = headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self.secret):
            raise Refused(HTTPStatus.FORBIDDEN)
        if "transfer-encoding" in headers:
            raise Refused(HTTPStatus.LENGTH_REQUIRED)
        length = headers.get("content-length", "")
        if not length.isdigit():
            raise Refused(HTTPStatus.LENGTH_REQUIRED)
        if int(length) > MAX_BODY:
            raise Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE)
        if headers.get("expect", "").lower() == "100-continue":  # the body waits for our word
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
            await writer.drain()
        body = await asyncio.wait_for(reader.readexactly(int(length)), READ_TIMEOUT)
        try:
            update = json.loads(body)
        except ValueError:
            raise Refused(HTTPStatus.BAD_REQUEST) from None
        await self.take(update)
        return headers.get("connection", "").lower() != "close"

    async def respond(self, writer: asyncio.StreamWriter, status: HTTPStatus, close: bool) -> None:
        connection = "close" if close else "keep-alive"
        writer.write(
            f"HTTP/1.1 {status.value} {status.phrase}\r\nContent-Length: 0\r\n"
            f"Connection: {connection}\r\n\r\n".encode("latin-1")
        )
        await writer.drain()
