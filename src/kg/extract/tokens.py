"""Facts of the parse that spaCy computes anew on every access, computed once per document.

``Token.sent`` walks its sentence's boundaries on each call and ``Token.children`` makes a new
``Token`` object for every child on each call; the finders ask for both at nearly every token, so
each document keeps them in ``user_data`` (the same place as the other per-document facts).
"""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token


def sentence(tok: Token) -> SpacySpan:
    """``tok.sent``, from a table of the document's sentences built once."""
    sents, index = _sentences(tok.doc)
    return sents[index[tok.i]]


def _sentences(sdoc: SpacyDoc) -> tuple[list[SpacySpan], list[int]]:
    table: tuple[list[SpacySpan], list[int]] | None = sdoc.user_data.get("kg_sentences")
    if table is None:
        sents = list(sdoc.sents)
        index = [0] * len(sdoc)
        for n, sent in enumerate(sents):
            index[sent.start : sent.end] = [n] * (sent.end - sent.start)
        table = sdoc.user_data["kg_sentences"] = (sents, index)
    return table


def children_of(tok: Token) -> tuple[Token, ...]:
    """``tok.children`` (its syntactic children in text order), from a table built once per document."""
    table: list[tuple[Token, ...]] | None = tok.doc.user_data.get("kg_children")
    if table is None:
        table = tok.doc.user_data["kg_children"] = _children_table(tok.doc)
    return table[tok.i]


def _children_table(sdoc: SpacyDoc) -> list[tuple[Token, ...]]:
    tokens = list(sdoc)
    kids: list[list[Token]] = [[] for _ in tokens]
    for i, offset in enumerate(sdoc.to_array("HEAD").astype("int64").tolist()):  # relative to i
        if offset:
            kids[i + offset].append(tokens[i])
    return [tuple(k) for k in kids]
