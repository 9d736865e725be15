"""A predicate of judgement in a small clause carries its own "not" ("considers the draft treaty not
entirely satisfactory"), which turns the stance round as a "not" on the copula does; on small built
Docs (parses written down)."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import SPEAKER, built

PARTIES = {"Cabinet": ("cabinet", "Government")}


def _read(sentence: str) -> set[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return {(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)}


def test_a_small_clause_predicate_with_its_own_not_rejects() -> None:
    found = _read("The Cabinet considers the draft treaty not entirely satisfactory.")
    assert found == {(rule, "reject", "cabinet", "treaty") for rule in ("judgement", "evaluation")}


def test_without_the_not_it_approves() -> None:
    found = _read("The Cabinet considers the draft treaty entirely satisfactory.")
    assert found == {(rule, "approve", "cabinet", "treaty") for rule in ("judgement", "evaluation")}


def test_a_not_on_the_copula_is_read_once() -> None:
    found = _read("The draft treaty is not satisfactory.")
    assert found == {(rule, "reject", SPEAKER, "treaty") for rule in ("judgement", "evaluation")}
