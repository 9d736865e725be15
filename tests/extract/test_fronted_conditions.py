"""Conditions and the clauses they govern. A main clause after a fronted condition with no comma,
which the parser hangs on the condition's last noun as a relative clause, is still the main clause;
true relative clauses direct nothing (on small built Docs); a polite "if" asking another party is a
request, no condition (through the model)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.extract.registry import get

from .built import ADDRESSEE, built, word
from .helpers import construction, quote


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


def test_a_polite_if_asking_another_party_is_a_request_not_a_condition(extractor: Extractor) -> None:
    body = (
        "I should be obliged if General Harts would arrange the transport. "
        "If General Harts arrives, you may leave."
    )
    doc, ex = construction(extractor, body)
    assert [quote(doc, c) for c in ex.conditions] == ["If General Harts arrives"]
    assert any(quote(doc, i).startswith("I should be obliged if General Harts") for i in ex.instructions)
