"""Stances that echo another: "several of the other representatives hold the same views", "the French
Government shares this view", "this is precisely our own attitude": the decision just before, taken
again by another actor."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, char_span, is_negated, trim_marker
from .deciders import decider
from .decisions import Stance
from .hypotheses import hypothetical
from .registry import construction
from .stance_nouns import noun_owner
from .stance_spans import stance_clause
from .tokens import children_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "shared_view",
    0.45,
    example="several of the other representatives hold the same views",
    pos=("VERB",),
    lemmas=("sharing_verbs",),
)
def shared_view(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of holding or sharing (hold, share, take, adopt) with a view, position or attitude that
    points back ("the same views", "this view"): its subject takes the stance and the option of the
    decision just before; negated, the opposite stance ("does not share this view")."""
    if tok.lemma_.lower() not in ctx.cue("sharing_verbs") or hypothetical(ctx, tok):
        return []
    view = next((c for c in children_of(tok) if c.dep_ == "dobj" and _pointing_view(ctx, c)), None)
    actor = decider(ctx, tok, voice) if view is not None else None
    if view is None or actor is None:
        return []
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, *stance_clause(tok)))
    return [Stance(tok, "reject" if is_negated(tok) else "approve", actor, view, span, echo=True)]


def _pointing_view(ctx: Context, noun: Token) -> bool:
    """ "the same views", "this view", "that position": a noun of attitude that points back."""
    if noun.lemma_.lower() not in ctx.cue("attitude_nouns"):
        return False
    return any(c.dep_ in {"det", "amod"} and c.lower_ in ctx.cue("echo_modifiers") for c in children_of(noun))


@construction(
    "decisions",
    "owned_view",
    0.45,
    example="For our part, this is precisely our own attitude",
    pos=("AUX", "VERB"),
    lemmas=("copulas",),
)
def owned_view(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "This is precisely our own attitude", "that is also the view of my Government": a pronoun that
    points back, said to be an actor's view, position or attitude, takes for that actor the stance and
    the option of the decision just before; negated, the opposite one ("that is not our position"). One
    that a colon follows points ahead ("This is our position: ..."), to no decision before."""
    if tok.lemma_ not in ctx.cue("copulas"):
        return []
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
    view = next((c for c in children_of(tok) if c.dep_ == "attr"), None)
    if subj is None or view is None or subj.lower_ not in ctx.cue("demonstratives") or subj.pos_ != "PRON":
        return []  # the cheap checks first: a copula is every few words
    if view.lemma_.lower() not in ctx.cue("attitude_nouns") or _points_ahead(view) or hypothetical(ctx, tok):
        return []
    actor = noun_owner(ctx, view, voice)
    if actor is None:
        return []
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, *stance_clause(tok)))
    # the target is the pronoun: the view is the actor's own, the stance echoed is another's
    return [Stance(tok, "reject" if is_negated(tok) else "approve", actor, subj, span, echo=True)]


def _points_ahead(view: Token) -> bool:
    """ "This is our position: we cannot accept ...": the view's phrase ends at a colon."""
    end = max(t.i for t in subtree_of(view)) + 1
    return end < len(view.doc) and view.doc[end].text == ":"
