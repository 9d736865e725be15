"""A finite clause after "than" ("... any more than we could say that the tariff must be final") is the
standard a comparison measures by, a supposition: the stance under it is no one's; the same clause
said outright keeps its stance (on small built Docs, parses written down)."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import SPEAKER, built

PARTIES = {"Government": ("zenda", "Government")}
COMPARED = (
    "I told him that the Government alone could not settle the question any more than we could say that "
    "the old tariff must be considered final."
)
HOPED = (
    "I expressed the hope that he could give us more information as to what was contemplated by the "
    "Government."
)
OUTRIGHT = "I told him that we could say that the old tariff must be considered final."


def _read(sentence: str) -> set[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return {(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)}


def test_a_stance_under_a_than_clause_is_not_taken() -> None:
    assert _read(COMPARED) == set()


def test_the_same_clause_said_outright_is_a_stance() -> None:
    assert _read(OUTRIGHT) == {("normative_opinion", "approve", SPEAKER, "considered")}


def test_a_stance_on_what_names_no_course() -> None:
    assert _read(HOPED) == set()


def test_a_stance_on_a_named_course_stays() -> None:
    found = _read("The Government has contemplated a reduction of the duties.")
    assert found == {("stance_verb", "approve", "zenda", "reduction")}
