"""Acts done at someone's request: "At the request of the Governor, the Consul closed the harbor", "the
Minister has, at the Department's request, explained ...", "the note was sent upon the suggestion of the
Legation", "the Consul called as directed by the Department". The phrase names who asked for the act,
so the clause reports a request of that party to whoever does the act (the subject; no one where a
passive names no doer). A request of one's own ("at my own request I stayed"), a hypothetical act
("would consent at the request of X") and an act not done direct no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_negated, modals_of, subject_of
from .directives import Directive
from .registry import construction
from .tokens import children_of
from .told import passive_agent
from .voices import Voice


@construction(
    "instructions",
    "requested_act",
    0.55,
    example="At the request of the Governor, the Consul closed the harbor.",
    pos=("VERB",),
    deps=("ROOT", "conj", "ccomp", "advcl", "relcl", "acl"),
)
def requested_act(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb with "at / on / upon the request (suggestion, instance) of X" or "at X's request": a
    request of X to the verb's doer."""
    if tok.lemma_.lower() in ctx.cue("reported_directive_verbs"):
        return None  # "being requested by X at the instigation of Y to explain": the request's own rules
    if is_negated(tok) or modals_of(tok) & ctx.cue("hypothetical_request_modals"):
        return None  # "would be disposed at the request of X to permit ...": what would be done
    noun = _request_noun(ctx, tok)
    issuer = _requester(ctx, noun, voice) if noun is not None else _as_directed(ctx, tok, voice)
    if issuer is None:
        return None
    doer = _doer(ctx, tok, voice)
    if doer == issuer:
        return None  # "the Legation, at its own request, ...": no one else is asked
    return Directive(doer, issuer=issuer)


def _as_directed(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """ "The Consul called on the Governor as directed by the Department", "As instructed, I delivered the
    note": an act done as someone directed, a request of the "by" agent or, where none is named, of
    the one the act is reported to, who gave the direction."""
    for clause in children_of(verb):
        if clause.dep_ != "advcl" or clause.tag_ != "VBN" or subject_of(clause) is not None:
            continue
        if clause.lemma_.lower() not in ctx.cue("as_directed_participles"):
            continue
        if any(c.dep_ == "mark" and c.lower_ == "as" for c in children_of(clause)):
            agent = passive_agent(ctx, clause, voice)
            named = any(c.dep_ == "agent" for c in children_of(clause))
            return agent if named else voice.addressee
    return None


def _request_noun(ctx: Context, verb: Token) -> Token | None:
    """The noun of request in an "at / on / upon" phrase on the verb."""
    for prep in children_of(verb):
        if prep.dep_ != "prep" or prep.lower_ not in ctx.cue("request_source_prepositions"):
            continue
        for obj in children_of(prep):
            if obj.dep_ == "pobj" and obj.lower_ in ctx.cue("request_source_nouns"):
                return obj
    return None


def _requester(ctx: Context, noun: Token, voice: Voice) -> str | None:
    """Who asked: "X's request", "the request of X"."""
    for child in children_of(noun):
        if child.dep_ == "poss":
            return head_actor(ctx, child, voice)
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((o for o in children_of(child) if o.dep_ == "pobj"), None)
            return head_actor(ctx, obj, voice) if obj is not None and _named(ctx, obj) else None
    return None


def _named(ctx: Context, noun: Token) -> bool:
    """The noun names the actor itself, not through an adjective of nationality only ("at the request
    of several American citizens": the citizens ask, not the United States)."""
    own = [noun, *(c for c in children_of(noun) if c.dep_ in {"compound", "appos", "poss", "flat"})]
    if noun.pos_ == "PRON" or noun.lower_ in ctx.lex.words("actors", "government_words"):
        return True
    return any(t.i in ctx.actor_at for t in own)


def _doer(ctx: Context, verb: Token, voice: Voice) -> str | None:
    """The one who does the act: the subject, or a passive's "by" agent (none named: no one)."""
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "the telegram despatched at the request of X"
    if participle or any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(verb)):
        return passive_agent(ctx, verb, voice)
    subj = subject_of(verb)
    return head_actor(ctx, subj, voice) if subj is not None else None
