"""Clauses of a message that state a stance or a hoped state of mind rather than direct anyone.

A message to an envoy often lists what he is to convey ("Convey to him the following points: we would
not consider any settlement that ..."): the speaker's side's refusal is the content conveyed, a stance,
not advice to the envoy. A hope that another will come to appreciate or understand a view asks for
sympathy, not for an act. And a necessity put as an existential clause with a negative determiner
("It is essential that there be no leaks") forbids the reader what it names, though the clause has no
subject to direct. A wish that someone know ("I want you to know that ...", "we wish the Cabinet to
be aware of our concern") informs through the message; it asks no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to, is_negated, modals_of
from .tokens import children_of, head_of
from .weighed import courteous_trust


def side_refusal(ctx: Context, verb: Token, subj: Token | None) -> bool:
    """ "We would not consider any settlement ...": a negated "would" of the speaker's side (a plural
    first person) states what that side will not do, a stance the message conveys; the singular "I
    would not press the point" still advises the reader."""
    return (
        subj is not None
        and subj.lower_ in ctx.cue("first_plural")
        and modals_of(verb) == {"would"}
        and is_negated(verb)
    )


def hoped_understanding(ctx: Context, gov: Token, clause: Token) -> bool:
    """A hope or trust that someone understands, or will come to appreciate, a view ("trusts that the
    other side understands", "hope they will come to appreciate the soundness of our position"): a
    wish for sympathy, whatever the tense; "hope you will see your way to grant" still asks."""
    if courteous_trust(ctx, gov, clause) or informing_wish(ctx, gov, clause):
        return True  # "we wish the Cabinet to be aware of ...": the wish informs
    if gov.lemma_.lower() not in ctx.cue("hope_words"):
        return False
    understood = ctx.cue("understanding_verbs")
    if clause.lemma_.lower() in understood:
        return not modals_of(clause) - {"will", "would"} and not _acts_besides(clause)
    return any(
        c.dep_ in {"xcomp", "advcl"}
        and c.lemma_.lower() in understood
        and any(is_infinitive_to(a) for a in children_of(c))
        and not _acts_besides(c)
        for c in children_of(clause)
    )  # "will come to appreciate", "will be able to understand"


def _acts_besides(verb: Token) -> bool:
    """A verb coordinated with or governed by the understanding verb: an act asked after all."""
    return any((c.dep_ in {"conj", "xcomp"}) and c.pos_ == "VERB" for c in children_of(verb))


def existential_denial(ctx: Context, clause: Token) -> Token | None:
    """The noun an existential clause denies ("that there be no leaks": "leaks"), standing as the
    clause's subject for a directive of necessity; None where the clause is no such denial."""
    if not any(c.dep_ == "expl" for c in children_of(clause)):
        return None
    no = ctx.cue("negative_determiners")
    return next(
        (
            c
            for c in children_of(clause)
            if c.dep_ in {"attr", "nsubj"} and any(d.dep_ == "det" and d.lower_ in no for d in children_of(c))
        ),
        None,
    )


def informing_wish(ctx: Context, gov: Token, clause: Token) -> bool:
    """A wish that someone know or be aware ("I want you to know that ...", "we wish the Cabinet to be
    aware of ..."): the message itself tells them; "wanted him to know and to tell the King" still asks
    the telling."""
    if gov.lemma_.lower() not in ctx.cue("informing_wish_verbs") or clause.dep_ not in {"ccomp", "xcomp"}:
        return False
    known, lemma = ctx.cue("known_states"), clause.lemma_.lower()
    state = lemma in known or (
        lemma in ctx.cue("copulas")
        and any(c.dep_ == "acomp" and c.lemma_.lower() in known for c in children_of(clause))
    )
    return state and not any(c.dep_ == "conj" and c.pos_ == "VERB" for c in children_of(clause))


def finite_conjunct(verb: Token) -> bool:
    """A finite clause with its own subject and modal that the parser joined to a to-infinitive ("told
    you not to expect any action and therefore neither you nor I could be disappointed"): an infinitive
    coordinates with infinitives, so the clause goes on with what is said, not with the act directed."""
    head = verb.head
    if verb.dep_ != "conj" or not any(is_infinitive_to(c) for c in children_of(head)):
        return False
    children = children_of(verb)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
    return own_subject and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children)

def foretold_conjunct(ctx: Context, verb: Token) -> bool:
    """ "that decisions be based on the criteria and will be made incrementally": a conjunct with a
    modal of prediction its directed verb lacks foretells; it is not directed."""
    own = {c.lower_ for c in children_of(verb) if c.tag_ == "MD"} & ctx.cue("predictive_modals")
    return bool(own) and not own & modals_of(head_of(verb))
