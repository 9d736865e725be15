"""Advice against a course forbids it: "we would advise against asking ..."."""

from __future__ import annotations

from kg.extract.counsel import warned_off
from kg.extract.directives import find_directives, write_instructions

from .built import built, word

AGAINST = "We would advise against asking the Minister for a copy of the treaty."
FOR = "We would insist on asking the Minister for a copy of the treaty."
MINISTER = {"Minister": ("minister", "Person")}


def _polarity(sentence: str) -> dict[str, str]:
    ctx, _ = built(sentence, MINISTER)
    found = write_instructions(ctx, find_directives(ctx))
    return {tok.text: item.polarity for tok, item in found}


def test_a_course_advised_against_is_forbidden() -> None:
    assert _polarity(AGAINST).get("asking") == "dont"


def test_a_course_insisted_on_is_not() -> None:
    assert _polarity(FOR).get("asking") == "do"


def test_the_gerund_is_what_is_advised_against() -> None:
    ctx, _ = built(AGAINST, MINISTER)
    assert warned_off(ctx, word(ctx, "asking")) and not warned_off(ctx, word(ctx, "advise"))
