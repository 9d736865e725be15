"""Advice: against a course ("we would advise against asking them for this information"), and the
speaker's opinion that the one spoken to should act.

A gerund after "against" under a verb of advising or warning is a course counselled against: the
instruction it states is a prohibition, whatever its own verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, is_second_person
from .tokens import children_of, head_of
from .voices import Voice


def warned_off(ctx: Context, verb: Token) -> bool:
    """Whether ``verb`` is the gerund object of "against" that a verb of advising or warning governs."""
    against = head_of(verb)
    if verb.dep_ not in {"pcomp", "pobj"} or against.lower_ != "against" or against is verb:
        return False
    counsel = head_of(against)
    return counsel.lemma_.lower() in ctx.cue("directive_governors") | ctx.cue("warning_verbs")


def speakers_advice(ctx: Context, holder: Token | None, told: Token | None, voice: Voice) -> bool:
    """An opinion that someone should act is the speaker's advice to the one spoken to where "I" or
    "we", the speaker by name or "this mission / embassy" hold it, and "you" or the one spoken to by
    name is to act ("This mission believes the Department should underscore ...")."""
    if holder is None or told is None:
        return False
    this = any(c.dep_ == "det" and c.lower_ == "this" for c in children_of(holder))
    own = this and holder.lower_ in ctx.lex.actors["mission_words"]
    if not (is_first_person(holder) or own or ctx.refers(holder, voice) == voice.speaker):
        return False
    return is_second_person(told) or ctx.refers(told, voice) == voice.addressee
