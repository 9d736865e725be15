"""Stances named but not taken, on small built Docs (parses written down): a stance asked about with
"whether", one inferred or feared of another, a need hedged by "may", a noun of stance under "without",
a liberty, another's past inability or inability to be, a valence verb describing its own noun; and the
neighbours that still decide (the stance stated, the need judged, a course ruled out "without", the
writer's own, a declared or a reported inability, inability to accept: a refusal)."""

from __future__ import annotations

from kg.extract.decisions import find_stances
from kg.extract.directives import find_directives

from .built import SPEAKER, built

PARTIES = {
    "minister": ("minister", "Person"),
    "he": ("minister", "Person"),
    "chairman": ("chairman", "Person"),
    "delegates": ("delegates", "Group"),
    "delegations": ("delegates", "Group"),
    "they": ("delegates", "Group"),
    "Zendan": ("zenda", "Government"),
    "Zenda": ("zenda", "Government"),
    "ministers": ("ministers", "Group"),
    "council": ("council", "Organization"),
    "commission": ("commission", "Organization"),
    "board": ("board", "Organization"),
    "it": ("board", "Organization"),
}


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    find_directives(ctx)  # the instruction finder runs first in the pipeline
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def test_a_stance_asked_about_with_whether_is_no_decision() -> None:
    asked = "The chairman requested the delegations to state in roll call whether they approved the principle"
    assert _read(asked + " of extending the tariff.") == []
    found = _read("The delegates approved the new tariff.")
    assert found == [("stance_verb", "approve", "delegates", "tariff")]


def test_what_one_infers_of_another_is_no_stance_of_either() -> None:
    assert _read("I infer that the Zendan leaders desire to postpone the conference.") == []
    found = _read("The Zendan leaders desire to postpone the conference.")
    assert found == [("wanted_course", "approve", "zenda", "postpone")]


def test_a_plan_another_is_feared_to_have_is_not_that_others_stance() -> None:
    found = _read("The ministers are fearful that Zenda is planning an annexation of the islands.")
    assert ("stance_verb", "approve", "zenda", "annexation") not in found
    found = _read("Zenda is planning an annexation of the islands.")
    assert found == [("stance_verb", "approve", "zenda", "annexation")]


def test_a_need_hedged_by_may_chooses_no_course_but_a_need_stated_does() -> None:
    assert _read("It may be necessary to inquire into the claims of the settlers.") == []
    found = _read("It is necessary to inquire into the claims of the settlers.")
    assert found == [("needed_infinitive", "approve", SPEAKER, "inquire")]


def test_a_stance_noun_under_without_is_a_manner_or_a_condition() -> None:
    found = _read("The reservation was accepted without opposition under the second article.")
    assert found == [("stance_verb", "approve", SPEAKER, "reservation")]  # not the "opposition" rejected
    lease = "The council agrees that no lease of land will be valid"
    found = _read(lease + " without the consent of the commission.")
    assert found == [("stance_verb", "approve", "council", "be")]  # no rejection of "consent"


def test_a_course_ruled_out_with_without_keeps_the_stance_stated() -> None:
    found = _read("The delegates said that they would reject the tariff without any hesitation.")
    assert found == [("stance_verb", "reject", "delegates", "tariff")]


def test_a_liberty_kept_is_no_course_chosen() -> None:
    assert _read("Zenda shall be free to take such measures as it sees fit.") == []


def test_what_another_could_not_do_or_be_is_feasibility() -> None:
    assert _read("The board was unable to reimburse the legation for these expenses.") == []
    assert _read("The ministers are unable to be of any assistance to the mission.") == []


def test_the_writers_a_declared_or_a_reported_inability_declines() -> None:
    found = _read("I am unable to make any commitment on this question.")
    assert found == [("judgement", "reject", SPEAKER, "make")]
    found = _read("The board stated that it would be unable to reimburse the legation.")
    assert found == [("judgement", "reject", "board", "reimburse")]  # a refusal declared
    found = _read("The board stated that it was unable to reimburse the legation.")
    assert found == [("judgement", "reject", "board", "reimburse")]  # the past of reported speech


def test_inability_to_accept_is_a_refusal() -> None:
    found = _read("The Zendan Government is unable to accept the proposal.")
    assert found == [("stance_verb", "reject", "zenda", "proposal")]


def test_a_valence_verb_describing_its_own_noun_judges_a_deed_not_a_course() -> None:
    assert _read("The minister spoke of the incident, which he sincerely laments.") == []
    found = _read("The minister sincerely laments the incident.")
    assert found == [("evaluative_verb", "reject", "minister", "incident")]
    found = _read("These are the papers which the Zendan Government desires to publish.")
    assert ("wanted_course", "approve", "zenda", "publish") in found
    assert ("evaluative_verb", "approve", "zenda", "papers") in found  # a wanted course, kept
