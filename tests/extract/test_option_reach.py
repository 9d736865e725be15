"""A course named by a verb is the option its stance bears on, not a known option among its arguments."""

from __future__ import annotations

from kg.extract.context import char_span
from kg.extract.model import Option
from kg.extract.option_targets import option_for

from .built import built, word


def judged(sentence: str, verb: str, first: str, last: str) -> str:
    """The option ``verb``'s stance bears on, given a known option from ``first`` to ``last``."""
    ctx, voice = built(sentence)
    start, end = word(ctx, first).i, word(ctx, last).i
    known = Option(span=char_span(ctx.sdoc, start, end), label=first, rule="proposal_noun")
    found = option_for(ctx, word(ctx, verb), [known], voice)
    assert found is not None
    return ctx.sdoc.text[found.span.start : found.span.end]


def test_a_course_verb_is_the_course_not_the_option_in_its_object() -> None:
    negotiated = judged(
        "It would be desirable to negotiate a commercial treaty with Peru.", "negotiate", "a", "Peru"
    )
    assert negotiated.startswith("to negotiate") and negotiated.endswith("with Peru")


def test_a_verb_of_choosing_takes_the_option_in_its_object() -> None:
    accepted = judged("It would be desirable to accept a commercial treaty with Peru.", "accept", "a", "Peru")
    assert accepted == "a commercial treaty with Peru"
    glad = "The Government will be glad to consider any reasonable proposals of the French."
    assert judged(glad, "consider", "any", "French") == "any reasonable proposals of the French"


def test_an_option_in_a_further_clause_may_stand_for_the_course() -> None:
    assisted = "It would be desirable to assist in carrying out the program of reform."
    assert judged(assisted, "assist", "the", "reform") == "the program of reform"


def test_a_passive_by_agent_is_no_part_of_the_course() -> None:
    delayed = "The settlement should not be delayed by a local demand of this kind."
    assert judged(delayed, "delayed", "a", "kind") == "a local demand of this kind"
