"""Whose paper a participle right after it is (kg.extract.paper_owners), on small built Docs of invented
sentences: with no comma, only the paper's number, date and footnote mark may stand between."""

from __future__ import annotations

from kg.extract.paper_owners import set_off_paper_owner
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word


def test_a_participle_right_after_a_papers_number_and_date_is_its_owners_act() -> None:
    sentence = "With reference to your telegram No. 52 of June 3 requesting me to obtain the views of the "
    sentence += "Minister, I have the honor to report that he is absent."
    ctx, voice = built(sentence, {"Minister": ("minister", "Person")})
    found = get("instructions", "reported_directive").func(ctx, word(ctx, "obtain"), voice)
    assert found is not None and (found.issuer, found.addressee) == (ADDRESSEE, SPEAKER)


def test_a_footnote_mark_glued_to_the_year_does_not_hide_the_paper() -> None:
    sentence = "I have the honor to acknowledge the receipt of the Department’s instruction No. 210 of May "
    sentence += "9, 1931,2 directing the Legation to protest against the new tariff."
    actors = {"Department": ("department", "Organization"), "Legation": ("legation", "Organization")}
    ctx, voice = built(sentence, actors)
    found = get("instructions", "reported_directive").func(ctx, word(ctx, "protest"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("department", "legation")


def test_a_named_party_between_paper_and_participle_keeps_the_paper_out() -> None:
    sentence = "I have forwarded your telegram to the Consul requesting him to call on the Governor."
    ctx, voice = built(sentence, {"Consul": ("consul", "Person"), "Governor": ("governor", "Person")})
    assert set_off_paper_owner(ctx, word(ctx, "requesting"), voice) is None


def test_a_question_in_the_readers_note_is_put_to_the_writer_not_to_unnamed_parties() -> None:
    sentence = "Referring to your note of March 4, inquiring whether vessels of Peruvian registry may load "
    sentence += "coal at the Canal, I have the honor to inform you that the matter is under study."
    ctx, voice = built(sentence, {"Canal": ("canal", "Organization")})
    found = get("instructions", "inquiry").func(ctx, word(ctx, "inquiring"), voice)
    assert found is not None and (found.issuer, found.addressee) == (ADDRESSEE, SPEAKER)
    sentence = "The Consul telegraphed to his agents inquiring whether the vessels had sailed."
    ctx, voice = built(sentence, {"Consul": ("consul", "Person")})
    found = get("instructions", "inquiry").func(ctx, word(ctx, "inquiring"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("consul", None)  # the agents: unnamed


def test_a_question_in_a_letter_is_put_to_its_reader_not_to_the_party_it_is_about() -> None:
    sentence = "The Department has received your letter of March 3, with enclosures, asking whether the "
    sentence += "Relief Commission should be given the use of the piers."
    actors = {"Department": (SPEAKER, "Person"), "Commission": ("commission", "Organization")}
    ctx, voice = built(sentence, actors)
    found = get("instructions", "inquiry").func(ctx, word(ctx, "asking"), voice)
    assert found is not None and (found.issuer, found.addressee) == (ADDRESSEE, SPEAKER)
    sentence = "Mr. Hale inquired whether the Commissioners desired to have the services of the Bureau."
    ctx, voice = built(sentence, {"Hale": ("hale", "Person"), "Commissioners": ("commissioners", "Group")})
    found = get("instructions", "inquiry").func(ctx, word(ctx, "inquired"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("hale", "commissioners")
