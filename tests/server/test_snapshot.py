"""A build into a store being served: every reader answers from one view, and from the new one once done.

The server opens the store read-only, which fixes each reader's view when it
opens; it watches the store's files and, once a build has finished (they keep
still), opens every view again: lookups at once, each query worker as it
comes free.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from kg.build import build
from kg.extract import Extractor
from kg.graph import document_iri
from kg.server import site as server_site
from kg.store import open_store

from ..conftest import DOCUMENTS, SEED
from .hardening import Seed, app_for

COUNT = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} # asked {n}"
CHECK = 0.5


def counts(client: TestClient, asks: int, start: int) -> set[str]:
    """The document-graph count as each of ``asks`` different (so uncached) queries sees it."""
    seen = set()
    for n in range(start, start + asks):
        answer = client.get("/sparql", params={"query": COUNT.format(n=n)}, headers={"Accept": "text/csv"})
        assert answer.status_code == 200
        seen.add(answer.text.split()[-1])
    return seen


def test_a_finished_build_becomes_visible_to_every_reader(tmp_path: Path, extractor: Extractor,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(server_site, "STORE_CHECK", CHECK)
    seed = Seed(tmp_path / "store", "http://kg.test/")
    store = open_store(seed.store)
    assert not build([SEED], store, base=seed.base, extractor=extractor, validate=False).failures
    store.close()
    later = sorted(DOCUMENTS.glob("*.txt"))[0]
    new_document = str(document_iri(later.stem, seed.base))
    app = app_for(seed)
    with TestClient(app, base_url=seed.base.rstrip("/")) as client:
        time.sleep(3 * CHECK)
        assert app.state.site.pool.generation == 0  # the server's own opening changed nothing it watches
        before = counts(client, 6, 0)
        assert len(before) == 1
        lookup = client.get(new_document, headers={"Accept": "text/turtle"}, follow_redirects=True)
        assert lookup.status_code == 404

        store = open_store(seed.store)  # the build, while the server serves the store
        assert not build([later], store, base=seed.base, extractor=extractor, validate=False).failures
        store.close()

        deadline = time.monotonic() + 60
        while client.get(new_document, headers={"Accept": "text/turtle"},
                         follow_redirects=True).status_code != 200:
            assert time.monotonic() < deadline, "the finished build never became visible to lookups"
            time.sleep(CHECK)
        after = counts(client, 6, 100)
        assert after == {str(int(before.pop()) + 1)}  # every worker answers from the new view
