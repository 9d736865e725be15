"""Decisions put as a want: "the Admiralty wants the cancellation of the order", "the Cabinet desires to
postpone the conference", "the Legation wished not to raise the question in writing". A verb of
wanting (``course_wanting_verbs``, a closed class) with an actor as subject and a course as its object
states that actor's approval of the course; a negated want, or a want not to act, rejects it."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated, subject_of
from .course_nouns import names_an_act
from .deciders import decision_object, flip
from .decisions import Stance, stance_verb_of
from .hypotheses import hypothetical
from .registry import construction
from .stance_objects import asks_a_word_back
from .stance_spans import decision_span
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "wanted_course",
    0.45,
    example="The Cabinet wishes to postpone the conference",
    pos=("VERB",),
    lemmas=("course_wanting_verbs",),
)
def wanted_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A verb of wanting with an actor subject and, as object, an act to do ("desires to postpone the
    conference") or a noun of an act ("wants the cancellation of the order"): that actor approves the
    course, or rejects it where the want or the act is negated. Not a want put to someone else ("wants
    you to leave": a directive), nor a wish to say or to learn ("I wish to point out", "he wanted to
    know"), nor a hedged or supposed want ("you may wish to", "I think they want to")."""
    if tok.lemma_.lower() not in ctx.cue("course_wanting_verbs") or tok.dep_ in {"amod", "acl"}:
        return []
    if tok.dep_ == "relcl" and any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in children_of(tok)):
        return []  # "a time when we want X": the want tells when, it is no stance taken
    if tok.dep_ == "ccomp" and (head_of(tok).pos_ in {"ADJ", "AUX"} or head_of(tok).lemma_ == "be"):
        return []  # "it is inconceivable that they want ...": a judgement's content, not stated as fact
    subj = subject_of(tok)
    if subj is None or subj.dep_ != "nsubj" or hypothetical(ctx, tok):
        return []
    actor = ctx.refers(subj, voice) or _possessor_side(ctx, subj, voice) or _wanting_body(ctx, subj, voice)
    act = _wanted_act(ctx, tok)
    if actor is None or act is None:
        return []
    stance, course = _stance_on(ctx, act)
    if course is None:
        return []
    if is_negated(tok) != (act.pos_ == "VERB" and is_negated(act)):
        stance = flip(stance)
    return [Stance(tok, stance, actor, course, decision_span(ctx.sdoc, tok, course))]


def _stance_on(ctx: Context, act: Token) -> tuple[str, Token | None]:
    """A wanted act is approved; a wanted stance ("wishes to accept the offer", "desires to reject it")
    bears on that stance's object, a wish to avoid an act ("to avoid a rupture") rejects it; a stance put
    as a noun ("to raise no objection to the plan") is left to the rules of stance nouns."""
    if act.pos_ != "VERB":
        return "approve", act
    if (stance := stance_verb_of(ctx, act)) is not None:
        return stance, decision_object(act)
    if act.lemma_.lower() in ctx.cue("avoidance_verbs"):  # "wishes to avoid a rupture": rules it out
        avoided = decision_object(act)
        acting = avoided is not None and (avoided.pos_ == "VERB" or names_an_act(ctx, avoided))
        return "reject", avoided if acting else None
    objects = (c for c in children_of(act) if c.dep_ == "dobj")
    if any(o.lemma_.lower() in ctx.cue("reject_nouns") | ctx.cue("approve_nouns") for o in objects):
        return "approve", None
    return "approve", act


def _wanted_act(ctx: Context, verb: Token) -> Token | None:
    """The infinitive of an act the subject itself is to do, or a noun object that names an act; None
    where the want has a second object (someone else is to act) or the act is one of saying, learning
    or being."""
    children = children_of(verb)
    if any(c.dep_ in {"ccomp", "dative"} for c in children):
        return None
    objects = [c for c in children if c.dep_ == "dobj"]
    acts = [c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if acts and not objects and not any(c.dep_ in _NOT_OWN_ACT for c in children_of(acts[0])):
        idle = acts[0].lemma_.lower() in _idle_acts(ctx) or _kept_informed(ctx, acts[0])
        idle = idle or _occasion_to_say(ctx, acts[0]) or _making_clear(ctx, acts[0])
        return None if idle else acts[0]
    if len(objects) == 1 and not acts and objects[0].pos_ == "NOUN" and names_an_act(ctx, objects[0]):
        asked = objects[0].lemma_.lower() in ctx.cue("message_nouns") or asks_a_word_back(
            ctx, verb, objects[0]
        )
        return None if asked else objects[0]  # "desires your views": a request for an answer
    return None


#: an infinitive with its own subject (someone else is to act) or a passive one ("to be furnished with
#: copies": a request to be given something)
_NOT_OWN_ACT = frozenset({"nsubj", "auxpass", "nsubjpass"})


def _kept_informed(ctx: Context, act: Token) -> bool:
    """ "to keep you advised", "to ascertain whether ...", "to bring the note to your attention":
    informing or inquiring, no course of policy."""
    informed = ctx.cue("informing_verbs") | ctx.cue("attention_nouns")
    return any(
        c.lemma_.lower() in informed or (c.dep_ == "mark" and c.lower_ in ctx.cue("inquiry_marks"))
        for t in children_of(act)
        for c in (t, *children_of(t))
    )


def _making_clear(ctx: Context, act: Token) -> bool:
    """ "I wish to make clear that ...", "to make it plain", "did not want to make any comments": a light
    verb with an adjective of plainness or a noun of remark says something, no course of policy."""
    said = ctx.cue("plainness_adjectives") | ctx.cue("remark_nouns") | {"comments"}
    return act.lemma_.lower() == "make" and any(c.lemma_.lower() in said for c in children_of(act))


def _occasion_to_say(ctx: Context, act: Token) -> bool:
    """ "desires to take this opportunity of pointing out that ...", "wishes to take the occasion to
    remind you of ...": an occasion taken (an opportunity noun the act governs) for an act of saying
    is the message's own discourse, no course of policy."""
    for occasion in (c for c in children_of(act) if c.dep_ == "dobj"):
        if occasion.lemma_.lower() not in ctx.cue("opportunity_nouns"):
            continue
        used = [t for t in subtree_of(occasion) if t.pos_ == "VERB" and t.dep_ in {"pcomp", "acl"}]
        if used and used[0].lemma_.lower() in _idle_acts(ctx):
            return True
    return False


def _possessor_side(ctx: Context, subj: Token, voice: Voice) -> str | None:
    """ "His Government desires ...": a subject named by nobody stands for the side of the one its
    possessive pronoun refers to."""
    poss = next((c for c in children_of(subj) if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    return ctx.refers(poss, voice) if poss is not None and subj.pos_ in {"NOUN", "PROPN"} else None


def _wanting_body(ctx: Context, subj: Token, voice: Voice) -> str | None:
    """ "It wants the insertion of a clause": a thing wants nothing, so an "it" that wants stands for
    the government or body named last."""
    return ctx.antecedent(subj, voice, plural=True) if subj.lower_ == "it" else None


def _idle_acts(ctx: Context) -> frozenset[str]:
    """Acts that are no course of policy: saying, telling, hearing, knowing, being."""
    return frozenset().union(*(ctx.cue(name) for name in _IDLE_ACT_LISTS))


_IDLE_ACT_LISTS = (
    "saying_verbs",
    "speech_verbs",
    "opinion_stating_verbs",
    "informing_verbs",
    "news_verbs",
    "cognition_verbs",
    "conversational_acts",
    "light_verbs",
    "state_verbs",
)
