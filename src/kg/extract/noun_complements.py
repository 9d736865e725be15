"""What a noun of stance takes after it: "our willingness to resume the talks" (a to-infinitive),
"Hanoi's agreement to the proposal" (a "to" course with a party that gives it)."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, is_infinitive_to
from .tokens import children_of, subtree_of


def owned_consent(ctx: Context, noun: Token) -> bool:
    """An agreement "to" a course with a party that gives it ("his", "X's", "of X"): a consent; "the
    agreement to the truce was signed" with no one giving it is a paper."""
    to_course = infinitive_of(noun) is not None or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(children_of(c)) for c in children_of(noun)
    )
    giver = any(c.dep_ == "poss" for c in children_of(noun)) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.i in ctx.actor_at for o in subtree_of(c))
        for c in children_of(noun)
    )
    return to_course and giver


def infinitive_of(noun: Token) -> Token | None:
    """The to-infinitive a noun of disposition takes ("willingness to sign"): only with one is it a
    stance on a course ("readiness for war" is none)."""
    clauses = (c for c in children_of(noun) if c.dep_ in {"acl", "relcl"})
    return next((c for c in clauses if any(is_infinitive_to(g) for g in children_of(c))), None)


def gerund_of(noun: Token) -> Token | None:
    """The gerund a noun of resolve takes through "of" ("its intention of applying the embargo"): the
    same course as its to-infinitive ("its intention to apply")."""
    preps = (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of")
    return next((g for p in preps for g in children_of(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)


def stating_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly ("announced its decision") or through a preposition
    ("informed the Department of its decision", "spoke of his intention"): whose subject a third
    person possessive on the noun binds to."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    host = noun.head.head
    if host.pos_ in {"VERB", "AUX"}:
        return host
    return host.head if host.dep_ == "dobj" and host.head.pos_ in {"VERB", "AUX"} else None


def stated_resolve(ctx: Context, noun: Token) -> bool:
    """A noun of resolve with its to-infinitive ("its decision to suspend payments", "his intention to
    sign"), stated, not the topic asked or spoken about ("the impression as to their intention to X",
    "inquire regarding his intention to X")."""
    if infinitive_of(noun) is None and gerund_of(noun) is None:
        return False
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None:
        return True
    as_to = prep.lower_ == "to" and prep.head.lower_ == "as"
    return not as_to and prep.lower_ not in ctx.cue("topic_prepositions")


def resolved_move(ctx: Context, noun: Token, verb: Token) -> bool:
    """ "Our intention to withdraw two destroyers": a noun of resolve on a verb of rejection whose object
    is a thing moved, not a course (a proposal, a plan, an act): the course resolved on is the move
    itself, approved, not a rejection of the thing ("its decision to withdraw the proposal" is one)."""
    rejecting = verb.lemma_.lower() in ctx.cue("reject_verbs")
    if noun.lemma_.lower() not in ctx.cue("resolve_nouns") or not rejecting:
        return False
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    lemma = obj.lemma_.lower() if obj is not None else ""
    acts = ctx.lex.cues["nominalizations"].values()
    return obj is not None and not (lemma in ctx.cue("option_nouns") | ctx.cue("plan_nouns") or lemma in acts)
