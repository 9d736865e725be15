"""An impersonal "It is suggested / recommended that X V" advises the party the clause names (impersonal)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, built, word

COUNCIL = {"Council": ("council", "Government")}


def suggested(sentence: str, at: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, COUNCIL)
    return get("instructions", "suggested_that").func(ctx, word(ctx, at), voice)


def test_a_suggestion_that_you_act_directs_the_addressee() -> None:
    found = suggested("It is suggested that you confer with the Belgian Minister.", "confer")
    assert found is not None and found.addressee == ADDRESSEE and not found.negative


def test_a_recommendation_that_a_named_party_act_directs_that_party() -> None:
    found = suggested("It is recommended that the Council postpone the hearing.", "postpone")
    assert found is not None and found.addressee == "council"


def test_a_forecast_of_what_a_party_might_do_directs_no_one() -> None:
    assert suggested("It is suggested that the Council might postpone the hearing.", "postpone") is None


def test_a_passive_clause_naming_no_actor_directs_no_one() -> None:
    assert suggested("It is suggested that the hearing be postponed.", "postponed") is None
