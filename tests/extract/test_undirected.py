"""Clauses that look directed but direct no one (kg.extract.undirected), on small built Docs."""

from __future__ import annotations

from kg.extract.directives import find_directives, forbids
from kg.extract.registry import get
from kg.extract.undirected import reported_conjunct

from .built import ADDRESSEE, built, word

SAITO = {"Saito": ("saito", "Person")}


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_an_expectation_of_a_future_event_with_no_actor_is_a_prediction() -> None:
    ctx, voice = built("It is expected the whole loan will be repaid in twenty years.")
    assert rule("impersonal_passive")(ctx, word(ctx, "repaid"), voice) is None


def test_a_course_of_the_speakers_side_is_no_necessity_put_to_the_addressee() -> None:
    ctx, voice = built("It seems advisable that our position should be made clear.")
    assert rule("necessary_that")(ctx, word(ctx, "made"), voice) is None


def test_a_negated_copula_negates_the_predicate_of_necessity() -> None:
    ctx, voice = built("It does not seem to me advisable that the commission should leave now.")
    assert rule("necessary_that")(ctx, word(ctx, "leave"), voice) is None


def test_a_clause_no_that_introduces_is_no_mandative_clause() -> None:
    sentence = "The second course seems more important and the press is beginning to blame the Senate."
    ctx, voice = built(sentence)
    assert rule("necessary_that")(ctx, word(ctx, "beginning"), voice) is None


def test_a_hedged_view_on_a_passive_that_names_no_one_to_act_is_an_opinion() -> None:
    ctx, voice = built("It seems advisable that a new election law be enacted.")
    assert rule("necessary_that")(ctx, word(ctx, "enacted"), voice) is None


def test_a_message_to_be_sent_is_the_addressees_to_send() -> None:
    ctx, voice = built("It seems most important that instructions should be sent to Christiania at once.")
    assert rule("necessary_that")(ctx, word(ctx, "sent"), voice).addressee == ADDRESSEE


def test_the_speakers_own_duty_is_no_advice() -> None:
    ctx, voice = built("I feel that I should lay the whole question before you.")
    assert rule("speaker_advice")(ctx, word(ctx, "lay"), voice) is None


def test_the_speakers_gladness_if_the_addressee_would_act_asks() -> None:
    ctx, voice = built("I should be obliged if Your Excellency would be good enough to send me a reply.")
    assert rule("speaker_advice")(ctx, word(ctx, "obliged"), voice).addressee == ADDRESSEE


def test_an_act_under_without_is_no_request() -> None:
    ctx, voice = built("He may approach the Minister without awaiting instructions.")
    assert rule("awaited_reply")(ctx, word(ctx, "awaiting"), voice) is None


def test_a_negated_question_asks_politely_to_do() -> None:
    ctx, voice = built("Will you not send us a copy of the report?")
    send = word(ctx, "send")
    assert rule("question")(ctx, send, voice).addressee == ADDRESSEE
    assert not forbids(ctx, send)


def test_a_past_conjunct_reports_what_was_done() -> None:
    ctx, _ = built("They proposed that the delegates send a message and then adjourned the session.")
    assert reported_conjunct(ctx, word(ctx, "adjourned"))
    assert not reported_conjunct(ctx, word(ctx, "send"))


def test_a_conjunct_a_subordinator_opens_is_no_directed_act() -> None:
    ctx, _ = built("Please answer at once, and as the talks will be considerably [affected by] your reply.")
    assert reported_conjunct(ctx, word(ctx, "be"))
    assert word(ctx, "be").i not in find_directives(ctx)


def test_a_further_that_clause_stays_a_directed_act() -> None:
    ctx, _ = built("Request that there be no meetings and that you postpone the talks.")
    assert not reported_conjunct(ctx, word(ctx, "postpone"))
    assert word(ctx, "postpone").i in find_directives(ctx)


def test_a_wish_put_as_a_condition_is_no_hope_expressed() -> None:
    ctx, voice = built("If they desire him to stay, an arrangement can be made.", {"him": ("polk", "Person")})
    assert rule("hope_that")(ctx, word(ctx, "stay"), voice) is None


def test_a_doer_that_names_no_actor_is_told_but_not_the_recipient() -> None:
    ctx, voice = built("Saito then proposed that the delegates send a message to the President.", SAITO)
    directive = rule("reported_directive")(ctx, word(ctx, "send"), voice)
    assert directive is not None and directive.issuer == "saito" and directive.addressee is None


