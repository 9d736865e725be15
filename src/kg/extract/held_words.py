"""Words a verb holds that are not what they seem: a preposition left waiting for the object of the
next verb ("fire on or oppose X"), and a noun one has whose to-infinitive is one's own act ("I have
the honor to request"). Read off the parse alone, so ``context`` can ask them."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cue
from .tokens import children_of, head_of


def first_conj(tok: Token) -> int:
    """Where the first verb coordinated with ``tok`` stands (past the end of any text where none is)."""
    return min(
        (c.i for c in children_of(tok) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}), default=10**9
    )


def unstranded(verb: Token) -> list[Token]:
    """The words a verb governs, less a bare preposition right before its conjunction ("fire on or
    oppose X": it waits for the next verb's object; "come out and meet them": an adverbial particle
    completes its verb and stays)."""
    conj = first_conj(verb)
    return [c for c in children_of(verb) if not _stranded(c, conj)]


def _stranded(comp: Token, conj: int) -> bool:
    bare = comp.pos_ == "ADP" and not list(comp.children) and comp.i + 2 == conj
    return bare and comp.lower_ not in cue("adverbial_particles")


def held_by(verb: Token) -> Token:
    """The word whose subject does what ``verb`` says: its head, or for the to-infinitive on a noun one
    has, the "have" ("I have the honor to request": one's own act; not "I have no wish to suggest", "I
    do not have authority to ask", nor a participle, "we have a note requesting ...")."""
    word = head_of(verb)
    have = head_of(word)
    if verb.dep_ != "acl" or word.dep_ != "dobj" or have.lemma_.lower() != "have":
        return word
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return word
    negated = any(c.dep_ == "neg" or c.lower_ in cue("negators") for c in children_of(have))
    disowned = any(c.lower_ in cue("negative_determiners") for c in children_of(word))
    return word if negated or disowned else have
