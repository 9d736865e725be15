"""Facts of reported speech read off the parse: who a reported pronoun stands for, where a reported
stance starts, whether a verb tells something as done rather than directs it."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cue
from .tokens import children_of, head_of, subtree_of


def reported_subject(pronoun: Token) -> Token | None:
    """The reporter's subject in "X stated that he/they would not ...", where the pronoun stands for X."""
    third = cue("third_singular") | cue("third_plural")
    clause = head_of(pronoun)
    if pronoun.lower_ not in third or pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return None
    if head_of(clause).lemma_.lower() not in cue("speech_verbs"):
        return None
    subj = next((c for c in children_of(head_of(clause)) if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.lower_ not in third else None


def reported_start(clause: Token, start: int) -> int:
    """A stance reported of a pronoun ("X stated that he would not agree") spans from the reporter X."""
    subj = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
    reporter = reported_subject(subj) if subj is not None else None
    return min(t.i for t in subtree_of(reporter)) if reporter is not None else start


def told_as_done(tok: Token) -> bool:
    """Past ("decreed", "was suspended") or perfect ("has been suspended"): told as done."""
    auxes = [c for c in children_of(tok) if c.dep_ in {"aux", "auxpass"}]
    if tok.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return True
    return tok.tag_ == "VBN" and any(a.lemma_.lower() == "have" and a.tag_ in {"VBZ", "VBP"} for a in auxes)
