"""Decisions the neighbouring constructions leave unread.

A hyphened evaluation: "withdrawal is ill-timed", "it would be ill-advised to send
troops". The parser splits the compound into an adverb, a hyphen and a participle ("ill", "-",
"timed"): the participle is the predicate, and the evaluative word before the hyphen (the valence
lexicon, ``evaluation.json``) gives its polarity, which the participle alone ("timed") lacks."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated, subject_of
from .course_nouns import course_noun
from .deciders import flip
from .decisions import Stance
from .directives import forbids
from .evaluations import judged
from .hypotheses import asked, in_condition, question_tokens
from .judges import clause_holder
from .registry import construction
from .stance_objects import asks_a_word_back
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "hyphened_evaluation",
    0.45,
    example="I agree with the Ambassador that withdrawal is ill-timed",
    pos=("ADV", "ADJ"),
    lemmas=("evaluation:positive", "evaluation:negative"),
)
def hyphened_evaluation(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """An evaluative word joined by a hyphen to the participle or adjective it modifies, which is
    predicated of a course: the course is approved or rejected as the evaluative word is positive or
    negative, judged as any evaluation is (the judge, the course, conditions and questions)."""
    pred = _hyphened_head(tok)
    if pred is None:
        return []
    lemma, negative = frozenset({pred.lemma_.lower()}), tok.lower_ in ctx.lex.words("evaluation", "negative")
    if not negative and tok.lower_ not in ctx.lex.words("evaluation", "positive"):
        return []
    found = judged(
        ctx, pred, voice, *((frozenset(), lemma) if negative else (lemma, frozenset())), frozenset()
    )
    return found or _judged_subject(ctx, pred, "reject" if negative else "approve", voice)


def _judged_subject(ctx: Context, pred: Token, stance: str, voice: Voice) -> list[Stance]:
    """ "Withdrawal is ill-timed": a participle is read elsewhere as the subject's state ("prepared"),
    but joined to an evaluative word it judges its subject, a course noun; the judge is whoever holds
    the clause ("I agree with X that ..."), else the speaker."""
    head = head_of(pred)
    subj = subject_of(head)
    if subj is None or subj.i in ctx.actor_at or not course_noun(ctx, subj):
        return []
    if in_condition(head) or asked(ctx, head):
        return []
    judge = clause_holder(ctx, head, voice) or voice.speaker
    if judge is None:
        return []
    stance = flip(stance) if is_negated(head) else stance
    return [Stance(head, stance, judge, subj, decision_span(ctx.sdoc, head, subj))]


def _hyphened_head(tok: Token) -> Token | None:
    """The predicate "X-Y" forms: ``tok`` modifies the word right after the hyphen that follows it,
    which completes a copula ("is ill-timed") rather than modifying a noun."""
    doc, head = tok.doc, head_of(tok)
    joined = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and head.i == tok.i + 2
    return head if joined and tok.dep_ == "advmod" and head.dep_ == "acomp" else None


@construction(
    "decisions",
    "directed_proposal",
    0.55,
    example="You are authorized to renew the proposal for arbitration",
    pos=("VERB",),
    lemmas=("proposal_making_verbs",),
)
def directed_proposal(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A directive to make, repeat, renew or present a proposal or an offer is a directive to propose
    it, and so its issuer's decision on that proposal (GUIDELINES: a directive to offer or propose is
    the issuer's decision); a prohibition rejects it ("you should not renew the offer")."""
    hit = ctx.directives.get(tok.i)
    if hit is None or tok.lemma_.lower() not in ctx.cue("proposal_making_verbs"):
        return []
    target = next((c for c in children_of(tok) if c.dep_ == "dobj"), None)
    if target is None or target.lemma_.lower() not in ctx.cue("proposal_act_nouns"):
        return []
    issuer = hit.directive.issuer or voice.speaker
    if issuer is None or tok.i in question_tokens(tok.doc) or asks_a_word_back(ctx, tok, target, True):
        return []
    negative = hit.directive.negative or forbids(ctx, tok, hit.directive.governor)
    return [
        Stance(tok, "reject" if negative else "approve", issuer, target, decision_span(ctx.sdoc, tok, target))
    ]
