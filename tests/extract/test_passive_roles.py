"""Who tells whom in "X has been instructed / authorized to ..." (kg.extract.passive_roles), on small built
Docs: the one told is the subject, never the message's recipient by default."""

from __future__ import annotations

from kg.extract.registry import get

from .built import SPEAKER, built, word


def passive_directed(sentence: str, at: str, actors: dict[str, tuple[str, str]]):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, actors)
    return get("instructions", "passive_directed").func(ctx, word(ctx, at), voice)


def test_a_pronoun_told_in_an_envoys_statement_is_the_envoy() -> None:
    sentence = "The British Ambassador stated that he was instructed not to attend the meeting."
    actors = {"Ambassador": ("british-ambassador", "Person"), "British": ("great-britain", "Government")}
    found = passive_directed(sentence, "attend", actors)
    assert found is not None and (found.issuer, found.addressee) == ("great-britain", "british-ambassador")


def test_a_pronoun_told_in_a_governments_statement_leaves_the_one_told_open() -> None:
    sentence = "The consul stated that he was instructed not to attend the meeting."
    found = passive_directed(sentence, "attend", {"consul": ("ruritania", "Government")})
    assert found is not None and (found.issuer, found.addressee) == ("ruritania", None)


def test_a_subject_that_names_no_actor_is_not_the_recipient() -> None:
    found = passive_directed("Three cruisers have been authorized to proceed to the port.", "proceed", {})
    assert found is not None and found.addressee is None


def test_a_named_subject_is_the_one_told() -> None:
    sentence = "The Legation has been authorized to proceed to the port."
    found = passive_directed(sentence, "proceed", {"Legation": ("legation", "Organization")})
    assert found is not None and (found.issuer, found.addressee) == (SPEAKER, "legation")


def test_a_foreign_envoy_instructed_is_instructed_by_his_government() -> None:
    sentence = "I have been instructed to inform you that my Government cannot accept the proposal."
    found = passive_directed(sentence, "inform", {"Government": ("ruritania", "Government")})
    assert found is not None and (found.issuer, found.addressee) == ("ruritania", SPEAKER)


def test_ones_own_envoy_instructed_to_inform_the_reader_is_instructed_by_his_government() -> None:
    sentence = "I have been instructed to inform you that my Government will accept the proposal."
    found = passive_directed(sentence, "inform", {"Government": ("united-states", "Government")})
    assert found is not None and (found.issuer, found.addressee) == ("united-states", SPEAKER)
    # the reader is not the one who orders the writer to tell the reader (test_third_party_roles)


def test_a_directive_in_a_note_that_states_it_is_the_senders() -> None:
    sentence = "I received a note from the Minister stating that the Legation was requested to designate the "
    sentence += "experts."
    actors = {"Minister": ("minister", "Person"), "Legation": ("legation", "Organization")}
    found = passive_directed(sentence, "designate", actors)
    assert found is not None and (found.issuer, found.addressee) == ("minister", "legation")


def test_a_participle_set_off_after_a_paper_is_its_owners_act() -> None:
    sentence = "With reference to the Department's instruction of March 6, directing me to submit the draft, "
    sentence += "I have the honor to transmit a copy."
    ctx, voice = built(sentence, {"Department": ("department", "Organization")})
    found = get("instructions", "reported_directive").func(ctx, word(ctx, "submit"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("department", SPEAKER)
    sentence = "With reference to the Department's instruction of March 6 (file No. 12), directing me to "
    sentence += "submit the draft, I have the honor to transmit a copy."  # a file mark between the two
    ctx, voice = built(sentence, {"Department": ("department", "Organization")})
    found = get("instructions", "reported_directive").func(ctx, word(ctx, "submit"), voice)
    assert found is not None and found.issuer == "department"


def test_the_one_a_talk_was_with_is_the_one_asked() -> None:
    sentence = "In a conversation yesterday with the Minister, I asked whether there was any news of the "
    sentence += "contract."
    ctx, voice = built(sentence, {"Minister": ("minister", "Person")})
    found = get("instructions", "inquiry").func(ctx, word(ctx, "asked"), voice)
    assert found is not None and (found.issuer or SPEAKER, found.addressee) == (SPEAKER, "minister")
