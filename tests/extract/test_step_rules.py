"""Measures taken or promised, a party siding with (or parting from) a course by a reflexive verb, and a
stance noun given or not given, on small built Docs (parses written down)."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import built
from .built import stances as _stances

COUNCIL = {"Council": ("council", "Government")}


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, COUNCIL)
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def _steps(sentence: str, noun: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "measure_step", noun, COUNCIL)]


# -- measures taken --------------------------------------------------------------------------------------
def test_steps_taken_for_a_purpose_are_the_takers_approval() -> None:
    found = _steps("The Council has taken steps to prevent the export of arms.", "steps")
    assert [(s, a) for s, a, _ in found] == [("approve", "council")]
    sentence = "The Council will take the necessary measures for the protection of the consulate."
    assert _steps(sentence, "measures") == [("approve", "council", "measures")]


def test_steps_denied_supposed_hoped_or_without_purpose_are_no_measure() -> None:
    assert _steps("No steps have been taken to prevent the export of arms.", "steps") == []
    supposed = "If the Council takes steps to prevent the export of arms, we shall be satisfied."
    assert _steps(supposed, "steps") == []
    assert _steps("We trust that the Council will take steps to prevent the export of arms.", "steps") == []
    assert _steps("The Council has taken the following action.", "action") == []
    inferred = (
        "We gathered that, although the Council will take steps to prevent the export of arms,"
        " it would not admit the claim."
    )
    assert _steps(inferred, "steps") == []


def test_steps_promised_in_a_clause_said_are_a_measure() -> None:
    said = "The Minister assured me that the Council would take steps to prevent the export of arms."
    assert [(s, a) for s, a, _ in _steps(said, "steps")] == [("approve", "council")]


# -- a reflexive alignment -------------------------------------------------------------------------------
def test_associating_oneself_with_a_declaration_approves_it() -> None:
    found = _read("The Council associates itself with the declaration of the tribunal.")
    assert ("reflexive_alignment", "approve", "council", "declaration") in found


def test_dissociating_oneself_or_not_associating_rejects() -> None:
    found = _read("The Council has dissociated itself from the proposal for a boycott.")
    assert ("reflexive_alignment", "reject", "council", "proposal") in found
    found = _read("The Council does not associate itself with the proposal for a boycott.")
    assert ("reflexive_alignment", "reject", "council", "proposal") in found


def test_associated_with_without_a_reflexive_relates_two_things() -> None:
    assert _read("The rates associated with the proposal are high.") == []


# -- a stance noun not given -----------------------------------------------------------------------------
def test_approval_not_given_is_a_refusal_and_given_an_approval() -> None:
    def noun(sentence: str) -> list[tuple[str, str, str]]:
        found = _stances(sentence, "stance_noun", "approval", COUNCIL)
        return [(s.stance, s.actor, s.target.text) for s in found]

    refused = noun("The Council does not give its approval to the proposed tariff.")
    assert refused == [("reject", "council", "tariff")]
    given = noun("The Council has given its approval to the proposed tariff.")
    assert given == [("approve", "council", "tariff")]
