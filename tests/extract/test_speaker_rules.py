"""Speaker-labelled paragraphs: minutes whose turns open with the speaker's name ("Admiral Grey: ..."),
on invented documents whose parses are written down (``data/speaker_turns.json``, ``data/greeting.json``)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.extract.lexicon import load_lexicon
from kg.extract.speakers import speaker_turns
from kg.extract.voices import voice_at

from .test_other_rules import finder, message, rule


def labels(name: str) -> list[str]:
    doc, sdoc = message(name)
    return [doc.text[t.label.start : t.label.end] for t in speaker_turns(doc, sdoc, load_lexicon())]


def test_the_turns_of_minutes_are_labelled_by_their_speakers() -> None:
    assert labels("speaker_turns.json") == ["Admiral Grey", "Mr. Brand", "Thorne", "Ruritania"]


def test_a_greeting_and_a_heading_label_no_speaker() -> None:
    # "Mr. Minister: I have the honor ...", "Note: The proposal was sent ...": a letter's greeting and a
    # heading of a note; neither names a party who speaks.
    assert labels("greeting.json") == []


def test_a_roll_of_names_is_no_turn() -> None:
    # "Delegates: Mr. Brand, Admiral Grey." names the parties present and says nothing.
    assert labels("speaker_roll.json") == []


def test_a_bare_name_the_tagger_missed_is_a_speaking_party() -> None:
    f = finder("speaker_turns.json")
    before = set(f.clusters)
    rule("actors", "speaker_label")(f)
    made = {f.clusters[k].name for k in set(f.clusters) - before}
    assert "Thorne" in made and "Ruritania" in made


def test_a_turn_speaks_with_its_speakers_voice_to_the_other_party() -> None:
    f = finder("speaker_turns.json")
    _, actor_at = f.find()
    voices = rule("voices", "speaker_turn")(f.doc, f.sdoc, actor_at)
    grey = voice_at(voices, f.doc.text.index("We cannot accept"))
    brand = voice_at(voices, f.doc.text.index("I shall inform"))
    assert grey is not None and (grey.speaker, grey.addressee) == ("grey", "brand")  # the first: who answers
    assert brand is not None and (brand.speaker, brand.addressee) == ("brand", "grey")


def test_a_speakers_stance_and_directive_are_the_speakers_not_the_recorders() -> None:
    doc, sdoc = message("speaker_turns.json")
    ex = Extractor().read(doc, sdoc)
    deciders = {doc.text[d.span.start : d.span.end]: d.actor for d in ex.decisions}
    assert deciders.get("We cannot accept the proposal of the Zendan delegation") == "grey"
    assert any(actor == "thorne" for quote, actor in deciders.items() if "rejected" in quote)
    roles = {(i.issuer, i.addressees) for i in ex.instructions if "inform them at once" in i.action}
    assert roles == {("grey", ("brand",))}


# -- a third party's words reported by the writer -----------------------------------------------------
# "The Zendan delegate stated that ... The whole question should therefore be submitted to arbitration.
# He added ... I told him ... The quota should be fixed at once." and a second paragraph "The Ruritanian
# delegate declared ... It is requested that the Department ... The tariff should be lowered." (invented,
# data/reported_stretch.json): Harrow writes to the Secretary of State.
def stretch_voices():  # type: ignore[no-untyped-def]
    f = finder("reported_stretch.json")
    _, actor_at = f.find()
    speech = load_lexicon().words("cues", "speech_verbs")
    return f.doc, rule("voices", "reported_stretch")(f.doc, f.sdoc, actor_at, speech, "harrow", "state")


def test_a_sentence_that_goes_on_reporting_a_party_speaks_with_its_voice_to_the_writer() -> None:
    doc, voices = stretch_voices()
    reported = voice_at(voices, doc.text.index("The whole question"))
    assert reported is not None and (reported.speaker, reported.addressee) == ("zendan", "harrow")


def test_pronouns_the_writers_own_words_and_the_present_are_not_the_reported_partys() -> None:
    doc, voices = stretch_voices()
    for words in ("He added", "The quota should", "It is requested", "The tariff should"):
        assert voice_at(voices, doc.text.index(words)) is None, words


def test_a_reported_partys_course_is_decided_by_that_party() -> None:
    doc, sdoc = message("reported_stretch.json")
    ex = Extractor().read(doc, sdoc)
    deciders = {doc.text[d.span.start : d.span.end]: d.actor for d in ex.decisions}
    assert deciders.get("The whole question should therefore be submitted to arbitration") == "zendan"
    assert all(i.issuer == "harrow" for i in ex.instructions if "lowered" in i.action)


def test_the_sender_of_a_quoted_message_is_a_party_whose_words_it_speaks() -> None:
    # "Following telegram received today from Chief Justice Stone: “I shall be happy to accept the
    # appointment as third arbitrator.”" in Harrow's telegram (invented, data/message_sender.json): the
    # tagger reads no name in "Chief Justice Stone".
    f = finder("message_sender.json")
    before = set(f.clusters)
    rule("actors", "message_sender")(f)
    assert {f.clusters[k].name for k in set(f.clusters) - before} == {"Chief Justice Stone"}
    doc, sdoc = message("message_sender.json")
    ex = Extractor().read(doc, sdoc)
    assert [
        d.actor for d in ex.decisions if "accept the appointment" in doc.text[d.span.start : d.span.end]
    ] == ["stone"]
