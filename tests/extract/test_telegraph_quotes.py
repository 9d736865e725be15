"""Quotations a telegram marks with words ("Qte ... Unqte"), and who speaks them."""

from __future__ import annotations

from kg.extract.actors import ActorFinder
from kg.extract.lexicon import load_lexicon
from kg.extract.registry import get
from kg.extract.telegraph_quotes import telegraph_quotes
from kg.extract.voices import find_voices, text_regions, voice_at

from .test_other_rules import message


def quoted(text: str) -> list[str]:
    return [text[start:end] for _, start, end in telegraph_quotes(text)]


def test_a_quotation_runs_from_its_opening_word_to_its_closing_one_over_paragraphs() -> None:
    text = "He declared:\n\nQte We are ready to talk.\n\nBut we shall not yield. Unqte\n\nComment follows."
    assert quoted(text) == ["We are ready to talk.\n\nBut we shall not yield."]


def test_with_no_closing_word_it_ends_with_its_paragraph() -> None:
    text = "1. Report follows.\n\n2. Quote: The General does not plan to negotiate before November.\n\n3."
    assert quoted(text) == ["The General does not plan to negotiate before November."]
    text = "The Minister said: QUOTE we will sign the treaty tomorrow morning UNQUOTE and left."
    assert quoted(text) == ["we will sign the treaty tomorrow morning"]


def test_the_word_inside_a_sentence_or_a_short_tag_opens_nothing() -> None:
    assert quoted("They quote the treaty at length in their note of May 3.") == []
    assert quoted("He said:\n\nQte Yes. Unqte") == []  # under twenty characters: a tag, not a text


def test_a_marked_quotation_after_x_declared_speaks_with_xs_voice() -> None:
    # "... After stating that he bore no grudge, Zapf declared:\n\nQte We are ready to talk. ... Unqte"
    doc, sdoc = message("telegraph_quote.json")
    assert not [e for e in sdoc.ents if "Zapf" in e.text]  # the tagger's miss the actor rule is about
    finder = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))
    get("actors", "directing_agent").func(finder)
    found = {c.name: c.kind for c in finder.clusters.values()}
    assert found.get("Zapf") == "Person" and "report" not in found  # a paper that says is no speaker
    _, actor_at = finder.find()
    speech = load_lexicon().words("cues", "speech_verbs")
    parties = ("hentzau", "department-of-state")
    voices = get("voices", "quoted_speech").func(doc, sdoc, actor_at, speech, *parties)
    for words in ("We are ready to talk", "But we shall not yield"):
        voice = voice_at(voices, doc.text.index(words))
        assert voice is not None and voice.speaker == "zapf", words
    assert voice_at(voices, doc.text.index("Unqte")) is None


def _voices(name: str):  # type: ignore[no-untyped-def]
    doc, sdoc = message(name)
    finder = ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))
    _, actor_at = finder.find()
    parties = (finder.author_keys[0], finder.recipient_keys[0])
    return doc, find_voices(doc, sdoc, actor_at, load_lexicon().words("cues", "speech_verbs"), *parties)


def test_a_numbered_quotation_closed_before_a_footnote_number_is_the_message_its_point_announces() -> None:
    """ "1. Embassy requested deliver following oral message from President to King Hussein: / 2. QUOTE
    Your Majesty: ... Richard Nixon END QUOTE3": a telegram's bare title names the sender."""
    text = "2. QUOTE Your Majesty:\n\nI have asked him to stay.\n\nRichard Nixon END QUOTE3\n\n  1. Source."
    assert quoted(text) == ["Your Majesty:\n\nI have asked him to stay.\n\nRichard Nixon"]
    doc, voices = _voices("telegraph_quote_numbered.json")
    voice = voice_at(voices, doc.text.index("I have asked Secretary Rogers"))
    assert voice is not None and (voice.speaker, voice.addressee) == ("president", "hussein")


def test_a_message_is_for_the_one_its_own_phrase_names_not_the_one_who_carries_it() -> None:
    doc, voices = _voices("message_response.json")  # "convey to him following response from X to Ian Smith:"
    voice = voice_at(voices, doc.text.index("We hope"))
    assert voice is not None and (voice.speaker, voice.addressee) == ("secretary", "smith")
