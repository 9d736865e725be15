"""Counsel against a course: "I strongly urge against renegotiating the text", "he warned the
Minister against any public statement". The course after "against" under a verb of urging, advising or
warning is forbidden: a prohibition of the verb's subject to its object, or, where the speaker
counsels no one named, to the one spoken to."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_negated, is_question, subject_of
from .counsel import warned_off
from .course_nouns import names_an_act
from .directives import Directive
from .hypotheses import in_condition
from .registry import construction
from .tokens import head_of
from .told import object_actor
from .voices import Voice


@construction(
    "instructions",
    "advised_against",
    0.6,
    example="I strongly urge against renegotiating the text.",
    deps=("pcomp", "pobj"),
)
def advised_against(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A gerund, or a noun naming an act, counselled against: forbidden by the counsel's subject."""
    if not warned_off(ctx, tok) or not (tok.tag_ == "VBG" or names_an_act(ctx, tok)):
        return None
    counsel = head_of(head_of(tok))
    if is_negated(counsel) or is_question(counsel) or in_condition(counsel):
        return None
    subj = subject_of(counsel)
    issuer = head_actor(ctx, subj, voice) if subj is not None else None
    told = object_actor(ctx, counsel, voice)
    if subj is None and told == voice.addressee:
        issuer = voice.speaker  # "my duty to caution you against ...": counsel to the reader is the writer's
    if issuer is None:
        return None
    if told is None and issuer == voice.speaker:
        told = voice.addressee
    if told is None or told == issuer:
        return None
    return Directive(told, negative=True, issuer=issuer, governor=counsel)
