"""Which of two stances read in one sentence says what it says: a clause judged by two parties is
neither's alone, an agreement whose clause holds the agreeing party's own stance is that stance, and a
clause put "in X's opinion" is X's."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from .context import Context, head_actor
from .pronouns import chained_actor, party
from .tokens import children_of, head_of

if TYPE_CHECKING:
    from .decisions import Stance
    from .voices import Voice


def judged_clauses(stance: Stance) -> list[int]:
    """The stance's target and the that-clause it perceives ("to note that ..."): "regret that X will not
    take part" judges X's own decision, not a second one."""
    return [stance.target.i] + [c.i for c in children_of(stance.target) if c.dep_ == "ccomp"]


def holds_own_stance(stance: Stance, inner: Stance | None) -> bool:
    """ "The Minister agreed that a public statement would be unwise": the clause agreed to states the
    same party's stance on another course (a rejection of the statement), which is what the agreement
    says; approving the clause itself would say it twice, and the wrong way round."""
    target = stance.target
    if inner is None or target.dep_ != "ccomp" or target.i == stance.head.i:
        return False
    return inner.actor == stance.actor and inner.target.i != target.i


def as_held(ctx: Context, stance: Stance, voice: Voice) -> Stance:
    """ "In his opinion this should be envisaged only if ...", "the plan, in the view of the Commission,
    is unwise": a clause put as someone's opinion states that party's stance, whoever reports it."""
    owner = opinion_adjunct_owner(ctx, stance.head, voice)
    return stance if owner is None or owner == stance.actor else replace(stance, actor=owner)


def opinion_adjunct_owner(ctx: Context, head: Token, voice: Voice) -> str | None:
    """The owner of an "in X's opinion / in the view of X" phrase on the clause of ``head`` (the verb
    itself, or the verbs it is a complement or conjunct of, up to its own clause's root)."""
    verb = head
    for _ in range(4):
        for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "in"):
            noun = next((o for o in children_of(prep) if o.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in ctx.cue("opinion_nouns"):
                return _owner(ctx, noun, voice)
        if verb.dep_ not in {"xcomp", "conj", "acomp", "attr"} or head_of(verb).i == verb.i:
            return None
        verb = head_of(verb)
    return None


def _owner(ctx: Context, noun: Token, voice: Voice) -> str | None:
    """ "his opinion" (the party the pronoun refers to), "the view of the Commission"."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            if child.pos_ != "PRON":
                return head_actor(ctx, child, voice)
            return party(ctx, child, voice) or chained_actor(ctx, child, voice)
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            return head_actor(ctx, obj, voice) if obj is not None else None
    return None
