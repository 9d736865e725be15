"""Courses judged necessary with no one named to act: "It is essential to keep the channel open", "we
feel it necessary to hold the request in abeyance". An impersonal necessity is the judge's approval of
the course (the guidelines' "impersonal rule with no one directed"); "for you to ..." names who is to
act and is an instruction (``necessities``), and "it is important to note that ..." judges no course
but a remark to the reader."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to
from .course_nouns import names_an_act
from .decisions import Stance
from .evaluations import judged
from .registry import construction
from .settled_facts import gain_obtained
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "needed_infinitive",
    0.5,
    example="It is essential to keep the channel open",
    pos=("ADJ",),
    lemmas=("necessity_predicates",),
)
def needed_infinitive(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A predicate of necessity judging a bare to-infinitive approves it, read as the curated predicates
    of judgement are (who judges, conditions, forecasts); a need denied vetoes nothing."""
    if tok.lemma_.lower() not in ctx.cue("necessity_predicates"):
        return []
    found = judged(ctx, tok, voice, ctx.cue("necessity_predicates"), frozenset(), frozenset())
    return [s for s in found if s.stance == "approve" and _bare_course(ctx, s.target)]  # "not needed": none


@construction(
    "decisions",
    "needed_act",
    0.5,
    example="Close consultations with our friends are essential",
    pos=("ADJ",),
    lemmas=("need_predicates",),
)
def needed_act(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """The same judgement of a subject that names an act ("Close consultations are essential", "the
    withdrawal of the troops is indispensable"): its judge approves the act; a topic is no act ("the
    question was essential"), and what is important is not thereby needed ("the question was important")."""
    if tok.lemma_.lower() not in ctx.cue("need_predicates") or tok.dep_ != "acomp":
        return []
    found = judged(ctx, tok, voice, ctx.cue("need_predicates"), frozenset(), frozenset())
    return [s for s in found if s.stance == "approve" and _subject_act(ctx, s.target, head_of(tok))]


def _subject_act(ctx: Context, noun: Token, copula: Token) -> bool:
    """The copula's own noun subject, an act and not a topic ("the question was essential")."""
    if noun.dep_ != "nsubj" or head_of(noun).i != copula.i or noun.pos_ != "NOUN":
        return False
    return names_an_act(ctx, noun) and noun.lemma_.lower() not in ctx.cue("topic_nouns")


def _bare_course(ctx: Context, verb: Token) -> bool:
    """A to-infinitive with no subject of its own ("for you to see him" names who acts) and not a verb of
    remarking or reasoning ("to note that ...", "to conclude", "to keep in mind"), nor of keeping oneself,
    nor one about gains got (an outcome, as ``settled_facts`` reads it)."""
    if verb.pos_ != "VERB" or not any(is_infinitive_to(c) for c in children_of(verb)):
        return False
    if any(c.dep_ in {"nsubj", "mark", "auxpass"} for c in children_of(verb)):
        return False  # "for you to see him", "necessary to be held by the army": no course of the judge's
    remarks = ctx.cue("reader_verbs") | ctx.cue("non_directive_verbs") | ctx.cue("inference_verbs")
    if verb.lemma_.lower() in remarks:
        return False
    kept_in_mind = (t.lower_ == "mind" and head_of(t).lower_ == "in" for t in subtree_of(verb))
    if any(kept_in_mind) or any(gain_obtained(ctx, t) for t in subtree_of(verb)):
        return False  # "to keep this perspective in mind"; "to prevent states obtaining advantages": outcomes
    return not any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in children_of(verb))
