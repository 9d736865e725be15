"""Tests on the parse that the directive constructions share: who a wish is put to, whether a
complement clause is directed, whether a verb is an imperative."""

from __future__ import annotations

from spacy.tokens import Token

from .context import COMPLEMENTS, SUBJECTS, Context, is_first_person, is_infinitive_to, subject_of
from .voices import Voice


def request_target(ctx: Context, tok: Token, voice: Voice) -> str | None:
    """Whose answer is wished for: "the views of his Government", or the one the wish is
    to be stated to ("state to the Minister that we would welcome ...")."""
    for t in tok.subtree:
        owner = (
            t.head.head
            if t.dep_ == "pobj" and t.head.lower_ == "of"
            else t.head
            if t.dep_ == "poss"
            else None
        )
        if owner is not None and owner.dep_ == "dobj":
            actor = ctx.refers(t, voice)
            if actor and actor != voice.speaker:
                return actor
    head = tok.head
    if tok.dep_ == "ccomp" and head.lemma_.lower() in ctx.cue("speech_verbs") | ctx.cue(
        "directive_governors"
    ):
        for child in head.children:
            obj = (
                next((o for o in child.children if o.dep_ == "pobj"), None) if child.dep_ == "prep" else child
            )
            if child.dep_ in {"dative", "dobj", "prep"} and obj is not None:
                actor = ctx.refers(obj, voice)
                if actor and actor != voice.speaker:
                    return actor
    return None


def directive_complement(ctx: Context, tok: Token, voice: Voice) -> bool:
    """ "It is proper that you should invite ..." is a directive; "tell them that you will
    report ..." and "the possibility that you will ..." only report or predict."""
    head = tok.head
    lemma = head.lemma_.lower()
    if lemma == "be":
        return any(
            c.dep_ in {"acomp", "attr"} and c.lemma_.lower() in ctx.cue("directive_predicates")
            for c in head.children
        )
    if lemma in ctx.cue("directive_predicates"):
        return True
    if lemma in ctx.cue("directive_governors"):
        gsubj = subject_of(head)
        return gsubj is not None and ctx.refers(gsubj, voice) == voice.speaker
    reporting = ctx.cue("speech_verbs") | ctx.cue("belief_verbs") | ctx.cue("non_directive_verbs")
    return head.pos_ == "VERB" and lemma not in reporting


def main_or_believed(tok: Token) -> bool:
    """A main clause, or one the speaker holds: "I am convinced that we should not ..."."""
    if tok.dep_ == "ROOT":
        return True
    return tok.dep_ == "ccomp" and is_first_person(subject_of(tok.head))


def is_imperative(ctx: Context, tok: Token) -> bool:
    if tok.tag_ != "VB" or tok.dep_ not in {"ROOT", "conj"}:
        return False
    if tok.dep_ == "conj" and not is_imperative(ctx, tok.head):
        return False
    if any(c.dep_ in SUBJECTS | {"expl"} for c in tok.children):
        return False
    if any(
        c.tag_ == "MD" or is_infinitive_to(c) or (c.dep_ == "aux" and c.lower_ == "will")
        for c in tok.children
    ):
        return False
    if tok.lemma_.lower() in ctx.cue("non_imperative_verbs"):
        return False
    if not any(c.dep_ in COMPLEMENTS for c in tok.children):
        return False
    if tok.dep_ == "ROOT":
        lead = [t for t in tok.sent if t.i < tok.i and not t.is_punct]
        allowed = ctx.cue("imperative_leads")
        if any(
            t.lower_ not in allowed and t.dep_ not in {"advmod", "intj", "neg", "aux", "cc"} for t in lead
        ):
            return False
        if tok.sent[0].is_digit:
            return False
    return True
