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
    span_text,
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


def test_decoded_columns_are_spacys_token_strings(extractor) -> None:  # type: ignore[no-untyped-def]
    sdoc = extractor.nlp(read_text_document(SEED).text)
    table = parse_table(sdoc)
    assert table.texts == [t.text for t in sdoc]
    assert table.lowers == [t.lower_ for t in sdoc]
    assert table.lemmas == [t.lemma_.lower() for t in sdoc]
    assert table.text == sdoc.text
    assert table.offsets == [t.idx for t in sdoc]
    assert table.punct == [t.is_punct for t in sdoc] and table.space == [t.is_space for t in sdoc]
    assert [span_text(ent) for ent in sdoc.ents] == [ent.text for ent in sdoc.ents]
    assert sorted(i for places in table.by_pos.values() for i in places) == list(range(len(sdoc)))
    assert all(sdoc[i].pos_ == pos for pos, places in table.by_pos.items() for i in places)


def test_word_index_finds_a_word_as_written_or_as_lemma(extractor) -> None:  # type: ignore[no-untyped-def]
    sdoc = extractor.nlp("The Ministers approved it. He approves; we were approving the plans.")
    table = parse_table(sdoc)
    gated = frozenset({"approve", "plan", "ministers", "be"})
    assert table.at_words("approve", frozenset({"approve"}), gated) == {2, 6, 10}  # by lemma only
    assert table.at_words("plans", frozenset({"plan", "ministers"}), gated) == {1, 12}  # as written: a name
    assert table.at_words("be", frozenset({"be"}), gated) == {9}
    assert table.at_words("none", frozenset({"none"}), gated) == frozenset()  # a word no gate names


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
