"""Clauses that look directed but state what has happened, what is said, or what is only weighed."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.registry import get

from .built import built, word

ACTORS = {
    "Minister": ("minister", "Person"),
    "Government": ("government", "Government"),
    "Legation": ("legation", "Organization"),
    "Office": ("foreign-office", "Organization"),
    "Department": ("department", "Organization"),
    "Heid": ("heid", "Person"),
}


def found(rule: str, sentence: str, at: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, ACTORS)
    return get("instructions", rule).func(ctx, word(ctx, at), voice)


def test_an_expectation_that_someone_will_act_directs_them() -> None:
    hope = found(
        "hope_that", "The Minister expects that the Government will withdraw its troops.", "withdraw"
    )
    assert hope is not None and (hope.issuer, hope.addressee) == ("minister", "government")


def test_an_expectation_about_what_has_been_done_directs_no_one() -> None:
    sentence = "The Minister expects that the Government has withdrawn its troops."
    assert found("hope_that", sentence, "withdrawn") is None


def test_a_conjunct_in_the_perfect_reports_and_directs_nothing() -> None:
    sentence = (
        "The Legation asked the Foreign Office for a copy of the decree, but has so far received no answer."
    )
    ctx, _ = built(sentence, ACTORS)
    hits = find_directives(ctx)
    assert word(ctx, "asked").i in hits and word(ctx, "received").i not in hits


def test_a_purpose_announced_is_what_is_said_not_who_is_told() -> None:
    sentence = "The Minister announced the purpose of his Government to send two regiments to the coast."
    assert found("reported_directive", sentence, "send") is None


def test_a_verb_of_saying_with_a_person_and_an_infinitive_still_directs() -> None:
    told = found("reported_directive", "The Department telegraphed Heid not to allow the shipment.", "allow")
    assert told is not None and (told.issuer, told.addressee) == ("department", "heid")


def test_kindly_in_a_relative_clause_describes_what_was_done() -> None:
    sentence = "I acknowledge your note, in which you kindly transmit a copy of the treaty."
    assert found("please", sentence, "transmit") is None


def test_kindly_with_will_in_a_relative_clause_still_asks() -> None:
    sentence = "Enclosed is a letter which you will kindly deliver to the Minister."
    assert found("please", sentence, "deliver") is not None


def test_an_inquiry_judged_useful_is_weighed_not_made() -> None:
    sentence = "It would be useful for us to ask them whether they have signed the protocol."
    assert found("inquiry", sentence, "ask") is None
    assert found("reported_directive", sentence, "signed") is None
