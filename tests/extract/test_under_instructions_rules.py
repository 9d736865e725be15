"""Orders one is "under" ("X is under instructions to V"), on small built Docs: told as by a passive."""

from __future__ import annotations

from kg.extract.directives import Directive
from kg.extract.registry import get

from .built import SPEAKER, built, word

PARTIES = {"Consul": ("consul", "Person"), "Governor": ("governor", "Person")}


def _under(sentence: str, verb: str) -> Directive | None:
    ctx, voice = built(sentence, PARTIES)
    found: Directive | None = get("instructions", "under_instructions").func(ctx, word(ctx, verb), voice)
    return found


def test_one_under_instructions_to_act_is_told_to() -> None:
    found = _under("The Consul is now under instructions to make no further move.", "make")
    assert found is not None and (found.addressee, found.issuer) == ("consul", SPEAKER)


def test_the_one_the_orders_come_from_gives_them() -> None:
    found = _under("The Consul is under orders from the Governor to leave the city.", "leave")
    assert found is not None and (found.addressee, found.issuer) == ("consul", "governor")


def test_a_pronoun_no_actor_stands_for_is_told_nothing() -> None:
    assert _under("They are under instructions to leave.", "leave") is None
