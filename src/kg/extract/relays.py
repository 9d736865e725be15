"""A directive passed on at someone's direction: "I am directed by the President to instruct you to ...".

The writer who is directed to instruct, ask or tell the reader only carries the order: the one
directed to act is the reader, and the order is the director's. Where the directed writer is only to
inform or ask on his own account ("I am directed to inform you that ..."), the writer is the one
directed, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_second_person, modals_of, subject_of
from .tokens import children_of
from .told import object_actor
from .voices import Voice


def directed_one(ctx: Context, complement: Token, voice: Voice) -> str | None:
    """Who "I am directed to ..." directs: the reader where its complement directs the reader in turn
    ("to instruct you to demand ..."), a directing verb with "you" as its object and a to-infinitive
    of its own; else the writer."""
    if complement.lemma_.lower() not in ctx.cue("passive_directed_verbs"):
        return voice.speaker
    told = any(c.dep_ in {"dobj", "dative"} and is_second_person(c) for c in children_of(complement))
    onward = any(c.dep_ == "xcomp" for c in children_of(complement))
    return voice.addressee if told and onward else voice.speaker


def to_be_told(ctx: Context, clause: Token) -> bool:
    """ "request that Mr. Stevens be advised that ...": a passive verb of telling or directing in the
    that-clause names the one to be told, not the one asked to tell him (whoever the request is made
    to)."""
    telling = ctx.cue("passive_directed_verbs") | ctx.cue("informing_verbs")
    return clause.lemma_.lower() in telling and any(c.dep_ == "auxpass" for c in children_of(clause))


def hearer_obliged(ctx: Context, gov: Token, clause: Token, voice: Voice) -> bool:
    """ "I told the Minister that he should withdraw the note": a that-clause with "should" or "must"
    whose subject is the one told (a pronoun, or the same actor) directs him, as "told him to" does."""
    if clause.dep_ != "ccomp" or not modals_of(clause) & ctx.cue("third_party_modals"):
        return False
    subj, told = subject_of(clause), object_actor(ctx, gov, voice)
    if subj is None or told is None or subj.dep_ != "nsubj":
        return False
    pronoun = subj.lower_ in ctx.cue("third_singular") or subj.lower_ in ctx.cue("third_plural")
    return pronoun or ctx.refers(subj, voice) == told
