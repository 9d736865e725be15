"""Modal clauses that state what is to be weighed or what the speaker's own government holds, and so
tell no one to act: "Other facts are to be taken into consideration" argues a case, "This Government
must reserve its position" states the speaker's side's policy (as "we must ..." does), and "I have
thought it advisable to send ..." reports the writer's own course."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_first_person, is_infinitive_to, is_second_person, modals_of, subject_of
from .tokens import children_of


def weighed_factor(ctx: Context, verb: Token) -> bool:
    """A passive of weighing ("X must be taken into account / borne in mind"): the thing weighed is the
    subject and no one is named to weigh it; an argument, not a directive (the active "you must take
    ... into account" still directs the addressee)."""
    if not any(c.dep_ == "auxpass" for c in children_of(verb)):
        return False
    idioms = ctx.cue("weighing_idioms")
    return any(
        f"{verb.lemma_.lower()} {prep.lower_} {obj.lemma_.lower()}" in idioms
        for prep in children_of(verb)
        if prep.dep_ == "prep"
        for obj in children_of(prep)
        if obj.dep_ == "pobj"
    )


def speakers_government(ctx: Context, subj: Token) -> bool:
    """"This Government" (or "this Department") as the doer of an active clause: the speaker's own side,
    whose "must" states policy; in the passive ("this Government must be kept informed") the addressee
    is still asked to act."""
    return (
        subj.dep_ == "nsubj"
        and subj.lower_ in ctx.lex.words("actors", "government_words")
        and any(c.dep_ == "det" and c.lower_ == "this" for c in children_of(subj))
    )


def no_third_party_bound(ctx: Context, subj: Token, verb: Token) -> bool:
    """The subject of a modal of obligation that binds no third party: the speaker or the addressee (their
    own constructions read them), the speaker's government, or a factor to be weighed."""
    return (
        is_first_person(subj)
        or is_second_person(subj)
        or speakers_government(ctx, subj)
        or weighed_factor(ctx, verb)
        or benefits_addressee(ctx, subj, verb)
    )


def benefits_addressee(ctx: Context, subj: Token, verb: Token) -> bool:
    """ "This should give you a real basis for negotiation": a thing (a pronoun that names no one) as
    the subject of a modal with the addressee as its object says what the thing will do for him, a
    forecast; it binds no one."""
    if subj.pos_ != "PRON" or subj.lower_ not in ctx.cue("impersonal_subjects"):
        return False
    return any(c.dep_ in {"dobj", "dative", "iobj"} and is_second_person(c) for c in children_of(verb))


def present_advice(ctx: Context, holder: Token, opinion: Token) -> bool:
    """An opinion that advises: held by the speaker or the addressee ("we think it better to say"), and
    not a thought in the past tense: "I have thought it advisable to send ..." reports the holder's own
    course (a past suggestion, "suggested to him that it would be better to wait", still advises)."""
    past_thought = opinion.tag_ in {"VBD", "VBN"} and opinion.lemma_.lower() in ctx.cue("cognition_verbs")
    return (is_first_person(holder) or is_second_person(holder)) and not past_thought


def courteous_trust(ctx: Context, gov: Token, clause: Token) -> bool:
    """"I trust you will understand ...", "hoping that you will appreciate our point of view": a hope
    that the addressee will understand asks for sympathy, not for an act ("hope you will see your way
    to grant ..." still asks, by its infinitive)."""
    return (
        gov.lemma_.lower() in ctx.cue("hope_words")
        and clause.lemma_.lower() in ctx.cue("understanding_verbs")
        and bool(modals_of(clause) & {"will", "would"})
        and not any(is_infinitive_to(c) or (c.dep_, c.pos_) == ("conj", "VERB") for c in children_of(clause))
    )


def addressees_own(noun: Token) -> bool:
    """ "your note", "any consultations you may wish to undertake": a thing the addressee holds or does,
    which a modal about it directs the addressee to see to."""
    return any(
        (c.dep_ == "poss" and is_second_person(c)) or (c.dep_ == "relcl" and is_second_person(subject_of(c)))
        for c in children_of(noun)
    )
