"""Decisions put as the speaker's own commitment not to act: "We will not accept any linkage", "At no
time would we make a public revelation of what has been negotiated", "I shall never sign it". A first
person subject with "will / shall / would" and a negation (not, never, or a fronted "at no time",
"under no circumstances") on a verb of action with its complement states the speaker's refusal of that
course now; a third person's "will not" predicts, and "cannot", "would not want" are read elsewhere."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_first_person, is_infinitive_to, is_negated, modals_of, subject_of
from .deciders import decider, decision_object
from .decisions import Stance, stance_verb_of
from .hypotheses import asked, in_condition, in_time_clause
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "refused_commitment",
    0.45,
    example="At no time would we make a public revelation of what has been negotiated",
    pos=("VERB",),
)
def refused_commitment(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A first person "will / shall / would" negated (not, never, at no time ...) on a verb of action
    with an object: the speaker rejects that course."""
    if tok.pos_ != "VERB" or tok.i in ctx.directives or not modals_of(tok) & ctx.cue("committing_modals"):
        return []
    lemma = tok.lemma_.lower()
    idle = ctx.cue("light_verbs") | ctx.cue("state_verbs") | ctx.cue("cognition_verbs")
    if lemma in idle | ctx.cue("volition_verbs") or stance_verb_of(ctx, tok) is not None:
        return []  # "we would not want", "we will not accept" (read by stance_verb)
    if not is_negated(tok) or not is_first_person(subject_of(tok)):
        return []
    if in_condition(tok) or in_time_clause(tok) or asked(ctx, tok) or _not_without(ctx, tok):
        return []
    if voice.speaker is None or not any(
        c.dep_ in {"dobj", "xcomp"} and c.i > tok.i for c in children_of(tok)
    ):
        return []
    return [Stance(tok, "reject", voice.speaker, tok, decision_span(ctx.sdoc, tok, tok))]


def _not_without(ctx: Context, verb: Token) -> bool:
    """ "I will not close this communication without deploring what has come to pass": a negation
    that a "without" phrase answers asserts what it names, and refuses nothing."""
    return any(
        c.dep_ == "prep" and c.lower_ in ctx.cue("privative_prepositions") and any(children_of(c))
        for c in children_of(verb)
    )


@construction(
    "decisions",
    "pledged_course",
    0.5,
    example="We have formally committed ourselves to work for a ceasefire",
    pos=("VERB",),
    lemmas=("pledging_verbs",),
)
def pledged_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "We have committed ourselves to work for X", "the Minister committed his Government to an active
    role", "the Government is committed to a settlement": to bind oneself to a course approves it (the
    subject's, or the passive's); "does not commit itself to X" declines a pledge and rejects nothing."""
    if tok.lemma_.lower() not in ctx.cue("pledging_verbs") or is_negated(tok) or in_condition(tok):
        return []
    bound = [c for c in children_of(tok) if c.dep_ == "dobj"]
    if any(not (c.lower_.endswith(("self", "selves")) or c.i in ctx.actor_at) for c in bound):
        return []  # "pledged its support to the Government": the "to" phrase is who receives it
    target, subj = _pledged(tok), subject_of(tok)
    named = subj is None or subj.pos_ == "PRON" or head_actor(ctx, subj, voice) is not None
    actor = decider(ctx, tok, voice) if named else None  # "the Government is committed": which one?
    if subj is not None and subj.dep_ == "nsubjpass" and subj.pos_ != "PRON":
        actor = head_actor(ctx, subj, voice)  # "Hanoi is committed to ...": the one bound
    clause = [tok, head_of(tok)] if tok.dep_ == "acomp" else [tok]  # "we are committed": the copula's
    supposed = any(
        c.dep_ == "advcl" and any(m.lower_ in ctx.cue("condition_marks") for m in children_of(c))
        for node in clause
        for c in children_of(node)
    ) or any(  # "X must be admitted, or we are committed to ...": what follows otherwise
        n.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in children_of(head_of(n)))
        for n in clause
    )  # "if we must consider frontiers, we are committed to a mere revision": bound by a supposition
    if target is None or actor is None or supposed or asked(ctx, tok):
        return []
    stance = "approve"
    inner = stance_verb_of(ctx, target) if target.pos_ == "VERB" else None
    if inner is not None and decision_object(target) is not None:  # "committed to accepting the plan"
        stance, target = inner, decision_object(target) or target
    return [Stance(tok, stance, actor, target, decision_span(ctx.sdoc, tok, target))]


def _pledged(verb: Token) -> Token | None:
    """The course a verb of pledging binds to: its "to" phrase, or its to-infinitive."""
    for child in (c for c in children_of(verb) if c.i > verb.i):
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((o for o in children_of(child) if o.dep_ in {"pobj", "pcomp"}), None)
        if child.dep_ in {"advcl", "xcomp"} and any(is_infinitive_to(g) for g in children_of(child)):
            return child
    return None
