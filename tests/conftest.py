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
def seed_store(tmp_path_factory, extractor):
    """The seed and the small fixture documents, built into an on-disk store."""
    path = tmp_path_factory.mktemp("store") / "kg-store"
    store = open_store(path)
    summary = build([SEED, DOCUMENTS], store, extractor=extractor)
    assert not summary.failures
    return store, summary


CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (no browser download needed)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=["--no-sandbox", "--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors in ``page.console_errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.console_errors = []
    page.on("console", lambda msg: msg.type == "error" and page.console_errors.append(msg.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    yield page
    context.close()


SCREENSHOTS = ROOT / "tests" / "screenshots"