def test_the_subject_of_a_copula_is_no_doer() -> None:
    sentence = "The President has directed that the future scenario be within the framework of the proposal."
    ctx, voice = built(sentence, {"President": ("president", "Person")})
    directive = rule("reported_directive")(ctx, word(ctx, "be"), voice)
    assert directive is not None and directive.issuer == "president" and directive.addressee == ADDRESSEE


def test_a_polite_request_under_a_verb_of_asking_is_the_askers() -> None:
    sentence = "The Secretary of the Treasury asks that you kindly make a special investigation of the risks."
    ctx, voice = built(sentence, {"Secretary": ("treasury", "Person")})
    directive = rule("please")(ctx, word(ctx, "make"), voice)
    assert directive is not None and directive.issuer == "treasury" and directive.addressee == ADDRESSEE


def test_a_negated_wish_to_have_the_addressee_act_forbids() -> None:
    sentence = "The Department does not wish to have you make any specific inquiries."
    ctx, voice = built(sentence, {"Department": ("department", "Government")})
    make = word(ctx, "make")
    directive = rule("glad_to_have")(ctx, make, voice)
    assert directive is not None and directive.issuer == "department" and directive.addressee == ADDRESSEE
    assert forbids(ctx, make, directive.governor)


SHIPS = {"Minister": ("german-minister", "Person"), "Karlsruhe": ("karlsruhe", "Organization")}


def test_an_object_pronoun_of_a_conjunct_stands_for_the_first_conjuncts_object() -> None:
    sentence = (
        "The Minister has requested the Karlsruhe to stop at Bahia and has instructed it to get in touch"
        " with the Pensacola."
    )
    ctx, voice = built(sentence, SHIPS)
    directive = rule("reported_directive")(ctx, word(ctx, "get"), voice)
    assert directive is not None and directive.issuer == "german-minister"
    assert directive.addressee == "karlsruhe"


def test_an_object_pronoun_that_stands_for_no_actor_is_told_but_not_the_recipient() -> None:
    ctx, voice = built("The Minister has instructed it to get in touch with the Pensacola.", SHIPS)
    directive = rule("reported_directive")(ctx, word(ctx, "get"), voice)
    assert directive is not None and directive.issuer == "german-minister" and directive.addressee is None


def test_a_clause_a_colon_introduces_is_the_wording_quoted() -> None:
    sentence = (
        "The Government had suggested that it be modified to read as follows: “The officers of the Mission"
        " are exempt from civil jurisdiction.”"
    )
    ctx, voice = built(sentence, {"Government": ("brazil", "Government")})
    assert rule("reported_directive")(ctx, word(ctx, "are"), voice) is None
    assert rule("reported_directive")(ctx, word(ctx, "modified"), voice) is not None


PRESIDENT = {"President": ("president", "Person")}


def test_a_state_of_affairs_wished_for_tells_no_one_to_act() -> None:
    wished = "The President desired that the chairman of the commission should be a Liberian."
    ctx, voice = built(wished, PRESIDENT)
    assert rule("reported_directive")(ctx, word(ctx, "be"), voice) is None
    ctx, voice = built("It is highly necessary that the delegates should be in complete harmony with ours.")
    assert rule("necessary_that")(ctx, word(ctx, "be"), voice) is None


def test_a_state_commanded_or_asked_of_you_still_directs() -> None:
    commanded = "The President has directed that the talks be within the framework of the proposal."
    ctx, voice = built(commanded, PRESIDENT)
    assert rule("reported_directive")(ctx, word(ctx, "be"), voice) is not None
    ctx, voice = built("I desire that you be at the conference tomorrow.")
    found = [rule(name)(ctx, word(ctx, "be"), voice) for name in ("reported_directive", "hope_that")]
    assert any(f is not None and f.addressee == ADDRESSEE for f in found)


def test_a_directive_verb_put_as_a_condition_directs_no_one() -> None:
    ctx, voice = built("Take no action unless you have been authorized to do so by the Department.")
    assert rule("authorized_passive")(ctx, word(ctx, "do"), voice) is None


