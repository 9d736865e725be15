"""Who is asked in a reported request for a thing (built Docs, no trained model): the owner of the answer
asked for, the one a meeting is asked with, the one called on or written to, the partner of a talk."""

from __future__ import annotations

from kg.extract.registry import get

from .built import SPEAKER, built, word

PARTIES = {"Consul": ("consul", "Person"), "Governor": ("governor", "Person")}


def requested(sentence: str, verb: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, PARTIES)
    return get("instructions", "requested_thing").func(ctx, word(ctx, verb), voice)


def roles(sentence: str, verb: str) -> tuple[str, str | None]:
    found = requested(sentence, verb)
    assert found is not None
    return found.issuer, found.addressee


def test_the_owner_of_the_views_asked_for_is_the_one_asked() -> None:
    assert roles("The Governor had requested the views of the Consul on the new tariff.", "requested") == (
        "governor",
        "consul",
    )


def test_the_one_an_act_is_done_to_is_not_the_one_asked() -> None:
    assert roles("The Governor had demanded the removal of the Consul from the island.", "demanded") == (
        "governor",
        None,
    )


def test_the_one_a_meeting_is_asked_with_is_the_one_asked() -> None:
    assert roles("The Governor requested a meeting with the Consul.", "requested") == ("governor", "consul")


def test_the_one_called_on_in_a_joined_verb_is_the_one_asked() -> None:
    sentence = "I called yesterday on the Consul and requested information as to the sailors."
    assert roles(sentence, "requested") == (SPEAKER, "consul")


def test_the_one_called_on_after_a_by_phrase_is_the_one_asked() -> None:
    sentence = "I called by appointment on the Consul and have requested information as to the sailors."
    assert roles(sentence, "requested") == (SPEAKER, "consul")


def test_a_joined_verb_with_a_subject_of_its_own_met_no_one_for_the_request() -> None:
    sentence = (
        "I wrote to the Consul on Monday, and the Governor has since requested information as to the sailors."
    )
    assert roles(sentence, "requested") == ("governor", None)


def test_the_partner_of_a_conversation_in_the_sentence_is_the_one_asked() -> None:
    sentence = "In a conversation with the Consul this morning I requested information as to the sailors."
    assert roles(sentence, "requested") == (SPEAKER, "consul")
