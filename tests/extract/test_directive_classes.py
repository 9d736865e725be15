"""Directive classes of issue 16 on small built Docs: who is told, interposed material, nominal and
participial directives (no trained model)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_an_object_that_names_no_actor_is_told_not_the_recipient() -> None:
    ctx, voice = built(
        "General Moncada has ordered the garrison to surrender its arms.", {"Moncada": ("moncada", "Person")}
    )
    directive = rule("reported_directive")(ctx, word(ctx, "surrender"), voice)
    assert (directive.issuer, directive.addressee) == ("moncada", None)
