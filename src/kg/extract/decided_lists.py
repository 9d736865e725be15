"""Decision memoranda that put what was decided in the paragraphs after a lead ending in a colon: "The
President has reviewed the memorandum and has decided:", then "— Air defense should be emphasized in
modernizing ROK forces.", "— Planning for grant MAP should not be precipitously reduced." Each paragraph
is the lead subject's decision on the course it states: approved, or rejected where the paragraph denies
it. The walk back to the lead is the one recommended and directed lists take (``recommendations``)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, char_span, is_negated, subject_of, trim_marker
from .decisions import Stance
from .recommendations import lead_words, list_item, recommender
from .registry import construction
from .tokens import sentence
from .voices import Voice


@construction(
    "decisions",
    "decided_paragraph",
    0.55,
    example="The President has decided:\n\n— Air defense should be emphasized in modernizing the forces.",
    pos=("VERB", "AUX"),
    deps=("ROOT",),
)
def decided_paragraph(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A paragraph of its own under a lead that ends "has decided (that):" or "has determined:": the lead
    subject decides the paragraph's course, rejecting it where the paragraph's verb is negated."""
    lead = _deciding_lead(ctx, tok) if list_item(tok) else None
    if lead is None:
        return []
    actor = recommender(ctx, lead, voice.speaker)
    if actor is None:
        return []
    words = [t for t in sentence(tok) if not (t.is_space or t.is_punct)]
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, words[0].i, words[-1].i))
    return [Stance(tok, "reject" if is_negated(tok) else "approve", actor, tok, span)]


def _deciding_lead(ctx: Context, root: Token) -> Token | None:
    """The verb of deciding of the lead whose list this sentence root is an item of."""
    words = lead_words(root, _stated_course)
    if not words or len(words) < 3:
        return None
    that = words[-2].lower_ == "that"
    verb = words[-3] if that else words[-2]
    deciding = verb.pos_ == "VERB" and verb.lemma_.lower() in ctx.cue("deciding_lead_verbs")
    return verb if deciding and not is_negated(verb) else None


def _stated_course(root: Token) -> bool:
    """A clause with its own subject: "Air defense should be emphasized", "NSDM 129 continues in effect"."""
    subj = subject_of(root)
    return root.pos_ in {"VERB", "AUX"} and subj is not None and subj.i < root.i
