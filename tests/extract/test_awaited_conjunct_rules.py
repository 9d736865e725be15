"""An answer awaited among other things looked forward to (kg.extract.reliance.awaited_answer);
invented sentences in the style of 1969-76 messages."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word


def test_an_answer_joined_to_another_awaited_thing_is_asked_for() -> None:
    ctx, voice = built("I look forward to the latest cable and your thoughts.")
    found = get("instructions", "awaited_answer").func(ctx, word(ctx, "look"), voice)
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER


def test_things_awaited_with_no_answer_among_them_ask_nothing() -> None:
    ctx, voice = built("I look forward to the latest cable and the dinner.")
    assert get("instructions", "awaited_answer").func(ctx, word(ctx, "look"), voice) is None
