"""One statement read twice in its sentence on nested spans of one course is one decision, on small built
Docs (parses written down); two courses approved in one sentence stay two, and a restatement in another
sentence is another decision."""

from __future__ import annotations

from kg.documents import Span
from kg.extract.decisions import find_decisions
from kg.extract.model import Decision, Option
from kg.extract.restatements import stated_once

from .built import built

PARTIES = {
    "Government": ("peru", "Government"),
    "Minister": ("minister", "Person"),
    "Consul": ("consul", "Person"),
}


def test_a_verb_and_the_course_it_judges_needed_are_one_statement() -> None:
    ctx, _ = built(
        "This Government appreciates the importance of improving the harbor of the capital.", PARTIES
    )
    decisions = [d for _, d in find_decisions(ctx, [])[0]]
    assert [(d.actor, d.stance) for d in decisions] == [("peru", "approve")]


def test_two_courses_in_one_sentence_stay_two() -> None:
    ctx, _ = built("The Minister accepted the loan and approved the appointment of a receiver.", PARTIES)
    decisions = [d for _, d in find_decisions(ctx, [])[0]]
    assert [(d.actor, d.stance) for d in decisions] == [("minister", "approve"), ("minister", "approve")]


def test_a_relative_clause_of_another_holder_is_a_stance_of_its_own() -> None:
    ctx, _ = built("The Minister accepted the terms which the Consul had insisted upon.", PARTIES)
    decisions = [d for _, d in find_decisions(ctx, [])[0]]
    assert [(d.rule, d.actor) for d in decisions] == [
        ("stance_verb", "minister"),
        ("insisted_course", "consul"),
    ]


def test_nested_options_only_within_one_sentence() -> None:
    ctx, _ = built(
        "This Government appreciates the importance of improving the harbor of the capital.", PARTIES
    )
    head = ctx.sdoc[2]
    wide, narrow = Option(Span(25, 82), "importance", None), Option(Span(43, 82), "improving", None)
    one = Decision(Span(5, 82), "approve", "peru", wide.key)
    two = Decision(Span(25, 82), "approve", "peru", narrow.key)
    assert stated_once([(head, one), (head, two)], [wide, narrow]) == [(head, one)]
    apart = Option(Span(0, 4), "this", None)  # an option apart from the first: a second statement
    three = Decision(Span(25, 82), "approve", "peru", apart.key)
    assert stated_once([(head, one), (head, three)], [wide, apart]) == [(head, one), (head, three)]
