"""Which actor a noun phrase names, leaving out the places where its people are stationed.

"asked consuls in Harbin, Vladivostok, and Yokohama to purchase rubles": the consuls are told, not the
towns they serve in. A common noun that is no actor itself, with a place preposition after it, names
people at that place; an actor inside that phrase is where they are, not who they are. A government
head ("the Government at Peking") is named by its seat, so its place phrase still counts.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .lexicon import Lexicon
from .tokens import children_of, subtree_of


def named_tokens(tok: Token, actor_at: dict[int, str], lex: Lexicon) -> Iterator[Token]:
    """The tokens of ``tok``'s phrase that may name it: all of them, but for a station phrase."""
    if tok.pos_ != "NOUN" or tok.i in actor_at or tok.lower_ in lex.words("actors", "government_heads"):
        yield from subtree_of(tok)
        return
    places = lex.words("actors", "place_prepositions")
    stationed = {
        t.i for c in children_of(tok) if c.dep_ == "prep" and c.lower_ in places for t in subtree_of(c)
    }
    yield from (t for t in subtree_of(tok) if t.i not in stationed)


def parallel_object(pronoun: Token, actor_at: dict[int, str]) -> Token | None:
    """ "I shall advise the press correspondents ... and request them to ...": the object of a verb
    conjoined before the pronoun's own verb, of the pronoun's number, is what the pronoun takes up;
    where it is a plural noun no actor stands for, no actor named further back is meant."""
    verb = pronoun.head
    if pronoun.dep_ not in {"dobj", "dative"} or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    earlier = next((c for c in children_of(verb.head) if c.dep_ == "dobj"), None)
    if earlier is None or earlier.tag_ != "NNS" or any(t.i in actor_at for t in subtree_of(earlier)):
        return None
    return earlier


def on_behalf(prep: Token, obj: Token) -> bool:
    """ "pressed on Thieu" names who is pressed; "asked on behalf of his Government" whom he speaks for."""
    return prep.lower_ == "on" and any(c.dep_ == "poss" or c.lower_ == "of" for c in children_of(obj))


def party_noun(noun: Token, lex: Lexicon) -> bool:
    """A noun an adjective of nationality makes a party ("the Chinese Government", "Soviet leaders",
    "the British Ambassador", "the Anglo-Russian subcommittee"), unlike a thing of that nation ("Russian
    matters", "American help"): a word of the lexicon's ``nation_party_lists``."""
    if noun.pos_ == "PROPN":
        return True
    words, endings = _party_heads(lex)
    forms = (noun.lemma_.lower(), noun.lower_)
    return any(f in words or f.endswith(endings) for f in forms)


_HEADS: dict[int, tuple[Lexicon, frozenset[str], tuple[str, ...]]] = {}


def _party_heads(lex: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """The party nouns, and the longer ones that end a compound word ("subcommittee"), built once per
    lexicon (asked at every noun with an adjective)."""
    known = _HEADS.get(id(lex))
    if known is None or known[0] is not lex:
        words = frozenset(w for name in lex.actors["nation_party_lists"] for w in lex.words("actors", name))
        known = _HEADS[id(lex)] = lex, words, tuple(sorted(w for w in words if len(w) > 5))
    return known[1], known[2]
