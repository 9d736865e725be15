"""uvicorn's fast HTTP/1.1 protocol (httptools) with deadlines on reading a request.

uvicorn times out only idle keep-alive connections: a client that sends half
its headers, or announces a body and never sends it, holds a connection (and
a task waiting on it) for ever. Here a request's headers must arrive within
``header_timeout`` seconds of its first byte, and its body within
``body_timeout`` seconds of its headers; past either the server answers
``408 Request Timeout`` (when it has not answered yet) and closes the
connection. ``ServeConfig`` carries the two deadlines (and pickles with
them to each server process when there are several).

httptools (llhttp, in C) on uvloop, with the lookup shortcut, answer 1.5 to 2.5
times the lookups per second of h11 on asyncio's loop (``bench/serve.py``,
README "Serving linked data").
"""
from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 30.0
TIMEOUT_MESSAGE = b"the request was not sent in time: closing\r\n"
TIMEOUT_RESPONSE = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                    b"connection: close\r\ncontent-length: %d\r\n\r\n%s"
                    % (len(TIMEOUT_MESSAGE), TIMEOUT_MESSAGE))
AMBIGUOUS_FRAMING = "a request may not have both Content-Length and Transfer-Encoding\n"


class ServeConfig(uvicorn.Config):
    """uvicorn's configuration with the request deadlines of ``DeadlineHttpToolsProtocol``; uvicorn's
    default loop, ``auto``, is uvloop where it is installed (not on Windows)."""

    def __init__(self, app: Any, *, header_timeout: float = HEADER_TIMEOUT,
                 body_timeout: float = BODY_TIMEOUT, **options: Any):
        super().__init__(app, http=DeadlineHttpToolsProtocol, **options)
        self.header_timeout, self.body_timeout = header_timeout, body_timeout


class DeadlineHttpToolsProtocol(HttpToolsProtocol):
    """HttpToolsProtocol with a header deadline from a request's first byte and a body deadline after it.

    The parser's callbacks say what the client is sending: the headers from
    ``on_message_begin``, the body from ``on_headers_complete`` until
    ``on_message_complete``. The deadline is armed or moved after each read,
    once the parser has seen all of it (a GET read whole arms none).
    """

    header_timeout = HEADER_TIMEOUT  # unless the configuration (a ServeConfig) says otherwise
    body_timeout = BODY_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.header_timeout = getattr(self.config, "header_timeout", self.header_timeout)
        self.body_timeout = getattr(self.config, "body_timeout", self.body_timeout)
        self._deadline: asyncio.TimerHandle | None = None
        self._awaiting: str | None = None  # what the deadline is for: "headers" or "body"
        self._sending: str | None = None  # what the client is sending now (None: between requests)
        self._received = b""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        no_delay(transport)

    def data_received(self, data: bytes) -> None:
        self._received = data  # what llhttp refused, if it refuses it: the 400 says why
        super().data_received(data)
        self._watch()

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._sending = "headers"

    def on_headers_complete(self) -> None:
        self._sending = "body"
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._sending = None
        super().on_message_complete()

    def send_400_response(self, msg: str) -> None:
        """uvicorn's 400 for what llhttp refuses, saying why when it is ambiguous framing.

        llhttp refuses a request with both Content-Length and Transfer-Encoding
        (RFC 9112, section 6.3: a proxy in front may read it one way and this
        server the other, which is how requests are smuggled) before it hands
        the second header over, so the refused bytes tell which it was.
        """
        if _has_both_lengths(self._received):
            msg = AMBIGUOUS_FRAMING
        super().send_400_response(msg)

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)

    def _watch(self) -> None:
        """Arm, move or drop the deadline for what the client is sending now."""
        if self._sending is None or self.transport.is_closing():
            self._cancel()  # between requests: uvicorn's keep-alive timeout applies
        elif self._awaiting != self._sending:
            self._cancel()
            timeout = self.header_timeout if self._sending == "headers" else self.body_timeout
            self._deadline = self.loop.call_later(timeout, self._expired)
            self._awaiting = self._sending

    def _cancel(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline, self._awaiting = None, None

    def _expired(self) -> None:
        self._deadline, self._awaiting = None, None
        if self.transport.is_closing():
            return
        if self.cycle is None or self.cycle.response_complete or not self.cycle.response_started:
            self.transport.write(TIMEOUT_RESPONSE)
        self.transport.close()


def _has_both_lengths(data: bytes) -> bool:
    head = data.partition(b"\r\n\r\n")[0].lower()
    return b"\ncontent-length:" in head and b"\ntransfer-encoding:" in head


def no_delay(transport: asyncio.Transport) -> None:
    """Send small answers at once (TCP_NODELAY), on every connection.

    asyncio sets it on sockets it knows to be TCP, but a listening socket
    handed to a server process (``kg serve --processes``) comes back with
    protocol 0, and its connections then wait on Nagle's algorithm against
    the client's delayed acknowledgement: 40 ms on every lookup's hop.
    """
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
