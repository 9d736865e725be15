"""Whose order or stance a clause states when it is not the writer's or the reader's, on small built Docs:
a subject the parser hung as an apposition, and an envoy instructed to tell the reader something."""

from __future__ import annotations

from kg.extract.deciders import decider
from kg.extract.echoed_names import named_elsewhere
from kg.extract.registry import get
from kg.extract.subjects import appositive_subject

from .built import ADDRESSEE, SPEAKER, built, word

OPENING = "On account of its friendship with Ruritania the Government of Zenda will not refuse the offer."


def test_a_subject_read_as_an_apposition_of_an_opening_phrase_is_the_verbs_subject() -> None:
    ctx, _ = built(OPENING)
    subj = appositive_subject(word(ctx, "refuse"))
    assert subj is not None and subj.text == "Government"
    ctx, _ = built("Ruritania, the Zendan Government will not object to the plan.")
    assert appositive_subject(word(ctx, "object")) is None  # a subject of its own: nothing to repair


def test_the_decider_of_a_verb_with_an_appositive_subject_is_that_subjects_party() -> None:
    actors = {"Zenda": ("zenda", "Government"), "Ruritania": ("ruritania", "Government")}
    ctx, voice = built(OPENING, actors)
    assert decider(ctx, word(ctx, "refuse"), voice) == "zenda"
    sentence = "In view of the late season the Zendan Government will not accept the offer."
    ctx, voice = built(sentence, {"Government": ("zenda", "Government")})
    assert decider(ctx, word(ctx, "accept"), voice) == "zenda"  # a subject parsed as one: unchanged


def _passive(sentence: str, at: str, actors: dict[str, tuple[str, str]]):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, actors)
    return get("instructions", "passive_directed").func(ctx, word(ctx, at), voice)


def test_an_envoy_instructed_to_tell_the_reader_is_instructed_by_his_sovereigns_government() -> None:
    sentence = "I am instructed to convey to you the thanks of His Majesty's Government."
    found = _passive(sentence, "convey", {"Government": ("ruritania", "Government")})
    assert found is not None and (found.issuer, found.addressee) == ("ruritania", SPEAKER)


def test_an_envoy_authorized_to_inform_the_reader_is_authorized_by_the_series_government() -> None:
    sentence = "I have been authorized to inform Your Excellency that the United States will extend the "
    sentence += "treaty."
    found = _passive(sentence, "inform", {"States": ("united-states", "Government")})
    assert found is not None and (found.issuer, found.addressee) == ("united-states", SPEAKER)


def test_an_order_not_aimed_at_the_reader_stays_the_readers() -> None:
    sentence = "I have been instructed to proceed to the port at once."
    found = _passive(sentence, "proceed", {"port": ("united-states", "Government")})
    assert found is not None and (found.issuer, found.addressee) == (ADDRESSEE, SPEAKER)


def test_words_that_name_a_party_at_one_mention_name_it_where_the_finder_left_them_unmapped() -> None:
    sentence = "The Zendan Government has replied that the Zendan Government does not accept the offer."
    ctx, voice = built(sentence, {"Government": ("zenda", "Government")})
    del ctx.actor_at[8]  # the second mention, as the finder leaves a "Government" tagged a common noun
    assert named_elsewhere(ctx, ctx.sdoc[8]) == "zenda"
    assert decider(ctx, word(ctx, "accept"), voice) == "zenda"
    sentence = "The Government has replied that the Government does not accept the offer."
    ctx, voice = built(sentence, {"Government": ("zenda", "Government")})
    del ctx.actor_at[6]
    assert named_elsewhere(ctx, ctx.sdoc[6]) is None  # "the Government" alone may be any government


def test_a_persons_title_repeated_is_not_taken_for_the_same_person() -> None:
    sentence = "The Zendan Government has replied that the Zendan Government does not accept the offer."
    ctx, _ = built(sentence, {"Government": ("zendan-envoy", "Person")})
    del ctx.actor_at[8]
    assert named_elsewhere(ctx, ctx.sdoc[8]) is None  # "the new Ambassador" may be the next one
