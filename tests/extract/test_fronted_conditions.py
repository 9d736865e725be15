"""A main clause after a fronted condition with no comma, which the parser hangs on the condition's
last noun as a relative clause, is still the main clause; true relative clauses direct nothing. On
small built Docs (parses written down)."""

from __future__ import annotations

import pytest

from kg.extract.registry import get

from .built import ADDRESSEE, built, word


def test_the_main_clause_after_an_unpunctuated_condition_directs_the_addressee() -> None:
    ctx, voice = built("If the Minister refuses the terms you may break off the talks.")
    directive = get("instructions", "you_may").func(ctx, word(ctx, "break"), voice)
    assert directive is not None and directive.addressee == ADDRESSEE


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [("The steps you may take are few.", "take"), ("The paper which you may sign is ready.", "sign")],
)
def test_a_relative_clause_directs_nothing(sentence: str, verb: str) -> None:
    ctx, voice = built(sentence)
    assert get("instructions", "you_may").func(ctx, word(ctx, verb), voice) is None
