"""Requests for a thing ("asked for a copy of the formula"), on small built input."""

from __future__ import annotations

from kg.extract.registry import get
from kg.extract.voices import Voice

from .built import ADDRESSEE, SPEAKER, built, word

ACTORS = {
    "Minister": ("minister", "Person"),
    "Ambassador": ("ambassador", "Person"),
    "Department": ("department", "Organization"),
}


def _asked_for(sentence: str, verb: str = "asked"):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, ACTORS)
    return get("instructions", "asked_for").func(ctx, word(ctx, verb), voice)


def test_asking_the_named_one_for_a_thing_is_a_request_to_it() -> None:
    directive = _asked_for("The Ambassador asked the Department for a copy of the formula.")
    assert directive is not None and (directive.issuer, directive.addressee) == ("ambassador", "department")


def test_a_message_sent_for_a_thing_asks_the_one_it_is_sent_to() -> None:
    directive = _asked_for("The Department has cabled the Ambassador for a decision.", "cabled")
    assert directive is not None and (directive.issuer, directive.addressee) == ("department", "ambassador")


def test_a_reported_request_for_a_thing_is_put_to_the_reporter() -> None:
    directive = _asked_for("The Minister said that the Ambassador asked for a copy of the formula.")
    assert directive is not None and (directive.issuer, directive.addressee) == ("ambassador", "minister")


def test_a_relative_clause_asks_for_its_antecedent() -> None:
    sentence = "The Minister said that he had received the Ambassador, who asked for a copy of the formula."
    directive = _asked_for(sentence)
    assert directive is not None and (directive.issuer, directive.addressee) == ("ambassador", "minister")


def test_the_speakers_future_asking_is_a_plan_not_a_request() -> None:
    assert _asked_for("I will ask for a recess.", "ask") is None


REPORT = {"Embassy": ("embassy", "Government"), "Department": ("department", "Organization")}


