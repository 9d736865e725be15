"""Telegraphese the parser misreads ("Recommend Governor withhold comment"), on small built Docs."""

from __future__ import annotations

from kg.extract.directives import Directive
from kg.extract.registry import get

from .built import built, word

PARTIES = {"Governor": ("governor", "Person")}


def _read(sentence: str) -> Directive | None:
    ctx, voice = built(sentence, PARTIES)
    rule = get("instructions", "misread_recommendation")
    found: Directive | None = rule.func(ctx, word(ctx, "withhold"), voice)
    return found


def test_an_opening_recommendation_read_as_a_name_directs_the_subject() -> None:
    found = _read("Recommend Governor withhold comment.")
    assert found is not None and found.addressee == "governor" and found.governor is not None
    assert found.governor.text == "Recommend"


def test_a_recommendation_the_splitter_cut_off_still_directs_the_subject() -> None:
    found = _read("Recommend Governor withhold all comment.")  # parsed as two sentences, "Recommend" alone
    assert found is not None and found.addressee == "governor"


def test_the_addressee_as_subject_is_left_to_the_telegraphic_governor() -> None:
    assert _read("Recommend you withhold comment.") is None
