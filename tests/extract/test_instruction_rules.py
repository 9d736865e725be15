"""Each instruction construction on a small built Doc (no trained model)."""

from __future__ import annotations

from kg.extract.context import is_second_person
from kg.extract.directives import action_text, find_directives, forbids, write_instructions
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

GOVT = {"Government": ("united-states", "Government")}
PRESIDENT = {"President": ("president", "Person")}


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_polite_request() -> None:
    ctx, voice = built("This Government would welcome your views.", GOVT)
    directive = rule("polite_request")(ctx, word(ctx, "welcome"), voice)
    assert directive is not None and directive.addressee == ADDRESSEE and directive.issuer == "united-states"


def test_please() -> None:
    ctx, voice = built("Please obtain a copy of the decree.")
    assert rule("please")(ctx, word(ctx, "obtain"), voice).addressee == ADDRESSEE


def test_warning() -> None:
    ctx, voice = built("I caution you against any statement.")
    assert rule("warning")(ctx, word(ctx, "caution"), voice).negative


def test_you_have_to() -> None:
    ctx, voice = built("You will have to decide at once.")
    assert rule("you_have_to")(ctx, word(ctx, "have"), voice) is not None


def test_you_must_and_its_negation() -> None:
    ctx, voice = built("You should not sign the protocol.")
    sign = word(ctx, "sign")
    assert rule("you_must")(ctx, sign, voice) is not None and forbids(ctx, sign)


def test_you_will_but_not_what_you_will_report() -> None:
    ctx, voice = built("You will tell them that you will report.")
    assert rule("you_will")(ctx, word(ctx, "tell"), voice) is not None
    assert rule("you_will")(ctx, word(ctx, "report"), voice) is None


def test_you_may() -> None:
    ctx, voice = built("You may assure the Minister that the claim is settled.")
    assert rule("you_may")(ctx, word(ctx, "assure"), voice) is not None


def test_nominal_directive() -> None:
    ctx, voice = built("These are our instructions for you to prepare a reply.")
    assert rule("nominal_directive")(ctx, word(ctx, "prepare"), voice).addressee == ADDRESSEE


def test_speaker_advice() -> None:
    ctx, voice = built("We should not paint ourselves into a corner.")
    assert rule("speaker_advice")(ctx, word(ctx, "paint"), voice).addressee == ADDRESSEE


def test_question() -> None:
    ctx, voice = built("Do you think Honduras needs rifles?")
    assert rule("question")(ctx, word(ctx, "think"), voice) is not None


def test_authorized_passive() -> None:
    ctx, voice = built("You are authorized to deliver the note.")
    assert rule("authorized_passive")(ctx, word(ctx, "deliver"), voice).addressee == ADDRESSEE


def test_impersonal_passive() -> None:
    ctx, voice = built("It is desired that you proceed to Arica.")
    assert rule("impersonal_passive")(ctx, word(ctx, "proceed"), voice) is not None


def test_governed_complement() -> None:
    ctx, voice = built("I want you to ask them what is their final offer.")
    assert rule("governed_complement")(ctx, word(ctx, "ask"), voice).addressee == ADDRESSEE


def test_imperative_but_not_a_routing_line() -> None:
    ctx, voice = built("Leave a crack of the door open for further discussion.")
    assert rule("imperative")(ctx, word(ctx, "Leave"), voice) is not None
    ctx, voice = built("Deliver immediately.")
    assert rule("imperative")(ctx, word(ctx, "Deliver"), voice) is None
    ctx, voice = built("Send directly to the aircraft.")
    assert rule("imperative")(ctx, word(ctx, "Send"), voice) is None


def test_a_quotation_marker_is_no_imperative_but_the_same_verb_with_a_course_is() -> None:
    ctx, voice = built("Begin text.")
    assert rule("imperative")(ctx, word(ctx, "Begin"), voice) is None
    ctx, voice = built("Begin negotiations with the Soviets at once.")
    assert rule("imperative")(ctx, word(ctx, "Begin"), voice) is not None


def test_a_telegraphic_third_person_verb_is_no_imperative() -> None:
    """ "Does not appear to share ...": the subject is left out, but "does" is no imperative's auxiliary."""
    ctx, voice = built("Does not appear to share our view of the situation.")
    assert rule("imperative")(ctx, word(ctx, "appear"), voice) is None


