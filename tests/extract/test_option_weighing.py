"""Impersonal rules that only ask for something to be weighed or thought of: no course put forward."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word


def rules(sentence: str, at: str) -> list[str]:
    """What the impersonal-rule construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    return [
        ctx.sdoc[c.start : c.end + 1].text
        for c in get("options", "impersonal_rule").func(ctx, word(ctx, at), voice)
    ]


def test_what_is_to_be_taken_into_account_or_borne_in_mind_is_no_rule() -> None:
    assert rules("The expense of the cable must be taken into account.", "taken") == []
    assert rules("Such claims should be borne in mind by the delegates.", "borne") == []


def test_what_is_to_be_considered_so_or_given_consideration_is_no_rule() -> None:
    assert rules("The old tariff must be considered final.", "considered") == []
    assert rules("Any plan for a truce should be given careful study and consideration.", "given") == []


def test_a_measure_to_be_taken_stays_a_rule() -> None:
    assert rules("The consular guard shall be withdrawn from the port.", "withdrawn") == [
        "The consular guard shall be withdrawn from the port"
    ]
