"""Pointing phrases after a proposal noun ("along these lines", "of this kind"): the course was named
before, as with "such"; a phrase that names something of its own describes a new one."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word


def proposals(sentence: str, at: str) -> list[str]:
    """What the proposal-noun construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    found = get("options", "proposal_noun").func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_a_proposal_along_these_lines_or_of_this_kind_points_back() -> None:
    assert proposals("The Cabinet could accept an arrangement along these lines.", "arrangement") == []
    assert proposals("He thought that a proposal of this kind would fail.", "proposal") == []


def test_a_proposal_along_named_lines_is_described_anew() -> None:
    chilean = "The Cabinet could accept an arrangement along the lines of the Chilean formula."
    assert proposals(chilean, "arrangement") == ["an arrangement along the lines of the Chilean formula"]
    assert proposals("He thought that a proposal of this length would fail.", "proposal") == [
        "a proposal of this length"
    ]
