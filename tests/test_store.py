"""The persistent store: rebuilds replace a document's graph, nothing is duplicated."""
from __future__ import annotations

import pytest

from kg.build import build
from kg.errors import KgError
from kg.store import open_store

from .conftest import SEED


def test_rebuild_replaces_named_graph(tmp_path, extractor):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "s")
    build([SEED], store, extractor=extractor, progress=False, validate=False)
    names, size = store.graph_names(), len(store)
    build([SEED], store, extractor=extractor, progress=False, validate=False)
    assert store.graph_names() == names
    assert len(store) == size


def test_store_persists_on_disk(tmp_path, extractor):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "s")
    build([SEED], store, extractor=extractor, progress=False, validate=False)
    size = len(store)
    store.close()
    again = open_store(tmp_path / "s", read_only=True)
    assert len(again) == size


def test_read_only_store_must_exist(tmp_path):  # type: ignore[no-untyped-def]
    with pytest.raises(KgError, match="no store here"):
        open_store(tmp_path / "missing", read_only=True)
