"""Necessity put to a party through an infinitive or a judgement of the speaker's: "It may be necessary
for you to intervene", "It is essential for the Minister to see him" (the party named after "for" is
to act), and "We consider it important that the Minister be informed" (a necessity the speaker judges,
with its that-clause, directs as "it is important that ..." does)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import (
    Context,
    head_actor,
    is_first_person,
    is_infinitive_to,
    is_negated,
    is_second_person,
    modals_of,
    subject_of,
)
from .directives import Directive
from .registry import construction
from .tokens import children_of, head_of
from .told import elided_speaker
from .undirected import wished_possession
from .voices import Voice


def necessity_copula(ctx: Context, verb: Token, predicates: str = "directive_predicates") -> bool:
    """ "it is / may be necessary", "it would seem advisable" (not negated: "it is not necessary for you
    to ..." frees, and is no directive; nor past: "it was essential" reports)."""
    linking = ctx.cue("copulas") | ctx.cue("state_verbs")
    if verb.lemma_.lower() not in linking or is_negated(verb) or verb.tag_ == "VBD":
        return False
    preds = ctx.cue(predicates)
    return any(
        c.dep_ in {"acomp", "attr", "oprd"} and c.lemma_.lower() in preds and not is_negated(c)
        for c in children_of(verb)
    )


@construction(
    "instructions",
    "necessary_for",
    0.65,
    example="It may be necessary for you to intervene with the Generals.",
    deps=("advcl", "ccomp", "xcomp"),
)
def necessary_for(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """A to-infinitive whose subject "for" names (the addressee or an actor), on a predicate of
    necessity or of advice ("it would be best for you to return"): that party is directed by the
    speaker; "for us to" is the speaker's own course."""
    if not any(is_infinitive_to(c) for c in children_of(tok)):
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(tok)):
        return None
    subj = subject_of(tok)
    head = head_of(tok)
    if head.pos_ == "ADJ" and head.dep_ in {"acomp", "oprd"}:
        head = head_of(head)  # the infinitive hung on the predicate: "advisable for Brazil to send"
    if subj is None or is_first_person(subj) or not (necessity_copula(ctx, head) or _advised(ctx, tok, subj)):
        return None
    hedged = head.lemma_.lower() in ctx.cue("state_verbs")  # "it would seem advisable": advice all the same
    if not is_second_person(subj) and modals_of(head) & ctx.cue("counterfactual_modals") and not hedged:
        return None  # "it would be necessary for him to return": an assessment of a case
    party = voice.addressee if is_second_person(subj) else head_actor(ctx, subj, voice)
    if party is None or party == voice.speaker:
        return None
    return Directive(party, governor=head)


def _advised(ctx: Context, verb: Token, subj: Token) -> bool:
    """ "It would be best for you to return": advice to the addressee, to act (not "useful for you to
    have my telephone numbers", a thing to hold); a third party's better course is an opinion."""
    head = head_of(verb)
    head = head_of(head) if head.pos_ == "ADJ" and head.dep_ in {"acomp", "oprd"} else head
    advice = necessity_copula(ctx, head, "advice_predicates")
    return advice and is_second_person(subj) and not wished_possession(ctx, verb)


@construction(
    "instructions",
    "judged_necessary",
    0.6,
    example="We consider it important that the Foreign Minister be informed of the move.",
    deps=("advcl", "ccomp"),
)
def judged_necessary(ctx: Context, tok: Token, voice: Voice) -> Directive | None:
    """The that-clause of "we consider / think / believe it essential that ...": the speaker (or a party
    named, "the President believes it essential that ...") judges the necessity now, so the clause's
    party (an actor as subject) is directed, else the addressee, who is to see it done ("that the
    Minister be informed", "that there be no leakage")."""
    pred = head_of(tok)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(tok)):
        return None
    if pred.lemma_.lower() not in ctx.cue("directive_predicates") or pred.pos_ != "ADJ":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children_of(pred)):
        return None
    judge = head_of(pred)
    if judge.lemma_.lower() not in ctx.cue("cognition_verbs") or judge.tag_ == "VBD" or is_negated(judge):
        return None
    jsubj = subject_of(judge)
    if jsubj is None:  # a cable's "Believe it important that SAG be briefed ...": its writer's "I" left out
        judging = elided_speaker(judge, voice)
    else:
        judging = voice.speaker if is_first_person(jsubj) else head_actor(ctx, jsubj, voice)
    if judging is None or judging == voice.addressee:
        return None
    subj = subject_of(tok) or next((c for c in children_of(tok) if c.dep_ == "expl"), None)  # "there be"
    if subj is None or is_first_person(subj):
        return None
    actor = head_actor(ctx, subj, voice) if subj.dep_ == "nsubj" else None
    party = actor if actor and actor not in {voice.speaker, judging} else voice.addressee
    issuer = judging if judging != voice.speaker else None
    return Directive(party, issuer=issuer, governor=judge) if party is not None else None
