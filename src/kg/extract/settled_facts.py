"""Judgements that state a fact, not a stance: what has been or will be possible, an opportunity, a duty.

"We have been unable to reach the mission", "it has not yet been possible to send agents" tell what
happened so far, no refusal of a course, and "they will not be able to conclude by the 15th"
forecasts; "Chile has an excellent opportunity to assist" and "a free
hand to settle" tell what a party may do, not what it chose; "it is his special duty to oversee"
states an obligation, no one's approval. The guards read the parse and lexicon classes only
(``capacity_predicates``, ``opportunity_nouns``, ``possession_verbs``, ``task_nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, modals_of, subject_of
from .pronouns import party, possessed_government
from .tokens import children_of, head_of
from .voices import Voice


def _perfect(verb: Token) -> bool:
    """A participle with the perfect auxiliary: "has been", "have been found", "had been"."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb))
    return verb.tag_ == "VBN" and perfect


def past_capacity(ctx: Context, pred: Token) -> bool:
    """ "Have been unable to communicate", "it has not yet been possible to send": a capacity (or its
    lack) in the perfect reports what could (not) be done so far, a fact; "is unable to grant"
    (present) still declines; "I have never been able to regard it as sound" holds an opinion."""
    if not _capacity(ctx, pred):
        return False
    thought = (c for node in (pred, head_of(pred)) for c in children_of(node) if c.dep_ == "xcomp")
    if any(c.lemma_.lower() in ctx.cue("cognition_verbs") for c in thought):
        return False
    return _perfect(pred) or _perfect(head_of(pred))


def capacity_foretold(ctx: Context, pred: Token) -> bool:
    """ "They will not be able to conclude negotiations by the 15th", "will be absolutely unable to
    maintain supplies": a capacity under "will" / "shall" forecasts what can be done, no refusal;
    "would be unable to render assistance" (the modal of a polite answer) and the speaker's own "I shall
    not be able to return" (a reply that declines) still decline."""
    if not _capacity(ctx, pred) or is_first_person(subject_of(head_of(pred)) or subject_of(pred)):
        return False
    return any(modals_of(node) & ctx.cue("future_only_modals") for node in (pred, head_of(pred)))


def capacity_become(ctx: Context, pred: Token) -> bool:
    """ "It would become impossible to enter into any obligation if ...": a capacity that becomes
    (im)possible is an outcome foreseen, no one's refusal."""
    return _capacity(ctx, pred) and head_of(pred).lemma_.lower() in ctx.cue("becoming_verbs")


def _capacity(ctx: Context, pred: Token) -> bool:
    names = ctx.cue("capacity_predicates")
    return pred.lemma_.lower() in names or pred.lower_ in names


def opportunity_had(ctx: Context, pred: Token) -> bool:
    """ "Chile has an excellent opportunity to assist", "has free hand to try", "have not had
    opportunity to go into": the chance or the freedom to act that a party has is no choice it made."""
    if pred.pos_ != "NOUN" or pred.lemma_.lower() not in ctx.cue("opportunity_nouns"):
        return False
    return pred.dep_ == "dobj" and head_of(pred).lemma_.lower() in ctx.cue("possession_verbs")


def duty_stated(ctx: Context, pred: Token) -> bool:
    """ "It is his special duty to oversee that ...": a task or duty someone has is an obligation,
    not an approval of the course it names."""
    return pred.pos_ == "NOUN" and pred.dep_ == "attr" and pred.lemma_.lower() in ctx.cue("task_nouns")


def settled_fact(ctx: Context, pred: Token) -> bool:
    """A judgement's predicate that states a fact (a past capacity, an opportunity, a duty)."""
    if past_capacity(ctx, pred) or capacity_foretold(ctx, pred) or capacity_become(ctx, pred):
        return True
    return opportunity_had(ctx, pred) or duty_stated(ctx, pred)


def unnamed_disposed(ctx: Context, pred: Token, head: Token, target: Token, voice: Voice) -> bool:
    """ "Nations are prepared to take risks only where their interests are at stake", "which nations are
    willing to take": a disposition of a bare plural (no determiner, no possessive) that no actor
    stands for is a general claim about such parties, not a stance of the writer who makes it."""
    if pred.lemma_.lower() not in ctx.cue("disposition_predicates"):
        return False
    subj = subject_of(head)
    if subj is None or subj.i == target.i or subj.tag_ != "NNS":
        return False
    if any(c.dep_ in {"det", "poss", "nummod"} for c in children_of(subj)):
        return False  # "the powers are willing", "his Governments": particular parties
    return party(ctx, subj, voice) is None and possessed_government(ctx, subj, voice) is None
