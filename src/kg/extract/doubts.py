"""Doubt on a course as a rejection (guidelines, "Options and decisions"): "we fail to see how the
proposal would help", "I do not see how we can consider blowing it all". A verb of seeing or
understanding, negated or under a verb of failing, with a "how" clause: whoever fails to see how
rejects the course of that clause; a clause that itself objects ("how anyone could have an
objection to our being present") makes the doubt an approval."""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    char_span,
    is_infinitive_to,
    is_negated,
    is_second_person,
    subject_of,
    trim_marker,
)
from .course_nouns import names_an_act
from .deciders import decider
from .decisions import Stance
from .hypotheses import asked, in_condition, negated_chain
from .judges import clause_holder
from .registry import construction
from .stance_spans import stance_clause
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "doubted_course",
    0.5,
    example="We fail to see how the proposal would help the negotiations",
    pos=("VERB",),
    lemmas=("insight_verbs",),
)
def doubted_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """Doubt on a course ("we fail to see how ...", "I do not see how we can ..."): a negated or failed
    verb of seeing with a "how" clause, the doubter's rejection of that clause's course; doubting an
    objection approves; how the addressee could act otherwise is no stance."""
    clause = doubted(ctx, tok)
    if clause is None or is_second_person(subject_of(clause)):
        return []  # "we do not see how you could take any other": the addressee's conduct judged
    if in_condition(tok) or asked(ctx, tok) or tok.i in ctx.directives:
        return []
    actor = decider(ctx, tok, voice)
    if actor is None:
        return []
    stance = "approve" if _objects(ctx, clause) else "reject"  # "how anyone could have an objection"
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, _doubter_start(tok), stance_clause(clause)[1]))
    return [Stance(tok, stance, actor, _course(ctx, clause), span)]


def _doubter_start(tok: Token) -> int:
    """The evidence starts at the doubter ("we do not see how"), not at a clause the parse joined
    before it ("The course ... is all right; we do not see how ...")."""
    top = tok
    while top.dep_ in {"xcomp", "acomp"} and head_of(top).i != top.i:  # "we fail to see", "unable to see"
        top = head_of(top)
    lead = [
        t.i
        for c in children_of(top)
        if c.dep_ in {"nsubj", "aux", "neg"} and c.i < top.i
        for t in subtree_of(c)
    ]
    return min(lead, default=top.i)


def doubted(ctx: Context, tok: Token) -> Token | None:
    """The "how" clause a failed verb of seeing ``tok`` doubts, if it is one."""
    if tok.lemma_.lower() not in ctx.cue("insight_verbs") or not _failed(ctx, tok):
        return None
    return _how_clause(ctx, tok)


def _failed(ctx: Context, tok: Token) -> bool:
    """ "do not see", "cannot see", "unable to see", "fail to see"."""
    failing = tok.dep_ == "xcomp" and head_of(tok).lemma_.lower() in ctx.cue("failing_words")
    return failing or negated_chain(tok)


def _how_clause(ctx: Context, tok: Token) -> Token | None:
    for clause in (c for c in children_of(tok) if c.dep_ == "ccomp"):
        if any(
            m.dep_ in {"advmod", "mark"} and m.lower_ in ctx.cue("manner_marks") for m in children_of(clause)
        ):
            return clause
    return None


def _objects(ctx: Context, clause: Token) -> bool:
    objecting = ctx.cue("reject_predicates") | ctx.cue("reject_nouns")
    return any(
        c.dep_ in {"dobj", "attr", "acomp"} and c.lemma_.lower() in objecting for c in children_of(clause)
    )


def _course(ctx: Context, clause: Token) -> Token:
    """The course doubted: the clause's verb, or what a verb of weighing in it weighs ("how we can
    consider blowing it all")."""
    if clause.lemma_.lower() in ctx.cue("weighing_verbs"):
        weighed = next((c for c in children_of(clause) if c.dep_ in {"xcomp", "dobj", "ccomp"}), None)
        if weighed is not None:
            return weighed
    return clause


