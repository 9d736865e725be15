"""Directives put as a state the addressee is to be in, or as the addressee's task: "Be sure to emphasize
that the offer is final", "You should be prepared to tell him that we will proceed alone", "Be careful
not to give Thieu the impression that ...", "Your instructions are to avoid any commitment". The
adjective of readiness or care, or the copula after a noun of task, carries the to-infinitive, which is
the act directed; its negation forbids it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to, is_negated, is_second_person, modals_of, subject_of
from .directives import Directive
from .registry import construction
from .tokens import children_of, head_of, sentence
from .voices import Voice


@construction(
    "instructions",
    "readiness_directive",
    0.65,
    example="Be sure to emphasize that the offer is final.",
    deps=("xcomp",),
)
def readiness_directive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The to-infinitive of an adjective of readiness or care ("sure", "prepared", "careful") on "be"
    that is an imperative ("Be sure to ...") or has the addressee as subject with a modal of obligation
    or command ("you should be prepared to ..."): the act directed; "careful not to" forbids it."""
    adjective = head_of(tok)
    if voice.addressee is None or adjective.lemma_.lower() not in ctx.cue("readiness_adjectives"):
        return None
    copula = head_of(adjective)
    if (
        adjective.dep_ != "acomp"
        or copula.lemma_.lower() != "be"
        or not any(is_infinitive_to(c) for c in children_of(tok))
    ):
        return None
    if not (_bare_imperative(copula) or _addressee_bound(ctx, copula)):
        return None
    return Directive(voice.addressee, negative=is_negated(tok), governor=copula)


def _bare_imperative(copula: Token) -> bool:
    """ "Be sure to ...": a bare "be" with no subject or auxiliary, opening its sentence."""
    if copula.tag_ != "VB" or any(c.dep_ in {"nsubj", "aux", "expl"} for c in children_of(copula)):
        return False
    first = next((t for t in sentence(copula) if not (t.is_punct or t.is_space)), None)
    return first is not None and first.i == copula.i


def _addressee_bound(ctx: Context, copula: Token) -> bool:
    """ "You should (must, will) be prepared to ...": the addressee under a modal of obligation or
    command."""
    modals = ctx.cue("directive_modals") - ctx.cue("hedge_modals")
    return is_second_person(subject_of(copula)) and bool(modals_of(copula) & modals)


@construction(
    "instructions",
    "addressee_task",
    0.65,
    example="Your instructions are to avoid any commitment on the timing.",
    deps=("xcomp",),
)
def addressee_task(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The to-infinitive that "be" says the addressee's task or instructions are ("Your instructions
    are to avoid ...", "Your task will be to persuade Thieu ..."): the act directed. A plan of the
    speaker's side ("Our strategy is to ...") is a course, read by the options."""
    copula = head_of(tok)
    if voice.addressee is None or copula.lemma_.lower() != "be" or is_negated(copula):
        return None
    subj = subject_of(copula)
    if subj is None or subj.lemma_.lower() not in ctx.cue("task_nouns"):
        return None
    if not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    owned = any(c.dep_ == "poss" and is_second_person(c) for c in children_of(subj))
    return Directive(voice.addressee, governor=copula) if owned else None
