"""Directives issued through a noun: a verb of issuing with a directive noun as its object ("has given
instructions that ...", "made a similar request of Graziani", "sent orders to the garrison") and a
directive verb with a noun of necessity ("urged upon him the necessity of ..."): the subject's instruction
to the one the verb names, else to whoever the report is made to. Tried after ``reported``'s."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, governing_subject, head_actor, is_negated, marked_condition
from .directives import Directive
from .registry import construction
from .tokens import children_of
from .told import bare_directive_noun, elided_speaker, object_actor, reported_to
from .undirected import in_relative, judged_infinitive
from .voices import Voice


@construction(
    "instructions",
    "urged_necessity",
    0.6,
    example="urged upon MacDonald the necessity of an early settlement",
    pos=("VERB",), lemmas=("reported_directive_verbs",),
)
def urged_necessity(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A directive verb whose object is a noun of necessity ("urged upon him the necessity of ...",
    "press the importance of ..."): an instruction of its subject to the one urged."""
    if tok.lemma_.lower() not in ctx.cue("reported_directive_verbs") or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in ctx.cue("modal_nouns") for c in children_of(tok)
    ):
        return None
    if is_negated(tok) or in_relative(tok) or judged_infinitive(tok):
        return None  # "advisable to approach him to suggest the desirability ...": a course weighed
    return _issued_by_subject(ctx, tok, voice, objects=False)  # the object is the necessity, not a party


@construction(
    "instructions",
    "directive_noun",
    0.55,
    example="The President has given strict instructions that it remain secret.",
    pos=("VERB",), lemmas=("issuing_verbs",),
)
def directive_noun(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb of issuing with a directive noun as object ("has given instructions that ...", "made a
    similar request of Graziani", "sent orders to the garrison"): an instruction of the subject, a
    prohibition where the noun's infinitive is negated ("gave them strict instructions not to seek ...")."""
    kids = children_of(tok)
    orders = [c for c in kids if c.dep_ == "dobj" and c.lemma_.lower() in ctx.cue("directive_nouns")]
    if tok.lemma_.lower() not in ctx.cue("issuing_verbs") or not orders:
        return None
    if is_negated(tok) or in_relative(tok) or marked_condition(ctx, tok) or bare_directive_noun(tok):
        return None
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in kids):
        return None
    found = _issued_by_subject(ctx, tok, voice)
    acts = [c for o in orders for c in children_of(o) if c.dep_ == "acl"]
    acts += [c for c in kids if c.dep_ == "xcomp"]  # "gave them instructions not to seek ...", however parsed
    forbidden = any(is_negated(c) for c in acts)
    return Directive(found.addressee, True, found.issuer) if found is not None and forbidden else found


def _issued_by_subject(ctx: Context, verb: Token, voice: Voice, objects: bool = True) -> Directive | None:
    """The subject (an actor, or the speaker left out in telegraphese) directs the verb's object or
    "of"/"upon"/"to" someone, else whoever the report is made to."""
    subj = governing_subject(verb)
    issuer = head_actor(ctx, subj, voice) if subj is not None else elided_speaker(verb, voice)
    if issuer is None:
        return None
    addressee = object_actor(ctx, verb, voice, objects)
    if addressee is None or addressee == issuer:
        addressee = reported_to(ctx, voice, issuer)
    if addressee is None or addressee == issuer:
        return None
    return Directive(addressee, issuer=issuer)
