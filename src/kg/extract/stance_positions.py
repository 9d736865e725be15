"""A party "for" an act: "The Government was for maintaining the present structure", "we are all for
postponing the vote". "For" completing "be" with a gerund after it puts its actor subject on the side
of that act, an approval ("not for" a rejection); "for" with a noun ("the cable is for the President")
names a recipient or a purpose, so only the gerund counts, and only an actor's."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, char_span, is_negated, subject_of, trim_marker
from .deciders import flip
from .decisions import Stance
from .hypotheses import asked, hypothetical, in_condition
from .pronouns import party
from .registry import construction
from .stance_nouns import noun_owner
from .stance_spans import decision_span
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "favoured_act",
    0.45,
    example="The Government was for maintaining the present structure",
    pos=("ADP",),
    lemmas=("favour_prepositions",),
)
def favoured_act(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "X is / was for doing Y": the actor subject of "be" approves doing Y (rejects it, negated)."""
    head = head_of(tok)
    if tok.lower_ not in ctx.cue("favour_prepositions") or tok.dep_ != "prep" or head.lemma_.lower() != "be":
        return []
    act = next((c for c in children_of(tok) if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    subj = subject_of(head)
    if act is None or subj is None or subj.dep_ != "nsubj" or hypothetical(ctx, head):
        return []
    if any(c.dep_ in {"acomp", "attr"} for c in children_of(head)):  # "it is necessary for ...ing"
        return []
    actor = party(ctx, subj, voice)
    if actor is None:
        return []
    stance = flip("approve") if is_negated(head) else "approve"
    return [Stance(head, stance, actor, act, decision_span(ctx.sdoc, head, act))]


@construction(
    "decisions",
    "stated_aim",
    0.45,
    example="Our first objective must be a cease-fire; our policy remains to support the Shah",
    pos=("NOUN",),
    lemmas=("aim_nouns",),
)
def stated_aim(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A party's aim, goal or policy stated as "is / must be / remains" a course ("Our first objective
    must be a cease-fire", "their goal is to slow the talks"): the party whose aim it is (a possessive
    or "of") approves that course; not one supposed or asked, and never an aim no party owns ("the
    purpose of the visit is to ..."); "our aim is to X" is read by ``stated_plan``."""
    head = head_of(tok)
    if tok.dep_ != "nsubj" or head.lemma_.lower() not in ctx.cue("remaining_verbs"):
        return []
    if in_condition(head) or asked(ctx, head) or head.i in ctx.directives:
        return []
    course = next((c for c in children_of(head) if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if head.lemma_.lower() != "be":  # "remains to support X"; "is to X" is stated_plan's
        acts = (c for c in children_of(head) if c.dep_ == "xcomp" and c.pos_ == "VERB")
        course = course or next(acts, None)
    owner = noun_owner(ctx, tok, voice)
    if course is None or owner is None or course.i in ctx.actor_at:
        return []
    stance = "reject" if is_negated(head) else "approve"
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, tok.left_edge.i, max(t.i for t in subtree_of(course))))
    return [Stance(head, stance, owner, course, span)]  # the aim and the course, the verb between
