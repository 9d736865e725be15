"""Refusals put as what one will not put up with: "We cannot condone any seizure of the port", "the
Council will not tolerate further raids" (a verb of sufferance, negated, rejects its object; said
plainly, "we tolerate the practice", it grants nothing one could call a decision), and "the continued
blockade would be intolerable" (a predicate of what cannot be borne rejects what it judges, like
"unacceptable"; VADER leaves these words unrated)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated
from .deciders import decider, decision_object
from .decisions import Stance
from .evaluations import judged
from .hypotheses import hypothetical
from .registry import construction
from .stance_objects import no_course_object
from .stance_spans import decision_span
from .tokens import children_of
from .voices import Voice

JUDGED_COMPLEMENTS = frozenset({"oprd", "ccomp", "xcomp", "acomp", "advcl"})  # "consider it unwise"


@construction(
    "decisions",
    "refused_sufferance",
    0.55,
    example="We cannot condone any seizure of the port",
    pos=("VERB",),
    lemmas=("sufferance_verbs",),
)
def refused_sufferance(
    ctx: Context, tok: Token, voice: Voice, verbs: frozenset[str] | None = None
) -> list[Stance]:
    """A negated verb of sufferance with an object: its subject (else the writer) rejects the object;
    not in a condition, a question or an expectation."""
    verbs = ctx.cue("sufferance_verbs") if verbs is None else verbs
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs or not is_negated(tok):
        return []
    if hypothetical(ctx, tok):
        return []
    actor, target = decider(ctx, tok, voice), decision_object(tok)
    if actor is None or target is None or target.dep_ == "nsubjpass" or no_course_object(ctx, tok, target):
        return []
    return [Stance(tok, "reject", actor, target, decision_span(ctx.sdoc, tok, target))]


@construction(
    "decisions",
    "refused_hearing",
    0.55,
    example="We would not entertain any proposal for a coalition",
    pos=("VERB",),
    lemmas=("hearing_verbs",),
)
def refused_hearing(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "We would not consider any settlement that ...", "will not entertain such a proposal": to refuse
    a proposal a hearing rejects it, as a negated verb of sufferance does; said plainly ("we will
    consider the proposal") it decides nothing, and "not consider X wise" is a judgement, left to those
    constructions."""
    if tok.lemma_.lower() not in ctx.cue("hearing_verbs") or any(
        c.dep_ in JUDGED_COMPLEMENTS for c in children_of(tok)
    ):
        return []
    return refused_sufferance(ctx, tok, voice, ctx.cue("hearing_verbs"))


@construction(
    "decisions",
    "insufferable",
    0.5,
    example="the continued blockade would be intolerable",
    pos=("ADJ",),
    lemmas=("insufferable_predicates",),
)
def insufferable(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A predicate of what cannot be borne judges its subject (or the clause after "it") as a
    rejection, read as the curated predicates of judgement are."""
    return judged(ctx, tok, voice, frozenset(), ctx.cue("insufferable_predicates"), frozenset())
