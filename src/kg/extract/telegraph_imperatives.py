"""Imperatives of a cable whose opening verb the tagger took into the name it governs ("Advise
Ambassador when Emerson can leave", "Inform Department whether the line is open", "Keep Department
informed"): an instruction of the speaker to the addressee (``telegraph_names`` finds the verb). And a
cable's "It is important that you ..." cut to its adjective: "Important you send successor immediately"."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated, is_second_person, subject_of
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


@construction(
    "instructions",
    "telegraphic_necessity",
    0.65,
    example="Important you send judicious successor immediately.",
    pos=("VERB",),
    deps=("ROOT",),
)
def telegraphic_necessity(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A predicate of necessity opening a cable's sentence, with the addressee as the subject of the verb
    after it ("Important you send successor immediately", "Essential you not see him"): the speaker
    directs the addressee, as "it is important that you ..." does."""
    subj = subject_of(tok)
    if voice.addressee is None or subj is None or not is_second_person(subj):
        return None
    first = next(t for t in tok.sent if not t.is_space)
    word = first if first.i < subj.i else tok.doc[first.i - 1] if first.i > 0 else None  # split off alone
    if word is None or word.lower_ not in ctx.cue("directive_predicates") or not _opens(word):
        return None
    return Directive(voice.addressee, negative=is_negated(tok))


def _opens(word: Token) -> bool:
    """The word opens its sentence or line, the one the tagger split off included."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is None or word.is_sent_start is True or "\n" in before.text or before.text in {".", ":"}