def test_a_clause_a_subordinator_opens_is_no_complement_of_the_directive_verb() -> None:
    concession = (
        "For your confidential information, though the Department, in proposing a treaty with Bolivia,"
        " is influenced chiefly by its policy of concluding with other countries generally treaties"
        " containing the unconditional most-favored-nation clause, you are nevertheless desired to use"
        " especial diligence in seeking a favorable response from the Bolivian Government."
    )  # the parser hangs the concessive clause on "desired" as its complement
    ctx, voice = built(concession, {"Department": ("department", "Organization")})
    influenced = word(ctx, "influenced")
    assert rule("authorized_passive")(ctx, influenced, voice) is None
    assert rule("hope_that")(ctx, influenced, voice) is None
    assert rule("authorized_passive")(ctx, word(ctx, "use"), voice) is not None


def test_should_before_its_subject_after_a_comma_is_a_condition_not_an_obligation() -> None:
    calls = "Such violation must call for the interference of the latter, "
    ctx, voice = built(calls + "should such a line of conduct be continued.")
    assert rule("third_party_modal")(ctx, word(ctx, "continued"), voice) is None
    ctx, voice = built(calls + "and such a line of conduct should be stopped.")
    assert rule("third_party_modal")(ctx, word(ctx, "stopped"), voice) is not None


def test_an_infinitive_past_a_colon_is_in_the_wording_quoted() -> None:
    actors = {"Government": ("britain", "Government"), "Embassy": ("embassy", "Organization")}
    quoted = (
        "British Government cables British Embassy following financial scheme: (1) A new currency for use"
        " throughout that portion northern Russia in friendly [relations] with Allies, to be issued by"
        " whatever authority recognized from time to time as representing provisional government of country"
        " and based on sterling reserve as follows."
    )
    ctx, voice = built(quoted, actors)
    assert rule("reported_directive")(ctx, word(ctx, "issued"), voice) is None
    told = "British Government cables British Embassy, on receipt of the scheme, to issue a new currency."
    ctx, voice = built(told, actors)
    found = rule("reported_directive")(ctx, word(ctx, "issue"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("britain", "embassy")


def test_a_modal_of_obligation_over_be_able_expects_a_capacity() -> None:
    late = "It will be too late to communicate with Mr. Polk before his departure, and he ought to "
    polk = {"Polk": ("polk", "Person")}
    ctx, voice = built(late + "be able, before leaving, to tell the French what we intend to do.", polk)
    assert rule("third_party_modal")(ctx, word(ctx, "ought"), voice) is None
    ctx, voice = built(late + "tell the French what we intend to do.", polk)
    assert rule("third_party_modal")(ctx, word(ctx, "ought"), voice) is not None


CABINET = {"Cabinet": ("cabinet", "Government")}


def test_a_modal_heading_a_that_clause_is_not_the_verb_it_hangs_on() -> None:
    # The parser makes "ought" the head of the that-clause and hangs it on "seems" / "believed".
    ctx, voice = built("It seems to me that we ought to wait for the reply of the Cabinet.", CABINET)
    assert rule("third_party_modal")(ctx, word(ctx, "seems"), voice) is None
    believed = "The Cabinet has believed that it ought to send a delegation to the conference."
    ctx, voice = built(believed, CABINET)
    assert rule("third_party_modal")(ctx, word(ctx, "believed"), voice) is None
    ctx, voice = built("The Cabinet should send a delegation to the conference.", CABINET)
    assert rule("third_party_modal")(ctx, word(ctx, "send"), voice).addressee == "cabinet"


def test_a_that_clause_a_copula_judges_is_no_directive() -> None:
    # In running text the parser can read the subject clause as the main one and hang "is" on it.
    ctx, voice = built("That certain changes in the draft should be made is probable.")
    assert rule("third_party_modal")(ctx, word(ctx, "made"), voice) is None
    ctx, voice = built("Certain changes in the draft should be made.")
    assert rule("third_party_modal")(ctx, word(ctx, "made"), voice).addressee == ADDRESSEE


def test_a_term_of_a_text_wished_for_tells_no_one_to_act() -> None:
    ctx, voice = built("It is essential that the new treaty contain a clause on arbitration.")
    assert rule("necessary_that")(ctx, word(ctx, "contain"), voice) is None
    ctx, voice = built("It is essential that the Cabinet send a delegation.", CABINET)
    assert rule("necessary_that")(ctx, word(ctx, "send"), voice).addressee == "cabinet"
