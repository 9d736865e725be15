"""Directives that name no one told: "be to" in the passive ("It is not to be shared with the
delegation", "The note is to be delivered at once") orders the addressee, who is to see it done.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import necessities as _necessities  # noqa: F401 - necessity put through "for you to" or a judgement
from .context import (
    Context,
    head_actor,
    is_first_person,
    is_infinitive_to,
    is_second_person,
    modals_of,
    subject_of,
)
from .directives import Directive
from .registry import construction
from .tokens import children_of, head_of
from .told import clause_doer
from .voices import Voice
from .weighed import weighed_factor


@construction(
    "instructions",
    "passive_be_to",
    0.6,
    example="It is not to be shared with the delegation.",
    deps=("xcomp",),
)
def passive_be_to(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A present "is/are to be" + participle in a main clause with a third-person subject; not an
    impersonal comment ("it is to be hoped that ..."), nor a past plan ("was to be signed")."""
    be = head_of(tok)
    if voice.addressee is None or be.lemma_.lower() != "be" or be.tag_ not in {"VBZ", "VBP"}:
        return None
    if be.dep_ not in {"ROOT", "conj"} or tok.tag_ != "VBN":
        return None
    if not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    if not any(c.dep_ == "auxpass" for c in children_of(tok)) or weighed_factor(ctx, tok):
        return None  # "Other facts are to be taken into consideration": an argument
    if any(c.dep_ == "ccomp" for c in children_of(tok)) or tok.lemma_.lower() in ctx.cue(
        "non_directive_verbs"
    ) | ctx.cue("cognition_verbs"):
        return None  # "the proposal is to be regarded as a modification": a judgement, no one directed
    subj = subject_of(be)
    if subj is None or is_first_person(subj) or is_second_person(subj) or arranged_for(ctx, subj, tok, voice):
        return None
    return Directive(voice.addressee, governor=be)


def arranged_for(ctx: Context, subj: Token, verb: Token, voice: Voice) -> bool:
    """ "Reyes is to be superseded by Cárdenas", "the Ministry of War is to be annexed to the Presidency":
    an actor as the one acted on reports an arrangement made for it; telling it ("the Governor is to be
    informed that ...") is the addressee's to do."""
    telling = ctx.cue("informing_verbs") | ctx.cue("correspondence_verbs") | ctx.cue("speech_verbs")
    return head_actor(ctx, subj, voice) is not None and verb.lemma_.lower() not in telling


@construction(
    "instructions",
    "suggested_that",
    0.6,
    example="It is suggested that you confer with your British colleague.",
    deps=("ccomp",),
)
def suggested_that(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "It is suggested / recommended that you (or a named party) V": the speaker's advice to the one
    the that-clause names as acting; a forecast ("that it might be wise", "that rates would fall"), a
    passive or a clause naming no actor ("that consideration be given": an option) directs no one; "it
    is proposed that" mostly lays out a plan, so it stays out."""
    gov = head_of(tok)
    if gov.lemma_.lower() not in ctx.cue("advice_passives") or gov.tag_ != "VBN" or voice.addressee is None:
        return None
    gsubj = subject_of(gov)
    if gsubj is None or gsubj.dep_ != "nsubjpass" or gsubj.lower_ not in ctx.cue("impersonal_subjects"):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok)):
        return None
    if modals_of(tok) & ctx.cue("predictive_modals") or any(c.dep_ == "neg" for c in children_of(gov)):
        return None
    subj = subject_of(tok)
    if subj is None or subj.dep_ != "nsubj":
        return None  # "that the vessels be operated by the Railroad": a plan's arrangement
    told = voice.addressee if is_second_person(subj) else clause_doer(ctx, tok, voice)
    return Directive(told, negative=any(c.dep_ == "neg" for c in children_of(tok))) if told else None