def test_a_question_hung_on_the_reported_clause_is_asked_by_the_reporter_of_the_one_informed() -> None:
    ctx, voice = built(
        "The Embassy informed the Department that the notes were now ready for shipment and asked if they"
        " might be sent to Vladivostok.",
        REPORT,
    )
    directive = get("instructions", "inquiry").func(ctx, word(ctx, "asked"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("embassy", "department")


def test_a_request_hung_on_the_reported_clause_is_made_by_the_reporter_to_the_one_informed() -> None:
    ctx, voice = built(
        "The Embassy informed the Department that the notes were ready and requested that they be sent.",
        REPORT,
    )
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "sent"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("embassy", "department")


def test_a_request_in_minutes_that_names_no_one_to_act_has_no_addressee() -> None:
    ctx, voice = built(
        "The Commissioners requested that this telegram be answered.",
        {"Commissioners": ("commissioners", "Group")},
    )
    rule = get("instructions", "reported_directive").func
    in_message = rule(ctx, word(ctx, "answered"), voice)  # a message passes it on to its recipient
    assert in_message is not None and in_message.addressee == "herrick"
    directive = rule(ctx, word(ctx, "answered"), Voice(voice.span, None, None))  # minutes speak with no voice
    assert directive is not None and (directive.issuer, directive.addressee) == ("commissioners", None)


def test_a_want_of_a_thing_from_a_named_actor_asks_that_actor() -> None:
    actors = {"Department": ("department", "Organization"), "Heid": ("heid", "Person")}
    ctx, voice = built("The Department desires a full report from Heid.", actors)
    directive = get("instructions", "wanted_from").func(ctx, word(ctx, "desires"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("department", "heid")
    ctx, voice = built("The Department desires a full report.", actors)
    assert get("instructions", "wanted_from").func(ctx, word(ctx, "desires"), voice) is None  # from no one


def test_a_hope_expressed_that_a_thing_be_received_from_an_actor_is_put_to_that_actor() -> None:
    actors = {"Laleau": ("laleau", "Person"), "Department": ("department", "Organization")}
    ctx, voice = built(
        "Laleau expressed the hope that a prompt reply could be received from the Department.", actors
    )
    directive = get("instructions", "hope_that").func(ctx, word(ctx, "received"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("laleau", "department")


def test_a_yes_no_question_on_what_we_are_to_do_asks_the_addressee_with_the_whole_sentence() -> None:
    ctx, voice = built("Do we seek his concurrence or do we tell him what we will do?")
    directive = get("instructions", "question").func(ctx, word(ctx, "seek"), voice)
    assert directive is not None and directive.addressee == "herrick" and directive.whole_sentence
    ctx, voice = built("What do we gain by waiting?")
    assert get("instructions", "question").func(ctx, word(ctx, "gain"), voice) is None  # rhetorical


def _please(sentence: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, ACTORS)
    return get("instructions", "please").func(ctx, word(ctx, "accept"), voice)


def test_the_complimentary_close_of_a_letter_asks_for_nothing() -> None:
    assert _please("Please accept, Sir, the renewed assurances of my highest consideration.") is None
    assert _please("Please accept, etc.") is None


def test_please_accept_a_course_is_a_request() -> None:
    assert _please("Please accept the proposal of the Minister.") is not None


def _wish_to_know(sentence: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, {"President": ("president", "Person")})
    return get("instructions", "wish_to_know").func(ctx, word(ctx, "know"), voice)


def test_a_third_partys_wish_to_know_passed_on_in_the_present_asks_the_addressee() -> None:
    found = _wish_to_know("The President desires to know whether this is contrary to your order.")
    assert found is not None and (found.issuer, found.addressee) == ("president", ADDRESSEE)


def test_one_reported_in_the_past_was_put_to_the_reporter() -> None:
    found = _wish_to_know("The President wished to know whether the order applied to the steamer.")
    assert found is not None and (found.issuer, found.addressee) == ("president", SPEAKER)


def _polite_request(sentence: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, {"Embassy": ("embassy", "Organization")})
    return get("instructions", "polite_request").func(ctx, word(ctx, "be"), voice)


def test_a_conditional_wish_asks_the_subject_of_its_if_clause() -> None:
    asked = "inform it whether such facilities can be given."
    found = _polite_request("You state that the Embassy would be grateful if I would " + asked)
    assert found is not None and (found.issuer, found.addressee) == ("embassy", SPEAKER)
    found = _polite_request("The Embassy would be grateful if you would " + asked)
    assert found is not None and (found.issuer, found.addressee) == ("embassy", ADDRESSEE)


def test_a_bare_copy_furnished_routes_this_message() -> None:
    ctx, voice = built("Please furnish copy War Trade Board and War Industries Board.")
    assert get("instructions", "please").func(ctx, word(ctx, "furnish"), voice) is None
    ctx, voice = built("Please furnish a copy of the treaty to the Department.", ACTORS)
    assert get("instructions", "please").func(ctx, word(ctx, "furnish"), voice) is not None


def test_a_request_put_under_a_modal_is_a_plan_not_a_request_made() -> None:
    sentence = "The Minister said that the Ambassador must ask for a copy of the formula."
    assert _asked_for(sentence, "ask") is None


def test_asking_for_a_thing_on_a_visit_made_is_a_request() -> None:
    directive = _asked_for("The Ambassador called today to ask for information.", "ask")
    assert directive is not None and (directive.issuer, directive.addressee) == ("ambassador", SPEAKER)
    sentence = "The Ambassador called today for the purpose of asking for information."
    directive = _asked_for(sentence, "asking")
    assert directive is not None and (directive.issuer, directive.addressee) == ("ambassador", SPEAKER)


def test_asking_on_a_visit_yet_to_be_made_is_a_plan() -> None:
    assert _asked_for("The Ambassador will call to ask for information.", "ask") is None


def _eager(sentence: str, verb: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, ACTORS)
    return get("instructions", "eager_to_be_told").func(ctx, word(ctx, verb), voice)


def test_eagerness_to_be_kept_informed_asks_the_writer_for_information() -> None:
    found = _eager("The Minister is anxious to be kept informed of these meetings.", "kept")
    assert found is not None and (found.issuer, found.addressee) == ("minister", SPEAKER)
    found = _eager("We shall be glad to be advised of the results.", "advised")
    assert found is not None and (found.issuer, found.addressee) == (SPEAKER, ADDRESSEE)


def test_eagerness_to_be_kept_out_asks_nothing() -> None:
    assert _eager("The Minister was anxious to be kept out of the talks.", "kept") is None
