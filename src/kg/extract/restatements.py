"""One statement of a stance read twice in one sentence, on two spans of one course.

"This Government appreciates the importance of protecting the fisheries" is read as an evaluative verb
on "the importance of protecting ..." and as a course judged needed ("protecting ..."); "the Department
intends to give notice of this Government's intention to negotiate" reads one intention through its verb
and its noun. Two constructions put different spans round one course, so the options differ and the
exact-option check lets both through; GUIDELINES count one statement once (a restatement is another
sentence). A later decision whose evidence overlaps an earlier one's, with the same stance, on an option
that contains or lies within the earlier option, is the same statement; a relative clause on the
course that names another holder ("the terms which I had insisted upon") states a stance of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..documents import Span
from .model import Decision, Option


def stated_once(found: list[tuple[Token, Decision]], options: list[Option]) -> list[tuple[Token, Decision]]:
    """``found`` without a decision that repeats an earlier one of its sentence on a nested option."""
    spans = {o.key: o.span for o in options}
    kept: list[tuple[Token, Decision]] = []
    for head, decision in found:
        if not any(_same_statement(head, decision, h, d, spans) for h, d in kept):
            kept.append((head, decision))
    return kept


def _same_statement(
    head: Token, one: Decision, other_head: Token, other: Decision, spans: dict[str, Span]
) -> bool:
    if (
        head.sent.start != other_head.sent.start
        or one.stance != other.stance
        or not _overlap(one.span, other.span)
    ):
        return False
    if one.actor != other.actor and head.dep_ == "relcl":
        return False  # "the compensations which I had insisted upon": another holder's stance on the course
    a, b = spans.get(one.option), spans.get(other.option)
    return a is not None and b is not None and _nested(a, b)


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _nested(a: Span, b: Span) -> bool:
    """One span within the other (the same span included)."""
    return (a.start >= b.start and a.end <= b.end) or (b.start >= a.start and b.end <= a.end)
