"""Tasks listed under a modal whose verb the list supplies: "The study will:" then "1. Analyze U.S.
programs in Turkey ..." and "2. Prepare a statement of the alternatives ...". Each item is the lead's
clause with the item's verb, read as ``third_party_modal`` reads "The study should analyze ...": the
writer directs the lead's subject, or whoever was asked for the paper the subject names. A numbered
item is no imperative of its own (a decision memorandum's "1. Approve ..." is a course put to choose)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import COMPLEMENTS, SUBJECTS, Context, head_actor, is_second_person, subject_of
from .directives import Directive
from .recommendations import decided_item, lead_words
from .registry import construction
from .requested_things import directed_paper
from .tokens import children_of
from .voices import Voice


@construction(
    "instructions",
    "listed_task",
    0.6,
    example="The study will:\n\n1. Analyze U.S. programs in Turkey.\n\n2. Prepare a list of options.",
    pos=("VERB",),
    deps=("ROOT",),
)
def listed_task(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A bare verb opening an item under a lead that ends in a modal and a colon ("The study will:",
    "The Ambassador should:"): the lead's directive with the item's act. "Will" directs only the one
    spoken to or a paper asked for ("The Soviets will: 1. demand ..." foretells)."""
    modal = _modal_lead(tok) if decided_item(ctx, tok) is None else None  # "has decided that we should:"
    subj = subject_of(modal) if modal is not None else None
    if modal is None or subj is None or voice.addressee is None:
        return None
    obliging = modal.lower_ in ctx.cue("third_party_modals")
    if not (obliging or modal.lower_ in ctx.cue("future_modals")):
        return None
    if is_second_person(subj):
        return Directive(voice.addressee)
    actor = head_actor(ctx, subj, voice)
    if actor is None and (paper := directed_paper(ctx, subj, voice)) is not None:
        return paper
    return Directive(actor) if obliging and actor not in {None, voice.speaker} else None


def _modal_lead(root: Token) -> Token | None:
    """The modal ending the lead ("The study will:") whose list this bare verb opens an item of."""
    words = lead_words(root, _bare_task)
    if not words or len(words) < 3:
        return None
    modal = words[-2]  # its own clause's head, the verb left to the list ("namely that the U.S. should:")
    return modal if modal.tag_ == "MD" and modal.dep_ != "aux" else None


def _bare_task(verb: Token) -> bool:
    """A base-form verb with no subject or auxiliary of its own, and an object or complement."""
    kids = children_of(verb)
    if verb.tag_ != "VB" or any(c.dep_ in SUBJECTS or c.dep_ == "aux" or c.tag_ == "MD" for c in kids):
        return False
    return any(c.dep_ in COMPLEMENTS for c in kids)
