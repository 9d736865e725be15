"""Decision memoranda that put what was decided in the paragraphs after a lead ending in a colon: "The
President has reviewed the memorandum and has decided:", then "— Air defense should be emphasized in
modernizing ROK forces.", "— Planning for grant MAP should not be precipitously reduced." Each paragraph
is the lead subject's decision on the course it states: approved, or rejected where the paragraph denies
it. A lead that approves or authorizes with no object ("the President authorizes:") lists courses by
their names alone ("A maximum of $1.25 billion in new obligational authority."). The walk back to the
lead is the one recommended and directed lists take (``recommendations``)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, char_span, is_negated, trim_marker
from .decisions import Stance
from .recommendations import (
    decided_item,
    deciding_lead,
    list_item,
    names_its_object,
    recommender,
    stated_course,
)
from .registry import construction
from .tokens import children_of, sentence
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
    lead = deciding_lead(ctx, tok, stated_course) if list_item(tok) else None
    return _item_stance(ctx, tok, lead, voice) if lead is not None and not names_its_object(lead) else []


@construction(
    "decisions",
    "approved_paragraph",
    0.55,
    example="The President authorizes:\n\nA military assistance program totaling $1.5 billion in FY 71–75.",
    pos=("NOUN", "PROPN", "VERB"),
    deps=("ROOT",),
)
def approved_paragraph(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A paragraph that names a course without a subject of its own ("A maximum of $1.25 billion in new
    obligational authority, this amount to be reduced ..."), under a lead that decides or approves
    without an object ("the President authorizes:", "has approved the following:", "has decided that we
    should:"): the lead subject approves it."""
    lead = decided_item(ctx, tok)
    return _item_stance(ctx, tok, lead, voice) if lead is not None else []


def _item_stance(ctx: Context, root: Token, lead: Token, voice: Voice) -> list[Stance]:
    """The lead subject's stance on the item's course, the item's words its evidence; an editor's note
    (which speaks for no one) is no item of the list above it."""
    if (voice.speaker is None and voice.addressee is None) or _pending(ctx, root):
        return []
    actor = recommender(ctx, lead, voice.speaker)
    if actor is None:
        return []
    words = [t for t in sentence(root) if not (t.is_space or t.is_punct)]
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, words[0].i, words[-1].i))
    return [Stance(root, "reject" if is_negated(root) else "approve", actor, root, span, listed=True)]


def _pending(ctx: Context, root: Token) -> bool:
    """ "Additional recommendations ... are under consideration": an item still pending, not decided."""
    under = (c for c in children_of(root) if c.dep_ == "prep" and c.lower_ == "under")
    pending = (o for p in under for o in children_of(p) if o.dep_ == "pobj")
    return root.lemma_.lower() == "be" and any(o.lemma_.lower() in ctx.cue("pending_nouns") for o in pending)
