"""Requests for information reported or made as questions: "inquiring whether this course would be
agreeable", "the President asked when you would arrive" (GUIDELINES: a request for information put to
someone is an instruction)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_negated
from .directives import Directive
from .paper_questions import asked_party, question_clause
from .registry import construction
from .tokens import children_of
from .told import asked_no_actor, object_actor, reporting_doer
from .undirected import judged_infinitive
from .voices import Voice


@construction("instructions", "inquiry", 0.6, example="inquiring whether this course would be agreeable")
def inquiry(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A verb of inquiry with a whether-, if- or wh-clause asks its subject's question of the one asked: its
    object, else the actor the clause asks about ("I asked if he would like ..."), else the hearer."""
    if tok.lemma_.lower() not in ctx.cue("inquiry_verbs") or is_negated(tok) or judged_infinitive(tok):
        return None
    clause = next((c for c in children_of(tok) if c.dep_ == "ccomp" and question_clause(ctx, c)), None)
    if clause is None:
        return None
    issuer, reporting = reporting_doer(ctx, tok, voice)
    if issuer is None:
        return None
    addressee = object_actor(ctx, tok, voice) or object_actor(ctx, reporting, voice)
    if addressee is None and asked_no_actor(ctx, tok, voice):
        return Directive(None, issuer=issuer)  # "telegraphed to his agents inquiring whether ..."
    if addressee is None or addressee == issuer:  # "I asked if he would like ...": he is the one asked
        addressee = asked_party(ctx, tok, clause, voice, issuer)
    if addressee is None or addressee == issuer:
        addressee = voice.speaker if issuer != voice.speaker else voice.addressee
    if addressee is None or addressee == issuer:
        return None
    return Directive(addressee, issuer=issuer)
