"""A common word opening its sentence, which the tagger took for a one-word organization, is no actor;
built Docs of invented sentences with the tagger's label set by hand."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.lexicon import load_lexicon
from kg.extract.opening_words import opening_common_word

from .built import built


def dropped(sentence: str, word: str, nth: int = 0) -> bool:
    """Whether the ``nth`` ``word`` of ``sentence``, tagged an organization, is read as a common word."""
    sdoc = built(sentence)[0].sdoc
    tok = [t for t in sdoc if t.text == word][nth]
    ent = SpacySpan(sdoc, tok.i, tok.i + 1, label="ORG")
    return opening_common_word(ent, load_lexicon())


def test_a_verb_opening_a_telegram_sentence_is_no_organization() -> None:
    assert dropped("Defer the Zendan question until the Ruritanian envoy returns.", "Defer")
    assert dropped("Forwarded to the Zendan envoy for his information.", "Forwarded")  # its stem is the word
    assert dropped("Naval officers will inspect the harbour.", "Naval")  # an adjective of the dictionary


def test_a_name_or_an_institution_at_a_sentence_opening_stays() -> None:
    assert not dropped("Sapt arrived today.", "Sapt")  # no dictionary word
    assert not dropped("Senate will vote on Monday.", "Senate")  # the actors lexicon's institution
    both = "Reed arrived today. The envoy met Reed at the station."
    assert not dropped(both, "Reed")  # capitalised inside a sentence too: a name
    assert not dropped(both, "Reed", nth=1)  # not at an opening at all
