"""Conditions on built Docs (no trained model): how far a condition runs where the parser cut it
short, and the if-clauses that are no condition."""

from __future__ import annotations

import pytest

from kg.extract.conditions import find_clauses, write_conditions

from .built import built


def condition_texts(sentence: str) -> list[str]:
    ctx, _ = built(sentence)
    return [ctx.sdoc.text[c.span.start : c.span.end] for c in write_conditions(ctx, find_clauses(ctx), {})]


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        (  # a series of that-clauses after one conditional phrase
            "The Minister will sign the protocol, it being understood that you will tell him which clauses "
            "may be published; that he will keep the rest secret; and that he will consult me before any "
            "statement.",
            "it being understood that you will tell him which clauses may be published; "
            "that he will keep the rest secret; and that he will consult me before any statement",
        ),
        (  # a that-clause the parser hung on the main verb
            "Our delegates feel that it would be harmful were they to let it appear that after having met a "
            "refusal on the quota they had yielded.",
            "were they to let it appear that after having met a refusal on the quota they had yielded",
        ),
        (  # a noun coordinated with the condition's last noun, hung elsewhere
            "(2) in case of war or threatened disorders both ports shall be closed by the two Governments.",
            "in case of war or threatened disorders",
        ),
        (  # what qualifies the object of "subject to"
            "He is willing to accept the programme as outlined, subject of course to such changes as may be "
            "agreed upon after his arrival.",
            "subject of course to such changes as may be agreed upon after his arrival",
        ),
    ],
)
def test_a_condition_runs_over_what_the_parser_hung_elsewhere(sentence: str, condition: str) -> None:
    assert condition_texts(sentence) == [condition]


@pytest.mark.parametrize(
    "sentence",
    [
        "I shall be very glad if the Board will approve of this transfer.",
        "It would be helpful if the hearing could be postponed.",
        "I hope you will forgive me if I raise the question again.",
    ],
)
def test_the_if_clause_of_a_wish_or_an_apology_is_no_condition(sentence: str) -> None:
    assert condition_texts(sentence) == []


def test_a_predicate_of_gladness_with_its_own_complement_keeps_its_condition() -> None:
    sentence = "We would be glad to help the mission if the Government asks for it."
    assert condition_texts(sentence) == ["if the Government asks for it"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We want to know soon if serious talks are possible.",
        "I was asked by the Committee if I would attend the ceremonies.",
        "We question if this support may not be lost.",
    ],
)
def test_an_if_clause_that_asks_whether_is_no_condition(sentence: str) -> None:
    assert condition_texts(sentence) == []


def test_a_verb_of_asking_with_its_own_object_keeps_its_condition() -> None:
    assert condition_texts("We shall ask for a delay if they refuse.") == ["if they refuse"]
    assert condition_texts("If the Board approves, the Minister will be asked.") == ["If the Board approves"]


def test_a_conditional_adjective_whose_preposition_the_parser_hung_on_the_verb() -> None:
    sentence = (
        "The consent of the French Senate is contingent upon a report of the Committee to be made on Friday."
    )
    assert condition_texts(sentence) == ["contingent upon a report of the Committee to be made on Friday"]


def test_provided_as_a_verb_of_giving_is_no_condition() -> None:
    """ "provided a memorandum outlining the issues": the participle after the object is the object's."""
    assert (
        condition_texts(
            "I prepared and provided a very detailed memorandum outlining the issues for the President."
        )
        == []
    )
    assert condition_texts("We will sign the treaty, provided the Senate approves the reservations.") == [
        "provided the Senate approves the reservations"
    ]


def test_provided_before_a_preposition_is_the_verb_provide() -> None:
    """ "provided by the treaty", "provided for in the act": what a text provides, no condition; an
    if-clause in the same sentence still is one."""
    assert (
        condition_texts(
            "It is a question of a procedure duly provided by the treaty and which the Government may not "
            "refuse without violating it."
        )
        == []
    )
    paid = "The duties provided for in the act of 1922 shall be paid if the Board so decides."
    assert condition_texts(paid) == ["if the Board so decides"]