def test_a_telegraphic_first_person_attitude_is_no_imperative() -> None:
    """ "Greatly appreciate your inquiry", "Understand you are ...": the writer's "I" left out."""
    ctx, voice = built("Greatly appreciate your inquiry and this opportunity to express my views.")
    assert rule("imperative")(ctx, word(ctx, "appreciate"), voice) is None
    ctx, voice = built("Understand you are leaving for Paris tomorrow.")
    assert rule("imperative")(ctx, word(ctx, "Understand"), voice) is None


def test_coordinated_directives_are_two() -> None:
    ctx, voice = built("Obtain a copy of the decree and send it by the next pouch.")
    hits = find_directives(ctx)
    assert [h.tok.text for h in hits.values()] == ["Obtain", "send"]
    assert rule("coordinated")(ctx, word(ctx, "send"), voice).addressee == ADDRESSEE


def test_coordinated_that_clauses_are_one_demand_each() -> None:
    ctx, voice = built(
        "You will request that the consular archives be restored, that the guard placed at the "
        "consulate be withdrawn, and that the officer responsible be punished."
    )
    demand = rule("coordinated_that")(ctx, word(ctx, "withdrawn"), voice)
    assert demand is None  # not until the verb that makes the demands is found
    written = write_instructions(ctx, find_directives(ctx))
    quotes = [ctx.sdoc.text[i.span.start : i.span.end] for _, i in written]
    assert quotes == [
        "You will request that the consular archives be restored",
        "that the guard placed at the consulate be withdrawn",
        "that the officer responsible be punished",
    ]
    assert {i.addressees for _, i in written} == {(ADDRESSEE,)}


def test_a_purpose_clause_is_no_further_demand() -> None:
    ctx, voice = built("It is essential that the envoy remain in Paris so that the talks can resume.")
    hits = find_directives(ctx)
    assert "resume" not in [h.tok.text for h in hits.values()]


def test_express_read_as_an_adjective_and_the_hope_it_conveys_are_two_instructions() -> None:
    actors = {"Government": ("united-states", "Government"), "Peru": ("peru", "Government")}
    ctx, voice = built(
        "Express to the Minister the earnest hope of this Government that Peru will withdraw its troops.",
        actors,
    )
    assert rule("opening_misread")(ctx, word(ctx, "Express"), voice).addressee == ADDRESSEE
    written = write_instructions(ctx, find_directives(ctx))
    told = {ctx.sdoc.text[i.span.start : i.span.end]: (i.issuer, i.addressees) for _, i in written}
    assert told == {
        "Express to the Minister the earnest hope of this Government": (SPEAKER, (ADDRESSEE,)),
        "hope of this Government that Peru will withdraw its troops": ("united-states", ("peru",)),
    }


def test_and_to_verb_hung_inside_the_first_infinitive_is_a_second_directive() -> None:
    ctx, voice = built(
        "Engert has been instructed to avoid taking any position which will raise question as to status of"
        " the Government and to confine his efforts to the protection of property.",
        {"Engert": ("engert", "Person")},
    )
    written = write_instructions(ctx, find_directives(ctx))
    quotes = [ctx.sdoc.text[i.span.start : i.span.end] for _, i in written]
    assert quotes[0].endswith("status of the Government")
    assert quotes[1] == "to confine his efforts to the protection of property"
    assert {i.addressees for _, i in written} == {("engert",)}


def test_and_to_verb_after_an_undirected_infinitive_pairs_with_it() -> None:
    ctx, voice = built(
        "I beg Your Excellency to be pleased to bring this matter to the knowledge of the President, and to"
        " accept the protests of my highest consideration."
    )
    hits = find_directives(ctx)
    assert "be" in [h.tok.text for h in hits.values()]
    assert rule("coordinated_infinitive")(ctx, word(ctx, "accept"), voice) is None


def test_believed_directive() -> None:
    ctx, voice = built("We think you should decline the invitation.")
    assert rule("believed_directive")(ctx, word(ctx, "decline"), voice).governor is not None


def test_a_missions_belief_that_the_one_written_to_should_act_directs_it() -> None:
    parties = {"Department": (ADDRESSEE, "Government"), "Soviets": ("ussr", "Government")}
    ctx, voice = built("This mission believes the Department should protest the seizure.", parties)
    told = rule("believed_directive")(ctx, word(ctx, "protest"), voice)
    assert told is not None and told.addressee == ADDRESSEE
    for other in ("This mission believes the Soviets", "The Soviets believe the Department"):
        ctx, voice = built(f"{other} should protest the seizure.", parties)
        assert rule("believed_directive")(ctx, word(ctx, "protest"), voice) is None, other


