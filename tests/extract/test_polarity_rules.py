"""Whether a directive forbids: a negation of its own, not the elliptic "if not" of a condition."""

from __future__ import annotations

import pytest

from kg.extract.context import is_negated
from kg.extract.directives import forbids

from .built import built, word


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("If not, it should be discontinued in view of the need for economy.", "discontinued"),
        ("If not, you should withdraw the request at once.", "withdraw"),
    ],
)
def test_an_elliptic_if_not_is_a_condition_not_a_prohibition(sentence: str, verb: str) -> None:
    ctx, _ = built(sentence)
    assert not is_negated(word(ctx, verb))
    assert not forbids(ctx, word(ctx, verb))
