"""Decisions put as a position towards a course: "the Department stands firmly behind the proposal",
"we are against the plan", "the Admiralty is opposed to accepting it", "the plan is contrary to the
policy of this Government". The word that completes the predicate (a preposition or "opposed", a
closed class, ``cues.json``) carries the stance, whatever the verb."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated, subject_of
from .course_nouns import course_noun, names_an_act
from .deciders import decider, flip
from .decisions import Stance
from .hypotheses import asked, hypothetical, in_condition
from .judges import clause_holder
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "alignment",
    0.45,
    example="The Department stands firmly behind the proposal for arbitration",
    pos=("ADP", "ADV", "ADJ", "VERB"),
    lemmas=("support_prepositions", "opposition_words", "support_phrases"),
)
def alignment(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A preposition of support or opposition (behind, against, counter to, contrary to) completing
    the predicate: an actor subject takes that stance on the preposition's object, a course or a
    proposal; a course as subject "contrary / counter to" a policy or an agreement is rejected by
    whoever says so ("the proposed loan runs counter to the policy of this Government"). To vote "for" a
    course supports it, as "against" opposes it."""
    tok = _phrase_preposition(ctx, tok) or tok
    side, head = _side(ctx, tok), head_of(tok)
    if side is None or tok.dep_ not in {"prep", "advmod", "acomp"} or head.pos_ not in {"VERB", "AUX"}:
        return []
    obj, subj = _aligned_object(tok), subject_of(head) or _misread_subject(head)
    if obj is None or subj is None or subj.dep_ == "nsubjpass":
        return []
    course, actor = _course(ctx, obj), ctx.refers(subj, voice)
    if not course and (actor is None or not _act_noun(ctx, obj)):
        return []
    stance = flip(side) if is_negated(head) else side
    if actor is not None and not hypothetical(ctx, head):  # "we are against the proposal, a statement"
        return [Stance(head, stance, actor, obj, decision_span(ctx.sdoc, head, obj))]
    conflict = tok.lower_ in ctx.cue("conflict_words") and subj.pos_ in {"NOUN", "PROPN"}
    if actor is not None or not conflict or in_condition(head) or asked(ctx, head):
        return []
    judge = clause_holder(ctx, head, voice) or voice.speaker  # "the Minister said the plan was contrary to"
    return [Stance(head, stance, judge, subj, decision_span(ctx.sdoc, head, subj))] if judge else []


def _misread_subject(verb: Token) -> Token | None:
    """ "The proposed loan runs counter to ...": a subject the parser hung on the verb as a compound
    (reading "loan runs" as one noun phrase), the noun right before a verb with no subject."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.dep_ == "compound"
        and head_of(before).i == verb.i
        and before.pos_ == "NOUN"
    ):
        return before
    return None


def _side(ctx: Context, tok: Token) -> str | None:
    word = tok.lower_
    phrase = [head_of(tok).lemma_.lower(), word] in ctx.lex.cues["support_phrases"]  # "vote for"
    if (word in ctx.cue("support_prepositions") or phrase) and tok.pos_ == "ADP":
        return "approve"
    return "reject" if word in ctx.cue("opposition_words") else None


def _phrase_preposition(ctx: Context, verb: Token) -> Token | None:
    """The preposition of a verb's phrase of support ("voted for the amendment": "for")."""
    phrases = ctx.lex.cues["support_phrases"]
    preps = (c for c in children_of(verb) if c.dep_ == "prep" and c.i == verb.i + 1)
    return next((c for c in preps if [verb.lemma_.lower(), c.lower_] in phrases), None)


def _aligned_object(tok: Token) -> Token | None:
    """The object of "behind / against X", or of the "to" after "counter / contrary"."""
    for child in children_of(tok):
        if child.dep_ in {"pobj", "pcomp"}:
            return child
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((o for o in children_of(child) if o.dep_ in {"pobj", "pcomp"}), None)
    return None


def _course(ctx: Context, obj: Token) -> bool:
    """An act (a gerund) or a course noun: what a stance can bear on."""
    return obj.pos_ == "VERB" or course_noun(ctx, obj)


def _act_noun(ctx: Context, obj: Token) -> bool:
    """A noun of an act ("against signature", "against a public statement"), which an actor can be
    for or against as a course; never an actor itself ("against the Government")."""
    return obj.pos_ == "NOUN" and obj.i not in ctx.actor_at and names_an_act(ctx, obj)


@construction(
    "decisions",
    "reflexive_alignment",
    0.45,
    example="The Chilean delegation associates itself with the declaration of the Conference",
    pos=("VERB",),
    lemmas=("reflexive_alignment_verbs", "reflexive_dissent_verbs"),
)
def reflexive_alignment(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "X associates (identifies, aligns) itself with Y", "X dissociates itself from Y": a verb whose
    object is the subject itself puts the subject on the side of a course, a proposal or a declaration
    (or, dissociating, against it); "associated with" without the reflexive only relates two things."""
    lemma = tok.lemma_.lower()
    joining = lemma in ctx.cue("reflexive_alignment_verbs")
    if not joining and lemma not in ctx.cue("reflexive_dissent_verbs"):
        return []
    if not any(c.dep_ == "dobj" and c.lower_ in ctx.cue("reflexive_pronouns") for c in children_of(tok)):
        return []
    word = "with" if joining else "from"
    prep = next((c for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == word), None)
    obj = _aligned_object(prep) if prep is not None else None
    if obj is None or obj.i in ctx.actor_at or not _stance_matter(ctx, obj) or hypothetical(ctx, tok):
        return []
    actor = decider(ctx, tok, voice) if subject_of(tok) is not None else None
    if actor is None:
        return []
    side = "approve" if joining else "reject"
    stance = flip(side) if is_negated(tok) else side
    return [Stance(tok, stance, actor, obj, decision_span(ctx.sdoc, tok, obj))]


def _stance_matter(ctx: Context, obj: Token) -> bool:
    """What one can side with: a course, an act, or a view stated ("the declaration", "your views")."""
    return _course(ctx, obj) or _act_noun(ctx, obj) or obj.lemma_.lower() in ctx.cue("attitude_nouns")
