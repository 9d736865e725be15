"""What "there has been" tells is a fact, no course judged, on small built Docs (parses written down):
"there has been some misunderstanding", "there have been serious delays"; the neighbour "there would be
great advantage in X" still judges X."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import SPEAKER, built


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, {})
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def test_there_has_been_tells_what_was() -> None:
    assert (
        _read("In the present dispute there has been some misunderstanding on the part of the consuls.") == []
    )
    assert _read("There have been serious delays in the work of the commission.") == []


def test_there_would_be_an_advantage_judges_the_course() -> None:
    found = _read("There would be great advantage in a second conference.")
    assert ("judgement", "approve", SPEAKER, "conference") in found
