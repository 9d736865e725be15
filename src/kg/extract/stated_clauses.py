"""Which of two stances read in one sentence says what it says: a clause judged by two parties is
neither's alone, and an agreement whose clause holds the agreeing party's own stance is that stance."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .tokens import children_of

if TYPE_CHECKING:
    from .decisions import Stance


def judged_clauses(stance: Stance) -> list[int]:
    """The stance's target and the that-clause it perceives ("to note that ..."): "regret that X will not
    take part" judges X's own decision, not a second one."""
    return [stance.target.i] + [c.i for c in children_of(stance.target) if c.dep_ == "ccomp"]


def holds_own_stance(stance: Stance, inner: Stance | None) -> bool:
    """ "The Minister agreed that a public statement would be unwise": the clause agreed to states the
    same party's stance on another course (a rejection of the statement), which is what the agreement
    says; approving the clause itself would say it twice, and the wrong way round."""
    target = stance.target
    if inner is None or target.dep_ != "ccomp" or target.i == stance.head.i:
        return False
    return inner.actor == stance.actor and inner.target.i != target.i
