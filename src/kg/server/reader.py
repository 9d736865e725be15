"""IRI lookups answered in the server process, from its own read-only view of the store.

A lookup reads one resource: a few queries bound to its IRI that touch only
the triples about it (capped like any answer), so it needs neither a worker
process nor a deadline. Answering it here, in threads of its own, keeps
lookups apart from client queries: however many slow queries hold the
workers, a lookup never waits for one (pyoxigraph lets go of the GIL while
it evaluates, so lookup threads run beside the event loop).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..store import Store, is_server_url, open_store
from .worker import Context, Limits, Reply, run_task


class Reader:
    """The store opened read-only in this process; ``run`` is blocking and thread-safe."""

    def __init__(self, store_location: str, limits: Limits):
        self.store_location, self.limits = store_location, limits
        self._store: Store | None = None

    def open(self) -> None:
        self._store = open_store(self.store_location, read_only=True)

    def run(self, task: Any) -> Reply:
        assert self._store is not None, "Reader.open() first"
        return run_task(task, Context(self._store, self.limits))

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


StoreState = tuple[tuple[str, int, int], ...] | None


def store_state(location: str) -> StoreState:
    """What an embedded store's files are now (name, size, change time), to see that a build wrote to it.

    A read-only view is fixed when the store is opened; the server compares
    this over time to open every view again once a build has finished. The
    database's own log and lock files change with every open and are left out;
    a SPARQL server's store gives None (its consistency is its own).
    """
    folder = Path(location)
    if is_server_url(location) or not folder.is_dir():
        return None
    skipped = ("LOG", "LOCK")
    entries = [entry for entry in os.scandir(folder) if entry.is_file()
               and not entry.name.startswith(skipped)]
    return tuple(sorted((entry.name, entry.stat().st_size, entry.stat().st_mtime_ns) for entry in entries))
