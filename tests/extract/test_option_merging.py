"""Two mentions of one actor's proposal are one option: the one it is proposed by and the one its
demonym or possessor names; an actor who only rejected a proposal does not make it theirs."""

from __future__ import annotations

from kg.extract.context import char_span
from kg.extract.merging import merge_mentions
from kg.extract.model import Option
from kg.extract.option_phrases import noun_phrase

from .built import built

BRITAIN = {"Britain": ("great-britain", "Government"), "British": ("great-britain", "Government")}


def merged(sentence: str) -> list[str]:
    ctx, _ = built(sentence, BRITAIN)
    nouns = [t for t in ctx.sdoc if t.text == "amendment"]
    options = [Option(span=char_span(ctx.sdoc, *noun_phrase(t)), label=t.text) for t in nouns]
    kept, _ = merge_mentions(ctx, options)
    return [ctx.sdoc.text[o.span.start : o.span.end] for o in kept]


def test_the_proposers_demonym_names_the_proposal_made_before() -> None:
    sentence = (
        "They discussed the additional amendment proposed by Britain and we accept the British amendment."
    )
    assert merged(sentence) == ["the additional amendment proposed by Britain"]


def test_an_actor_who_rejected_a_proposal_does_not_make_it_theirs() -> None:
    sentence = (
        "They discussed the additional amendment rejected by Britain and we accept the British amendment."
    )
    assert merged(sentence) == ["the additional amendment rejected by Britain", "the British amendment"]
