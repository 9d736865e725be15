"""Stances read into the formulas of a polite request and into a pledge denied.

"Will you be so good as to forward the letter", "be kind enough to transmit these papers", "we beg that
you will favor us with an answer": the old diplomatic formulas of asking put an evaluative word ("good",
"kind") or a verb of approval ("favor") round what is asked; they ask for an act and judge or approve
no course. "I am not committed to this plan" withholds a pledge and approves nothing. The guards read
the parse and lexicon classes only (``obliging_adjectives``, ``obliging_verbs``, ``obliging_preps``,
``pledged_predicates``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .context import Context, is_negated
from .tokens import children_of, head_of

if TYPE_CHECKING:
    from .decisions import Stance


def obliging_form(ctx: Context, stance: Stance) -> bool:
    """Whether the stance was read from a formula of polite request, or from a pledge its copula denies."""
    return (
        _obliging_predicate(ctx, stance.head) or _obliging_verb(ctx, stance.head) or _unpledged(ctx, stance)
    )


def _obliging_predicate(ctx: Context, head: Token) -> bool:
    """ "Be so good as to X", "be kind enough to X": an obliging adjective with "so ... as" or "enough",
    the judging word itself or the copula's complement."""
    for pred in (head, *(c for c in children_of(head) if c.dep_ == "acomp")):
        if pred.lemma_.lower() not in ctx.cue("obliging_adjectives") and pred.lower_ not in ctx.cue(
            "obliging_adjectives"
        ):
            continue
        words = {c.lower_ for c in children_of(pred)}
        after = pred.doc[pred.i + 1].lower_ if pred.i + 1 < len(pred.doc) else ""
        if "enough" in words or ("so" in words and after == "as"):  # "as" its own child or a mark
            return True
    return False


def _obliging_verb(ctx: Context, head: Token) -> bool:
    """ "Favor us with an answer", "oblige me by returning it": a verb of obliging whose object is a
    person and whose "with" / "by" phrase is what is asked ("the Government favors the plan" approves)."""
    if head.lemma_.lower() not in ctx.cue("obliging_verbs"):
        return False
    people = any(c.dep_ in {"dobj", "dative"} and c.pos_ == "PRON" for c in children_of(head))
    return people and any(
        c.dep_ == "prep" and c.lower_ in ctx.cue("obliging_preps") for c in children_of(head)
    )


def _unpledged(ctx: Context, stance: Stance) -> bool:
    """ "I am not committed to this": a pledge whose copula is negated is withheld, no stance taken."""
    head = stance.head
    pledged = head.lower_ in ctx.cue("pledged_predicates") and head.dep_ == "acomp"
    return pledged and (is_negated(head) or is_negated(head_of(head)))
