"""Acts done on someone's instructions: "Acting upon instructions from the Minister, I transmit ...",
"The Consul, in accordance with instructions from the Foreign Office, has closed the port", "were
arrested under orders from the Governor". The phrase names who directed the act, so the clause
reports a directive of that party to whoever does the act (the subject; no one where a passive names
no doer)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_negated, subject_of
from .directives import Directive
from .registry import construction
from .tokens import children_of
from .told import passive_agent
from .voices import Voice

ACCORD_PREPOSITIONS = {"with", "to", "of"}  # "in accordance with", "pursuant to", "in pursuance of"


@construction(
    "instructions",
    "instructed_act",
    0.6,
    example="Acting upon instructions from the Minister of Marine, I transmit a copy of the report.",
    pos=("VERB", "AUX"),
    deps=("ROOT", "conj", "ccomp", "advcl", "relcl"),
)
def instructed_act(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A clause done "under / upon / on / pursuant to / in accordance with instructions from X": a
    directive of X to the clause's doer."""
    if tok.lemma_.lower() in ctx.cue("instruction_lead_words"):
        return None  # "Acting upon instructions ...": the act is the clause it leads
    source = _instruction_source(ctx, tok)
    issuer = _giver(ctx, source[0], voice) if source is not None else None
    if source is None or issuer is None:
        return None
    doer = _doer(ctx, tok, voice)
    if doer == issuer:
        return None  # "in accordance with our instructions we have ...": one's own plan carried out
    return Directive(doer, negative=is_negated(tok), issuer=issuer, governor=source[1])


def _instruction_source(ctx: Context, verb: Token) -> tuple[Token, Token | None] | None:
    """The noun of instruction in a phrase on the verb, directly or through a leading "acting" /
    "pursuant" (returned too: the evidence starts there)."""
    for child in children_of(verb):
        lead = child.dep_ == "advcl" and child.lemma_.lower() in ctx.cue("instruction_lead_words")
        if child.dep_ == "prep" and child.lower_ in ctx.cue("instruction_prepositions"):
            found = _noun_under(ctx, child)
        elif lead:
            found = next(
                (n for p in children_of(child) if p.dep_ == "prep" for n in [_noun_under(ctx, p)] if n), None
            )
        else:
            continue
        if found is not None:
            return found, child if lead else None
    return None


def _noun_under(ctx: Context, prep: Token) -> Token | None:
    """ "under instructions", "in accordance with the instructions": the noun of instruction."""
    for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
        if obj.lemma_.lower() in ctx.cue("instruction_source_nouns") and prep.lower_ != "in":
            return obj
        if obj.lemma_.lower() in ctx.cue("instruction_lead_words"):
            inner = (p for p in children_of(obj) if p.dep_ == "prep" and p.lower_ in ACCORD_PREPOSITIONS)
            return next((n for p in inner for n in [_noun_under(ctx, p)] if n is not None), None)
    return None


def _giver(ctx: Context, noun: Token, voice: Voice) -> str | None:
    """Who gave the instructions: "from X", "of X", "X's instructions", or "instructions which I have
    received from X"."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            return head_actor(ctx, child, voice)
        if child.dep_ == "prep" and child.lower_ in {"from", "of"}:
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            return head_actor(ctx, obj, voice) if obj is not None else None
        if child.dep_ == "relcl" and child.lemma_.lower() in ctx.cue("supplied_verbs"):
            sources = (c for c in children_of(child) if c.dep_ == "prep" and c.lower_ == "from")
            obj = next((o for p in sources for o in children_of(p) if o.dep_ == "pobj"), None)
            return head_actor(ctx, obj, voice) if obj is not None else None
    return None


def _doer(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """The one who does the act: the subject, or a passive's "by" agent (none named: no one)."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(verb)):
        return passive_agent(ctx, verb, voice)
    subj = subject_of(verb)
    return head_actor(ctx, subj, voice) if subj is not None else None
