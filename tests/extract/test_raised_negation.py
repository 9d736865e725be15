"""A "not" on the raising verb above a copula ("it would not seem to be advisable to X", "it does not
appear to be wise to X") denies the judgement as a "not" on the copula does: the course is rejected;
on small built Docs (parses written down)."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import SPEAKER, built


def _read(sentence: str) -> set[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, {})
    return {(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)}


def test_not_on_seem_rejects_the_course() -> None:
    found = _read("It would not seem to be desirable to issue a statement on the matter.")
    assert ("judgement", "reject", SPEAKER, "issue") in found
    assert not any(stance == "approve" for _, stance, _, _ in found)


def test_not_on_appear_rejects_the_course() -> None:
    found = _read("It does not appear to be wise to publish the correspondence.")
    assert ("judgement", "reject", SPEAKER, "publish") in found
    assert not any(stance == "approve" for _, stance, _, _ in found)


def test_without_the_not_it_approves() -> None:
    found = _read("It would seem to be desirable to issue a statement on the matter.")
    assert ("judgement", "approve", SPEAKER, "issue") in found
    assert not any(stance == "reject" for _, stance, _, _ in found)
