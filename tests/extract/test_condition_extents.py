"""How far a condition runs where the parser cut it short (built Docs, no trained model)."""

from __future__ import annotations

import pytest

from kg.extract.conditions import find_clauses, write_conditions

from .built import built


def condition_texts(sentence: str) -> list[str]:
    ctx, _ = built(sentence)
    return [ctx.sdoc.text[c.span.start : c.span.end] for c in write_conditions(ctx, find_clauses(ctx), {})]


@pytest.mark.parametrize(
    ("sentence", "condition"),
    [
        (  # a series of that-clauses after one conditional phrase
            "The Minister will sign the protocol, it being understood that you will tell him which clauses "
            "may be published; that he will keep the rest secret; and that he will consult me before any "
            "statement.",
            "it being understood that you will tell him which clauses may be published; "
            "that he will keep the rest secret; and that he will consult me before any statement",
        ),
        (  # a that-clause the parser hung on the main verb
            "The Delegation feels that it would be disastrous were we to let it appear that after having "
            "reached a deadlock over the tariff we had given way.",
            "were we to let it appear that after having reached a deadlock over the tariff we had given way",
        ),
        (  # a noun coordinated with the condition's last noun, hung elsewhere
            "(2) in case of war or threatened disorders both ports shall be closed by the two Governments.",
            "in case of war or threatened disorders",
        ),
        (  # what qualifies the object of "subject to"
            "He is willing to accept the programme as outlined, subject of course to such changes as may be "
            "agreed upon after his arrival.",
            "subject of course to such changes as may be agreed upon after his arrival",
        ),
    ],
)
def test_a_condition_runs_over_what_the_parser_hung_elsewhere(sentence: str, condition: str) -> None:
    assert condition_texts(sentence) == [condition]
