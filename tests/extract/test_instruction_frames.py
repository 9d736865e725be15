"""Frames that look directed but report, relate, forecast or judge in the past (kg.extract.undirected,
impersonal, weighed), on small built Docs: a telegraphic past "Did not tell him", a relative clause the
parser joined as a conjunct, a participle misread as a clause object, a necessity judged in the past
tense, a third party's expectation of an event, a third party's wish put with "may", an arrangement
made for an actor ("X is to be superseded"), a thing that "should give you" something; and who is to
supply what a party "should have"."""

from __future__ import annotations

from kg.extract.directives import find_directives, is_imperative
from kg.extract.registry import get
from kg.extract.undirected import participial_clause, past_judgement, relative_remnant

from .built import ADDRESSEE, built, word

GOVERNOR = {"Governor": ("governor", "Person")}
MINISTER = {"Minister": ("minister", "Person")}


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_a_telegraphic_past_with_did_is_a_report_not_an_imperative() -> None:
    ctx, voice = built("Did not tell him we would support the loan.")
    assert not is_imperative(ctx, word(ctx, "tell"))
    assert rule("imperative")(ctx, word(ctx, "tell"), voice) is None


def test_a_present_do_not_still_forbids() -> None:
    ctx, voice = built("Do not tell him we would support the loan.")
    told = rule("imperative")(ctx, word(ctx, "tell"), voice)
    assert told is not None and told.addressee == ADDRESSEE


def test_a_relative_clause_broken_by_an_interposed_clause_is_no_further_directed_act() -> None:
    sentence = (
        "You may hand these papers to the Minister who, it is assumed, "
        "will receive a similar statement from the Peruvian Government."
    )
    ctx, _ = built(sentence, MINISTER)
    found = find_directives(ctx)
    assert relative_remnant(word(ctx, "receive"))
    assert word(ctx, "hand").i in found and word(ctx, "receive").i not in found


def test_a_conjunct_after_and_is_no_relative_remnant() -> None:
    sentence = (
        "You may hand these papers to the Minister and will receive "
        "a similar statement from the Peruvian Government."
    )
    ctx, _ = built(sentence, MINISTER)
    assert not relative_remnant(word(ctx, "receive"))


def test_a_bare_participle_read_as_a_clause_object_is_no_directed_clause() -> None:
    ctx, voice = built("Minister desirous we should order the goods contracting through London.")
    assert participial_clause(word(ctx, "contracting"))
    assert rule("reported_directive")(ctx, word(ctx, "contracting"), voice) is None


def test_a_gerund_with_its_doer_is_still_a_recommended_course() -> None:
    ctx, voice = built("I recommend their sending a warship.")
    assert not participial_clause(word(ctx, "sending"))
    told = rule("reported_directive")(ctx, word(ctx, "sending"), voice)
    assert told is not None and told.addressee == ADDRESSEE


def test_a_necessity_judged_in_the_past_directs_no_one() -> None:
    for sentence in (
        "It was thought desirable that the Governor should release the prisoners.",
        "It seemed essential that the Governor should release the prisoners.",
    ):
        ctx, voice = built(sentence, GOVERNOR)
        assert rule("necessary_that")(ctx, word(ctx, "release"), voice) is None, sentence


def test_a_necessity_judged_now_still_directs_the_one_to_act() -> None:
    ctx, voice = built("It seems essential that the Governor should release the prisoners.", GOVERNOR)
    assert not past_judgement(ctx, word(ctx, "essential"))
    told = rule("necessary_that")(ctx, word(ctx, "release"), voice)
    assert told is not None and told.addressee == "governor"


def test_a_third_partys_wish_put_with_may_is_guessed_at_and_directs_no_one() -> None:
    ctx, voice = built("The Governor may desire that the prisoners be released.", GOVERNOR)
    assert rule("reported_directive")(ctx, word(ctx, "released"), voice) is None
    assert rule("necessary_that")(ctx, word(ctx, "released"), voice) is None
    ctx, voice = built("The Governor may ask you to release the prisoners.", GOVERNOR)
    assert rule("reported_directive")(ctx, word(ctx, "release"), voice) is None


def test_a_wish_voiced_or_an_authorized_request_still_directs() -> None:
    ctx, voice = built("The Governor desires that the prisoners be released.", GOVERNOR)
    told = rule("reported_directive")(ctx, word(ctx, "released"), voice)
    assert told is not None and told.issuer == "governor"
    ctx, voice = built("You may ask the Governor to release the prisoners.", GOVERNOR)
    told = rule("reported_directive")(ctx, word(ctx, "release"), voice)
    assert told is not None and told.addressee == "governor"


def test_a_past_wish_verb_is_no_past_judgement() -> None:
    ctx, _ = built("He desired that the Governor release the prisoners.", GOVERNOR)
    assert not past_judgement(ctx, word(ctx, "desired"))


ADMIRALTY = {"Admiralty": ("admiralty", "Government"), "Conference": ("conference", "Organization")}
CABINET = {"Cabinet": ("cabinet", "Government"), "Conference": ("conference", "Organization")}


def test_one_third_partys_expectation_of_an_event_is_a_forecast() -> None:
    ctx, voice = built("The Admiralty expects that the Conference will meet in May.", ADMIRALTY)
    assert rule("hope_that")(ctx, word(ctx, "meet"), voice) is None


