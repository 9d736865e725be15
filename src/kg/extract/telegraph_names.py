"""Telegraphese imperatives the tagger reads as part of a name. A cable leaves out the article before
an office or a name ("Advise Ambassador when Emerson can leave", "Inform Department whether ...",
"Keep Department informed"): the capitalized opening verb is tagged a proper noun and hung on the name
as a compound, or made the root with the name as its object. Such a verb of telling, directing or
sending, opening its sentence before an actor, is the verb of an imperative."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .lexicon import IMPERATIVE_VERB_LISTS
from .tokens import children_of, head_of, opens_sentence

#: A noun's words that name it with it: a compound, a title's "of" ("Minister of Foreign Affairs").
NAME_PARTS = frozenset({"compound", "flat"})


def telegraph_name_verb(ctx: Context, tok: Token, dep: str) -> bool:
    """ "Advise Ambassador when ...": a capitalized verb of telling that opens its sentence, misread as
    a name's first word (a compound of the sentence's root, a noun naming an actor) or as a root noun
    with an actor as its object."""
    if dep not in {"compound", "ROOT"} or tok.pos_ not in {"PROPN", "NOUN"} or not tok.text[:1].isupper():
        return False
    if not any(tok.lower_ in ctx.cue(name) for name in IMPERATIVE_VERB_LISTS):
        return False
    if not opens_sentence(tok, ctx.cue("imperative_leads")):
        return False
    if dep == "compound":
        name = head_of(tok)
        while name.dep_ == "compound" and head_of(name).i > name.i:  # "Inform Minister Finance that ..."
            name = head_of(name)
        return name.i > tok.i and misread_name_place(name) and names_actor(ctx, name, tok)
    return any(c.dep_ in {"dobj", "dative"} and names_actor(ctx, c, tok) for c in children_of(tok))


def misread_name_place(name: Token) -> bool:
    """Where the parser puts the name a misread verb is hung on: the sentence's root ("Advise
    Ambassador when ..."), an unattached word ("Inform Minister whether X has been repaired"), or the
    subject of a bare participle, which no main clause has ("Keep Department advised")."""
    if name.dep_ in {"ROOT", "dep"} or any(_content_clause(c) for c in children_of(name)):
        return True
    verb = head_of(name)
    bare = verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb))
    return name.dep_ == "nsubj" and verb.dep_ == "ROOT" and bare


def _content_clause(clause: Token) -> bool:
    """A clause marked "that" hung on a name: a name has none, the verb it was misread from has."""
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause))
    return clause.dep_ in {"relcl", "acl"} and marked


def names_actor(ctx: Context, noun: Token, verb: Token) -> bool:
    """Whether a noun (with its name's other words, not the misread verb) names an actor or an office."""
    words = [noun, *(c for c in children_of(noun) if c.dep_ in NAME_PARTS and c.i != verb.i)]
    titles = ctx.lex.words("actors", "person_titles")  # "Inform Minister Finance": an office, unnamed
    return noun.pos_ in {"PROPN", "NOUN"} and any(t.i in ctx.actor_at or t.lower_ in titles for t in words)
