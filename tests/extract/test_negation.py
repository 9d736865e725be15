"""Negation put as a phrase before the verb (built Docs, no trained model)."""

from __future__ import annotations

from kg.extract.negation import fronted_negation
from kg.extract.registry import get

from .built import built, word


def test_a_fronted_phrase_of_no_case_negates_its_verb() -> None:
    ctx, _ = built("Under no circumstances do I wish to sign the protocol.")
    assert fronted_negation(word(ctx, "wish"))


def test_no_after_the_verb_does_not_negate() -> None:
    """ "with no reservations" qualifies the agreement; it does not deny it."""
    ctx, _ = built("We agree with no reservations to the draft.")
    assert not fronted_negation(word(ctx, "agree"))


def test_a_want_denied_by_a_phrase_of_no_case_rejects_the_course() -> None:
    ctx, voice = built("Under no circumstances do I wish to sign the protocol.")
    stances = get("decisions", "wanted_course").func(ctx, word(ctx, "wish"), voice)
    assert [s.stance for s in stances] == ["reject"]


def test_a_phrase_of_no_means_negates_a_stance_wherever_the_parser_hangs_it() -> None:
    """ "by no means accepts" after the subject (hung on it) and "can in no way accept" both reject."""
    government = {"Government": ("government", "Government")}
    for sentence, verb in (
        ("The Government by no means accepts the proposal.", "accepts"),
        ("We can in no way accept the proposal.", "accept"),
    ):
        ctx, voice = built(sentence, government)
        stances = get("decisions", "stance_verb").func(ctx, word(ctx, verb), voice)
        assert [s.stance for s in stances] == ["reject"], sentence
