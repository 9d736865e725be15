"""Stances whose target is no course, whichever construction read them: what the stance is on decides
whether it is a decision (GUIDELINES: a stance on a course, proposal or position; an evaluation of a
fact, a report or a person is not). Heed given to a paper ("your cable has had my most earnest
attention"), an answer judged by a word of the open valence lexicon ("the reply is not responsive to the
inquiry"), a thing judged as it turned out ("your hope has not been vain"), what was done appreciated
("the role which they have played"), a word sought back ("unable to get any information", "prefers to
get your views": asking, not deciding) and a state held needed ("the world must be ripe for democracy":
no act of anyone) are no decisions. The guards read the parse and lexicon classes only
(``attention_nouns``, ``answer_nouns``, ``answered_papers``, ``option_nouns``, ``obtaining_verbs``,
``copulas``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .context import Context, modals_of, subject_of
from .courtesies import courtesy_noun
from .option_guards import is_answer
from .tokens import children_of, head_of

if TYPE_CHECKING:
    from .decisions import Stance

#: the constructions that read a predicate of evaluation: what they judge is the stance's target
_JUDGING = frozenset({"judgement", "evaluation", "evaluative_verb"})
#: the labels of a copula's or a light verb's predicate
_PREDICATES = frozenset({"dobj", "attr", "acomp"})


def no_course_target(ctx: Context, rule: str, stance: Stance) -> bool:
    """Whether what the stance is on is a paper, an answer, a thing as it turned out, a word sought, a
    state, a greeting or a paper delivered, no course to decide for or against."""
    head, target = stance.head, stance.target
    if rule in _JUDGING and (heed_given(ctx, head) or answer_judged(ctx, rule, head, target)):
        return True
    if rule == "evaluation" and judged_as_it_was(ctx, head, target):
        return True
    if rule == "evaluative_verb" and done_already(ctx, head, target):
        return True
    if courtesy_noun(ctx, target) or paper_delivered(ctx, target):
        return True  # "Please accept my congratulations", "The study should be submitted by May 1"
    return word_sought(ctx, target) or (rule == "normative_opinion" and state_normed(ctx, target))


def paper_delivered(ctx: Context, target: Token) -> bool:
    """ "The study should be submitted to the President by February 20": a paper sent or submitted is
    no course, whatever its deadline (the target is the verb or the paper)."""
    verb = head_of(target) if target.dep_ in {"dobj", "nsubjpass"} else target
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.cue("paper_sending_verbs"):
        return False
    papers = ctx.cue("study_nouns") | ctx.cue("handled_papers")
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in papers for c in children_of(verb))


def heed_given(ctx: Context, head: Token) -> bool:
    """ "Your cable has had my most earnest attention", "the proposal received careful consideration":
    attention given to a thing tells that it was read, no stance on it."""
    preds = (c for c in children_of(head) if c.dep_ in _PREDICATES and c.pos_ == "NOUN")
    return any(p.lemma_.lower() in ctx.cue("attention_nouns") for p in preds)


def answer_judged(ctx: Context, rule: str, head: Token, target: Token) -> bool:
    """ "The reply of the Government is not directly responsive to the inquiry": a word of the open
    valence lexicon on a reply or an answer as subject judges how it answered, no course; the curated
    predicates ("the note is unacceptable") still take a stance on what the paper puts forward."""
    subject = target.dep_ in {"nsubj", "nsubjpass"} and target.pos_ in {"NOUN", "PROPN"}
    if rule != "evaluation" or not subject:
        return False
    lemma = target.lemma_.lower()
    answered = lemma in ctx.cue("answered_papers")
    curated = ctx.cue("approve_predicates") | ctx.cue("reject_predicates")
    preds = [c for c in children_of(head) if c.dep_ in _PREDICATES]
    return answered and not any(p.lemma_.lower() in curated for p in preds)


def judged_as_it_was(ctx: Context, head: Token, target: Token) -> bool:
    """ "Your hope of speaking to the masses has not been vain", "the visit was fruitful": a noun judged
    in the past or the perfect, with no modal, tells how a thing turned out, no course to take; the
    curated predicates ("the amends made were adequate", "the communiqué proved acceptable") are read by
    the judgement construction, and a course noun so judged ("the plan was encouraging") is still judged."""
    if target.pos_ != "NOUN" or target.dep_ != "nsubj" or modals_of(head):
        return False
    if target.lemma_.lower() in ctx.cue("option_nouns"):  # "the plan was encouraging": a course judged
        return False
    return head.lemma_.lower() in ctx.cue("copulas") and _past(head)


def done_already(ctx: Context, head: Token, target: Token) -> bool:
    """ "We appreciate the effective role which the Government has played", "the constructive spirit in
    which they have approached the matter": a verb of evaluation on a noun that a past or perfect
    relative clause tells was done judges what was done, no course; a reply so told ("the response which
    the Government has made") or a course noun ("the proposal which they have made") is a stance on it."""
    if target.pos_ != "NOUN" or target.dep_ != "dobj" or target.head.i != head.i:
        return False
    lemma = target.lemma_.lower()
    if lemma in ctx.cue("option_nouns") or lemma in ctx.cue("plan_nouns") or is_answer(ctx, target):
        return False
    return any(c.dep_ == "relcl" and _past(c) for c in children_of(target))


def _past(verb: Token) -> bool:
    """A verb in the past ("played") or the perfect ("has played"), with no modal."""
    had = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children_of(verb))
    return not modals_of(verb) and (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and had))


