"""Hyphened evaluations ("ill-timed", "ill-advised") on built Docs: the word before the hyphen judges."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.registry import get

from .built import SPEAKER, built, word
from .built import stances as _stances

MINISTER = {"Minister": ("minister", "Person")}


def test_an_ill_timed_course_is_rejected_by_the_one_who_agrees() -> None:
    sentence = "I agree with the Ambassador that withdrawal is ill-timed."
    (stance,) = _stances(sentence, "hyphened_evaluation", "ill")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "withdrawal")


def test_an_ill_advised_extraposed_course_is_rejected() -> None:
    (stance,) = _stances(
        "It would be ill-advised to send troops to the frontier.", "hyphened_evaluation", "ill"
    )
    assert (stance.stance, stance.target.text) == ("reject", "send")


def test_the_plain_evaluation_reads_nothing_at_the_participle() -> None:
    assert _stances("The plan is ill-timed.", "evaluation", "timed") == []
    assert _stances("The plan is ill-timed.", "hyphened_evaluation", "timed") == []


def test_a_well_founded_plan_is_approved_and_a_report_no_course() -> None:
    (stance,) = _stances(
        "The Minister thinks the plan is well-founded.", "hyphened_evaluation", "well", MINISTER
    )
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "minister", "plan")
    assert _stances("The report is well-informed.", "hyphened_evaluation", "well") == []


def _directed(sentence: str, at: str) -> list[tuple[str, str, str]]:
    ctx, voice = built(sentence, {"Minister": ("minister", "Person")})
    find_directives(ctx)
    found = get("decisions", "directed_proposal").func(ctx, word(ctx, at), voice)
    return [(s.stance, s.actor, s.target.text) for s in found]


def test_a_directive_to_present_a_proposal_is_the_issuers_approval_of_it() -> None:
    sentence = "You should present the proposal to the Foreign Office at once."
    assert _directed(sentence, "present") == [("approve", SPEAKER, "proposal")]


def test_a_directive_not_to_renew_an_offer_rejects_it() -> None:
    assert _directed("You should not renew the offer.", "renew") == [("reject", SPEAKER, "offer")]


def test_presenting_a_report_or_a_proposal_made_undirected_decides_nothing() -> None:
    assert _directed("You should present the report to the Foreign Office at once.", "present") == []
    assert _directed("The Minister made the proposal yesterday.", "made") == []
