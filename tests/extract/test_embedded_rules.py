"""A telegram that carries another message speaks inside that text with the message's own voice: its
sender to the one it is for, not the telegram's writer to the envoy who passes it on (an invented
telegram, ``data/embedded_texts.json``)."""

from __future__ import annotations

from kg.extract.lexicon import load_lexicon
from kg.extract.voices import find_voices, voice_at

from .test_other_rules import finder, rule

WRITER, READER = "hentzau", "sapt"


def embedded():  # type: ignore[no-untyped-def]
    """Hentzau's telegram to Sapt: a message from Rassendyll to Detchard between "Begin text:" and "End
    text.", a letter sent to Tarlenheim up to the next numbered point, a "Begin text." under a line that
    names no message, a salutation no line announces, a note from the Regent, whom no actor stands for,
    and a message "For Colonel Sapt" to pass on to Rassendyll, quoted in its routing paragraph and in a
    "QUOTE" paragraph, a numbered letter from Rassendyll to Tarlenheim under a line that announces
    its text, a message to "him" (Detchard) in numbered points under a line that ends by announcing
    it, a letter numbered on in the telegram's own points up to its "End text", and an editor's
    bracketed note under an announcing line."""
    f = finder("embedded_texts.json")
    _, actor_at = f.find()
    return f, actor_at, rule("voices", "embedded_text")(f.doc, f.sdoc, actor_at, (WRITER, READER))


def parties_at(f, spans, words: str) -> tuple[str | None, str | None] | None:  # type: ignore[no-untyped-def]
    at = f.doc.text.index(words)
    return next(((s, a) for span, s, a in spans if span.start <= at < span.end), None)


def test_a_routed_message_speaks_from_its_sender_to_the_one_it_is_for() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "I regret that") == ("rassendyll", "detchard")
    assert parties_at(f, spans, "I hope that you") == ("rassendyll", "detchard")
    assert parties_at(f, spans, "End text") is None  # the text ends at its "End text"
    assert parties_at(f, spans, "You should report") is None  # the telegram's own point


def test_a_letter_sent_to_someone_is_the_writers_to_him_up_to_the_next_point() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "I ask that you") == (WRITER, "tarlenheim")
    assert parties_at(f, spans, "He proposed the following line") is None


def test_a_text_whose_routing_line_names_no_one_keeps_the_telegrams_voice() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "The talks will be resumed") is None  # "the following line to the press"
    assert parties_at(f, spans, "Dear Colonel") is None  # a salutation no line announces


def test_a_sender_no_actor_stands_for_is_no_one() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "We propose that you") == (None, None)


def test_the_embedded_voice_overrides_the_body_voice() -> None:
    f, actor_at, _ = embedded()
    voices = find_voices(
        f.doc, f.sdoc, actor_at, load_lexicon().words("cues", "speech_verbs"), WRITER, READER
    )
    inner = voice_at(voices, f.doc.text.index("I hope that you"))
    outer = voice_at(voices, f.doc.text.index("You should report"))
    assert inner is not None and (inner.speaker, inner.addressee) == ("rassendyll", "detchard")
    assert outer is not None and (outer.speaker, outer.addressee) == (WRITER, READER)


def test_quote_unquote_in_the_routing_paragraph_and_the_telegrams_own_routing_skipped() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "We urge you") == (WRITER, "rassendyll")  # not "For Colonel Sapt"
    assert parties_at(f, spans, "Report his answer") is None  # after "Unquote": the telegram's own
    assert parties_at(f, spans, "Please pass following") is None
    assert parties_at(f, spans, "We expect you") == (WRITER, "rassendyll")  # a "QUOTE" paragraph


def test_an_announced_letter_keeps_its_own_numbered_points_up_to_the_telegrams_next() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "I know that you share") == ("rassendyll", "tarlenheim")
    assert parties_at(f, spans, "We will support your") == ("rassendyll", "tarlenheim")  # the letter's "2."
    assert parties_at(f, spans, "Will advise you") is None  # the telegram's "9."


def test_a_text_announced_at_a_lines_end_runs_over_its_numbered_points() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "I would urge you") == ("rassendyll", "detchard")  # "convey to him"
    assert parties_at(f, spans, "I hope that you will reply soon") == ("rassendyll", "detchard")
    assert parties_at(f, spans, "We should hear") is None  # no point of the text: the writer's again


def test_a_letter_in_the_telegrams_own_numbering_runs_to_its_end_text() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "I must ask you") == (WRITER, "tarlenheim")  # "13.", after "12. Begin text."
    assert parties_at(f, spans, "Report his reply") is None


def test_an_editors_bracketed_note_is_no_text() -> None:
    f, _, spans = embedded()
    assert parties_at(f, spans, "We await your instructions") is None


def test_a_text_routed_inside_a_numbered_point_ends_at_the_next_point() -> None:
    """ "2. I wish authorization to say to X the following: quote ... 3. I would appreciate reply":
    point 3 is the writer's again, though its number follows the point before the routing one."""
    f = finder("embedded_routed_here.json")
    _, actor_at = f.find()
    parties = (f.author_keys[0], f.recipient_keys[0])
    spans = rule("voices", "embedded_text")(f.doc, f.sdoc, actor_at, parties)
    assert parties_at(f, spans, "The US very much") is not None
    assert parties_at(f, spans, "I would appreciate reply") is None
