"""Set phrases that look like a course or its object and name none: the writer taking "this
opportunity" to say something (the occasion of the letter, not a course on the table), the noun of a
complex preposition ("on the part of", "on account of"), which only links what follows it to the
clause, a noun of cause, manner or extent ("the causes of the uprising"), a plural naming people ("the
nationals of the powers"); and a noun of necessity or importance, whose gerund is the course a stance
on it bears on. The words live in cues.json."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, modals_of
from .tokens import children_of, head_of


def occasion_taken(ctx: Context, verb: Token) -> bool:
    """ "wishes to take this opportunity to point out ...", "I avail myself of this opportunity to ...":
    seizing the occasion of the present letter is how a remark is introduced, not a course put forward."""
    if verb.lemma_.lower() not in ctx.cue("occasion_taking_verbs"):
        return False
    nouns = [c for c in children_of(verb) if c.dep_ == "dobj"]
    nouns += [o for p in children_of(verb) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]
    return any(n.lemma_.lower() in ctx.cue("opportunity_nouns") and _this(ctx, n) for n in nouns)


def _this(ctx: Context, noun: Token) -> bool:
    """ "this opportunity": a demonstrative points at the present occasion ("seize the opportunity to
    occupy the port" may still name a course)."""
    return any(c.dep_ == "det" and c.lower_ == "this" for c in children_of(noun))


def no_course_word(ctx: Context, noun: Token) -> bool:
    """ "on the part of", "the causes of the uprising", "the manner in which the remarks were made": a
    connective's noun, or a noun of cause, manner, extent or result, which says how or why something
    happened and is never itself a course on the table."""
    circumstance = noun.pos_ == "NOUN" and noun.lemma_.lower() in ctx.cue("circumstance_nouns")
    return complex_preposition(ctx, noun) or circumstance or _people(ctx, noun)


def _people(ctx: Context, noun: Token) -> bool:
    """ "chosen from among the nationals of the powers", "the three Scandinavian countries", "all
    others": a plural that names people, firms or states is a party, never a course (the actor lists
    hold such words in the plural, so the word is read as written, not by its lemma; "all others" may
    be things)."""
    word = noun.lower_
    return noun.pos_ in {"NOUN", "PRON"} and (
        word in ctx.cue("people_nouns") or word in ctx.lex.words("actors", "collective_heads")
    )


def complex_preposition(ctx: Context, noun: Token) -> bool:
    """ "misunderstanding on the part of foreign nations", "on account of the extent of smuggling": the
    noun of a complex preposition (a preposition, the noun, "of") is part of a connective, never a course."""
    return (
        noun.lemma_.lower() in ctx.cue("complex_preposition_nouns")
        and noun.dep_ == "pobj"
        and head_of(noun).pos_ == "ADP"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))
    )


def weighed_gerunds(ctx: Context, noun: Token) -> list[Token]:
    """ "appreciates the importance of adequately protecting the fisheries": a stance on the importance or
    necessity of doing something bears on the doing, the course the gerund names, not on the noun."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.cue("modal_nouns"):
        return []
    linking = ctx.cue("modal_noun_prepositions")
    preps = [c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ in linking]
    return [g for p in preps for g in children_of(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]


def absent_thing(noun: Token) -> bool:
    """ "there is no extradition treaty with Cuba", "no satisfactory agreement has been reached": a
    proposal noun under "no" that a clause of existence or of coming about denies states that no such
    thing exists, not a course on the table; with a modal ("no settlement could be accepted which ...")
    it states a position."""
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun)):
        return False
    existential = noun.dep_ == "attr" and any(c.dep_ == "expl" for c in children_of(head_of(noun)))
    return existential or (noun.dep_ == "nsubjpass" and not modals_of(head_of(noun)))
