"""Repairs of parses that no reading of the words allows, made once before the finders run.

A relative clause needs a noun to describe: one the parser hung on a verb ("The Department desires that
you proceed to Arica") is that verb's content clause, and its "that", read as a relative pronoun
object, marks it.
"""

from __future__ import annotations

from spacy.tokens import Doc


def repair_parse(sdoc: Doc) -> None:
    """Relabel in place the clauses the parser read as relative to a verb."""
    for tok in sdoc:
        if tok.dep_ != "relcl" or tok.head.pos_ not in {"VERB", "AUX"} or tok.head.i > tok.i:
            continue
        tok.dep_ = "ccomp"
        first = sdoc[tok.left_edge.i]
        subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > first.i for c in tok.children)
        if first.lower_ == "that" and first.head.i == tok.i and first.dep_ == "dobj" and subject:
            first.dep_, first.tag_, first.pos_ = "mark", "IN", "SCONJ"
