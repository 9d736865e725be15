"""Wishes and hedges that direct no one, on small built Docs: another's understanding of the reader's
wishes, an offer of an act one will try, and a wish given as what a position is."""

from __future__ import annotations

from kg.extract.directives import find_directives

from .built import built


def _directed(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> list[str]:
    ctx, _ = built(sentence, actors)
    return [hit.rule.name for hit in find_directives(ctx).values()]


def test_anothers_understanding_of_what_the_reader_would_not_want_directs_no_one() -> None:
    assert _directed("Haig understood you would not want to select one.", {"Haig": ("haig", "Person")}) == []


def test_gladness_to_try_ones_own_act_offers_it() -> None:
    assert _directed("We would be glad to try to arrange a meeting.") == []


def test_a_wish_given_as_a_position_asks_no_one_but_a_welcome_of_views_does() -> None:
    assert _directed("Our basic position remains that we would welcome any settlement.") == []
    assert _directed("We would welcome your views on the settlement.") == ["polite_request"]
