"""What one will not put up with, and reluctance about a stance verb, on small built Docs."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances

CHANCELLOR = {"Chancellor": ("chancellor", "Person")}


def _read(sentence: str, rule: str, at: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, rule, at, CHANCELLOR)]


def test_a_negated_verb_of_sufferance_rejects_its_object() -> None:
    sentence = "We cannot condone any seizure of the port."
    assert _read(sentence, "refused_sufferance", "condone") == [("reject", SPEAKER, "seizure")]


def test_a_verb_of_sufferance_said_plainly_decides_nothing() -> None:
    assert _read("We tolerate the seizure of the port.", "refused_sufferance", "tolerate") == []


def test_a_predicate_of_what_cannot_be_borne_rejects_its_subject() -> None:
    sentence = "The continued blockade would be intolerable."
    assert _read(sentence, "insufferable", "intolerable") == [("reject", SPEAKER, "blockade")]


def test_a_clause_coordinated_with_a_reported_one_is_the_reporters_judgement() -> None:
    sentence = "The Chancellor said this was most troubling and the continued blockade would be intolerable."
    assert _read(sentence, "insufferable", "intolerable") == [("reject", "chancellor", "blockade")]


def test_reluctance_about_accepting_leaves_the_acceptance_unread() -> None:
    reluctant = "The Chancellor was extremely reluctant about accepting the offer."
    assert _read(reluctant, "stance_verb", "accepting") == []
    assert _read(reluctant, "complement_evaluation", "reluctant") == [("reject", "chancellor", "accepting")]
    eager = "The Chancellor was eager about accepting the offer."
    assert [(s, t) for s, _, t in _read(eager, "stance_verb", "accepting")] == [("approve", "offer")]


def test_a_course_still_to_take_denied_of_its_subject_is_refused() -> None:
    denied = "That burden is not a duty we intend to assume."
    assert [(s, t) for s, _, t in _read(denied, "stance_verb", "intend")] == [("reject", "duty")]
    past = "That burden is not the duty we accepted."  # an identity denied, no course refused
    assert [(s, t) for s, _, t in _read(past, "stance_verb", "accepted")] == [("approve", "duty")]


def test_a_question_a_party_announces_it_will_not_raise_is_rejected() -> None:
    ruritania = {"Ruritania": ("ruritania", "Government")}
    raised = _stances(
        "Ruritania would not raise the border question in the Council.",
        "withheld_proposal",
        "raise",
        ruritania,
    )
    assert [(s.stance, s.actor, s.target.text) for s in raised] == [("reject", "ruritania", "question")]
    assert (
        _stances("Ruritania would not raise the border fence.", "withheld_proposal", "raise", ruritania) == []
    )
