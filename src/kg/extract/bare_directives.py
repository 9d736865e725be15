"""Directives reported with no one named as told: "The President said to pass these thoughts to you",
"He suggests reemphasizing that the arrangement is temporary". A verb of saying with a bare
to-infinitive, or a verb of advice with a gerund, reports what its subject directs; the one told is
the writer where the act is done for the reader ("to pass to you"), else the reader."""

from __future__ import annotations

from spacy.tokens import Token

from . import conditioned_imperatives as _conditioned  # noqa: F401 - orders after a comma-less condition
from . import instructed_acts as _instructed  # noqa: F401 - acts done on someone's instructions
from . import owned_requests as _owned  # noqa: F401 - requests put as nouns with their maker
from . import telegraphic_misreads as _misreads  # noqa: F401 - "Recommend Department withhold comment"
from .context import Context, head_actor, is_infinitive_to, is_negated, is_second_person, subject_of
from .directives import Directive
from .registry import construction
from .tokens import children_of, head_of
from .voices import Voice

OBJECTS = {"dobj", "dative", "prep"}  # "to pass to you", "to give you": done for the reader
BODIES = frozenset({"Government", "Organization", "Group"})


@construction(
    "instructions",
    "bare_report",
    0.55,
    example="The President said to pass the following thoughts to you.",
    deps=("xcomp",),
)
def bare_report(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "said to pass", "suggests reemphasizing": a directive of the verb's subject, with no object."""
    gov = head_of(tok)
    if tok.dep_ != "xcomp" or not _reports_a_directive(ctx, gov, tok):
        return None
    if is_negated(gov) or any(c.dep_ in {"dobj", "dative", "nsubjpass", "auxpass"} for c in children_of(gov)):
        return None  # "told him to", "was asked to": the object or the passive is read by other rules
    subj = subject_of(gov)
    issuer = ctx.refers(subj, voice) if subj is not None else None
    if issuer is None:
        return None
    objects = [t for c in children_of(tok) if c.dep_ in OBJECTS for t in (c, *children_of(c))]
    for_reader = any(is_second_person(t) for t in objects)
    told = voice.speaker if for_reader or issuer == voice.addressee else voice.addressee
    return Directive(told, issuer=issuer, governor=gov) if told not in {None, issuer} else None


def _reports_a_directive(ctx: Context, gov: Token, clause: Token) -> bool:
    """A verb with a subject of its own ("said to be the servant" describes); a gerund advised now ("was
    suggesting giving" reports a proposal made in a negotiation)."""
    lemma = gov.lemma_.lower()
    if not any(c.dep_ == "nsubj" for c in children_of(gov)) or clause.lemma_ == "be":
        return False
    if lemma in ctx.cue("bare_telling_verbs"):
        return clause.tag_ == "VB" and any(is_infinitive_to(c) for c in children_of(clause))
    return lemma in ctx.cue("gerund_advice_verbs") and clause.tag_ == "VBG" and gov.tag_ in {"VBP", "VBZ"}


@construction(
    "instructions",
    "called_upon",
    0.55,
    example="Nicaragua called upon the United States to protect its sovereignty.",
    deps=("xcomp",),
)
def called_upon(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """ "called upon X to act", "appealed to X to release", "prevailed upon X to sign": a verb that directs
    through its preposition (``prepositional_directives``) tells the preposition's object to do the
    infinitive; the verb's subject directs. A person "called on" is visited ("called on me to explain his
    position": the caller explains); a government or a body called on is told."""
    gov = head_of(tok)
    preps = ctx.lex.cues["prepositional_directives"].get(gov.lemma_.lower(), ())
    if not preps or not any(is_infinitive_to(c) for c in children_of(tok)) or is_negated(gov):
        return None
    on = (p for p in children_of(gov) if p.dep_ == "prep" and p.lower_ in preps)
    told = next((o for p in on for o in children_of(p) if o.dep_ == "pobj"), None)
    subj = subject_of(gov)
    if told is None or subj is None:
        return None
    issuer, addressee = ctx.refers(subj, voice), head_actor(ctx, told, voice)
    if addressee is None and told.pos_ == "NOUN" and issuer is not None:
        return Directive(None, issuer=issuer, governor=gov)  # "calls upon the parties to ...": no actor named
    if issuer is None or addressee is None or issuer == addressee:
        return None
    if gov.lemma_.lower() in ctx.cue("visiting_verbs") and (ctx.kinds or {}).get(addressee) not in BODIES:
        return None
    return Directive(addressee, issuer=issuer, governor=gov)
