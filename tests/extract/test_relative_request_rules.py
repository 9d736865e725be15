"""Requests reported in a relative clause on the one who made them (built Docs, no trained model)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

PARTIES = {
    "Consul": ("italian-consul", "Person"),
    "Government": ("italy", "Government"),
    "Governor": ("governor", "Person"),
}
WHO_ASKED = "We were visited by the Italian Consul, who asked the Governor to release the sailors."
WHICH_REQUESTED = (
    "The Italian Government, which requested that the Governor release the sailors, has thanked us."
)


def relative(sentence: str, verb: str, rule: str = "relative_request"):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, PARTIES)
    return get("instructions", rule).func(ctx, word(ctx, verb), voice)


def test_who_asked_someone_to_act_is_the_antecedents_request() -> None:
    found = relative(WHO_ASKED, "release")
    assert found is not None and (found.issuer, found.addressee) == ("italian-consul", "governor")


def test_which_requested_that_someone_act_tells_the_clauses_subject() -> None:
    found = relative(WHICH_REQUESTED, "release")
    assert found is not None and (found.issuer, found.addressee) == ("italy", "governor")


def test_the_reported_directive_rule_leaves_the_relative_clause_alone() -> None:
    assert relative(WHO_ASKED, "release", "reported_directive") is None


def test_a_relative_word_that_is_the_object_names_a_directive_it_gives_none() -> None:
    assert relative("The sailors whom the Governor was asked to release have sailed.", "release") is None


def test_a_prediction_in_the_relative_clause_is_no_request() -> None:
    sentence = "The Italian Consul, who suggested that the Governor would release the sailors, has left."
    assert relative(sentence, "release") is None


def test_a_negated_request_in_the_relative_clause_is_none() -> None:
    sentence = "The Italian Consul, who did not ask the Governor to release the sailors, has left."
    assert relative(sentence, "release") is None


def test_without_a_named_one_asked_the_request_goes_to_the_reader() -> None:
    ctx, voice = built(WHO_ASKED, {k: v for k, v in PARTIES.items() if k != "Governor"})
    found = get("instructions", "relative_request").func(ctx, word(ctx, "release"), voice)
    assert found is not None and found.issuer == "italian-consul" and found.addressee in {ADDRESSEE, SPEAKER}


def test_advised_that_in_the_relative_clause_informs_it_directs_no_one() -> None:
    sentence = "The Italian Consul, who advised the Governor that the sailors had sailed, has left."
    assert relative(sentence, "sailed") is None