@construction(
    "decisions",
    "no_reason",
    0.45,
    example="I see no reason to accept the Soviet proposal",
    pos=("NOUN",),
    lemmas=("justification_nouns",),
)
def no_reason(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A denied justification for a course ("I see no reason to accept X", "there is no use in trying
    X", "there can be no good reason why X should be done", "no need for a decision") rejects it: the
    one who sees or has none (the subject), else the speaker; "no reason why X should not" approves.
    A reason to believe or expect is about what is true, not a course."""
    return _denied_course(ctx, tok, voice, "justification_nouns")


@construction(
    "decisions",
    "no_intention",
    0.45,
    example="We have no intention of raising the issue",
    pos=("NOUN",),
    lemmas=("intention_nouns",),
)
def no_intention(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A denied intention ("we have no intention of raising X", "no plans to resume X", "no desire to
    embarrass X") is the holder's refusal of that course, read as a denied justification is."""
    return _denied_course(ctx, tok, voice, "intention_nouns")


def _denied_course(ctx: Context, tok: Token, voice: Voice, nouns: str) -> list[Stance]:
    """The course a noun of ``nouns`` denied by "no" (or a negated verb) is for, rejected by the
    noun's holder: the subject of "see / have", else the speaker; a course with no ground of its own
    ("the arrangement rests upon no sound basis") is rejected by whoever says so."""
    if tok.lemma_.lower() not in ctx.cue(nouns) or not _denied(ctx, tok):
        return []
    course = _justified_course(ctx, tok)
    governor = head_of(tok) if tok.dep_ in {"dobj", "attr"} else tok
    groundless = _groundless(ctx, tok) if course is None and nouns == "justification_nouns" else None
    if groundless is not None:  # "the arrangement rests upon no sound basis": the course is the subject
        governor, course = groundless
    if course is None or in_condition(governor) or asked(ctx, governor) or governor.i in ctx.directives:
        return []
    existential = any(c.dep_ == "expl" for c in children_of(governor))  # "there would be no need to ..."
    if groundless is not None or existential:
        actor = clause_holder(ctx, governor, voice) or voice.speaker
    else:
        actor = decider(ctx, governor, voice) if governor.i != tok.i else voice.speaker
    if actor is None:
        return []
    stance = "approve" if course.pos_ in {"VERB", "AUX"} and is_negated(course) else "reject"
    start, end = stance_clause(governor)
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, max(end, max(t.i for t in subtree_of(course)))))
    return [Stance(governor, stance, actor, course, span)]


def _groundless(ctx: Context, noun: Token) -> tuple[Token, Token] | None:
    """ "The arrangement itself rests upon no sound basis", "the proposal has no justification": the verb
    whose object the denied noun is, and its subject, a course, which whoever says so rejects."""
    prep = head_of(noun) if noun.dep_ == "pobj" else None
    verb = head_of(prep) if prep is not None and prep.dep_ == "prep" else head_of(noun)
    if noun.dep_ not in {"dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = subject_of(verb)
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ != "NOUN" or subj.i in ctx.actor_at:
        return None
    return (verb, subj) if names_an_act(ctx, subj) else None


def _denied(ctx: Context, noun: Token) -> bool:
    """ "no reason", or "any reason" under a negated verb ("I do not see any reason")."""
    if any(c.dep_ == "det" and c.lower_ in ctx.cue("negative_determiners") for c in children_of(noun)):
        return True
    return noun.dep_ in {"dobj", "attr"} and is_negated(head_of(noun))


def _justified_course(ctx: Context, noun: Token) -> Token | None:
    """What the reason would be for: an infinitive or a "why" clause on the noun ("reason to accept",
    "reason why we should sign"), or a gerund or a noun of an act after a preposition ("use in trying",
    "need for a decision"), the preposition hung on the verb past words between included ("sees no grounds
    at this time for representations"); never a verb of belief or saying ("no reason to believe")."""
    beliefs = ctx.cue("belief_verbs") | ctx.cue("cognition_verbs") | ctx.cue("speech_verbs")
    moved = [c for c in children_of(head_of(noun)) if c.i > noun.i] if noun.dep_ == "dobj" else []
    for child in [*children_of(noun), *(c for c in moved if c.dep_ == "prep")]:
        if child.dep_ in {"acl", "relcl"} and child.pos_ in {"VERB", "AUX"}:
            marked = any(is_infinitive_to(c) or c.tag_ == "WRB" for c in children_of(child))
            return child if marked and child.lemma_.lower() not in beliefs else None
        if child.dep_ == "prep" and child.lower_ in ctx.cue("justification_prepositions"):
            obj = next((o for o in children_of(child) if o.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and (obj.tag_ == "VBG" or (obj.pos_ == "NOUN" and names_an_act(ctx, obj))):
                return obj if obj.lemma_.lower() not in beliefs else None
    return None
