"""Owners: a people's adjective before a noun for a thing says whose the thing is, not who acts.

"idle Ruritanian ports", "Ruritanian steamers", "under Ruritanian rule", "Ruritanian claims" name no
party of the document: the state they belong to acts in nothing. Before an agent ("the Ruritanian
delegate", "Ruritanian soldiers", "the Ruritanian Government"), an act ("Ruritanian cooperation",
"the Ruritanian proposal") or a text ("the Ruritanian resolution") the adjective still names who
acts, proposes or speaks. A mention of that kind alone does not make its state an actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .tokens import head_of

if TYPE_CHECKING:
    from .actor_names import MentionIndex


def owns_a_thing(index: MentionIndex, tok: Token) -> bool:
    """Whether ``tok`` is a people's or an alliance's adjective ("Ruritanian", "Allied", which the
    tagger may label ORG) modifying a noun for a thing."""
    if tok.tag_ != "JJ" or tok.dep_ != "amod" or tok.ent_type_ not in {"NORP", "ORG"}:
        return False
    head = head_of(tok)
    if head.pos_ != "NOUN" or head is tok:
        return False
    lemma = head.lemma_.lower().rstrip("0123456789")  # "delegation1": a footnote's mark
    if lemma in index.words("vessel_words"):
        return True  # "Ruritanian steamers": ships, though their word ends like an agent's
    return not (_names_an_agent(index, head, lemma) or _names_an_act(index, lemma))


def _names_an_agent(index: MentionIndex, head: Token, lemma: str) -> bool:
    """An actor's word ("delegation", "bankers") or a noun for a person or a body by its ending
    ("delegate", "agent", "soldiers", "plenipotentiaries", "shipowners")."""
    words = (lemma, head.lower_.rstrip("0123456789"))
    lists = index.lex.cues["actor_word_lists"]
    if any(word in index.words(name) for name in lists for word in words) or lemma in index.words(
        "party_nouns"
    ):
        return True  # "the Ruritanian side", "Ruritanian battalions": a party or a body of its men
    return any(word.endswith(tuple(index.words("person_suffixes"))) for word in words)


def _names_an_act(index: MentionIndex, lemma: str) -> bool:
    """A nominalized act ("cooperation", "statements"), a stance's, a proposal's or a text's noun
    ("support", "idea", "resolution", "note"): whose it is, that one acts."""
    cues = index.lex.cues
    if lemma in cues["nominalizations"].values() or lemma.endswith(tuple(cues["action_suffixes"])):
        return True
    lists = [*cues["text_noun_lists"], *index.lex.actors["party_noun_lists"]]
    return any(lemma in index.lex.words("cues", name) for name in lists)


def heads_a_collective(index: MentionIndex, tok: Token) -> bool:
    """The noun after a people's name that makes the two a group ("the Ruritanian people", "the
    Ruritanian press"); one that only modifies a further noun ("Ruritanian press dispatches") is none."""
    return tok.lemma_.lower() in index.words("group_words") and tok.dep_ != "compound"
