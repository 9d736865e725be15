"""What "subject to" means when it is said of something: liable to, not on condition of.

"Subject to the approval of the Senate" after what is proposed makes the approval a condition; but "we
were subject to the continued inflation", "the repayment would be subject to special treatment", "its
commerce is not subject to any exchange control" say what something is exposed to. Said of something (the
adjective the predicate of "be" or "remain"), "subject to" is a condition only where its object is an act
the thing waits on: an approval, a permission or an amendment ("shall be subject to the approval of the
Secretary", "is subject to such changes as may be agreed"), and never where it is negated. "Contingent
upon" is always a condition.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated
from .tokens import children_of, head_of

COPULAS = frozenset({"be", "remain"})


def liable_to(ctx: Context, adjective: Token, prep: Token) -> bool:
    """Whether "subject to X" says what something is exposed to rather than what it waits on."""
    verb = head_of(adjective)
    if adjective.lower_ != "subject" or adjective.dep_ != "acomp" or verb.lemma_.lower() not in COPULAS:
        return False
    if is_negated(verb) or is_negated(adjective):
        return True
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    awaited = ctx.cue("approve_nouns") | ctx.cue("awaited_acts")
    return not any(o.lemma_.lower() in awaited for o in objects)
