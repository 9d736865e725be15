"""Requests for information put as the speaker's future gladness (kg.extract.glad_requests)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word


def glad(sentence: str, at: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence)
    return get("instructions", "glad_to_receive").func(ctx, word(ctx, at), voice)


def test_future_gladness_to_receive_a_thing_asks_the_addressee_for_it() -> None:
    found = glad("I shall be glad to receive your views on the treaty.", "receive")
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER
    assert found.governor is not None and found.governor.text == "be"


def test_gladness_to_receive_a_person_is_an_offer() -> None:
    assert glad("I shall be glad to receive him at the Department.", "receive") is None


def test_a_negated_gladness_asks_nothing() -> None:
    assert glad("I shall not be glad to receive your views on the treaty.", "receive") is None


def eager(sentence: str, at: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, {"Minister": ("minister", "Person"), "Legation": ("legation", "Government")})
    return get("instructions", "glad_to_receive").func(ctx, word(ctx, at), voice)


def test_eagerness_for_an_answer_asks_whoever_holds_it_in_any_tense() -> None:
    third = eager("The Minister is anxious to have the Legation's assessment of the situation.", "have")
    assert third is not None and (third.issuer, third.addressee) == ("minister", "legation")
    ours = eager("We are eager to receive your views on the draft.", "receive")
    assert ours is not None and (ours.issuer, ours.addressee) == (SPEAKER, ADDRESSEE)


def test_eagerness_for_a_thing_asks_nothing() -> None:
    assert eager("The Minister is anxious to have the treaty ratified before the recess.", "have") is None
