"""The per-document parse table gives what spaCy's own token properties give, token for token."""

from __future__ import annotations

from kg.documents import read_text_document
from kg.extract.tokens import (
    children_of,
    count_texts,
    head_of,
    noun_chunks_headed,
    parse_table,
    sentence,
    subtree_of,
)

from ..conftest import SEED


def test_table_matches_spacy_on_every_token_of_the_seed(extractor) -> None:  # type: ignore[no-untyped-def]
    sdoc = extractor.nlp(read_text_document(SEED).text)
    for tok in sdoc:
        assert [c.i for c in children_of(tok)] == [c.i for c in tok.children]
        assert [t.i for t in subtree_of(tok)] == [t.i for t in tok.subtree]
        assert head_of(tok).i == tok.head.i
        assert (sentence(tok).start, sentence(tok).end) == (tok.sent.start, tok.sent.end)
        assert parse_table(sdoc).gates[tok.i] == (tok.pos_, tok.dep_)
    assert count_texts(sdoc, 0, len(sdoc), ",") == sum(t.text == "," for t in sdoc)


def test_table_is_built_once_per_document(extractor) -> None:  # type: ignore[no-untyped-def]
    sdoc = extractor.nlp("You will inform the Minister. He may agree.")
    assert parse_table(sdoc) is parse_table(sdoc)
    assert children_of(sdoc[1]) is children_of(sdoc[1])


def test_headed_noun_chunks_are_every_chunk_holding_a_head_and_few_others(extractor) -> None:  # type: ignore[no-untyped-def]
    sdoc = extractor.nlp(read_text_document(SEED).text)
    heads = {"president", "messages"}
    chunks = [(c.start, c.end) for c in sdoc.noun_chunks]
    holding = [(c.start, c.end) for c in sdoc.noun_chunks if any(t.lower_ in heads for t in c)]
    found = [(c.start, c.end) for c in noun_chunks_headed(sdoc, heads)]
    assert holding  # the seed names the President
    assert set(holding) <= set(found) <= set(chunks)
    assert found == sorted(found)
    assert len(found) < len(chunks) / 2  # the sentences without such a word are not read
    assert list(noun_chunks_headed(sdoc, {"no-such-word"})) == []
