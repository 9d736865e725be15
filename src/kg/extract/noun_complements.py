"""What a noun of stance takes after it: "our willingness to resume the talks" (a to-infinitive),
"Hanoi's agreement to the proposal" (a "to" course with a party that gives it)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to
from .tokens import children_of, subtree_of


def owned_consent(ctx: Context, noun: Token) -> bool:
    """An agreement "to" a course with a party that gives it ("his", "X's", "of X"): a consent; "the
    agreement to the truce was signed" with no one giving it is a paper."""
    to_course = infinitive_of(noun) is not None or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(children_of(c)) for c in children_of(noun)
    )
    giver = any(c.dep_ == "poss" for c in children_of(noun)) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.i in ctx.actor_at for o in subtree_of(c))
        for c in children_of(noun)
    )
    return to_course and giver


def infinitive_of(noun: Token) -> Token | None:
    """The to-infinitive a noun of disposition takes ("willingness to sign"): only with one is it a
    stance on a course ("readiness for war" is none)."""
    clauses = (c for c in children_of(noun) if c.dep_ in {"acl", "relcl"})
    return next((c for c in clauses if any(is_infinitive_to(g) for g in children_of(c))), None)
