"""Decisions stated as what is to be: a plan put as a noun ("Our strategy is to force further
movement") and an existence ruled out ("There is to be no additional pressure on Yahya", "the
President desires that there be no private meetings")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    char_span,
    clause_span,
    head_actor,
    is_infinitive_to,
    is_negated,
    modals_of,
    subject_of,
    trim_marker,
)
from .deciders import decider, flip
from .decisions import Stance
from .directives import Directive
from .hypotheses import asked, in_condition
from .judges import clause_holder
from .lexicon import cue
from .registry import construction
from .stance_nouns import noun_owner
from .stance_spans import stance_clause
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "stated_plan",
    0.5,
    example="Our strategy at this point is to force further movement in Hanoi's position",
    pos=("AUX", "VERB"),
    lemmas=("copulas",),
)
def stated_plan(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A noun of plan or intention (strategy, plan, purpose, policy ...) as the subject of "is to X":
    its owner (the possessor or "of X") approves X, or rejects it where "is" is negated ("our policy
    is not to intervene"); every step coordinated with X is the one plan. A plan noun nobody owns
    ("the purpose is to make the record clear") is the aim of something said before, not a course."""
    if tok.lemma_ != "be":
        return []
    plan = next((c for c in children_of(tok) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    course = next(
        (
            c
            for c in children_of(tok)
            if c.dep_ in {"xcomp", "ccomp"} and any(map(is_infinitive_to, children_of(c)))
        ),
        None,
    )
    if plan is None or course is None or plan.lemma_.lower() not in ctx.cue("plan_nouns"):
        return []
    if in_condition(tok) or asked(ctx, tok) or _aim_not_course(ctx, plan, course):
        return []
    actor = noun_owner(ctx, plan, voice)
    if actor is None:
        return []
    stance = "reject" if is_negated(tok) or is_negated(course) else "approve"
    start, end = clause_span(tok)
    end = max(end, _steps_end(tok))
    return [Stance(tok, stance, actor, course, trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, end)))]


def _aim_not_course(ctx: Context, plan: Token, course: Token) -> bool:
    """ "Our first object is to secure certain principles": an aim to attain something names an end,
    not a course anyone can choose; "his purpose in withdrawing the request was to gain time" tells why
    an act was done (the plan noun is that act's purpose), no plan stated."""
    if course.lemma_.lower() in ctx.cue("attaining_verbs"):
        return True
    return any(
        c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in children_of(c))
        for c in children_of(plan)
    )


def _steps_end(verb: Token) -> int:
    """ "our thinking is to table a package, say that ..., and indicate that ...": the next steps, bare
    verbs with no subject after a comma, which the parser made the head of the plan's clause; where
    they end."""
    head = head_of(verb)
    if verb.dep_ != "ccomp" or head.i < verb.i or head.tag_ not in {"VB", "VBP"} or subject_of(head):
        return verb.i
    return max(t.i for t in subtree_of(head)) if verb.doc[head.i - 1].text == "," else verb.i


@construction(
    "decisions",
    "ruled_out_existence",
    0.5,
    example="There is to be no additional pressure on Yahya",
    pos=("AUX", "VERB"),
    lemmas=("copulas",),
)
def ruled_out_existence(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """An existential "there be no X" that is prescribed, not predicted: "there is to be no X", "there
    should (must) be no X", or a subjunctive under a verb of volition ("desires that there be no X"):
    whoever prescribes it (the volition verb's subject, else the speaker) rejects X."""
    denied = _denied(tok)
    if denied is None or not _existential(tok) or in_condition(tok) or asked(ctx, tok):
        return []
    if _doer(ctx, denied, voice) not in {None, voice.speaker}:
        return []  # "there should be no speculation on your part": forbidden to the one named
    governor = head_of(tok) if tok.dep_ == "ccomp" and tok.lower_ == "be" else None  # a subjunctive "be"
    if governor is not None and governor.lemma_.lower() in ctx.cue("volition_verbs") | ctx.cue(
        "directive_governors"
    ):
        actor = decider(ctx, governor, voice)
        start = min(t.i for t in subtree_of(governor) if t.i <= governor.i)
    elif _prescribed(ctx, tok):
        top = head_of(tok) if tok.dep_ == "xcomp" else tok  # "There is to be": from "There"
        actor, start = voice.speaker, stance_clause(top)[0]
    else:
        return []
    if actor is None:
        return []
    end = max(t.i for t in subtree_of(denied))
    return [Stance(tok, "reject", actor, denied, trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, end)))]


