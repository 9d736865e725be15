"""How a message is to be handled, put as the writer's hope: "I hope this message will be held very
closely", "I trust it will be shared only with the Secretary". A hope, trust or expectation of the
speaker that the message (named, or "it" / "this") will be kept, shown, passed or held in some way
asks the one spoken to, who holds it, to handle it so; "I hope the matter will be settled" hopes for
an outcome and asks no one."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, subject_of
from .directives import Directive
from .registry import construction
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "instructions",
    "handled_message",
    0.55,
    example="I hope that this message will be held very closely.",
    deps=("ccomp", "conj"),
    lemmas=("message_handling_verbs",),
)
def handled_message(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A passive verb of handling with the message as subject, in the clause of the speaker's hope."""
    if voice.addressee is None or tok.lemma_.lower() not in ctx.cue("message_handling_verbs"):
        return None
    clause = head_of(tok) if tok.dep_ == "conj" else tok  # "... and not be passed to the NSC Staff"
    subj = subject_of(clause)
    if subj is None or subj.dep_ != "nsubjpass" or not _the_message(ctx, subj):
        return None
    hope = head_of(clause)
    hoped = clause.dep_ == "ccomp" and hope.lemma_.lower() in ctx.cue("hope_words")
    if not hoped or not is_first_person(subject_of(hope)):
        return None
    return Directive(voice.addressee, governor=hope)


def _the_message(ctx: Context, subj: Token) -> bool:
    """The message itself: a message word, or "it" / "this" standing for it."""
    if subj.lower_ in ctx.cue("message_pronouns"):
        return True
    owned = any(c.dep_ == "poss" for c in children_of(subj))  # "his message": another's
    return subj.lemma_.lower() in ctx.cue("message_words") and not owned
