"""Nouns a stance can bear on: a proposal, plan or policy, or one that names an act ("arbitration",
"withdrawal"), what "see / find / have" an evaluative noun "in" bears on, and what importance is
attached to or one is convinced of the importance of."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .option_targets import course_of_action
from .tokens import children_of, head_of


def held_course(ctx: Context, pred: Token, verb: Token) -> Token | None:
    """What "see / find / have" an evaluative noun "in" bears on ("sees merit in the plan", "finds no
    advantage in postponing the talks"): a course (a gerund, or a noun of proposal or plan), never a
    party's quality ("confidence in the fidelity of Chile") nor a speech act ("no hesitation in urging")."""
    for prep in (
        c for node in (pred, verb) for c in children_of(node) if c.dep_ == "prep" and c.lower_ == "in"
    ):
        obj = next((o for o in children_of(prep) if o.dep_ in {"pobj", "pcomp"}), None)
        if obj is None or obj.i < pred.i:
            continue
        if obj.pos_ == "VERB":
            return None if obj.lemma_.lower() in ctx.cue("speech_verbs") | ctx.cue("demanding_verbs") else obj
        return obj if course_noun(ctx, obj) else None
    return None


def course_noun(ctx: Context, noun: Token) -> bool:
    """A noun of proposal, plan or policy, or one that names an act (arbitration, withdrawal): what a
    stance can bear on, not a place, a person or a quality ("behind the lines", "the fidelity of X")."""
    lemma = noun.lemma_.lower()
    acts = ctx.lex.cues["nominalizations"].values()
    return lemma in ctx.cue("option_nouns") or lemma in ctx.cue("plan_nouns") or lemma in acts


def names_an_act(ctx: Context, noun: Token) -> bool:
    """ "a postponement", "signature", "a decision": a course noun, or a noun with the suffix of an act."""
    return course_noun(ctx, noun) or noun.lemma_.lower().endswith(tuple(ctx.cue("action_suffixes")))


def conviction_of(ctx: Context, noun: Token) -> Token | None:
    """The copula of "X is / remains convinced (aware) of" the noun, whose subject states the need."""
    prep = head_of(noun)
    adjective = head_of(prep)
    if noun.dep_ != "pobj" or prep.lower_ != "of" or adjective.lower_ not in ctx.cue("conviction_adjectives"):
        return None
    return head_of(adjective) if adjective.dep_ == "acomp" else None


def attached_to(ctx: Context, noun: Token) -> Token | None:
    """ "We attach great importance to settling the issue": what the importance is attached to."""
    verb = head_of(noun)
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ctx.cue("attaching_verbs"):
        return None
    to = [c for node in (verb, noun) for c in children_of(node) if c.dep_ == "prep" and c.lower_ == "to"]
    obj = next((o for c in to for o in children_of(c) if o.dep_ in {"pobj", "pcomp"}), None)
    if obj is None or obj.i in ctx.actor_at:
        return None
    return obj if (obj.tag_ == "VBG" and course_of_action(obj)) or course_noun(ctx, obj) else None
