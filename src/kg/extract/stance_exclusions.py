"""A course ruled out with "out of the question": "a postponement of the conference was out of the
question", telegraphese "reconsideration was out of question", "it was out of the question for the
Government to withdraw". The idiom is a prepositional predicate of "be" ("out" > "of" > "question"),
which the judgement of an adjective or noun predicate ("impossible", "unacceptable") never reads; it
rules out (rejects) the subject, or the infinitive extraposed after "it". The one who rules it out is
the actor who says or holds the clause ("the Minister said that ..."); in a writer's own narration the
idiom as often judges what cannot be afforded or done ("due to the state of the finances the
appropriation is out of the question"), an assessment, so only a said or held clause is read. Denied
("not out of the question") it only leaves a course possible, and no stance is read.

Its converse, an objection seen by no one ("I saw no objection", "the Government has no objection"),
names no course either: like a bare "I agreed" it bears on the course put forward just before."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to, is_negated, subject_of
from .deciders import decider
from .decisions import Stance
from .hypotheses import hypothetical
from .judges import clause_holder
from .registry import construction
from .stance_assent import _course_put_forward as course_put_forward  # shared with a bare assent
from .stance_assent import forbidden
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "ruled_out",
    0.45,
    example="The Minister said that a postponement of the conference was out of the question",
    pos=("NOUN",),
    lemmas=("ruling_out_nouns",),
)
def ruled_out(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "X is out of (the) question": the actor who says or holds the clause rejects X; not denied,
    supposed or asked, nor the writer's own assessment."""
    copula = _idiom_copula(ctx, tok)
    if copula is None or is_negated(copula) or hypothetical(ctx, copula):
        return []
    target = _ruled_out_course(copula)
    if target is None or target.i in ctx.actor_at:
        return []
    holder = clause_holder(ctx, copula, voice)
    if holder is None:
        return []
    return [Stance(copula, "reject", holder, target, decision_span(ctx.sdoc, copula, target))]


def _idiom_copula(ctx: Context, noun: Token) -> Token | None:
    """The copula ("be", "seem") that "out of (the) question" completes, else None."""
    of = head_of(noun)
    out = head_of(of)
    if noun.lemma_.lower() not in ctx.cue("ruling_out_nouns") or noun.dep_ != "pobj" or of.lower_ != "of":
        return None
    if out.lower_ != "out" or of.dep_ != "prep" or out.i == of.i:
        return None
    copula = head_of(out)
    return copula if out.dep_ == "prep" and copula.lemma_.lower() in ctx.cue("copulas") else None


def _ruled_out_course(copula: Token) -> Token | None:
    """The subject that names a course; after a placeholder "it", the infinitive the parser hangs on the
    copula ("it was out of the question for X to withdraw")."""
    subj = subject_of(copula)
    if subj is None:
        return None
    if subj.pos_ != "PRON":
        return subj if subj.pos_ in {"NOUN", "PROPN", "VERB"} else None
    if subj.lower_ != "it":
        return None  # "that is out of the question": the course is another sentence's, not named here
    return next(
        (c for c in children_of(copula) if c.dep_ in {"advcl", "xcomp", "ccomp"} and _infinitive(c)), None
    )


def _infinitive(verb: Token) -> bool:
    return verb.pos_ in {"VERB", "AUX"} and any(is_infinitive_to(c) for c in children_of(verb))


@construction(
    "decisions",
    "objection_not_seen",
    0.45,
    example="The Minister proposed a joint inquiry. I said I saw no objection.",
    pos=("NOUN",),
    lemmas=("reject_nouns",),
)
def objection_not_seen(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """ "I saw no objection", "the Government has no objection", "he offered no objection": a noun of
    objection denied as the object of a verb of having, seeing or raising, with nothing it is to: its
    subject approves the course put forward just before (as a bare "I agreed" does); not supposed ("if
    the Department perceives no objection"), asked or directed."""
    verb = head_of(tok)
    if tok.dep_ != "dobj" or tok.lemma_.lower() not in ctx.cue("reject_nouns"):
        return []
    if verb.lemma_.lower() not in ctx.cue("objection_raising_verbs") or not _denied(ctx, tok, verb):
        return []
    if _complemented(tok, verb) or hypothetical(ctx, verb) or verb.i in ctx.directives:
        return []
    subj = subject_of(verb)
    course = course_put_forward(ctx, verb)
    actor = decider(ctx, verb, voice) if subj is not None and subj.dep_ == "nsubj" else None
    if course is None or actor is None:
        return []
    stance = "reject" if forbidden(ctx, course) else "approve"
    return [Stance(verb, stance, actor, course, decision_span(ctx.sdoc, verb, tok))]


def _denied(ctx: Context, noun: Token, verb: Token) -> bool:
    """ "no objection", "not any objection", "does not see any objection"."""
    det = any(c.dep_ == "det" and c.lower_ in ctx.cue("negative_determiners") for c in children_of(noun))
    return det or is_negated(verb)


def _complemented(noun: Token, verb: Token) -> bool:
    """What the objection is to, named on the noun or after it on the verb ("no objection to the sale",
    "saw no objection, however, to an appeal"): the stance-noun readings take those."""
    kids = [*children_of(noun), *(c for c in children_of(verb) if c.i > noun.i)]
    return any(c.dep_ in {"prep", "acl", "relcl", "ccomp", "xcomp", "advcl", "dative"} for c in kids)