def test_reported_directive_of_a_third_party() -> None:
    actors = {"Moncada": ("moncada", "Person"), "garrison": ("garrison", "Organization")}
    ctx, voice = built("General Moncada has ordered the garrison to surrender its arms.", actors)
    directive = rule("reported_directive")(ctx, word(ctx, "surrender"), voice)
    assert (directive.issuer, directive.addressee) == ("moncada", "garrison")


def test_passive_directed() -> None:
    ctx, voice = built("Engert has been instructed to avoid any position.", {"Engert": ("engert", "Person")})
    directive = rule("passive_directed")(ctx, word(ctx, "avoid"), voice)
    assert (directive.issuer, directive.addressee) == (SPEAKER, "engert")
    assert forbids(ctx, word(ctx, "avoid"))


def test_third_party_modal() -> None:
    ctx, voice = built("Habib should avoid any reiteration of our position.", {"Habib": ("habib", "Person")})
    assert rule("third_party_modal")(ctx, word(ctx, "avoid"), voice).addressee == "habib"


def test_necessary_that() -> None:
    ctx, voice = built("It is essential that Thieu stay close to us.", {"Thieu": ("thieu", "Person")})
    assert rule("necessary_that")(ctx, word(ctx, "stay"), voice).addressee == "thieu"


def test_inquiry() -> None:
    ctx, voice = built("He inquired whether this course would be agreeable.")
    assert rule("inquiry")(ctx, word(ctx, "inquired"), voice) is None  # "he" names nobody here
    ctx, voice = built("He inquired whether this course would be agreeable.", {"He": ("moncada", "Person")})
    assert rule("inquiry")(ctx, word(ctx, "inquired"), voice).issuer == "moncada"


def test_you_are_to() -> None:
    ctx, voice = built("You are to proceed to Riga immediately.")
    assert rule("you_are_to")(ctx, word(ctx, "proceed"), voice).addressee == ADDRESSEE


def test_hedged_directive() -> None:
    ctx, voice = built("You might find it useful to sound out the Nuncio.")
    assert rule("hedged_directive")(ctx, word(ctx, "sound"), voice).addressee == ADDRESSEE


def test_polite_if_is_a_request() -> None:
    ctx, voice = built("I should appreciate it if you would find out whether the decree has been signed.")
    assert rule("polite_if")(ctx, word(ctx, "find"), voice).addressee == ADDRESSEE
    assert get("conditions", "conditional_conjunction").func(ctx, word(ctx, "if")) is None


def test_hope_that_a_government_acts() -> None:
    actors = {"They": ("japan", "Government"), "Peru": ("peru", "Government")}
    ctx, voice = built("They expressed the hope that Peru will withdraw its troops.", actors)
    directive = rule("hope_that")(ctx, word(ctx, "withdraw"), voice)
    assert directive is not None and directive.addressee == "peru"


def test_action_is_never_empty() -> None:
    """A clause cut before its verb (", but ..." or the token cap) still names the action: the SHACL
    shapes reject an instruction with an empty action."""
    ctx, _ = built("You should not sign the protocol.")
    sign = word(ctx, "sign")
    assert action_text(ctx.sdoc, sign, sign.i - 2, "dont") == "not sign"


