"""uvicorn's HTTP/1.1 protocol (h11) with deadlines on reading a request.

uvicorn times out only idle keep-alive connections: a client that sends half
its headers, or announces a body and never sends it, holds a connection (and
a task waiting on it) for ever. Here a request's headers must arrive within
``header_timeout`` seconds of its first byte, and its body within
``body_timeout`` seconds of its headers; past either the server answers
``408 Request Timeout`` (when it has not answered yet) and closes the
connection. ``ServeConfig`` carries the two deadlines (and pickles with
them to each server process when there are several).
"""
from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT = 10.0
BODY_TIMEOUT = 30.0
TIMEOUT_MESSAGE = b"the request was not sent in time: closing\r\n"
TIMEOUT_RESPONSE = (b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
                    b"connection: close\r\ncontent-length: %d\r\n\r\n%s"
                    % (len(TIMEOUT_MESSAGE), TIMEOUT_MESSAGE))


class ServeConfig(uvicorn.Config):
    """uvicorn's configuration with the request deadlines of ``DeadlineH11Protocol``."""

    def __init__(self, app: Any, *, header_timeout: float = HEADER_TIMEOUT,
                 body_timeout: float = BODY_TIMEOUT, **options: Any):
        super().__init__(app, http=DeadlineH11Protocol, **options)
        self.header_timeout, self.body_timeout = header_timeout, body_timeout


class DeadlineH11Protocol(H11Protocol):
    """H11Protocol with a header deadline from a request's first byte and a body deadline after it."""

    header_timeout = HEADER_TIMEOUT  # unless the configuration (a ServeConfig) says otherwise
    body_timeout = BODY_TIMEOUT

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.header_timeout = getattr(self.config, "header_timeout", self.header_timeout)
        self.body_timeout = getattr(self.config, "body_timeout", self.body_timeout)
        self._deadline: asyncio.TimerHandle | None = None
        self._awaiting: Any = None  # the h11 state the deadline is for: IDLE (headers) or SEND_BODY

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        no_delay(transport)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel()
        super().connection_lost(exc)

    def _watch(self) -> None:
        """Arm, move or drop the deadline for what the client is sending now."""
        state = self.conn.their_state
        if state is h11.IDLE and not self.conn.trailing_data[0]:
            self._cancel()  # between requests: uvicorn's keep-alive timeout applies
        elif state in (h11.IDLE, h11.SEND_BODY):
            if self._awaiting is not state:
                self._cancel()
                timeout = self.header_timeout if state is h11.IDLE else self.body_timeout
                self._deadline = self.loop.call_later(timeout, self._expired)
                self._awaiting = state
        else:
            self._cancel()

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
