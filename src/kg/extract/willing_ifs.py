"""Requests put as the addressee's willingness: "If you will telegraph me whether it is satisfactory, I
will so inform the Minister", "If you will give me a memorandum I will bring it up". An if-clause with
"you will" (not "would") under the writer's own promise to act on it asks the addressee to act
(GUIDELINES: a polite request is an instruction; the "if" clause remains a condition of the promise).
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, is_negated, is_second_person, modals_of, subject_of
from .directives import Directive
from .registry import construction
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "instructions",
    "willing_if",
    0.5,
    example="If you will send me the figures, I will lay them before the Minister.",
    deps=("advcl",),
)
def willing_if(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "if you will V" on a main clause in which the writer will act: the addressee is asked to V."""
    if voice.addressee is None or voice.speaker is None or not is_second_person(subject_of(tok)):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "if" for c in children_of(tok)) or is_negated(tok):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in {"will", "’ll", "'ll"} for c in children_of(tok)):
        return None  # "if you would ..." under gladness is read by the polite requests
    lemma = tok.lemma_.lower()
    if lemma in ctx.cue("courtesy_verbs") or (lemma in ctx.cue("non_imperative_verbs") and lemma != "let"):
        return None  # "if you will allow me to say", "if you will realize ..."; "let me know" asks
    return Directive(voice.addressee) if _writer_will_act(ctx, head_of(tok)) else None


def _writer_will_act(ctx: Context, main: Token) -> bool:
    """The clause the if-clause is on: the writer's side as subject, with "will" or "shall" ("I will so
    inform him"), not a concession offered in exchange ("we will give you X if you will cede Y": the
    addressee is the object of the writer's own act: "I will concede you this if you will ...")."""
    subj = subject_of(main)
    if subj is None or not is_first_person(subj) or not modals_of(main) & {"will", "shall"}:
        return False
    return not any(c.dep_ in {"dative", "iobj", "dobj"} and is_second_person(c) for c in children_of(main))
