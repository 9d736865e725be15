"""A telegraphic heading the parser hangs on the verb after it completes no verb
(kg.extract.interposed.heading_clause); invented sentences in the style of 1969-76 telegrams."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.interposed import heading_clause, infinitive_governor

from .built import built, word

MINISTER = {"Minister": ("minister", "Person")}


def test_a_heading_before_a_colon_is_no_complement_of_the_verb_after_it() -> None:
    ctx, _ = built(
        "1. Begin summary: At the dinner today the Minister asked me to send his greetings to the President.",
        MINISTER,
    )
    heading, asked = word(ctx, "Begin"), word(ctx, "asked")
    assert heading_clause(heading, asked) and infinitive_governor(ctx, heading) is None
    hits = {hit.tok.text: hit.rule.name for hit in find_directives(ctx).values()}
    assert hits == {"send": "reported_directive"}


def test_a_quotation_before_its_frame_is_still_its_complement() -> None:
    ctx, _ = built("“Leave the capital at once,” the Minister ordered the consul.", MINISTER)
    leave, ordered = word(ctx, "Leave"), word(ctx, "ordered")
    assert not heading_clause(leave, ordered)
    assert infinitive_governor(ctx, leave) == ordered
