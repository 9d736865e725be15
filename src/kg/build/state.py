"""Incremental builds: what each stored graph was built from, so unchanged documents are skipped.

Each document's graph records a digest of its input (``dip:inputDigest``) next
to the extractor version; a document whose digest and version are both
unchanged is not built again.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import asdict

from ..documents import Document
from ..resolve import RESOLVER_VERSION
from ..resources import load_query
from ..store import Store
from ..vocab import IriScheme


def input_digest(doc: Document, iris: IriScheme) -> str:
    """What the graph of ``doc`` depends on besides the extractor: its content and the base IRI."""
    payload = json.dumps([iris.base, RESOLVER_VERSION, asdict(doc)], sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def built_states(store: Store) -> dict[str, tuple[str, str]]:
    """Graph name -> (input digest, extractor version) of what the store already holds."""
    rows = store.select(load_query("build/state")).rows
    return {graph: (digest, version) for graph, digest, version in rows if graph and digest and version}


#: The classes ``queries/build/totals.rq`` counts -> the names a build summary prints.
_TOTALS = {"Document": "documents", "Actor": "actors", "Instruction": "instructions", "Option": "options",
           "Decision": "decisions", "Condition": "conditions"}


def store_totals(store: Store) -> Counter[str]:
    """Documents, actors and items of each kind the store holds, in one query."""
    totals: Counter[str] = Counter()
    for kind, count in store.select(load_query("build/totals")).rows:
        name = _TOTALS.get((kind or "").rsplit("#", 1)[-1])
        if name:
            totals[name] = int(count or 0)
    return totals
