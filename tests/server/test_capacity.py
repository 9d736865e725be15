"""What no client can take from the others: lookups' capacity, the server's memory, a worker's memory.

Behaviour, not speed (bench/serve.py measures that): lookups are answered
while every query worker and queued query thread is held by queries that
will not end before the test does; a client that does not read its answer
gets no more than a chunk of it buffered; a worker past its memory cap
answers 507 instead of growing.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from starlette.testclient import TestClient

from kg.errors import WorkerLost
from kg.server.pool import WorkerPool
from kg.server.responses import SpilledFile
from kg.server.worker import Context, Limits, Reply
from kg.store import open_store
from kg.vocab import DIP

from . import hardening
from .hardening import Live, Seed, app_for

hardening_seed = hardening.hardening_seed  # a fixture
live = hardening.live  # a fixture

NEVER_ENDING = "SELECT (COUNT(*) AS ?n) WHERE {{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(?a != <urn:q:{n}>) }}"
SLOW_QUERIES = 45
HOLD = 60.0  # the slow queries' time limit: none of them ends before the lookups are done
LARGE = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 20000"  # about 2 MB of JSON from the seed


def lookups_of(seed: Seed, count: int) -> list[str]:
    with open_store(seed.store, read_only=True) as store:
        rows = store.select(f"SELECT ?a WHERE {{ ?a a <{DIP.Actor}> }} LIMIT {count}").rows
    return [str(row[0]) for row in rows]


def test_lookups_are_answered_while_slow_queries_hold_every_worker(hardening_seed: Seed) -> None:
    app = app_for(hardening_seed, query_timeout=HOLD, workers=2)
    finished: list[float] = []
    failed: list[BaseException] = []
    with TestClient(app, base_url=hardening_seed.base.rstrip("/")) as client:
        def slow(n: int) -> None:
            try:
                client.get("/sparql", params={"query": NEVER_ENDING.format(n=n)},
                           headers={"Accept": "text/csv"})
            except Exception as exc:  # reported below, not as an unhandled thread exception
                failed.append(exc)
                return
            finished.append(time.monotonic())

        threads = [threading.Thread(target=slow, args=(n,)) for n in range(SLOW_QUERIES)]
        for thread in threads:
            thread.start()
        time.sleep(1.0)  # let the queries take the workers and every thread queries may wait in
        for iri in lookups_of(hardening_seed, 10):
            for accept in ("text/turtle", "text/html", "application/rdf+xml"):
                answer = client.get(iri, headers={"Accept": accept}, follow_redirects=True)
                assert answer.status_code == 200
        assert finished == []  # every lookup was answered while all the slow queries still ran
        app.state.site.pool.close()  # ends the slow queries (killed, or refused while waiting)
        for thread in threads:
            thread.join(timeout=120)  # a loaded machine takes a while to kill and replace the workers
    assert failed == [] and len(finished) == SLOW_QUERIES


def buffered(live: Live) -> list[int]:
    """Bytes each open connection holds in its socket's write buffer, in the server."""
    return [c.transport.get_write_buffer_size() for c in live.connections() if not c.transport.is_closing()]


def answers_folder(live: Live) -> Path:
    spill = live.app.state.site.settings.limits.spill_dir
    assert spill is not None
    return Path(spill)


def test_clients_that_do_not_read_hold_a_chunk_each_not_their_answer(live: Live,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SpilledFile, "CHUNK", 64 * 1024)  # a small chunk beside the seed's small answers
    address = urlsplit(live.url)
    request = (f"GET /sparql?query={LARGE.replace(' ', '%20')} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
               "Accept: application/sparql-results+json\r\nConnection: close\r\n\r\n").encode()
    sockets = []
    for _ in range(10):
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)  # the kernel takes little of the answer
        sock.connect((address.hostname, address.port))
        sock.sendall(request)
        sockets.append(sock)
    try:
        deadline = time.monotonic() + 60
        while len(os.listdir(answers_folder(live))) < 10 or len(buffered(live)) < 10:
            assert time.monotonic() < deadline, "the answers were not spilled"
            time.sleep(0.2)
        time.sleep(0.5)  # what the server would push into its buffers, it has pushed by now
        answer_size = os.path.getsize(answers_folder(live) / os.listdir(answers_folder(live))[0])
        assert answer_size > 1_000_000
        for held in buffered(live):
            assert held <= 2 * SpilledFile.CHUNK < answer_size / 10
        with httpx.Client(base_url=live.url, timeout=60) as http:  # a client that reads gets it whole
            answer = http.get("/sparql", params={"query": LARGE},
                              headers={"Accept": "application/sparql-results+json"})
        assert len(answer.json()["results"]["bindings"]) == 20000
    finally:
        for sock in sockets:
            sock.close()
    deadline = time.monotonic() + 60
    while len(os.listdir(answers_folder(live))) > 1:  # each response's file goes with it, but the cache's
        assert time.monotonic() < deadline, "spilled answers were left behind"
        time.sleep(0.2)


@dataclass(frozen=True)
class Allocate:
    """A task that needs ``size`` bytes of memory at once (a query's result would, past the cap)."""

    size: int

    def run(self, ctx: Context) -> Reply:
        block = bytearray(self.size)
        return Reply(200, str(len(block)).encode())


@pytest.fixture
def capped_pool(hardening_seed: Seed) -> Iterator[WorkerPool]:
    pool = WorkerPool(hardening_seed.store, Limits(worker_memory=256 * 2**20), size=1)
    pool.start()
    yield pool
    pool.close()


def test_a_worker_past_its_memory_cap_answers_507_and_goes_on(capped_pool: WorkerPool) -> None:
    refused = capped_pool.run(Allocate(1024 * 2**20), timeout=30)
    assert refused.status == 507 and b"memory" in refused.body
    assert capped_pool.run(Allocate(16 * 2**20), timeout=30).status == 200


@dataclass(frozen=True)
class Die:
    """A task whose worker the system stops under it (as it does past the memory a worker may use)."""

    def run(self, ctx: Context) -> Reply:
        os._exit(137)


def test_a_worker_stopped_under_its_task_is_lost_and_the_pool_goes_on(capped_pool: WorkerPool) -> None:
    with pytest.raises(WorkerLost, match="memory"):
        capped_pool.run(Die(), timeout=30)
    assert capped_pool.run(Allocate(16 * 2**20), timeout=30).status == 200
