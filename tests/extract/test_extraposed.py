"""A "that" clause extraposed after "it" and hung by the parser on the judging predicate as an
adverbial clause ("considers it desirable that the tariff be raised") is still what is judged; on
small built Docs (parses written down)."""

from __future__ import annotations

from kg.extract.decisions import find_stances

from .built import built

PARTIES = {"Cabinet": ("cabinet", "Government")}


def _read(sentence: str) -> set[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return {(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)}


def test_an_extraposed_that_clause_is_judged() -> None:
    found = _read("The Cabinet considers it desirable that the tariff should be raised.")
    assert ("judgement", "approve", "cabinet", "raised") in found


def test_a_negated_judging_verb_rejects_the_clause() -> None:
    found = _read("The Cabinet does not consider it advisable that the tariff be raised.")
    assert ("judgement", "reject", "cabinet", "raised") in found


def test_a_likelihood_judges_no_course() -> None:
    assert not _read("The Cabinet considers it likely that the tariff will be raised.")
