"""Routing lines of a telegram that carries or relays messages, in the forms the courtesies' own test
leaves out: the guidelines make "Please pass the following message to ..." and the like no instruction
(the text it routes speaks with its own voice; embedded.py reads that voice), and the one told to pass
it is a code room, not the telegram's addressee.

- "Please pass following message to X:" where the parser makes "following" a participle (xcomp) whose
  object is the message, so "following" is no object of the verb itself;
- "Pls pass Secretary's party.", "Please repeat to London.", "Pass Embassy Paris and Embassy Rome.": a
  verb of routing whose only complements name the parties the telegram goes on to, with no thing to
  pass: the telegram itself is what is passed.

"Please pass the letter to the Minister" (a thing to pass) and "Please transmit the information to X"
stay directives: the reader is told to act.
"""

from __future__ import annotations

from spacy.tokens import Token

from .context import SUBJECTS, Context
from .tokens import children_of

#: complements that route only: the party it goes to, when and how ("at once", "by fastest means")
ROUTING_DEPS = frozenset({"intj", "advmod", "punct", "prep", "npadvmod", "dobj", "dative", "conj", "cc"})
FOLLOWING = frozenset({"following", "follows"})


def routed_line(ctx: Context, tok: Token) -> bool:
    """A routing line's verb (no directive): either form of the module docstring."""
    if tok.dep_ != "ROOT" or tok.lemma_.lower() not in ctx.cue("routing_verbs"):
        return False
    if any(c.dep_ in SUBJECTS for c in children_of(tok)):
        return False
    return routed_participle(ctx, tok) or routed_to_party(ctx, tok)


def routed_participle(ctx: Context, tok: Token) -> bool:
    """ "Please pass following message to X": a polite verb of routing whose participle "following"
    (parsed as its open complement) carries the message as its object."""
    if not any(c.lower_ in ctx.cue("politeness_adverbs") or c.dep_ == "intj" for c in children_of(tok)):
        return False
    participles = [c for c in children_of(tok) if c.dep_ == "xcomp" and c.lower_ in FOLLOWING]
    return any(
        o.dep_ == "dobj" and o.lemma_.lower() in ctx.cue("message_words")
        for p in participles
        for o in children_of(p)
    )


def routed_to_party(ctx: Context, tok: Token) -> bool:
    """ "Pls pass Secretary's party.", "Please repeat to London.": every complement of the verb is a
    party it is routed to (an object or a "to" phrase naming one) or says when and how; at least one
    names a party, and nothing names a thing to pass."""
    complements = children_of(tok)
    if any(c.dep_ not in ROUTING_DEPS for c in complements):
        return False
    parties = [c for c in complements if c.dep_ in {"dobj", "dative", "conj"}]
    parties += [p for c in complements if c.dep_ == "prep" and c.lower_ == "to" for p in children_of(c)]
    if not parties or not all(_party(ctx, p) for p in parties if p.dep_ != "cc"):
        return False
    objects = [c for c in complements if c.dep_ in {"dobj", "dative"}]
    if objects and any(c.dep_ == "prep" and c.lower_ == "to" for c in complements):
        return False  # "Please send Smith to Paris": a person sent, not a telegram routed
    return all(_routing_prep(ctx, c) for c in complements if c.dep_ == "prep")


def _party(ctx: Context, tok: Token) -> bool:
    """A phrase that names a party: a proper name or an actor's word ("London", "Embassy Paris"), or a
    party's group ("the Secretary's party", "the Minister's delegation")."""
    if tok.pos_ == "PROPN" or tok.i in ctx.actor_at:
        return True
    owners = [c for c in children_of(tok) if c.dep_ == "poss"]
    group = tok.lemma_.lower() in ctx.cue("participation_nouns") | ctx.cue("routed_groups")
    return group and any(o.pos_ == "PROPN" or o.i in ctx.actor_at for o in owners)


def _routing_prep(ctx: Context, prep: Token) -> bool:
    """A "to" phrase naming a party, or a phrase of time or means ("at once", "by fastest means",
    "upon receipt"): no "of" or "about" phrase that gives the matter."""
    return prep.lower_ == "to" or prep.lower_ in ctx.cue("routing_prepositions")
