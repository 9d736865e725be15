"""Coordinated demands: one instruction per demand a directed verb makes.

"You will request that the archives be restored, that the guard be withdrawn, and that the officer be
punished" makes three demands of one verb; the parser hangs the second that-clause on the first as an
adverbial and the third as a conjunct. Each is an instruction of the same issuer to the same
addressee; the write step (``directives.py``) ends the first demand where the second begins.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import glad_requests as _glad  # noqa: F401 - requests put as future gladness
from .context import Context, head_actor, subject_of
from .coordination import adjunct_owner, coordinated_that_governor, included_owner, infinitive_owner
from .directives import Directive
from .registry import construction
from .tokens import head_of
from .voices import Voice


@construction(
    "instructions",
    "coordinated_that",
    0.7,
    example="request that the archives be restored, that the guard be withdrawn, and that ...",
    deps=("advcl", "conj"),
)
def coordinated_that(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A that-clause coordinated with the that-complement of a directed verb is one more demand of
    the same directive; where the report tells no one ("directed that the Group perform this study and
    that the Secretary designate a representative"), each clause's own acting subject is told."""
    governor = coordinated_that_governor(ctx, tok)
    if governor is None or ctx.directives[governor.i].rule.name in ctx.cue("lone_rules"):
        return None  # "made the suggestion, under instructions from X, that ...": no demand of its own
    hit = ctx.directives[governor.i]
    head, told = hit.directive, None
    reporting = head_of(governor) if governor.dep_ == "ccomp" else governor  # the first demand's verb
    untold = not any(c.dep_ in {"dobj", "dative"} for c in reporting.children)
    if hit.rule.name == "reported_directive" and untold:
        subj = subject_of(tok)
        told = head_actor(ctx, subj, voice) if subj is not None and subj.dep_ == "nsubj" else None
    return Directive(told or head.addressee, head.negative, head.issuer)


@construction(
    "instructions",
    "coordinated_infinitive",
    0.65,
    example="instructed to avoid any position which will raise question and to confine his efforts",
    deps=("conj",),
)
def coordinated_infinitive(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "and to VERB" after a directed to-infinitive is one more directive of the same issuer to the
    same addressee, where the parser hung it on a verb inside the first one's object."""
    owner = infinitive_owner(ctx, tok)
    if owner is None:
        return None
    head = ctx.directives[owner.i].directive
    return Directive(head.addressee, head.negative, head.issuer)


@construction(
    "instructions",
    "included_action",
    0.6,
    example="He must be approached at once, including putting the blame on Hanoi.",
    deps=("pcomp",),
)
def included_action(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A gerund under "including" on a directed verb is one more directed action, of the same issuer to
    the same addressee; the write step ends the first action where "including" begins."""
    owner = included_owner(ctx, tok)
    if owner is None:
        return None
    head = ctx.directives[owner.i].directive
    return Directive(head.addressee, head.negative, head.issuer)


@construction(
    "instructions",
    "adjunct_action",
    0.6,
    example="discuss plans for a constabulary, keeping the Department informed of any proposals",
    deps=("advcl", "pcomp"),
)
def adjunct_action(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A participle with its own object set off by a comma after a directed verb (", keeping the
    Department informed"), or under a preposition of time on it ("after pointing out the haste"), is one
    more directed action, of the same issuer to the same addressee; the write step ends the first action
    where the participle begins."""
    owner = adjunct_owner(ctx, tok)
    if owner is None:
        return None
    head = ctx.directives[owner.i].directive
    return Directive(head.addressee, head.negative, head.issuer)
