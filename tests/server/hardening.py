"""Fixtures for the hardening tests: the seed's store, the app in process, and uvicorn on a loopback socket.

The socket-level tests (deadlines, framing, clients that do not read, clients
that need a URL) run the app on uvicorn in a thread of this process, with the
protocol ``kg serve`` uses and short deadlines, so they can look at the
server's own connections.
"""
from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.testclient import TestClient

from kg.build import build
from kg.server import create_app
from kg.server.connection import ServeConfig
from kg.store import open_store

from ..conftest import SEED

HEADER_TIMEOUT = 1.0
BODY_TIMEOUT = 1.0
TIME_LIMIT = 4.0


@dataclass
class Seed:
    store: Path
    base: str


@dataclass
class Live:
    url: str
    base: str
    app: Starlette
    server: uvicorn.Server

    def connections(self) -> list[Any]:
        """uvicorn's protocol objects for the open connections (each has its transport)."""
        return list(self.server.server_state.connections)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def hardening_seed(tmp_path_factory: pytest.TempPathFactory, extractor: Any) -> Seed:
    """The seed built under a base that is not the address any server here answers on."""
    base = "http://kg.test/"
    path = tmp_path_factory.mktemp("hardening") / "store"
    store = open_store(path)
    assert not build([SEED], store, base=base, extractor=extractor, validate=False).failures
    store.close()
    return Seed(path, base)


def app_for(seed: Seed, **options: Any) -> Starlette:
    settings = {"base": seed.base, "query_timeout": TIME_LIMIT, "workers": 2, **options}
    return create_app(seed.store, **settings)


@pytest.fixture(scope="module")
def in_process(hardening_seed: Seed) -> Iterator[TestClient]:
    with TestClient(app_for(hardening_seed), base_url=hardening_seed.base.rstrip("/"),
                    follow_redirects=False) as client:
        yield client


def run_live(app: Starlette, base: str) -> Iterator[Live]:
    """``app`` on uvicorn (kg serve's protocol, short deadlines) on a free loopback port."""
    port = free_port()
    config = ServeConfig(app, host="127.0.0.1", port=port, header_timeout=HEADER_TIMEOUT,
                         body_timeout=BODY_TIMEOUT, log_level="warning", timeout_keep_alive=5)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.1)
    try:
        yield Live(f"http://127.0.0.1:{port}/", base, app, server)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@pytest.fixture(scope="module")
def live(hardening_seed: Seed) -> Iterator[Live]:
    yield from run_live(app_for(hardening_seed, max_results=200_000, spill_bytes=64 * 1024),
                        hardening_seed.base)