@construction(
    "instructions",
    "forbidden_existence",
    0.5,
    example="There should be no further speculation on your part.",
    pos=("AUX", "VERB"),
    lemmas=("copulas",),
)
def forbidden_existence(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The same prescribed "there be no X" with the one who is not to do X named ("on your part", "on the
    part of the Embassy", "by you"): an actor named as the one to act makes it a prohibition to that
    actor (GUIDELINES: an impersonal rule is an option and a decision; a rule for a named actor is an
    instruction)."""
    denied = _denied(tok)
    if denied is None or not _existential(tok) or in_condition(tok) or not _prescribed(ctx, tok):
        return None
    doer = _doer(ctx, denied, voice)
    governor = head_of(tok) if tok.dep_ == "xcomp" else None  # "There is to be": from "There"
    return Directive(doer, negative=True, governor=governor) if doer not in {None, voice.speaker} else None


def _denied(tok: Token) -> Token | None:
    """The noun "there be" denies with "no" ("no additional pressure")."""
    if tok.lemma_ != "be":
        return None
    negative = cue("negative_determiners")
    return next(
        (
            c
            for c in children_of(tok)
            if c.dep_ in {"attr", "nsubj"}
            and c.pos_ in {"NOUN", "PROPN"}
            and any(d.dep_ == "det" and d.lower_ in negative for d in children_of(c))
        ),
        None,
    )


def _doer(ctx: Context, act: Token, voice: Voice) -> str | None:
    """Who an act noun names as its doer: "on your part", "on the part of the Embassy", "by you"."""
    for prep in (c for c in children_of(act) if c.dep_ == "prep" and c.lower_ in {"on", "by"}):
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
            if prep.lower_ == "by":
                return head_actor(ctx, obj, voice)
            if obj.lower_ != "part":
                continue
            owner = next((c for c in children_of(obj) if c.dep_ == "poss"), None)
            of = (o for c in children_of(obj) if c.lower_ == "of" for o in children_of(c) if o.dep_ == "pobj")
            named = owner if owner is not None else next(of, None)
            return head_actor(ctx, named, voice) if named is not None else None
    return None


def _existential(tok: Token) -> bool:
    """ "there be", or "there is to be" (the "there" on the "is" the infinitive completes)."""
    if any(c.dep_ == "expl" for c in children_of(tok)):
        return True
    completed = head_of(tok) if tok.dep_ == "xcomp" and head_of(tok).lemma_ == "be" else None
    return completed is not None and any(c.dep_ == "expl" for c in children_of(completed))


def _prescribed(ctx: Context, tok: Token) -> bool:
    """ "is to be", "should be", "must be": an obligation; "will be" and "can be" predict or allow."""
    if tok.dep_ == "xcomp" and any(map(is_infinitive_to, children_of(tok))):
        return not (modals_of(head_of(tok)) & ctx.cue("future_only_modals"))
    return bool(modals_of(tok) & ctx.cue("normative_modals"))


@construction(
    "decisions",
    "best_course",
    0.45,
    example="The best course would be to postpone the meeting",
    pos=("AUX", "VERB"),
)
def best_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A course named as the complement of a judged way of acting ("the best course would be to X",
    "the most important thing is the resumption of talks", "the worst step would be X"): whoever says
    so (the holder of the clause, else the speaker) approves X for a good word, rejects it for a bad
    one; negation turns it round ("the best course is not to reply")."""
    if tok.lemma_ != "be":
        return []
    way = next((c for c in children_of(tok) if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    if way is None or way.lemma_.lower() not in ctx.cue("course_heads"):
        return []
    valence = next(filter(None, (_judging_word(ctx, c) for c in children_of(way) if c.dep_ == "amod")), None)
    course = next((c for c in children_of(tok) if c.dep_ in {"xcomp", "attr"} and c.i > tok.i), None)
    if valence is None or course is None:
        return []
    if course.pos_ == "VERB" and not any(map(is_infinitive_to, children_of(course))):
        return []  # "the best course was agreed": no course named
    if in_condition(tok) or asked(ctx, tok) or tok.i in ctx.directives:
        return []
    actor = clause_holder(ctx, tok, voice) or voice.speaker
    if actor is None:
        return []
    stance = valence if not (is_negated(tok) or is_negated(course)) else flip(valence)
    start, end = stance_clause(tok)
    return [Stance(tok, stance, actor, course, trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, end)))]


def _judging_word(ctx: Context, adj: Token) -> str | None:
    """ "approve" for a word of advice or a good word ("best", "wisest", "most important"), "reject"
    for a bad one ("worst", "dangerous")."""
    lemmas = {adj.lemma_.lower(), adj.lower_}
    good = ctx.cue("advice_predicates") | ctx.cue("approve_predicates") | ctx.cue("directive_predicates")
    if lemmas & (ctx.cue("reject_predicates") | ctx.lex.words("evaluation", "negative")):
        return "reject"
    return "approve" if lemmas & (good | ctx.lex.words("evaluation", "positive")) else None


@construction(
    "decisions",
    "contemplated_course",
    0.45,
    example="The use of native troops in the occupation of the city is not contemplated",
    pos=("VERB",),
    lemmas=("contemplation_verbs",),
)
def contemplated_course(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A course as the subject of a passive verb of intention ("the withdrawal of the troops is
    contemplated", "a loan is not planned"): whoever contemplates it (the agent, else who states it)
    approves it, or rules it out where negated; "is intended to X" gives a purpose, and a course
    referred to ("the measures contemplated by X") or supposed states no plan."""
    if tok.lemma_.lower() not in ctx.cue("contemplation_verbs") or tok.dep_ in {"acl", "relcl", "amod"}:
        return []
    subj = next((c for c in children_of(tok) if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.i in ctx.actor_at:
        return []
    if any(c.dep_ in {"xcomp", "ccomp"} for c in children_of(tok)) or modals_of(tok) - {"to"}:
        return []
    if in_condition(tok) or asked(ctx, tok) or tok.i in ctx.directives:
        return []
    actor = decider(ctx, tok, voice)
    if actor is None:
        return []
    none = any(c.dep_ == "det" and c.lower_ in cue("negative_determiners") for c in children_of(subj))
    stance = flip("approve") if is_negated(tok) != none else "approve"  # "no change is contemplated"
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, *stance_clause(tok)))
    return [Stance(tok, stance, actor, subj, span)]
