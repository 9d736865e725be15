"""Imperatives in a paper written to no one (a memorandum of things to be done): the writer's directive,
no one named as told (built Docs, no trained model)."""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.voices import Voice

from .built import ADDRESSEE, SPEAKER, built, instructions_by_verb


def found(sentence: str, addressed: bool = False) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Each instruction of the sentence, by its verb: rule, issuer and addressees; the writer speaks to
    no one unless ``addressed``."""
    ctx, voice = built(sentence)
    if not addressed:
        memo = Voice(voice.span, SPEAKER, None)
        ctx = Context(
            sdoc=ctx.sdoc, lex=ctx.lex, voices=[memo], regions=[memo.span], actor_at={}, kinds=ctx.kinds
        )
    return {verb: (rule, i.issuer, i.addressees) for verb, (rule, i) in instructions_by_verb(ctx).items()}


def test_an_imperative_of_a_memorandum_is_the_writers_directive_to_no_one_named() -> None:
    got = found("Settle the Albanian frontier and announce the decision.")
    assert got["Settle"] == ("memo_imperative", SPEAKER, ())
    assert got["announce"][1:] == (SPEAKER, ())  # the coordinated verb is a directive of its own


def test_an_addressed_imperative_is_left_to_the_imperative_rule() -> None:
    assert found("Settle the Albanian frontier and announce the decision.", addressed=True)["Settle"] == (
        "imperative", SPEAKER, (ADDRESSEE,))


def test_a_heading_with_no_stop_and_a_verb_with_its_i_left_out_direct_no_one() -> None:
    assert found("Visit to Rome by the Consul") == {}
    assert found("Understand that the Council will meet on Monday.") == {}
    assert found("Told him that the treaty was ready.") == {}
