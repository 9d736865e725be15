"""The that-clause after "it is the view / opinion of X" is X's opinion, as the complement of "X thinks"
is: a judgement in it is X's, not the writer's (on small built Docs, parses written down)."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import SPEAKER, built

PARTIES = {"Government": ("zenda", "Government")}


def _read(sentence: str) -> set[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return {(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)}


def test_a_judgement_in_the_view_of_a_government_is_its_own() -> None:
    found = _read("It was the view of the Government that it would be unwise to postpone the conference.")
    assert found == {("judgement", "reject", "zenda", "postpone")}


def test_an_approval_in_the_view_of_a_government_is_its_own() -> None:
    found = _read("It was the view of the Government that it would be best to postpone the conference.")
    assert ("evaluation", "approve", "zenda", "postpone") in found
    assert not any(actor == SPEAKER for _, _, actor, _ in found)
