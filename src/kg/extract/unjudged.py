"""Evaluative words that judge no course: a prediction of a stance or of a course's fate ("the plan will
meet strong objection"), a wish to be told ("I should be glad to receive a confirmation", "it would be
helpful to know their attitude", "will be happy to receive him": a request for word or a courtesy,
which the instruction rules read), and a degree put as sufficiency ("you were good enough to send",
"strong enough to resist": a courtesy or a capacity, no approval of the act)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, modals_of, subject_of
from .lexicon import cue
from .tokens import children_of, head_of


def is_subject(tok: Token, verb: Token) -> bool:
    subj = subject_of(verb)
    return subj is not None and subj.i == tok.i


def predicted(ctx: Context, head: Token, target: Token) -> bool:
    """ "The plan will meet strong objection", "the provisions shall be effective", "we believe the
    latter would be glad to accept": a prediction of a stance or of a course's fate, not a stance."""
    modals = modals_of(head)
    if modals & cue("future_only_modals") and (
        head.lemma_.lower() not in cue("copulas") or is_subject(target, head)
    ):
        return True
    subj = subject_of(head)
    believed = head.dep_ == "ccomp" and head_of(head).lemma_.lower() in ctx.cue("belief_verbs")
    return (
        believed
        and bool(modals & ctx.cue("predictive_modals"))
        and subj is not None
        and subj.i in ctx.actor_at
    )


def sought_word(ctx: Context, head: Token, target: Token) -> bool:
    """ "Should be glad to learn", "would find it helpful to know the real attitude", "shall be pleased to
    receive a confirmation", "will be happy to receive him": a gladness to come whose course is the
    judge's own learning, hearing or receiving, a request for word or a courtesy, no stance on a course
    (the gold takes none); "I am glad to learn that they accepted" welcomes what is told, and is left to
    the judgement, and "it would be fair that the powers should know" judges another's course."""
    if target.pos_ not in {"VERB", "AUX"} or target.lemma_.lower() not in ctx.cue("news_learning_verbs"):
        return False
    return bool(modals_of(head) & ctx.cue("wishing_modals")) and subject_of(target) is None


def sufficiency(pred: Token) -> bool:
    """ "Good enough to communicate", "strong enough to resist": "enough" with an infinitive measures a
    quality against an act (a courtesy, a capacity), no judgement of the act as a course."""
    return any(c.lower_ == "enough" and c.dep_ == "advmod" for c in children_of(pred))


def idle_judgement(ctx: Context, pred: Token, head: Token, target: Token) -> bool:
    """An evaluative predicate that judges no course (see the module's docstring)."""
    return sufficiency(pred) or sought_word(ctx, head, target)
