"""The forms of a question put to the reader that ask him to decide what the writer's side is to do."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .tokens import children_of, sentence


def open_question_of_ours(ctx: Context, verb: Token, subj: Token) -> bool:
    """ "Do we seek ...?", "Should we ...?", "Are we correct in assuming ...?", "Shall I proceed ...?": a
    yes-no question with "we" after its auxiliary or copula, or "I" after "shall" or "should", no
    question word before the verb ("What do we gain?" is rhetorical more often than not) unless the writer
    asks what he is to say ("What can I tell him?")."""
    before = [c for c in children_of(verb) if c.dep_ == "aux" and c.i < subj.i]
    inverted = bool(before) or (verb.i < subj.i and verb.lemma_.lower() == "be")
    asked = any(t.tag_ in {"WDT", "WP", "WRB"} for t in sentence(verb) if t.i < verb.i)
    if not inverted:
        return False
    if asked:  # "What can I tell him?", "How shall I reply?": the writer asks what to say
        speech = verb.lemma_.lower() in ctx.cue("speech_verbs")
        return subj.lower_ == "i" and speech and any(c.lower_ in ctx.cue("asking_modals") for c in before)
    directed = subj.lower_ == "i" and any(c.lower_ in ctx.cue("direction_modals") for c in before)
    return subj.lower_ in ctx.cue("first_plural") or directed
