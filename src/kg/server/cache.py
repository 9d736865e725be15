"""Answers kept for the next client asking the same: LRUs bounded in bytes, emptied when the store changes.

Lookups and queries each have their own, so slow queries never push lookup
answers out. An answer held in memory counts against ``max_bytes``; one
spilled to a file (over the server's spill size) counts against
``max_disk_bytes``, so the large answers of slow named queries stay
answered from disk without taking the memory budget.
"""
from __future__ import annotations

import os
import time
import uuid
from collections import OrderedDict
from dataclasses import replace
from pathlib import Path
from typing import Any

from .worker import Reply

ENTRY_SHARE = 8  # one answer may take at most this fraction of its budget


class AnswerCache:
    """Recent answers by key (successes, or ``statuses``): an LRU bounded in memory and in spilled-file bytes.

    The server's own store is read-only, and the server clears its caches
    when a build changes it; ``ttl`` (seconds, None: never) makes entries
    expire for a remote store, whose changes the server cannot see.
    """

    def __init__(self, max_bytes: int, *, max_disk_bytes: int = 0, ttl: float | None = None,
                 statuses: tuple[int, ...] = (200,)):
        self.max_bytes, self.max_disk_bytes, self.ttl = max_bytes, max_disk_bytes, ttl
        self.statuses = statuses  # the answers worth keeping: successes, unless said otherwise
        self._entries: OrderedDict[Any, tuple[float, Reply]] = OrderedDict()
        self._size = {False: 0, True: 0}  # bytes held in memory, bytes in spilled files

    def get(self, key: Any) -> Reply | None:
        """The kept answer (a spilled one as a link of its own to the file, for the response to delete)."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        if self.ttl is not None and time.monotonic() - entry[0] > self.ttl:
            self._drop(key)
            return None
        self._entries.move_to_end(key)
        return own_copy(entry[1], last=False) if entry[1].path else entry[1]

    def put(self, key: Any, reply: Reply) -> None:
        spilled = reply.path is not None
        budget = self.max_disk_bytes if spilled else self.max_bytes
        too_big = budget <= 0 or size_of(reply) > budget // ENTRY_SHARE
        if reply.status not in self.statuses or too_big or key in self._entries:
            return
        kept = own_copy(reply, last=False) if spilled else reply
        self._entries[key] = (time.monotonic(), kept)
        self._size[spilled] += size_of(kept)
        while self._size[spilled] > budget:
            oldest = next(k for k, (_, r) in self._entries.items() if (r.path is not None) == spilled)
            self._drop(oldest)

    def clear(self) -> None:
        for key in list(self._entries):
            self._drop(key)

    def __len__(self) -> int:
        return len(self._entries)

    def _drop(self, key: Any) -> None:
        _, reply = self._entries.pop(key)
        self._size[reply.path is not None] -= size_of(reply)
        if reply.path:
            Path(reply.path).unlink(missing_ok=True)


def size_of(reply: Reply) -> int:
    """What an answer takes: its body in memory, or its spilled file on disk."""
    return os.path.getsize(reply.path) if reply.path else len(reply.body)


def own_copy(reply: Reply, *, last: bool) -> Reply:
    """A spilled reply shared by several requests: each gets its own link to the file (it deletes it)."""
    assert reply.path is not None
    if last:
        return reply
    path = f"{reply.path}.{uuid.uuid4().hex}"
    os.link(reply.path, path)
    return replace(reply, path=path)
