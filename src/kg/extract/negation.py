"""Whether a word is negated: a "not" or "never" among its children, and negation put as a phrase before
the verb: "At no time would we ...", "Under no circumstances do I wish to ...". The parser hangs the
phrase on the verb as a preposition, so no "neg" child shows it."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import cue
from .tokens import children_of, head_of

LEAD_DEPS = frozenset({"cc", "preconj", "advmod", "dep"})  # how the parser hangs a leading "nor"


def fronted_negation(verb: Token) -> bool:
    """ "At no time would we ...", "Under no circumstances will we ...", "we can in no way accept": a
    phrase before the verb whose object a negative determiner denies (the parser may hang it on the
    subject it follows)."""
    subjects = [c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i]
    hung = (c for s in subjects for c in children_of(s) if c.i > s.i)  # "The Government by no means accepts"
    for prep in (c for c in [*children_of(verb), *hung] if c.dep_ == "prep" and c.i < verb.i):
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
            if any(d.dep_ == "det" and d.lower_ in cue("negative_determiners") for d in children_of(obj)):
                return True
    return False


def inverted_nor(verb: Token) -> bool:
    """ "Nor can Israel accept ...", "..., nor will we sign ...", "Neither does he intend ...": "nor" or
    "neither" before the verb with its auxiliary put before the subject denies the verb as "not" would;
    "neither accept nor reject", with no inversion, is left to the coordination."""
    heads = [verb] + ([head_of(verb)] if verb.dep_ == "conj" and head_of(verb).i < verb.i else [])
    leads = [
        c.i
        for h in heads
        for c in children_of(h)
        if c.lower_ in cue("inverting_negators") and c.dep_ in LEAD_DEPS and c.i < verb.i
    ]
    lead = max(leads, default=-1)
    if lead < 0 or (verb.dep_ == "conj" and lead < head_of(verb).i):
        return False
    auxes = [c.i for c in children_of(verb) if c.dep_ in {"aux", "auxpass"} and lead < c.i]
    subjects = [c.i for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"} and lead < c.i]
    return bool(auxes and subjects) and min(auxes) < min(subjects)


def is_negated(tok: Token) -> bool:
    """Whether a word has a negation among its children; found once per token and kept by index."""
    known: dict[int, bool] = tok.doc.user_data.setdefault("kg_negated", {})
    if tok.i not in known:
        known[tok.i] = _negated(tok)
    return known[tok.i]


def _negated(tok: Token) -> bool:
    """A negation among the children, not an elliptic clause of its own ("If not, it should be ..."), nor
    the "not only" of "not only because ..., but ..." that adds a reason and denies nothing."""
    return inverted_nor(tok) or fronted_negation(tok) or any(
        _negator(c) and not _focus_only(c) for c in children_of(tok)
    )


def _negator(child: Token) -> bool:
    if child.dep_ == "neg":
        return True
    return child.lower_ in cue("negators") and not any(m.dep_ == "mark" for m in children_of(child))


def _focus_only(negator: Token) -> bool:
    """ "not only", "not merely": the "not" bears on the word after it, not on the clause."""
    return any(f.lower_ in cue("focus_adverbs") and f.i == negator.i + 1 for f in children_of(negator))
