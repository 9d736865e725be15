"""Stances that are no decision, whichever construction read them: the courtesies and judgements of a
message's own exchange. A wish, intention or "look forward to" whose course is an act of discourse ("I
want to share my thoughts with you", "I wished to let you know at once", "an item I wanted to raise",
"I look forward to staying in close touch", "welcomed the opportunity to exchange views") decides
nothing of policy; nor does a judgement of what was said or reported ("your review of the situation is
very helpful", "these views would be useful", "glad to have so full an account"), of talks held ("the
discussions were extremely useful"), a norm of how to see a thing ("the strikes should be seen against
this background"), or resolving a problem ("as we seek to resolve the crisis": settling it, not
deciding for it). The guards read the parse and lexicon classes only (``discourse_nouns``,
``talk_nouns``, ``viewing_verbs``, ``solving_verbs``, ``informing_causatives`` and the verbs of saying)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .context import Context, is_negated, modals_of
from .hypotheses import within_condition
from .judges import foretold
from .tokens import children_of, head_of
from .voices import Voice

if TYPE_CHECKING:
    from .decisions import Stance

#: the verbs of saying, telling and learning that make an act one of discourse
_SAYING_LISTS = (
    "saying_verbs",
    "speech_verbs",
    "opinion_stating_verbs",
    "informing_verbs",
    "news_verbs",
    "conversational_acts",
)
#: predicates of evaluation: what they judge is the stance's target
_JUDGING_RULES = frozenset({"judgement", "evaluation"})


def unstated(ctx: Context, rule: str, stance: Stance, voice: Voice) -> bool:
    """A stance found that states none: what a condition supposes, a forecast, a courtesy or a judgement
    of discourse."""
    held = within_condition(stance.head) or foretold(ctx, stance.head, stance.actor, voice)
    return held or no_decision(ctx, rule, stance)


def no_decision(ctx: Context, rule: str, stance: Stance) -> bool:
    """Whether a stance a construction found is a courtesy or a judgement of discourse, no decision."""
    head, target = stance.head, stance.target
    if stance.stance == "approve" and _wish_or_welcome(ctx, head) and _discourse(ctx, target):
        return True
    if rule in _JUDGING_RULES and (_report(ctx, target) or _talks_held(ctx, head, target)):
        return True
    return _viewing_norm(ctx, rule, target) or _problem_solved(ctx, head, target)


def _wish_or_welcome(ctx: Context, head: Token) -> bool:
    """A want, intention, "look forward" or welcome: the wisher's own course, a decision only where it
    is one of policy (advice to say something, "better to say at the conference that ...", proposes
    a statement and is left to the judgements)."""
    heads = ctx.cue("course_wanting_verbs") | ctx.cue("intention_verbs") | ctx.cue("forward_looking_verbs")
    return head.lemma_.lower() in heads | {"welcome"}


def _saying(ctx: Context, verb: Token) -> bool:
    return verb.lemma_.lower() in frozenset().union(*(ctx.cue(name) for name in _SAYING_LISTS))


def _discourse_noun(ctx: Context, noun: Token) -> bool:
    return noun.lemma_.lower() in ctx.cue("discourse_nouns") | ctx.cue("opinion_nouns")


def _discourse(ctx: Context, target: Token) -> bool:
    """An act of discourse: a verb of saying, one that lets or keeps someone informed ("let you know"),
    one whose object is a noun of discourse ("share my thoughts", "stay in touch", "an item I wanted to
    raise"), an opportunity for one ("opportunity to exchange views"), or such a noun itself."""
    if target.pos_ in {"NOUN", "PROPN"}:
        if target.lemma_.lower() in ctx.cue("opportunity_nouns"):
            return any(c.dep_ == "acl" and _discourse(ctx, c) for c in children_of(target))
        return target.lemma_.lower() in ctx.cue("discourse_nouns")
    if target.pos_ != "VERB" or _silence(ctx, target):
        return False
    if _saying(ctx, target):
        return True
    caused = (c for c in children_of(target) if c.dep_ in {"ccomp", "xcomp"} and c.pos_ == "VERB")
    if target.lemma_.lower() in ctx.cue("informing_causatives") and any(_saying(ctx, c) for c in caused):
        return True
    return any(_discourse_noun(ctx, n) for n in _objects(target))


def _silence(ctx: Context, verb: Token) -> bool:
    """ "We plan to say nothing about the deliveries", "wish not to raise the question": keeping silent
    is a course of policy, not a courtesy."""
    near = [d for c in children_of(verb) for d in (c, *children_of(c))]  # "nothing" misparsed as a subject
    silent = any(t.lower_ in ctx.cue("negative_objects") for t in near)
    return silent or is_negated(verb) or any(t.lower_ == "no" and t.dep_ == "det" for t in near)


def _objects(verb: Token) -> list[Token]:
    """The verb's direct objects and the objects of its prepositions ("stay in touch"); with none, the
    noun a relative clause of wanting hangs on ("an item I wanted to raise")."""
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    preps = (c for c in children_of(verb) if c.dep_ == "prep")
    objects += [o for p in preps for o in children_of(p) if o.dep_ == "pobj"]
    wanting = head_of(verb)
    if not objects and verb.dep_ == "xcomp" and wanting.dep_ == "relcl":
        objects.append(head_of(wanting))
    return objects


def _report(ctx: Context, target: Token) -> bool:
    """ "Your review of the situation is very helpful", "these views would be useful", "glad to have so
    full an account of your thinking": a judgement of what was said or reported, not of a course."""
    if target.pos_ in {"NOUN", "PROPN"}:
        return _discourse_noun(ctx, target)
    had = target.pos_ == "VERB" and target.lemma_.lower() in ctx.cue("experience_verbs")
    return had and any(_discourse_noun(ctx, c) for c in children_of(target) if c.dep_ == "dobj")


def _talks_held(ctx: Context, head: Token, target: Token) -> bool:
    """ "The discussions were extremely useful": talks judged in the past tense were held; the judgement
    tells how they went, no stance on a course (unlike "talks would be useful")."""
    talks = target.pos_ == "NOUN" and target.lemma_.lower() in ctx.cue("talk_nouns")
    return talks and head.tag_ == "VBD" and not modals_of(head)


def _viewing_norm(ctx: Context, rule: str, target: Token) -> bool:
    """ "I said the strikes should be seen against this background": a norm of how a thing is to be seen
    or understood (a passive verb of viewing) is no course of any actor."""
    viewing = target.lemma_.lower() in ctx.cue("viewing_verbs")
    return rule == "normative_opinion" and viewing and any(c.dep_ == "auxpass" for c in children_of(target))


def _problem_solved(ctx: Context, head: Token, target: Token) -> bool:
    """ "As we seek to resolve the present crisis": "resolve" with a noun object settles a problem; the
    stance verb is "resolve to" / "resolve that" (a decision taken)."""
    solving = head.lemma_.lower() in ctx.cue("solving_verbs")
    return solving and target.dep_ == "dobj" and head_of(target) == head and target.pos_ == "NOUN"
