"""A cable's opening verb that the tagger took into the name it governs (built Docs, no trained model)."""

from __future__ import annotations

from kg.extract.misreads import read_as_verb
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, speaker_directives, word

OFFICES = {
    "Admiral": ("admiral", "Person"),
    "Minister": ("minister", "Person"),
    "Department": ("department", "Institution"),
    "General": ("consul-general", "Person"),
    "Consul": ("consul-general", "Person"),
    "Office": ("telegraph-office", "Institution"),
}


def imperative(sentence: str, verb: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, OFFICES)
    tok = word(ctx, verb)
    found = get("instructions", "telegraph_name_imperative").func(ctx, tok, voice)
    return found, read_as_verb(ctx, tok, tok.pos_, tok.dep_)


def test_a_verb_read_as_the_first_word_of_the_root_name_is_an_imperative() -> None:
    found, verb = imperative("Advise Admiral when the cruiser can sail.", "Advise")
    assert verb and found is not None and (found.issuer, found.addressee) == (None, ADDRESSEE)


def test_a_verb_hung_on_a_title_of_two_words_is_an_imperative() -> None:
    found, verb = imperative("Advise Consul General when the road is open.", "Advise")
    assert verb and found is not None and found.addressee == ADDRESSEE


def test_a_verb_on_a_name_left_unattached_is_an_imperative() -> None:
    found, verb = imperative("Inform Minister whether the bridge has been repaired.", "Inform")
    assert verb and found is not None and found.addressee == ADDRESSEE


def test_keep_hung_on_the_subject_of_a_bare_participle_is_an_imperative() -> None:
    found, verb = imperative("Keep Department advised of the negotiations.", "Keep")
    assert verb and found is not None and found.addressee == ADDRESSEE


def test_the_whole_sentence_is_quoted_from_the_misread_verb() -> None:
    found = speaker_directives("Advise Admiral when the cruiser can sail.", OFFICES)
    rule, told, quote, polarity = found["Advise"]
    assert (rule, told, polarity) == ("telegraph_name_imperative", ADDRESSEE, "do")
    assert quote.startswith("Advise Admiral when the cruiser can sail")
    assert told != SPEAKER


def test_a_name_that_is_the_subject_of_a_finite_verb_is_no_imperative() -> None:
    found, verb = imperative("Telegraph Office was closed by the rebels.", "Telegraph")
    assert found is None and not verb


def test_a_verb_like_word_inside_a_subject_name_is_no_imperative() -> None:
    found, verb = imperative("State Department officials expect an early reply.", "State")
    assert found is None and not verb
