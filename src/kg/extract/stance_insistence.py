"""Stances put as insistence: "the British Government insists upon the suspension of exports", "Japan
insisted on the withdrawal of the guard" (to insist on a course is to hold out for it: its subject
approves it). Said of what a directive asks ("you should insist upon signature"), supposed, or negated
("no longer insisting on the destruction of the wall": a demand dropped, not a course refused), it is
no stance of its own."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, char_span, is_negated
from .deciders import decider
from .decisions import Stance, stance_verb_of
from .hypotheses import hypothetical
from .lexicon import cue
from .option_phrases import noun_phrase
from .registry import construction
from .stance_objects import no_course_object
from .stance_spans import decision_span
from .tokens import children_of
from .voices import Voice


@construction(
    "decisions",
    "insisted_course",
    0.5,
    example="The British Government insists upon the suspension of exports",
    pos=("VERB",),
    lemmas=("insisting_verbs",),
)
def insisted_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of insisting with "on / upon" a course: its subject (the decider) approves the course;
    not negated, not directed, not supposed. One who no longer insists gives the course up."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ctx.cue("insisting_verbs"):
        return []
    stance = "reject" if _ceased(tok) else "approve"
    if _denied(tok) and stance == "approve":
        return []
    if tok.i in ctx.directives or hypothetical(ctx, tok):
        return []
    target = _insisted_on(tok)
    actor = decider(ctx, tok, voice)
    if actor is None or target is None or target.i in ctx.actor_at or no_course_object(ctx, tok, target):
        return []
    if target.pos_ == "VERB" and stance_verb_of(ctx, target) is not None:
        return []  # "insisted on ratifying the agreement": one stance, the verb of stance's
    span = decision_span(ctx.sdoc, tok, target)
    if target.i < tok.i:  # "the compensations which I had insisted upon": the noun to the preposition
        span = char_span(ctx.sdoc, noun_phrase(target)[0], _last_preposition(tok))
    return [Stance(tok, stance, actor, target, span)]


def _ceased(verb: Token) -> bool:
    """ "no longer insisted on the percentage approach": a demand dropped, the course given up; "does not
    insist" only leaves it open."""
    longer = (c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ in cue("ceasing_adverbs"))
    return any(g.lower_ in cue("negative_determiners") for c in longer for g in children_of(c))


def _denied(verb: Token) -> bool:
    """ "does not insist", "no longer insists", "without insisting": the verb negated, "no" on its
    "longer", or the gerund of "without"."""
    longer = (c for c in children_of(verb) if c.dep_ == "advmod" and c.lower_ in cue("ceasing_adverbs"))
    without = verb.dep_ == "pcomp" and verb.head.lower_ in cue("privative_prepositions")
    denying = cue("negative_determiners")
    return without or is_negated(verb) or any(g.lower_ in denying for c in longer for g in children_of(c))


def _last_preposition(verb: Token) -> int:
    """Where a relative clause of insisting ends: its stranded "upon", else the verb ("upon which ...")."""
    return max([verb.i] + [c.i for c in children_of(verb) if c.lower_ in cue("insisted_prepositions")])


def _insisted_on(verb: Token) -> Token | None:
    """What "on / upon" names after the verb: a noun or a gerund; for "which" ("the compensations which
    I had insisted upon"), the noun the relative clause hangs on."""
    stranded = any(c.lower_ in cue("insisted_prepositions") for c in children_of(verb))
    relative = any(t.tag_ in {"WDT", "WP"} for t in verb.subtree if t.i < verb.i)
    if verb.dep_ == "relcl" and stranded and relative:
        return verb.head
    preps = cue("insisted_prepositions")
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ in preps):
        return next((o for o in children_of(prep) if o.dep_ in {"pobj", "pcomp"}), None)
    return None
