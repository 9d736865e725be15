"""Negation put as a phrase before the verb: "At no time would we ...", "Under no circumstances do I wish
to ...". The parser hangs the phrase on the verb as a preposition, so no "neg" child shows it."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cue
from .tokens import children_of


def fronted_negation(verb: Token) -> bool:
    """ "At no time would we ...", "Under no circumstances will we ...": a phrase before the verb whose
    object a negative determiner denies."""
    for prep in (c for c in children_of(verb) if c.dep_ == "prep" and c.i < verb.i):
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
            if any(d.dep_ == "det" and d.lower_ in cue("negative_determiners") for d in children_of(obj)):
                return True
    return False
