"""The seed message: its actors, instructions, option I and its approval."""

from __future__ import annotations

import pytest

from kg.documents import read_text_document

from ..conftest import SEED
from .helpers import actor_named, quote


@pytest.fixture(scope="module")
def seed(extractor):  # type: ignore[no-untyped-def]
    doc = read_text_document(SEED)
    return doc, extractor.extract(doc)


def test_seed_author_and_recipient(seed):  # type: ignore[no-untyped-def]
    _, ex = seed
    nixon, kissinger = actor_named(ex, "Nixon"), actor_named(ex, "Kissinger")
    assert (nixon.role, nixon.kind) == ("author", "Person")
    assert (kissinger.role, kissinger.kind) == ("recipient", "Person")
    assert "the President" in nixon.aliases


def test_seed_instructions_issued_by_author_to_recipient(seed):  # type: ignore[no-untyped-def]
    doc, ex = seed
    nixon, kissinger = actor_named(ex, "Nixon"), actor_named(ex, "Kissinger")
    quotes = {quote(doc, i): i for i in ex.instructions}
    final = next(i for q, i in quotes.items() if "ask them what is their final offer" in q)
    assert (final.issuer, final.addressees, final.polarity) == (nixon.key, (kissinger.key,), "do")
    assert any("Leave a crack of the door open" in q for q in quotes)


def test_seed_option_one_and_its_approval_in_footnote(seed):  # type: ignore[no-untyped-def]
    doc, ex = seed
    nixon = actor_named(ex, "Nixon")
    note3 = next(n for n in doc.footnotes if n.number == "3").span
    option_one = [o for o in ex.options if o.label.startswith("Option I")]
    assert option_one, [o.label for o in ex.options]
    approvals = [d for d in ex.decisions if d.stance == "approve" and note3.start <= d.span.start < note3.end]
    assert any("which you approved" in quote(doc, d) and d.actor == nixon.key for d in approvals)


def test_evidence_is_exact_text(seed):  # type: ignore[no-untyped-def]
    doc, ex = seed
    for item in ex.instructions + ex.options + ex.decisions + ex.conditions:
        text = quote(doc, item)
        assert text == text.strip() and text, item
