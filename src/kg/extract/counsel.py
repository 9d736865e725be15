"""Advice against a course: "we would advise against asking them for this information".

A gerund after "against" under a verb of advising or warning is a course counselled against: the
instruction it states is a prohibition, whatever its own verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .tokens import head_of


def warned_off(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is the gerund object of "against" that a verb of advising or warning governs."""
    against = head_of(verb)
    if verb.dep_ not in {"pcomp", "pobj"} or against.lower_ != "against" or against is verb:
        return False
    counsel = head_of(against)
    return counsel.lemma_.lower() in ctx.cue("directive_governors") | ctx.cue("warning_verbs")
