"""Shared fixtures: small real documents and a store built from them once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.build import build
from kg.extract import Extractor
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SEED = ROOT / "seeds" / "frus1969-76v09-d145.txt"
DOCUMENTS = DATA / "documents"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, extractor):  # type: ignore[no-untyped-def]
    """The seed and the small fixture documents, built into an on-disk store."""
    path = tmp_path_factory.mktemp("store") / "kg-store"
    store = open_store(path)
    summary = build([SEED, DOCUMENTS], store, extractor=extractor, progress=False)
    assert not summary.failures
    return store, summary
