"""A polite if-request put to a third party: "I shall be glad if the Council will ..." (glad_requests)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import SPEAKER, built, speaker_directives, word

COUNCIL = {"Council": ("council", "Government")}


def asked(sentence: str, at: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, COUNCIL)
    return get("instructions", "third_party_polite_if").func(ctx, word(ctx, at), voice)


def test_gladness_if_a_named_party_will_act_asks_that_party() -> None:
    found = asked("I shall be glad if the Council will postpone the hearing.", "postpone")
    assert found is not None and found.addressee == "council" and found.issuer == SPEAKER
    assert not found.negative and found.governor is not None and found.governor.text == "be"


def test_an_impersonal_appreciation_is_the_speakers_and_may_forbid() -> None:
    found = asked("It would be appreciated if the Council would not press the claim.", "press")
    assert found is not None and found.addressee == "council" and found.issuer == SPEAKER and found.negative


def test_a_passive_if_clause_directs_no_one() -> None:
    assert asked("I shall be glad if the hearing can be postponed.", "postponed") is None


def test_the_addressee_is_left_to_polite_if() -> None:
    assert asked("I shall be glad if you will postpone the hearing.", "postpone") is None
    ctx, voice = built("I shall be glad if you will postpone the hearing.")
    assert get("instructions", "polite_if").func(ctx, word(ctx, "postpone"), voice) is not None


def test_a_conditional_wish_is_asked_once_by_polite_request() -> None:
    found = speaker_directives("I would be glad if the Council would postpone the hearing.", COUNCIL)
    assert [(rule, told) for rule, told, _, _ in found.values()] == [("polite_request", "council")]
