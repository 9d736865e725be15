"""Requests whose object is the thing asked for, with no clause (built Docs, no trained model)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

PARTIES = {"Consul": ("italian-consul", "Person"), "Governor": ("governor", "Person")}


def requested(sentence: str, verb: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, PARTIES)
    return get("instructions", "requested_thing").func(ctx, word(ctx, verb), voice)


def test_a_third_partys_past_demand_of_an_act_names_no_one_asked_unless_the_text_does() -> None:
    found = requested("The Italian Consul demanded the release of the sailors.", "demanded")
    assert found is not None and (found.issuer, found.addressee) == ("italian-consul", None)


def test_the_honor_to_demand_is_the_speakers_request_to_the_reader() -> None:
    found = requested("I have the honor to demand the release of the sailors.", "demand")
    assert found is not None and (found.issuer, found.addressee) == (SPEAKER, ADDRESSEE)


def test_a_past_request_of_the_speaker_names_no_one_asked_unless_the_text_does() -> None:
    found = requested("I visited the Governor and requested information as to the sailors.", "requested")
    assert found is not None and (found.issuer, found.addressee) == (SPEAKER, None)


def test_a_disowned_wish_to_demand_is_no_request() -> None:
    assert requested("I have no wish to demand the release of the sailors.", "demand") is None


def test_a_demand_in_a_condition_is_no_request() -> None:
    sentence = "If the Italian Consul demanded the release of the sailors, he was refused."
    assert requested(sentence, "demanded") is None


def test_a_negated_demand_is_no_request() -> None:
    assert requested("The Italian Consul did not demand the release of the sailors.", "demand") is None


def test_a_demand_in_a_time_clause_is_no_request() -> None:
    assert requested("When a Consul demands the release of sailors, the Governor refuses.", "demands") is None


def test_a_demand_reported_in_a_that_clause_is_a_request() -> None:
    sentence = "He reported that the Italian Consul had demanded the release of the sailors."
    found = requested(sentence, "demanded")
    assert found is not None and found.issuer == "italian-consul"


def test_a_demand_the_report_itself_conveys_goes_to_the_reader_or_the_writer() -> None:
    found = requested("The Italian Consul demands the release of the sailors.", "demands")
    assert found is not None and found.issuer == "italian-consul" and found.addressee in {SPEAKER, ADDRESSEE}


def test_an_order_of_an_act_is_its_givers_instruction_to_no_one_named() -> None:
    found = requested("The Governor ordered the arrest of the sailors.", "ordered")
    assert found is not None and (found.issuer, found.addressee) == ("governor", None)


def test_a_thing_directed_to_someone_is_sent_not_ordered() -> None:
    assert requested("The Governor directed a note to the Consul.", "directed") is None
