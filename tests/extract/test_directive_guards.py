"""Guards found by building the whole corpus: a clause test never fails on a token with no words under it."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.coordination import _that_clause


def test_a_punctuation_conjunct_is_no_that_clause() -> None:
    # The parser hangs a lone dash on a verb as a conjunct: its subtree holds only punctuation.
    doc = Doc(spacy.blank("en").vocab, words=["Request", "that", "it", "stop", "—"],
              heads=[0, 3, 3, 0, 0], deps=["ROOT", "mark", "nsubj", "ccomp", "conj"],
              spaces=[True, True, True, True, False])
    assert doc[4].is_punct
    assert _that_clause(doc[3])
    assert not _that_clause(doc[4])
