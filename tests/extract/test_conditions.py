"""Conditions on real FRUS sentences."""

from __future__ import annotations

from .helpers import construction, quote


def test_condition_governs_its_instruction(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor, "If the Government accepts the proposal, you will inform the Foreign Office at once."
    )
    (condition,) = ex.conditions
    assert quote(doc, condition).startswith("If the Government accepts")
    assert condition.governs in {i.key for i in ex.instructions}
