"""Stances put as an existential: "There is no objection to the shipment of the arms", "there would be
no objection to your sounding out the Minister". The noun of objection is the predicate of "there is",
which the stance-noun reading leaves aside (a predicate noun names, it does not state, a stance) and
which has no owner of its own: it is the stance of whoever says it (the subject of the verb of saying
or believing whose clause it is, else the speaker). Denied ("no objection", "not any objection"), it
approves what it bears on."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated, is_second_person
from .decisions import Stance
from .hypotheses import hypothetical
from .judges import clause_holder
from .registry import construction
from .stance_spans import decision_span
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "decisions",
    "existential_objection",
    0.5,
    example="There is no objection to the shipment of the arms",
    pos=("NOUN",),
    lemmas=("reject_nouns",),
)
def existential_objection(ctx: Context, tok: Token, voice: Voice) -> list[Stance]:
    """A noun of objection denied in "there is (would be, can be) no ...", with what "to" (or "against")
    names: the one who says it approves that; not supposed, asked or directed, nor leave given to the
    addressee ("no objection to your saying")."""
    be = head_of(tok)
    if tok.lemma_.lower() not in ctx.cue("reject_nouns") or not _existential(tok, be):
        return []
    denied = is_negated(be) or any(
        c.dep_ == "det" and c.lower_ in ctx.cue("negative_determiners") for c in children_of(tok)
    )
    target = _borne_on(ctx, tok)
    if not denied or target is None or target.i in ctx.actor_at or _supposed(ctx, be):
        return []
    if _permitted_act(target):
        return []
    holder = clause_holder(ctx, be, voice) or voice.speaker
    if holder is None:
        return []
    return [Stance(be, "approve", holder, target, decision_span(ctx.sdoc, be, target))]


def _supposed(ctx: Context, be: Token) -> bool:
    """Supposed, asked or directed, as any stance can be; "there would (could) be no objection" is a
    polite statement, not a guess: that modal alone makes no hypothesis."""
    modals = {c.lower_ for c in children_of(be) if c.tag_ == "MD"}
    polite = bool(modals) and modals <= ctx.cue("polite_objection_modals")
    return hypothetical(ctx, be, own_modal=not polite)


def _existential(noun: Token, be: Token) -> bool:
    """ "There is no objection": the noun is what "be" with the placeholder "there" says exists."""
    expletive = any(c.dep_ == "expl" for c in children_of(be))
    return expletive and be.lemma_.lower() == "be" and noun.dep_ in {"attr", "nsubj"} and noun.i > be.i


def _borne_on(ctx: Context, noun: Token) -> Token | None:
    """What the objection is to: the object of "to" or "against" on the noun."""
    for prep in (
        c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in ctx.cue("objection_prepositions")
    ):
        return next((o for o in children_of(prep) if o.dep_ in {"pobj", "pcomp"}), None)
    return None


def _permitted_act(target: Token) -> bool:
    """ "There is no objection to your making this clear": no objection to the addressee's own act is
    leave to do it (what an instruction reads), not a stance on a course."""
    owner = next((c for c in children_of(target) if c.dep_ in {"poss", "nsubj"}), None)
    return target.tag_ == "VBG" and owner is not None and is_second_person(owner)