def test_reported_directive_naming_no_one_is_for_the_recipient() -> None:
    ctx, voice = built("The President desires that there be no private meetings.", PRESIDENT)
    directive = rule("reported_directive")(ctx, word(ctx, "be"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("president", ADDRESSEE)
    assert forbids(ctx, word(ctx, "be"))


def test_no_more_than_is_a_limit_not_a_prohibition() -> None:
    ctx, voice = built("You should ask for no more than a recess.")
    ask = word(ctx, "ask")
    assert rule("you_must")(ctx, ask, voice) is not None and not forbids(ctx, ask)


def test_make_sure_not_is_a_prohibition() -> None:
    ctx, voice = built("Make sure it does not leak.")
    make = word(ctx, "Make")
    assert rule("imperative")(ctx, make, voice) is not None and forbids(ctx, make)


def test_your_excellency_is_the_addressee_and_rest_assured_no_directive() -> None:
    ctx, voice = built("Your Excellency must rest assured that the fugitive will be found.")
    rest = word(ctx, "rest")
    assert is_second_person(word(ctx, "Excellency")) and not is_second_person(word(ctx, "fugitive"))
    assert rule("you_must")(ctx, rest, voice) is None


def test_what_a_treaty_would_require_is_no_reported_directive() -> None:
    sentence = "The treaty would require the Ambassador to exercise discretion."
    ctx, voice = built(sentence, {"Ambassador": ("ambassador", "Person")})
    assert rule("reported_directive")(ctx, word(ctx, "exercise"), voice) is None


def test_speaker_advice_not_a_past_judgement_or_own_preference() -> None:
    for sentence, verb in (
        ("I would not have gone so far as you.", "gone"),
        ("I should prefer not to leave Washington.", "prefer"),
    ):
        ctx, voice = built(sentence)
        assert rule("speaker_advice")(ctx, word(ctx, verb), voice) is None


def test_third_party_modal_only_in_a_main_clause() -> None:
    ctx, voice = built(
        "He will follow any rules which they may adopt and must enforce.", {"they": ("nicaragua", "Country")}
    )
    assert rule("third_party_modal")(ctx, word(ctx, "enforce"), voice) is None


def test_reported_directive_to_the_subject_it_names_not_one_inside_it() -> None:
    sentence = "Walters requests that the existence of the Italian reply be kept secret."
    ctx, voice = built(sentence, {"Walters": ("walters", "Person"), "Italian": ("italy", "Country")})
    directive = rule("reported_directive")(ctx, word(ctx, "kept"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("walters", ADDRESSEE)


def test_causative_imperative_in_both_parses_but_not_a_question() -> None:
    for sentence, verb in (
        ("Have him send us a brief outline of his thinking.", "send"),
        ("Then have him form a very small planning staff.", "form"),
    ):
        ctx, voice = built(sentence)
        directive = rule("causative_imperative")(ctx, word(ctx, verb), voice)
        assert directive is not None and directive.addressee == ADDRESSEE
    ctx, voice = built("Have you sent the note?")
    assert rule("causative_imperative")(ctx, word(ctx, "sent"), voice) is None


def test_causative_after_a_time_clause_or_coordinated_with_a_directive() -> None:
    ctx, voice = built("Once he has done this, have him send us an outline of his plan.")
    assert rule("causative_imperative")(ctx, word(ctx, "send"), voice).addressee == ADDRESSEE
    ctx, voice = built(
        "Please bring the General into the picture and have him form a small staff to work out the details."
    )
    assert [h.tok.text for h in find_directives(ctx).values()] == ["bring", "form"]


def test_a_telegram_with_object_and_to_infinitive_directs() -> None:
    actors = {"Department": ("department", "Government"), "Heid": ("heid", "Person")}
    ctx, voice = built("The Department telegraphed Heid not to allow the notes to be moved.", actors)
    allow = word(ctx, "allow")
    directive = rule("reported_directive")(ctx, allow, voice)
    assert (directive.issuer, directive.addressee) == ("department", "heid") and forbids(ctx, allow)


def test_telegraphese_leaves_out_the_speaker() -> None:
    actors = {"Christiania": ("norway", "Government")}
    ctx, voice = built("Are requesting Ministers Christiania to send reply.", actors)
    directive = rule("reported_directive")(ctx, word(ctx, "send"), voice)
    assert (directive.issuer, directive.addressee) == (SPEAKER, "norway")


def test_urged_necessity() -> None:
    actors = {"Lansing": ("lansing", "Person"), "Grey": ("grey", "Person")}
    ctx, voice = built("Lansing urged upon Grey the necessity of an early settlement.", actors)
    directive = rule("urged_necessity")(ctx, word(ctx, "urged"), voice)
    assert (directive.issuer, directive.addressee) == ("lansing", "grey")


def test_directive_noun_of_an_issuing_verb() -> None:
    ctx, voice = built("The President has given strict instructions that it remain secret.", PRESIDENT)
    directive = rule("directive_noun")(ctx, word(ctx, "given"), voice)
    assert (directive.issuer, directive.addressee) == ("president", ADDRESSEE)
    ctx, voice = built("The Department telegraphed Heid not to allow the notes to be moved.")
    assert rule("directive_noun")(ctx, word(ctx, "telegraphed"), voice) is None


def test_a_wish_to_know_whether_asks() -> None:
    ctx, voice = built("He wanted to know if I had heard from the Department.", {"He": ("price", "Person")})
    directive = rule("wish_to_know")(ctx, word(ctx, "know"), voice)
    assert (directive.issuer, directive.addressee) == ("price", SPEAKER)
    ctx, voice = built("I shall be glad to learn whether you are prepared to send such instructions.")
    directive = rule("wish_to_know")(ctx, word(ctx, "learn"), voice)
    assert (directive.issuer, directive.addressee) == (SPEAKER, ADDRESSEE)


def test_governed_complement_is_quoted_from_its_governor_and_advice_that_informs() -> None:
    ctx, voice = built("I want you to ask them what is their final offer.")
    assert rule("governed_complement")(ctx, word(ctx, "ask"), voice).governor.text == "want"
    sentence = "Advise the Minister that the note has not been sent."
    ctx, voice = built(sentence, {"Minister": ("lamas", "Person")})
    assert rule("governed_complement")(ctx, word(ctx, "sent"), voice) is None


def test_the_word_after_please_is_a_verb_whatever_its_tag() -> None:
    ctx, voice = built("Please cable explanations and additional figures.")
    cable = word(ctx, "cable")
    assert cable.pos_ == "NOUN" and rule("please_misread")(ctx, cable, voice).addressee == ADDRESSEE
    (hit,) = find_directives(ctx).values()
    assert hit.tok.text == "cable"
    assert rule("please_misread")(ctx, word(ctx, "figures"), voice) is None


def test_would_like_you_to_directs() -> None:
    ctx, voice = built("We would like you to move ahead on the preparations.")
    assert rule("governed_complement")(ctx, word(ctx, "move"), voice).addressee == ADDRESSEE


def test_a_course_judged_advisable_advises_and_a_negated_judgement_forbids() -> None:
    ctx, voice = built(
        "We think it better to say at the conference that your delegation has recommended against signature."
    )
    say = word(ctx, "say")
    directive = rule("judged_course")(ctx, say, voice)
    assert directive.addressee == ADDRESSEE and not directive.negative
    ctx, voice = built(
        "We do not think it wise to let Thieu believe that the President will accept a further delay."
    )
    assert rule("judged_course")(ctx, word(ctx, "let"), voice).negative
    ctx, voice = built(
        "Do you not think it would be better to make any further communications through our Paris Embassy?"
    )
    assert not rule("judged_course")(ctx, word(ctx, "make"), voice).negative
    ctx, voice = built("It was better to wait.")
    assert rule("judged_course")(ctx, word(ctx, "wait"), voice) is None


def test_awaiting_the_addressees_answer_asks_for_it() -> None:
    ctx, voice = built("Anxiously await your views thereon.")
    assert rule("awaited_reply")(ctx, word(ctx, "await"), voice).addressee == ADDRESSEE
    ctx, voice = built("I hope to receive reply to my telegram of the 16th instant.")
    assert rule("awaited_reply")(ctx, word(ctx, "receive"), voice).addressee == ADDRESSEE
    ctx, voice = built("He awaits the decision of the Court.")
    assert rule("awaited_reply")(ctx, word(ctx, "awaits"), voice) is None
    ctx, voice = built("While we are awaiting word from Hanoi, we should prepare.")
    assert rule("awaited_reply")(ctx, word(ctx, "awaiting"), voice) is None


def test_a_pronoun_told_what_it_should_do_is_told_through_the_addressee() -> None:
    ctx, voice = built("He should have informal liaison with General Vien.")
    assert rule("third_party_modal")(ctx, word(ctx, "have"), voice).addressee == ADDRESSEE
    ctx, voice = built("The treaties should be signed soon and it seems the treaty is to be deferred.")
    assert rule("third_party_modal")(ctx, word(ctx, "seems"), voice) is None  # the modal is the first verb's


def test_encouraging_someone_to_act_directs_them() -> None:
    ctx, voice = built("We would encourage you to give serious consideration to the proposals.")
    directive = rule("governed_complement")(ctx, word(ctx, "give"), voice)
    assert (directive.issuer or SPEAKER, directive.addressee) == (SPEAKER, ADDRESSEE)
    sentence = "We are encouraging the Spanish Government to continue negotiations."
    ctx, voice = built(sentence, {"Government": ("spain", "Government")})
    assert rule("governed_complement")(ctx, word(ctx, "continue"), voice).addressee == "spain"
