"""Decisions put as what a course would bring about: "Both of these proposed improvements would further
aggravate the situation", "This would disrupt the pace we are attempting to maintain", "the
announcement would have a happy influence". A course (a proposal noun, a nominalized act, a gerund or
an infinitive) as the subject of a hypothetical "would" whose verb, or the object or complement of
"have / be", has a valence in the evaluation lexicon is judged by whoever says so: approved for good
consequences, rejected for bad ones. A prediction with "will" ("The plan will meet strong objection")
foretells the course's fate and is no stance."""

from __future__ import annotations

from spacy.tokens import Token

from ..documents import Span
from .context import Context, char_span, clause_span, is_negated, modals_of, subject_of, trim_marker
from .course_nouns import course_noun
from .deciders import flip
from .decisions import Stance
from .hypotheses import asked, in_condition, in_time_clause
from .judges import clause_holder
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of, head_of, subtree_of
from .voices import Voice


@construction(
    "decisions",
    "consequence",
    0.4,
    example="Both of these proposed improvements would further aggravate the situation",
    pos=("VERB", "AUX"),
)
def consequence(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A course that would bring about something good or bad (the verb, or the noun or adjective that
    "have / be" takes, of the valence lexicon), or has it now ("This has obvious advantages"), is
    approved or rejected by whoever says so; negation turns the stance round ("would not harm")."""
    if tok.i in ctx.directives or not (modals_of(tok) & ctx.cue("conditional_modals") or _holds_now(tok)):
        return []
    if in_condition(tok) or in_time_clause(tok) or asked(ctx, tok):
        return []
    clause = head_of(tok) if tok.dep_ == "conj" else tok
    if clause.dep_ == "relcl" or _compared(ctx, tok):  # "a way that would not give offence"
        return []
    course = _course_subject(ctx, tok)
    valence = _valence(ctx, tok)
    if course is None or valence is None:
        return []
    judge = clause_holder(ctx, tok, voice) or voice.speaker
    stance = flip(valence) if is_negated(tok) else valence
    span = _shared_subject_span(ctx, tok) if _holds_now(tok) else decision_span(ctx.sdoc, tok, course)
    return [Stance(tok, stance, judge, course, span)] if judge else []


def _shared_subject_span(ctx: Context, verb: Token) -> Span:
    """ "This has obvious advantages and avoids possible problems": what the course brings, with the
    verbs coordinated on its subject, is one judgement."""
    start, end = clause_span(verb, drop_conj=False)
    return trim_marker(ctx.sdoc, char_span(ctx.sdoc, start, end))


def _holds_now(verb: Token) -> bool:
    """ "This has obvious advantages": a present "have" with no modal says what the course brings
    as a fact of the course, not a prediction of its fate."""
    return verb.lemma_.lower() == "have" and verb.tag_ in {"VBZ", "VBP"} and not modals_of(verb)


def _compared(ctx: Context, verb: Token) -> bool:
    """ "would be more easily achievable without it": a comparison describes the course, judges none."""
    words = [c for c in children_of(verb) if c.dep_ in {"acomp", "attr", "advmod"}]
    degree = [t for w in words for t in subtree_of(w) if t.i < verb.i + 8]
    return any(t.tag_ in {"JJR", "RBR"} or t.lower_ in ctx.cue("comparison_marks") for t in degree)


def _course_subject(ctx: Context, verb: Token) -> Token | None:
    """The subject of ``verb`` when it names a course: an infinitive or gerund clause, a noun of
    proposal or of an act ("these proposed improvements", "the announcement"), or "this / that"
    standing for a course named before; never an actor or a person."""
    subj = subject_of(verb)
    if subj is None or subj.dep_ == "nsubjpass" or any(t.i in ctx.actor_at for t in subtree_of(subj)):
        return None
    if subj.dep_ == "csubj" or subj.tag_ == "VBG":
        return subj
    head = _partitive_head(subj)
    if head.pos_ == "PRON":
        return head if head.lower_ in ctx.cue("demonstratives") else None
    if head.pos_ != "NOUN":
        return None
    acted = head.lemma_.lower().endswith(tuple(ctx.cue("action_suffixes")))
    return head if course_noun(ctx, head) or acted or _proposed(ctx, head) else None


def _partitive_head(subj: Token) -> Token:
    """ "Both of these proposed improvements": the noun after "of" a quantifier stands for."""
    if subj.pos_ in {"DET", "PRON", "NUM"}:
        of = next((c for c in children_of(subj) if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((o for o in children_of(of) if o.dep_ == "pobj"), None) if of is not None else None
        return obj if obj is not None else subj
    return subj


def _proposed(ctx: Context, noun: Token) -> bool:
    """ "the proposed improvements": a noun a participle of proposing modifies is put forward as a course."""
    return any(c.dep_ == "amod" and c.lemma_.lower() in ctx.cue("proposing_verbs") for c in children_of(noun))


def _valence(ctx: Context, verb: Token) -> str | None:
    """ "approve" or "reject" for the verb's own valence ("aggravate", "help", and the verbs of effect
    only the second lexicon rates: "disrupt", "impede"), else for what "have / be" takes ("have a happy
    influence", "be a grave mistake"): the complement's head or its modifier."""
    positive, negative = ctx.lex.words("evaluation", "positive"), ctx.lex.words("evaluation", "negative")
    words = [verb]
    light = verb.lemma_.lower() in ctx.cue("copulas") | ctx.cue("light_verbs")
    if light:
        complements = [c for c in children_of(verb) if c.dep_ in {"dobj", "attr", "acomp"}]
        words = [w for c in complements for w in (c, *(m for m in children_of(c) if m.dep_ == "amod"))]
    lemmas = {w.lemma_.lower() for w in words}
    if not light and lemmas & ctx.lex.words("evaluation", "effect_negative"):
        return "reject"
    if not light and lemmas & ctx.lex.words("evaluation", "effect_positive"):
        return "approve"
    if lemmas & negative:
        return "reject"
    return "approve" if lemmas & positive else None
