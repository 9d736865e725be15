"""A request put as a noun with its maker and what it asks for: "your request for instructions", "the
French Ambassador's appeal for the retention of our Commissioners", "the request of the Spanish
Government for license". The maker (a possessive, or "of" an actor) asks; the one asked is named
with "to", or is the subject that grants or refuses it, or, between writer and reader, the other."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_infinitive_to, is_negated
from .directives import Directive
from .registry import construction
from .tokens import children_of, head_of
from .voices import Voice


@construction(
    "instructions",
    "owned_request",
    0.5,
    example="The Governor has not yet answered your request for instructions.",
    pos=("VERB",),
)
def owned_request(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A noun of asking, on the verb (as its subject or object, or in a phrase on it), with an owner
    who is an actor and a "for" phrase saying what is asked; the verb's clause is the evidence."""
    stances = ("approve_verbs", "reject_verbs", "intention_verbs", "offer_verbs")
    if any(tok.lemma_.lower() in ctx.cue(name) for name in stances):
        return None  # "approved X's request for leave": a stance on the request, read by the decision rules
    if is_negated(tok) or _told_act(ctx, tok):
        return None
    noun = next((n for n in _nouns_on(tok) if _asking_noun(ctx, n)), None)
    issuer = _maker(ctx, noun, voice) if noun is not None else None
    if noun is None or issuer is None:
        return None
    if any(c.i in ctx.directives for c in children_of(noun) if c.dep_ in {"acl", "relcl", "ccomp"}):
        return None  # "X's request that the King delay ...": read already as the request it holds
    asked = _asked(ctx, noun, voice, issuer)
    return Directive(asked if asked != issuer else None, issuer=issuer)


def _told_act(ctx: Context, verb: Token) -> bool:
    """ "asked me to transmit his appeal to X to ...": the verb is itself what someone is told to do,
    read by the rules of reported directives."""
    telling = ctx.cue("reported_directive_verbs")
    return verb.dep_ in {"xcomp", "ccomp"} and head_of(verb).lemma_.lower() in telling


def _nouns_on(verb: Token) -> list[Token]:
    """Subject, object, and the objects of phrases on the verb, two deep ("in reply to X's request")."""
    found = [c for c in children_of(verb) if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    for prep in (c for c in children_of(verb) if c.dep_ == "prep"):
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
            found.append(obj)
            inner = (p for p in children_of(obj) if p.dep_ == "prep")
            found.extend(o for p in inner for o in children_of(p) if o.dep_ == "pobj")
    return found


def _asking_noun(ctx: Context, noun: Token) -> bool:
    """ "request for", "appeal for", not "no request" or "any request"."""
    if noun.lemma_.lower() not in ctx.cue("owned_request_nouns") or not _asks_for(noun):
        return False
    nothing = ctx.cue("negative_determiners") | {"any"}
    return not any(c.dep_ == "det" and c.lower_ in nothing for c in children_of(noun))


def _asks_for(noun: Token) -> bool:
    """What is asked, on the noun: a "for" phrase (or one the parser hung on its "of" owner, "the
    request of X for a survey"), or a clause; a "for" on the verb may say how long ("reporting the
    request ... for longer periods")."""
    owners = [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)]
    holders = [noun, *owners]
    asked = any(
        c.dep_ == "prep" and c.lower_ == "for" and any(o.dep_ == "pobj" for o in children_of(c))
        for h in holders
        for c in children_of(h)
    )
    return asked or any(_asked_clause(c) for c in children_of(noun))


def _asked_clause(clause: Token) -> bool:
    """ "X's request to be represented", "his request that the date be fixed": the act asked for."""
    if clause.dep_ not in {"acl", "relcl", "ccomp"}:
        return False
    kids = children_of(clause)
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in kids)
    return marked or any(is_infinitive_to(c) for c in kids)


def _maker(ctx: Context, noun: Token, voice: Voice) -> str | None:
    """ "your request", "the Minister's appeal", "the request of the Legation"."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            return head_actor(ctx, child, voice)
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            if obj is not None:
                return head_actor(ctx, obj, voice)
    return None


def _asked(ctx: Context, noun: Token, voice: Voice, issuer: str) -> str | None:
    """ "request to the Governor for ...", the subject that answers, grants or refuses it, else
    the other of writer and reader."""
    for child in children_of(noun):
        if child.dep_ == "prep" and child.lower_ == "to":
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            told = head_actor(ctx, obj, voice) if obj is not None else None
            if told is not None:
                return told
    verb = head_of(noun) if noun.dep_ == "dobj" else None
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None) if verb is not None else None
    doer = head_actor(ctx, subj, voice) if subj is not None else None
    if doer is not None and doer != issuer and verb is not None:
        return doer if verb.lemma_.lower() in ctx.cue("request_answering_verbs") else None
    if issuer == voice.addressee:
        return voice.speaker
    return voice.addressee if issuer == voice.speaker else None
