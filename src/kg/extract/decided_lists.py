"""Decision memoranda that put what was decided in the paragraphs after a lead ending in a colon: "The
President has reviewed the memorandum and has decided:", then "— Air defense should be emphasized in
modernizing ROK forces.", "— Planning for grant MAP should not be precipitously reduced." Each paragraph
is the lead subject's decision on the course it states: approved, or rejected where the paragraph denies
it. The walk back to the lead is the one recommended and directed lists take (``recommendations``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .context import Context, char_span, is_negated, subject_of, trim_marker
from .decisions import Stance
from .recommendations import lead_words, list_item, recommender
from .registry import construction
from .tokens import children_of, head_of, sentence
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
    lead = _deciding_lead(ctx, tok, _stated_course) if list_item(tok) else None
    return _item_stance(ctx, tok, lead, voice) if lead is not None else []


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
    without an object ("the President authorizes:", "has approved the following:"): the lead subject
    approves it. Any paragraph but a name ("Henry A. Kissinger", a copy's addressee) is an item."""
    named = list_item(tok) and not _stated_course(tok)
    lead = _deciding_lead(ctx, tok, lambda root: root.i not in ctx.actor_at) if named else None
    return _item_stance(ctx, tok, lead, voice) if lead is not None and not _has_object(lead) else []


def _item_stance(ctx: Context, root: Token, lead: Token, voice: Voice) -> list[Stance]:
    """The lead subject's stance on the item's course, the item's words its evidence."""
    actor = recommender(ctx, lead, voice.speaker)
    if actor is None:
        return []
    words = [t for t in sentence(root) if not (t.is_space or t.is_punct)]
    span = trim_marker(ctx.sdoc, char_span(ctx.sdoc, words[0].i, words[-1].i))
    return [Stance(root, "reject" if is_negated(root) else "approve", actor, root, span, listed=True)]


def _deciding_lead(ctx: Context, root: Token, is_item: Callable[[Token], bool]) -> Token | None:
    """The verb of deciding or approving of the lead whose list this sentence root is an item of."""
    words = lead_words(root, is_item)
    if not words or len(words) < 3:
        return None
    that = words[-2].lower_ == "that"
    last = words[-3] if that else words[-2]
    verb = head_of(last) if last.lower_ == "following" else last  # "has approved the following:"
    deciding = verb.pos_ == "VERB" and verb.lemma_.lower() in ctx.cue("deciding_lead_verbs")
    return verb if deciding and not is_negated(verb) else None


def _stated_course(root: Token) -> bool:
    """A clause with its own subject: "Air defense should be emphasized", "NSDM 129 continues in effect"."""
    subj = subject_of(root)
    return root.pos_ in {"VERB", "AUX"} and subj is not None and subj.i < root.i


def _has_object(lead: Token) -> bool:
    """ "The President approves the plan:" names what it approves; "approves (the following):" does not."""
    return any(c.dep_ in {"dobj", "ccomp"} and c.lower_ != "following" for c in children_of(lead))

