"""Objections denied in an existential ("There is no objection to ...") on built Docs."""

from __future__ import annotations

from .built import SPEAKER
from .built import stances as _stances

RULE = "existential_objection"
MINISTER = {"Minister": ("minister", "Person")}


def _read(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, RULE, "objection", actors)]


def test_no_objection_there_is_approves_what_it_is_to() -> None:
    assert _read("There is no objection to the sale of the cruisers.") == [("approve", SPEAKER, "sale")]


def test_a_said_existential_is_the_sayers_stance() -> None:
    sentence = "The Minister said that there would be no objection to the transfer of the garrison."
    assert _read(sentence, MINISTER) == [("approve", "minister", "transfer")]


def test_an_objection_not_denied_has_no_holder_and_reads_nothing() -> None:
    assert _read("There is strong objection to the sale of the cruisers.") == []


def test_leave_for_the_addressees_own_act_is_no_stance() -> None:
    assert _read("There is no objection to your visiting the Minister.", MINISTER) == []


def test_a_supposed_absence_of_objection_reads_nothing() -> None:
    assert _read("If there is no objection to the sale, you may proceed.") == []
