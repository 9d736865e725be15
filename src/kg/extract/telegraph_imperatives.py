"""Imperatives of a cable whose opening verb the tagger took into the name it governs ("Advise
Ambassador when Emerson can leave", "Inform Department whether the line is open", "Keep Department
informed"): an instruction of the speaker to the addressee (``telegraph_names`` finds the verb)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .directives import Directive
from .misreads import misread_opening_verb
from .registry import construction
from .telegraph_names import telegraph_name_verb
from .voices import Voice


@construction(
    "instructions",
    "telegraph_name_imperative",
    0.7,
    example="Advise Ambassador when the Consul can leave.",
    pos=("PROPN", "NOUN"),
    deps=("compound", "ROOT"),
)
def telegraph_name_imperative(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A cable's opening verb of telling misread as a name's first word, or as a root noun with an
    actor as object, is an imperative to the addressee; the verbs ``opening_misread`` already reads
    ("Express to the Minister ...") are left to it."""
    if voice.addressee is None or not telegraph_name_verb(ctx, tok, tok.dep_):
        return None
    if tok.dep_ == "ROOT" and misread_opening_verb(ctx, tok):
        return None
    return Directive(voice.addressee)
