"""Doubt on a course as a rejection (guidelines, "Options and decisions"): "we fail to see how the
proposal would help", "I do not see how we can consider blowing it all". A verb of seeing or
understanding, negated or under a verb of failing, with a "how" clause: whoever fails to see how
rejects the course of that clause; a clause that itself objects ("how anyone could have an
objection to our being present") makes the doubt an approval."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, char_span, is_second_person, subject_of, trim_marker
from .deciders import decider
from .decisions import Stance
from .hypotheses import asked, in_condition, negated_chain
from .registry import construction
from .stance_spans import stance_clause
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "doubted_course",
    0.5,
    example="We fail to see how the proposal would help the negotiations",
    pos=("VERB",),
    lemmas=("insight_verbs",),
)
def doubted_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """Doubt on a course ("we fail to see how ...", "I do not see how we can ..."): a negated or failed
    verb of seeing with a "how" clause, the doubter's rejection of that clause's course; doubting an
    objection approves; how the addressee could act otherwise is no stance."""
    clause = doubted(ctx, tok)
    if clause is None or is_second_person(subject_of(clause)):
        return []  # "we do not see how you could take any other": the addressee's conduct judged
    if in_condition(tok) or asked(ctx, tok) or tok.i in ctx.directives:
        return []
    actor = decider(ctx, tok, voice)
    if actor is None:
        return []
    stance = "approve" if _objects(ctx, clause) else "reject"  # "how anyone could have an objection"
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, _doubter_start(tok), stance_clause(clause)[1]))
    return [Stance(tok, stance, actor, _course(ctx, clause), span)]


def _doubter_start(tok: Token) -> int:
    """The evidence starts at the doubter ("we do not see how"), not at a clause the parse joined
    before it ("The course ... is all right; we do not see how ...")."""
    top = tok
    while top.dep_ in {"xcomp", "acomp"} and head_of(top).i != top.i:  # "we fail to see", "unable to see"
        top = head_of(top)
    lead = [
        t.i
        for c in children_of(top)
        if c.dep_ in {"nsubj", "aux", "neg"} and c.i < top.i
        for t in subtree_of(c)
    ]
    return min(lead, default=top.i)


def doubted(ctx: Context, tok: Token) -> Token | None:
    """The "how" clause a failed verb of seeing ``tok`` doubts, if it is one."""
    if tok.lemma_.lower() not in ctx.cue("insight_verbs") or not _failed(ctx, tok):
        return None
    return _how_clause(ctx, tok)


def _failed(ctx: Context, tok: Token) -> bool:
    """ "do not see", "cannot see", "unable to see", "fail to see"."""
    failing = tok.dep_ == "xcomp" and head_of(tok).lemma_.lower() in ctx.cue("failing_words")
    return failing or negated_chain(tok)


def _how_clause(ctx: Context, tok: Token) -> Token | None:
    for clause in (c for c in children_of(tok) if c.dep_ == "ccomp"):
        if any(
            m.dep_ in {"advmod", "mark"} and m.lower_ in ctx.cue("manner_marks") for m in children_of(clause)
        ):
            return clause
    return None


def _objects(ctx: Context, clause: Token) -> bool:
    objecting = ctx.cue("reject_predicates") | ctx.cue("reject_nouns")
    return any(
        c.dep_ in {"dobj", "attr", "acomp"} and c.lemma_.lower() in objecting for c in children_of(clause)
    )


def _course(ctx: Context, clause: Token) -> Token:
    """The course doubted: the clause's verb, or what a verb of weighing in it weighs ("how we can
    consider blowing it all")."""
    if clause.lemma_.lower() in ctx.cue("weighing_verbs"):
        weighed = next((c for c in children_of(clause) if c.dep_ in {"xcomp", "dobj", "ccomp"}), None)
        if weighed is not None:
            return weighed
    return clause