def word_sought(ctx: Context, target: Token) -> bool:
    """ "I am unable to get any information as to the council", "he prefers to get your views": a verb of
    getting whose object is an answer or a word sought asks for a word back (or says none came), no
    course taken ("anxious to have President Kaunda's assessment" too); "anxious to obtain the
    satisfaction due" seeks a course."""
    getting = ctx.cue("obtaining_verbs") | ctx.cue("learning_verbs")
    wishing = ctx.cue("eagerness_predicates") | ctx.cue("request_predicates")
    if target.dep_ == "xcomp" and head_of(target).lemma_.lower() in wishing and told_passive(ctx, target):
        return True  # "anxious to be kept informed": a request for information (``eager_to_be_told``)
    if target.pos_ != "VERB" or target.lemma_.lower() not in getting:
        return False
    objects = [c for c in children_of(target) if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    return any(is_answer(ctx, o) for o in objects)


def state_normed(ctx: Context, target: Token) -> bool:
    """ "French labor believes the world must be ripe for democracy": a copula with an adjective and no
    clause of its own, its subject no party, names a state of things held needed, no act of anyone; "the
    guard should be withdrawn" (a passive) and "it should be possible to agree" (a clause) name acts."""
    if target.lemma_.lower() != "be" or any(c.dep_ == "auxpass" for c in children_of(target)):
        return False
    preds = [c for c in children_of(target) if c.dep_ == "acomp" and c.pos_ == "ADJ"]
    if not preds or any(c.dep_ in {"xcomp", "ccomp"} for p in preds for c in children_of(p)):
        return False
    subj = subject_of(target)
    return subj is not None and subj.pos_ == "NOUN" and subj.i not in ctx.actor_at


def told_passive(ctx: Context, verb: Token) -> bool:
    """ "to be informed", "to be kept informed / up to date": a passive of telling, or of keeping one
    told."""
    kids = children_of(verb)
    if not any(c.dep_ == "auxpass" for c in kids):
        return False
    if verb.lemma_.lower() in ctx.cue("informing_verbs"):
        return True
    kept = verb.lemma_.lower() == "keep"
    return kept and any(t.lower_ in ctx.cue("kept_told_words") for t in verb.subtree if t.i > verb.i)
