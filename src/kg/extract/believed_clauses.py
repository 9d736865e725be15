"""Clauses the speaker holds: advice put in one ("I am convinced that we should not ...", "it seems to us
that we should accept ...") binds the addressee as advice in a main clause does."""

from __future__ import annotations

from spacy.tokens import Token

from .context import is_first_person, subject_of
from .lexicon import cue
from .tokens import children_of, head_of


def main_or_believed(tok: Token) -> bool:
    """A main clause, or one the speaker holds: "I am convinced that we should not ...", "it seems to us
    that we should accept ..."."""
    if tok.dep_ == "ROOT":
        return True
    holder = head_of(tok)
    return tok.dep_ == "ccomp" and (is_first_person(subject_of(holder)) or seems_to_speaker(holder))


def seems_to_speaker(verb: Token) -> bool:
    """ "It seems (appears) to us": a hedging copula whose "to" names the speaker holds what follows."""
    if verb.lemma_.lower() not in cue("hedging_copulas"):
        return False
    to = next((c for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "to"), None)
    speaker = cue("first_person") | cue("first_plural")
    return to is not None and any(c.dep_ == "pobj" and c.lower_ in speaker for c in children_of(to))
