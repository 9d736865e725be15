"""Requests sent by halves time out, and ambiguous framing is refused: raw sockets on loopback.

These need a socket (what the client does not send is the point), so the app
runs on uvicorn with the protocol ``kg serve`` uses and deadlines of a second.
"""
from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from . import hardening
from .hardening import BODY_TIMEOUT, HEADER_TIMEOUT, Live

hardening_seed = hardening.hardening_seed  # a fixture
live = hardening.live  # a fixture

WAIT = 10 * max(HEADER_TIMEOUT, BODY_TIMEOUT)  # how long a test waits for the server before failing


@pytest.fixture
def conn(live: Live) -> Iterator[socket.socket]:
    address = urlsplit(live.url)
    with socket.create_connection((address.hostname, address.port), timeout=WAIT) as sock:
        yield sock


def read_all(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection (fails past WAIT)."""
    chunks = []
    while chunk := sock.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks)


def read_response(sock: socket.socket) -> bytes:
    """One response with a Content-Length body, leaving the connection open."""
    data = b""
    while b"\r\n\r\n" not in data:
        data += sock.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                  if line.lower().startswith(b"content-length:"))
    while len(body) < length:
        body += sock.recv(65536)
    return head


def test_half_sent_headers_get_408_and_the_connection_closes(conn: socket.socket) -> None:
    conn.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n")
    started = time.monotonic()
    answer = read_all(conn)
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert time.monotonic() - started >= HEADER_TIMEOUT * 0.9


def test_half_sent_body_gets_408_and_the_connection_closes(conn: socket.socket) -> None:
    conn.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                 b"Content-Length: 100\r\n\r\nASK {")
    assert read_all(conn).startswith(b"HTTP/1.1 408 ")


def test_half_sent_headers_after_a_kept_alive_request_time_out_too(conn: socket.socket) -> None:
    conn.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/csv\r\n\r\n")
    assert read_response(conn).startswith(b"HTTP/1.1 200 ")
    conn.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    assert read_all(conn).startswith(b"HTTP/1.1 408 ")


def test_a_request_sent_in_pieces_within_the_deadlines_is_answered(conn: socket.socket) -> None:
    pieces = [b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n", b"Content-Type: application/sparql-query\r\n",
              b"Accept: text/csv\r\nContent-Length: 6\r\nConnection: close\r\n\r\n", b"AS", b"K {}"]
    for piece in pieces:
        conn.sendall(piece)
        time.sleep(HEADER_TIMEOUT / 10)
    answer = read_all(conn)
    assert answer.startswith(b"HTTP/1.1 200 ")
    assert answer.endswith(b"\r\n\r\ntrue")


@pytest.mark.parametrize("order", ["length first", "chunked first"])
def test_content_length_with_chunked_encoding_is_refused(conn: socket.socket, order: str) -> None:
    framing = [b"Content-Length: 9\r\n", b"Transfer-Encoding: chunked\r\n"]
    if order == "chunked first":
        framing.reverse()
    conn.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                 + b"".join(framing) + b"\r\n5\r\nASK {\r\n0\r\n\r\n")
    answer = read_all(conn)  # the server closes the connection after refusing
    assert answer.startswith(b"HTTP/1.1 400 ")
    assert b"Content-Length and Transfer-Encoding" in answer
