"""Decisions put as a measure denied: "no embargo has been imposed on these goods", "no further
exceptions will be granted", "no such step was taken by the Cabinet". GUIDELINES count a measure
reported as taken as a decision of whoever took it; a negative determiner on the measure that a passive
verb says is (or will be) taken states that it is not, the rejection of that measure by whoever does or
rules it (the passive's agent, the one who states it, or the speaker); an impersonal rule ("no goods
should be licensed") is an option its stater approves."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, modals_of, subject_of
from .course_nouns import names_an_act
from .deciders import decider
from .decisions import Stance, stance_verb_of
from .hypotheses import asked, in_condition
from .judges import clause_holder
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "denied_measure",
    0.45,
    example="No further exceptions will be granted",
    pos=("DET",),
    lemmas=("negative_determiners",),
)
def denied_measure(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "No" on the passive subject of a verb of doing or granting, the subject a measure (a noun of
    an act or a course, or one of the measure verbs used as a noun: "embargo"): the measure is rejected
    by the passive's agent or whoever states it. Under "should / must" it is a rule ("no goods should
    be licensed"), which GUIDELINES read as an option its stater approves. Not a thing received or
    learnt ("no reply has been received"), not a stance put as a noun ("no objection was raised": read
    by the stance nouns), not asked or supposed."""
    subject = head_of(tok)
    if tok.lower_ not in ctx.cue("negative_determiners") or tok.dep_ != "det" or subject.dep_ != "nsubjpass":
        return []
    verb, measure = head_of(subject), _head_noun(subject)
    if measure is None or not _measure_noun(ctx, measure) or not _verb_of_doing(ctx, verb):
        return []
    if asked(ctx, verb) or in_condition(verb):
        return []
    actor = _denier(ctx, verb, voice)
    if actor is None:
        return []
    if modals_of(verb) & ctx.cue("normative_modals"):  # "no goods should be licensed": a rule, approved
        return [Stance(verb, "approve", actor, verb, decision_span(ctx.sdoc, verb, verb))]
    return [Stance(verb, "reject", actor, measure, decision_span(ctx.sdoc, verb, measure))]


def _denier(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """Who does not take the measure: the passive's agent ("by the Cabinet"); else whoever reports it
    ("the Ministry states that no embargo has been imposed", also where the denial is a "while" clause
    of what is reported); else the subject above or the speaker."""
    agent = next((o for c in children_of(verb) if c.dep_ == "agent" for o in children_of(c)), None)
    if agent is not None:  # "matched by any French concessions": only an actor as agent takes a stance
        return head_actor(ctx, agent, voice) if _names_actor(ctx, agent) else None
    reported = head_of(verb) if verb.dep_ == "advcl" else verb
    return (
        _informant(ctx, reported, voice) or clause_holder(ctx, reported, voice) or decider(ctx, verb, voice)
    )


def _informant(ctx: Context, clause: Token, voice: Voice) -> str | None:
    """ "The Ministry has advised (informs us) that ...": the subject of a verb of informing whose
    complement the clause is, the one who states the denial."""
    verb = head_of(clause)
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in ctx.cue("informing_verbs"):
        return None
    subj = subject_of(verb)
    return head_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None


def _names_actor(ctx: Context, agent: Token) -> bool:
    """An agent that is itself an actor, a pronoun or a government, not a thing an actor qualifies."""
    return (
        agent.i in ctx.actor_at
        or agent.pos_ in {"PRON", "PROPN"}
        or agent.lower_ in ctx.lex.words("actors", "government_heads")
    )


def _head_noun(subject: Token) -> Token | None:
    """The noun the subject names: itself, or, where the parser took an adjective of "no formal or
    public embargo" for the head, the first noun coordinated with it."""
    if subject.pos_ == "NOUN":
        return subject
    return next((c for c in children_of(subject) if c.dep_ == "conj" and c.pos_ == "NOUN"), None)


def _measure_noun(ctx: Context, noun: Token) -> bool:
    """A noun of an act or a course ("action", "restriction", "plan"), or a measure verb used as a
    noun ("embargo", "requisition"); not a message or its answer, a question, a stance noun or an
    actor."""
    if noun.pos_ != "NOUN" or noun.i in ctx.actor_at:
        return False
    lemma = noun.lemma_.lower()
    if any(lemma in ctx.cue(name) for name in _NOT_MEASURES):
        return False
    return lemma in ctx.cue("measure_verbs") or names_an_act(ctx, noun)


def _verb_of_doing(ctx: Context, verb: Token) -> bool:
    """A passive verb that does or grants a measure: not one of receiving, learning or saying, nor a
    stance verb (read by the stance rules)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    lemma = verb.lemma_.lower()
    if any(lemma in ctx.cue(name) for name in _NOT_DOING):
        return False
    return stance_verb_of(ctx, verb) is None


_NOT_MEASURES = ("message_nouns", "answer_nouns", "question_nouns", "approve_nouns", "reject_nouns")
_NOT_DOING = (
    "receiving_verbs",
    "obtaining_verbs",
    "news_verbs",
    "cognition_verbs",
    "saying_verbs",
    "speech_verbs",
    "informing_verbs",
)
