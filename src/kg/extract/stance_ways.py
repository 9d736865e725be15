"""Stances put as seeing one's way: "the Government cannot see its way to accept the proposal", "the
Department did not see its way to consent to the payment" (a party that does not see its way to a
course refuses it; one that has seen its way to it has agreed). A possessive "way" is the mark: "see
a way out" is no stance. Hoped for or supposed ("if they can see their way to ...", "it is hoped
that the Government will see its way clear to ...") it is none."""

from __future__ import annotations

from spacy.tokens import Token

from . import regarded_courses as _regarded  # noqa: F401 - a course regarded with a feeling, tried next
from .context import Context, is_infinitive_to, is_negated, modals_of
from .deciders import decider, decision_object, flip
from .decisions import Stance, stance_verb_of
from .hypotheses import hypothetical
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of
from .voices import Voice

CLAUSES = frozenset({"relcl", "acl", "advcl", "xcomp"})


@construction(
    "decisions",
    "way_seen",
    0.5,
    example="The Government cannot see its way to accept the proposal",
    pos=("VERB",),
    lemmas=("way_seeing_verbs",),
)
def way_seen(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "See one's way (clear) to X": its subject approves X, or, negated, rejects it; a verb of stance
    in X composes ("not see its way to accept the proposal": reject the proposal)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.cue("way_seeing_verbs") or hypothetical(ctx, tok):
        return []
    way = next((c for c in children_of(tok) if c.dep_ == "dobj" and c.lower_ == "way"), None)
    if way is None or not any(c.dep_ == "poss" for c in children_of(way)):
        return []
    if modals_of(tok) and not is_negated(tok):  # "the hope that the Department would see its way clear"
        return []
    course = _course(tok, way)
    actor = decider(ctx, tok, voice)
    if course is None or actor is None:
        return []
    stance = "reject" if is_negated(tok) else "approve"
    inner, obj = stance_verb_of(ctx, course), _object(ctx, course)
    target = course
    if inner is not None and obj is not None:  # "to accept the proposal": the stance is on the proposal
        stance, target = (stance if inner == "approve" else flip(stance)), obj
    if target.i in ctx.actor_at:
        return []
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target))]


def _object(ctx: Context, verb: Token) -> Token | None:
    """The object of the course's verb ("accept the proposal", "consent to the payment"); the parser's
    relative clause on "way" would otherwise name "way" itself."""
    if verb.dep_ not in {"relcl", "acl"}:
        return decision_object(verb)
    for child in children_of(verb):
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in ctx.cue("stance_prepositions"):
            return next((o for o in children_of(child) if o.dep_ in {"pobj", "pcomp"}), None)
    return None


def _course(see: Token, way: Token) -> Token | None:
    """The to-infinitive after "way" (the parser hangs it on "way" or on "see"), or the gerund of "way
    clear to"."""
    for node in (way, see):
        for clause in (c for c in children_of(node) if c.dep_ in CLAUSES and c.i > way.i):
            if any(is_infinitive_to(g) for g in children_of(clause)):
                return clause
    for clear in (c for c in children_of(way) if c.dep_ == "amod"):
        for prep in (p for p in children_of(clear) if p.dep_ == "prep" and p.lower_ == "to"):
            return next((o for o in children_of(prep) if o.dep_ in {"pcomp", "pobj"}), None)
    return None
