"""An order after a condition put first with no comma (kg.extract.conditioned_imperatives), on small built
Docs of invented telegram sentences: the parser hangs the order on the condition's verb, or reads it as
a present verb; with the comma written, the plain imperative rule reads it instead."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, built, word


def conditioned(sentence: str, at: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, {"Minister": ("minister", "Person"), "President": ("president", "Person")})
    return get("instructions", "conditioned_imperative").func(ctx, word(ctx, at), voice)


def test_an_order_hung_on_the_conditions_verb_is_the_readers() -> None:
    sentence = "If the Minister refuses inform the President at once."
    found = conditioned(sentence, "inform")
    assert found is not None and found.addressee == ADDRESSEE and not found.negative
    assert conditioned(sentence, "refuses") is None  # the condition itself orders nothing


def test_an_order_read_as_a_present_verb_after_the_condition_is_the_readers() -> None:
    sentence = "If absence of Hill would interfere with your work on the railway send next best man "
    sentence += "available."
    found = conditioned(sentence, "send")
    assert found is not None and found.addressee == ADDRESSEE


def test_a_consequence_with_its_own_subject_or_a_written_comma_is_not_read_here() -> None:
    assert conditioned("If he agrees we shall send the text to the Department.", "send") is None
    sentence = "If the Minister refuses, inform the President at once."
    assert conditioned(sentence, "inform") is None
    ctx, voice = built(sentence, {"Minister": ("minister", "Person"), "President": ("president", "Person")})
    found = get("instructions", "imperative").func(ctx, word(ctx, "inform"), voice)
    assert found is not None and found.addressee == ADDRESSEE
