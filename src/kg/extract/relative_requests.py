"""Requests reported in a relative clause on the one who made them: "a visit from the Spanish
Ambassador, who asked me to send a copy", "the French Government, which has requested that the claim
be settled". ``reported_directive`` passes every relative clause by ("the text which Mr. Stevens has
been asked to send" names a directive, it gives none); where the relative word is the directive
verb's subject, the clause reports its antecedent's request, and the antecedent is the issuer."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, head_actor, is_infinitive_to, is_negated, modals_of
from .directives import Directive
from .interposed import infinitive_governor
from .registry import construction
from .tokens import children_of, head_of
from .told import clause_subject_actor, hypothetical_governor, object_actor, reported_to
from .undirected import asks_no_act
from .voices import Voice

#: The tags of a relative word that stands for a party ("who", "which", "that").
RELATIVE_SUBJECT_TAGS = frozenset({"WP", "WDT"})


@construction(
    "instructions",
    "relative_request",
    0.6,
    example="the Spanish Ambassador, who asked me to send a copy of the formula",
    deps=("xcomp", "ccomp"),
)
def relative_request(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The to- or that-complement of a directive verb in a relative clause whose subject is the
    relative word: the antecedent's request, to the verb's object, the that-clause's acting subject,
    or else whoever the report is made to."""
    gov = infinitive_governor(ctx, tok)
    if gov is None or gov.dep_ != "relcl" or relative_subject(gov) is None:
        return None
    if not directs(ctx, gov, tok):
        return None
    issuer = head_actor(ctx, head_of(gov), voice)
    if issuer is None:
        return None
    infinitive = any(is_infinitive_to(c) for c in children_of(tok))
    told = object_actor(ctx, gov, voice) if infinitive else clause_subject_actor(ctx, tok, voice)
    if told is None or told == issuer:
        told = reported_to(ctx, voice, issuer)
    return Directive(told, issuer=issuer, governor=gov) if told != issuer else None


def relative_subject(verb: Token) -> Token | None:
    """The relative word that is a relative clause's verb's subject ("who asked"), if any."""
    subjects = (c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i)
    return next((c for c in subjects if c.tag_ in RELATIVE_SUBJECT_TAGS), None)


def directs(ctx: Context, gov: Token, clause: Token) -> bool:
    """Whether a verb asks for an act with this complement: a verb of directing, put to someone with an
    infinitive ("asked me to send") or with a that-clause ("requested that the claim be settled"), not
    negated, passive, conditional, or a prediction ("suggested that he would refuse")."""
    if gov.lemma_.lower() not in ctx.cue("reported_directive_verbs") or is_negated(gov):
        return False
    if any(c.dep_ == "auxpass" for c in children_of(gov)) or hypothetical_governor(ctx, gov, clause):
        return False
    if any(is_infinitive_to(c) for c in children_of(clause)):
        return clause.dep_ == "xcomp" and any(c.dep_ in {"dobj", "dative"} for c in children_of(gov))
    if clause.dep_ != "ccomp" or asks_no_act(ctx, clause):
        return False
    if gov.lemma_.lower() in ctx.cue("speech_verbs") | ctx.cue("to_only_directive_verbs"):
        return False  # "which advised the Embassy that no cases had arisen": it informs
    return not modals_of(clause) & ctx.cue("predictive_modals")
