"""Measures taken or promised, a party siding with (or parting from) a course by a reflexive verb, and a
stance noun given or not given, on small built Docs (parses written down)."""

from __future__ import annotations

from kg.extract.decisions import find_stances
from kg.extract.registry import get

from .built import SPEAKER, built
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


# -- a course contemplated, a grant made ----------------------------------------------------------------
def _planned(sentence: str, verb: str) -> list[tuple[str, str, str]]:
    found = _stances(sentence, "contemplated_course", verb, COUNCIL)
    return [(s.stance, s.actor, s.target.text) for s in found]


def test_a_course_contemplated_is_approved_and_not_contemplated_ruled_out() -> None:
    assert _planned("The withdrawal of the garrison is contemplated by the Council.", "contemplated") == [
        ("approve", "council", "withdrawal")
    ]
    assert _planned("The dispatch of a cruiser to the port is not contemplated.", "contemplated") == [
        ("reject", SPEAKER, "dispatch")
    ]


def test_a_course_contemplated_in_a_condition_or_referred_to_is_no_plan() -> None:
    supposed = "If the withdrawal of the garrison is contemplated, please inform me."
    assert _planned(supposed, "contemplated") == []
    assert _planned("The measures contemplated by the Council are severe.", "contemplated") == []


def test_a_grant_told_as_made_is_a_measure_taken() -> None:
    granted = "A credit of two million dollars was granted to the Council."
    found = _stances(granted, "measure_taken", "granted")
    assert [(s.stance, s.target.text) for s in found] == [("approve", "credit")]
    supposed = "If a credit is granted to the Council, the loan will follow."
    assert _stances(supposed, "measure_taken", "granted", COUNCIL) == []


def test_a_grant_in_a_clause_of_manner_is_no_second_measure() -> None:
    sentence = (
        "A credit was granted to the Council in the same way that others have been granted to its allies."
    )
    ctx, voice = built(sentence, COUNCIL)
    rule = get("decisions", "measure_taken").func
    found = [s.target.text for tok in ctx.sdoc if tok.text == "granted" for s in rule(ctx, tok, voice)]
    assert found == ["credit"]