def test_a_third_partys_expectation_of_the_series_government_asks_it() -> None:
    actors = CABINET | {"Government": ("united-states", "Government")}
    ctx, voice = built("The Cabinet expects the United States Government to apply the same rule.", actors)
    told = rule("hope_that")(ctx, word(ctx, "apply"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("cabinet", "united-states")


def test_a_third_partys_wish_still_asks() -> None:
    ctx, voice = built("The Admiralty wishes that the Conference adopt the rule.", ADMIRALTY)
    told = rule("hope_that")(ctx, word(ctx, "adopt"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("admiralty", "conference")


def test_an_actor_to_be_acted_on_is_an_arrangement_reported() -> None:
    actors = {"Diaz": ("diaz", "Person"), "Moncada": ("moncada", "Person")}
    ctx, voice = built("Diaz is to be replaced by Moncada as Minister of War.", actors)
    assert rule("passive_be_to")(ctx, word(ctx, "replaced"), voice) is None


def test_an_actor_to_be_told_is_the_addressees_to_tell() -> None:
    ctx, voice = built("The Governor is to be informed of this decision at once.", GOVERNOR)
    told = rule("passive_be_to")(ctx, word(ctx, "informed"), voice)
    assert told is not None and told.addressee == ADDRESSEE


def test_a_thing_that_should_give_the_addressee_something_is_a_forecast() -> None:
    ctx, voice = built("This should give you time to consult the Minister.")
    assert rule("third_party_modal")(ctx, word(ctx, "give"), voice) is None


def test_a_person_who_should_give_the_addressee_something_is_still_directed() -> None:
    ctx, voice = built("He should give you the papers at once.")
    told = rule("third_party_modal")(ctx, word(ctx, "give"), voice)
    assert told is not None and told.addressee == ADDRESSEE


def test_a_party_that_should_have_a_thing_is_supplied_by_the_addressee() -> None:
    ctx, voice = built("It is essential that the Governor should have our reply by Monday.", GOVERNOR)
    told = rule("necessary_that")(ctx, word(ctx, "have"), voice)
    assert told is not None and told.addressee == ADDRESSEE


def test_a_party_that_should_have_a_thing_done_acts_itself() -> None:
    ctx, voice = built("It is essential that the Governor should have the prisoners released.", GOVERNOR)
    told = rule("necessary_that")(ctx, word(ctx, "have"), voice)
    assert told is not None and told.addressee == "governor"


def test_a_hope_of_what_a_passive_s_agent_will_do_asks_that_agent() -> None:
    japan = {"Japanese": ("japan", "Government")}
    ctx, voice = built("It is hoped that this point will be conceded by the Japanese.", japan)
    told = rule("hope_that")(ctx, word(ctx, "conceded"), voice)
    assert told is not None and told.addressee == "japan"


def test_urging_a_thing_is_a_request_for_it() -> None:
    castle = {"Castle": ("castle", "Person")}
    ctx, voice = built("Castle again urged a prompt and favorable decision.", castle)
    told = rule("requested_thing")(ctx, word(ctx, "urged"), voice)
    assert told is not None and told.issuer == "castle"


def test_an_ease_expected_with_should_directs_no_one() -> None:
    ctx, voice = built("This should present no difficulty.")
    assert rule("third_party_modal")(ctx, word(ctx, "present"), voice) is None


def test_asking_weighed_as_warranted_or_not_is_no_request_made() -> None:
    secretariat = {"Secretariat": ("secretariat", "Organization")}
    sentence = "We would hardly be warranted in asking the Secretariat to undergo the large outlay."
    ctx, voice = built(sentence, secretariat)
    assert not find_directives(ctx)


def test_an_eagerness_that_the_one_spoken_to_act_is_a_request_of_the_eager() -> None:
    sentence = "The Minister is anxious that you should be turning the general idea over in your mind."
    ctx, voice = built(sentence, MINISTER)
    told = rule("hope_that")(ctx, word(ctx, "turning"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("minister", ADDRESSEE)


def test_a_reported_suggestion_that_you_may_wish_to_act_is_the_suggesters_alone() -> None:
    he = {"He": ("minister", "Person")}
    ctx, voice = built("He suggested that you might wish to call on the President.", he)
    assert [h.rule.name for h in find_directives(ctx).values()] == ["reported_directive"]
    ctx, voice = built("He suggested that you would refuse.", he)
    assert not find_directives(ctx)  # a prediction


def test_the_first_person_s_shall_appreciate_your_act_asks_for_it() -> None:
    ctx, voice = built("I shall greatly appreciate your co-operation.")
    told = rule("polite_request")(ctx, word(ctx, "appreciate"), voice)
    assert told is not None and told.addressee == ADDRESSEE
    ctx, voice = built("We shall welcome the delegation.")  # a reception foretold, nothing of yours asked
    assert rule("polite_request")(ctx, word(ctx, "welcome"), voice) is None


def test_a_plea_that_something_be_done_is_the_pleader_s_request() -> None:
    ctx, voice = built("The Minister pleaded that the troops be withdrawn.", MINISTER)
    assert [(h.rule.name, h.directive.issuer) for h in find_directives(ctx).values()] == [
        ("reported_directive", "minister")
    ]


def test_a_hope_for_an_actor_s_reply_asks_that_actor() -> None:
    ctx, voice = built("We hope that the Minister's reply will be prompt.", MINISTER)
    told = rule("hope_that")(ctx, word(ctx, "be"), voice)
    assert told is not None and told.addressee == "minister"


def test_a_request_or_invitation_put_to_someone_tells_that_one() -> None:
    actors = {"President": ("president", "Person"), "Ismail": ("ismail", "Person")}
    ctx, voice = built("The President's invitation to Ismail to visit Washington was accepted.", actors)
    told = rule("wish_noun_that")(ctx, word(ctx, "visit"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("president", "ismail")
    actors = {"Lansing": ("lansing", "Person"), "Secretary": ("secretary", "Person")}
    sentence = "Lansing's request to the Secretary that the letter be placed on the record was granted."
    ctx, voice = built(sentence, actors)
    told = rule("wish_noun_that")(ctx, word(ctx, "placed"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("lansing", "secretary")
