"""Signing an instrument enacts it ("instrument_enacted"); feasibility judges a course; an inversion
whose subject's first word the parser read as the verb is still a condition; a word requested in the
passive is asked of the reader ("requested_word"); a question word opens a reported question as "whether"
does ("inquiry"); a course counselled against is forbidden ("advised_against"); a clause the parser hung
on a verb as relative is its content clause."""

from __future__ import annotations

from kg.extract.decisions import find_stances
from kg.extract.directives import Directive, find_directives
from kg.extract.hypotheses import in_condition
from kg.extract.misreads import routing_line
from kg.extract.parse_repairs import repair_parse
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word
from .built import stances as _stances

GOVERNMENT = {"Government": ("bolivia", "Government")}


def test_an_instrument_signed_is_a_measure_taken() -> None:
    (stance,) = _stances("The treaty text was initialed yesterday.", "instrument_enacted", "initialed")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "text")


def test_a_note_signed_is_only_sent_and_a_text_to_be_signed_is_not_yet_signed() -> None:
    sentence = "The Government signed the note and sent it."
    assert _stances(sentence, "instrument_enacted", "signed", GOVERNMENT) == []
    assert _stances("The treaty text should be initialed at once.", "instrument_enacted", "initialed") == []


def test_a_course_judged_infeasible_or_unworkable_is_rejected() -> None:
    (stance,) = _stances("The first option is not feasible.", "judgement", "feasible")
    assert (stance.stance, stance.target.text) == ("reject", "option")
    (stance,) = _stances("Options one and two are unworkable.", "judgement", "unworkable")
    assert (stance.stance, stance.target.text) == ("reject", "Options")


def test_an_inversion_misparsed_from_its_subjects_first_word_is_a_condition() -> None:
    sentence = (
        "We must adhere to the ratio in regard to slight concessions should exact ratio be impractical."
    )
    ctx, _ = built(sentence)
    assert in_condition(word(ctx, "impractical"))
    assert not in_condition(word(ctx, "adhere"))


Actors = dict[str, tuple[str, str]]


def _directive(sentence: str, name: str, at: str, actors: Actors | None = None) -> Directive | None:
    ctx, voice = built(sentence, actors)
    found: Directive | None = get("instructions", name).func(ctx, word(ctx, at), voice)
    return found


def test_a_word_requested_in_the_passive_now_is_asked_of_the_reader() -> None:
    for sentence, verb in [
        ("Your views are requested.", "requested"),
        ("A full report is desired in regard to the policy of the British Government.", "desired"),
    ]:
        found = _directive(sentence, "requested_word", verb)
        assert found is not None and found.addressee == ADDRESSEE, sentence


def test_a_word_requested_before_by_someone_or_in_a_condition_is_no_request() -> None:
    assert _directive("The report was requested by the Senate.", "requested_word", "requested") is None
    conditioned = "If information is wanted, the Consul will supply it."
    assert _directive(conditioned, "requested_word", "wanted") is None


def test_a_question_word_opens_a_reported_question() -> None:
    president = {"President": ("president", "Person")}
    found = _directive("The President asked when you would arrive.", "inquiry", "asked", president)
    assert found is not None and (found.issuer, found.addressee) == ("president", ADDRESSEE)
    assert _directive("Nobody asked how it happened.", "inquiry", "asked") is None


def test_a_course_counselled_against_is_forbidden_by_the_counsel() -> None:
    found = _directive("I strongly urge against renegotiating the text.", "advised_against", "renegotiating")
    assert found is not None and (found.addressee, found.negative) == (ADDRESSEE, True)
    denied = "I do not urge against renegotiating the text."
    assert _directive(denied, "advised_against", "renegotiating") is None
    reported = "Your delegation has recommended against signature."
    assert _directive(reported, "advised_against", "signature") is None  # to no one named


def test_a_clause_hung_on_a_verb_as_relative_is_its_content() -> None:
    sentence = "The President desires that you proceed to Arica without delay."
    president = {"President": ("p", "Person")}
    ctx, _ = built(sentence, president)
    assert not any(h.tok.text == "proceed" for h in find_directives(ctx).values())
    ctx, _ = built(sentence, president)
    repair_parse(ctx.sdoc)
    assert (word(ctx, "proceed").dep_, word(ctx, "that").dep_) == ("ccomp", "mark")
    (hit,) = (h for h in find_directives(ctx).values() if h.tok.text == "proceed")
    assert hit.directive.addressee == ADDRESSEE
    ctx, _ = built("We have done everything that was possible.")
    repair_parse(ctx.sdoc)
    assert word(ctx, "was").dep_ == "relcl"


def test_there_would_be_no_objection_is_a_polite_approval_but_might_be_a_guess() -> None:
    sentence = "There would be no objection to the shipment of the arms."
    (stance,) = _stances(sentence, "existential_objection", "objection")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "shipment")
    guessed = "There might be no objection to the shipment of the arms."
    assert _stances(guessed, "existential_objection", "objection") == []


def test_delivering_the_following_message_routes_it_whatever_the_parser_made_of_soonest() -> None:
    ctx, _ = built("Directly deliver soonest following message from the President to Prime Minister Sato.")
    assert routing_line(ctx, word(ctx, "deliver"))
    assert not any(h.tok.text == "deliver" for h in find_directives(ctx).values())


def test_your_majesty_is_the_one_spoken_to() -> None:
    president = {"President": ("president", "Person")}
    sentence = "The President is anxious that Your Majesty send it."
    found = _directive(sentence, "hope_that", "send", president)
    assert found is not None and (found.issuer, found.addressee) == ("president", ADDRESSEE)


def test_pressing_a_party_not_to_act_forbids_it() -> None:
    parties = {"Iraqis": ("iraq", "Government"), "Syrians": ("syria", "Government")}
    sentence = "The Iraqis are pressuring the Syrians not to accept the cease-fire."
    found = _directive(sentence, "reported_directive", "accept", parties)
    assert found is not None and (found.issuer, found.addressee) == ("iraq", "syria")


def test_demanding_to_know_why_asks() -> None:
    minister = {"Minister": ("minister", "Person")}
    sentence = "The Minister demanded to know why the meeting had been delayed."
    found = _directive(sentence, "wish_to_know", "know", minister)
    assert found is not None and found.issuer == "minister"
    told = "He had asked Marshal Dawee to see what could be done practically."  # Dawee's to find out
    assert _directive(told, "wish_to_know", "see", {"Dawee": ("dawee", "Person")}) is None


def test_valuing_the_readers_act_in_the_first_persons_will_asks_for_it() -> None:
    found = _directive("I will value your continued support.", "polite_request", "value")
    assert found is not None and found.addressee == ADDRESSEE
    assert _directive("We will welcome the delegation.", "polite_request", "welcome") is None


def test_passing_a_bill_or_declaring_martial_law_enacts_it_and_declaring_a_view_states_it() -> None:
    house = {"House": ("house", "Organization")}
    (stance,) = _stances("The House passed the bill on Monday.", "instrument_enacted", "passed", house)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "house", "bill")
    (stance,) = _stances("The Government declared martial law.", "instrument_enacted", "declared", GOVERNMENT)
    assert (stance.actor, stance.target.text) == ("bolivia", "law")
    stated = "The Government declared its opposition to the plan."
    assert _stances(stated, "instrument_enacted", "declared", GOVERNMENT) == []


MINISTER = {"Minister": ("minister", "Person")}


def test_the_clause_of_a_remark_is_its_owners_judgement() -> None:
    sentence = "The Minister's statement that it would be unwise to send troops surprised us."
    (stance,) = _stances(sentence, "judgement", "unwise", MINISTER)
    assert (stance.stance, stance.actor) == ("reject", "minister")


def test_there_being_no_need_is_the_judgement_of_whoever_remarks_so() -> None:
    sentence = "The Minister's comment that there would be no need to send troops surprised us."
    (stance,) = _stances(sentence, "no_reason", "need", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "send")


def test_the_gerund_a_reason_is_for_is_no_stance_of_its_own() -> None:
    sentence = "The Minister sees no reason for withdrawing the nomination."
    assert _stances(sentence, "stance_verb", "withdrawing", MINISTER) == []
    (stance,) = _stances(sentence, "no_reason", "reason", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "withdrawing")


def test_a_wish_to_make_something_clear_says_it() -> None:
    assert _stances("I wish to make clear that the Secretary speaks for me.", "wanted_course", "wish") == []


def test_a_paper_submitted_for_comments_asks_for_them_and_one_sent_for_information_informs() -> None:
    parties = {"Department": ("department", "Government"), "Hoover": ("hoover", "Person")}
    sentence = "The Department submitted the memorandum to Mr. Hoover for his comments."
    found = _directive(sentence, "sent_for_answer", "submitted", parties)
    assert found is not None and (found.issuer, found.addressee) == ("department", "hoover")
    assert _directive("I am sending you a copy for your information.", "sent_for_answer", "sending") is None


def test_a_third_partys_gladness_to_learn_anothers_views_asks_for_them() -> None:
    parties = {"Government": ("britain", "Government"), "States": ("usa", "Country")}
    sentence = "The British Government will be glad to learn the views of the United States."
    found = _directive(sentence, "glad_to_receive", "learn", parties)
    assert found is not None and (found.issuer, found.addressee) == ("britain", "usa")


def test_praying_that_something_be_done_asks_for_it() -> None:
    sentence = "We therefore pray unusual haste be made to afford us protection."
    found = _directive(sentence, "reported_directive", "made")
    assert found is not None and found.addressee == ADDRESSEE


def test_a_subject_read_as_the_verbs_compound_is_its_subject() -> None:
    # in a telegram's body the parser reads "President desires" as a noun first: "President" the compound
    ctx, _ = built("The President desires that you proceed to Arica.", {"President": ("president", "Person")})
    assert word(ctx, "President").dep_ == "compound"
    repair_parse(ctx.sdoc)
    assert word(ctx, "President").dep_ == "nsubj"
    (hit,) = (h for h in find_directives(ctx).values() if h.tok.text == "proceed")
    assert (hit.directive.issuer, hit.directive.addressee) == ("president", ADDRESSEE)


def test_a_hope_that_the_message_be_held_closely_asks_the_reader_to_hold_it() -> None:
    found = _directive("I hope that this message will be held very closely.", "handled_message", "held")
    assert found is not None and found.addressee == ADDRESSEE
    assert _directive("I hope the matter will be settled soon.", "handled_message", "settled") is None


def test_an_appeal_made_to_a_party_is_a_request_to_it() -> None:
    parties = {"Syrians": ("syria", "Government"), "King": ("king", "Person")}
    sentence = "The Syrians made an urgent appeal to the King for the despatch of a division."
    found = _directive(sentence, "directive_noun", "made", parties)
    assert found is not None and found.addressee == "king"


def test_a_request_whose_clause_is_read_already_is_not_read_twice() -> None:
    parties = {"Secretary": ("secretary", "Person"), "King": ("king", "Person")}
    ctx, _ = built("The Secretary's request that the King delay his decision was conveyed to Rifai.", parties)
    hits = find_directives(ctx)
    assert [(h.rule.name, h.directive.addressee) for h in hits.values()] == [("wish_noun_that", "king")]


def test_agreeing_that_a_course_is_unwise_rejects_the_course_and_approves_no_clause() -> None:
    ctx, _ = built("The Minister agreed that a public statement would be unwise.", MINISTER)
    found = [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]
    assert found == [("judgement", "reject", "minister", "statement")]


def test_being_disturbed_by_a_proposal_rejects_it_and_an_attack_by_a_party_is_no_stance() -> None:
    (stance,) = _stances("We are disturbed by the Soviet proposal.", "moved_by_course", "disturbed")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "proposal")
    rebels = {"rebels": ("rebels", "Organization")}
    assert _stances("We were attacked by the rebels.", "moved_by_course", "attacked", rebels) == []


def test_a_predicate_with_its_copula_left_out_judges_the_course() -> None:
    league = {"League": ("awami-league", "Organization")}
    (stance,) = _stances("Awami League not prepared to pursue compromise.", "judgement", "prepared", league)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "awami-league", "pursue")
    assert _stances("He prepared to leave the city.", "judgement", "prepared") == []


def test_a_want_that_tells_when_or_a_wish_to_comment_is_no_stance() -> None:
    timed = "It is a time when we want Sadat's understanding and cooperation in furthering the peace process."
    assert _stances(timed, "wanted_course", "want") == []
    soviets = {"Soviets": ("soviet-union", "Country")}
    commenting = "The Soviets did not want to make any precise comments on this question."
    assert _stances(commenting, "wanted_course", "want", soviets) == []


def test_a_confirmed_judgement_is_the_confirmers() -> None:
    sentence = "Haig confirmed that it would not be feasible to send the whole delegation."
    (stance,) = _stances(sentence, "judgement", "feasible", {"Haig": ("haig", "Person")})
    assert (stance.stance, stance.actor) == ("reject", "haig")


def test_indorsing_approves_and_no_contracts_signed_enacts_none() -> None:
    consul = {"Consul": ("consul", "Person")}
    (stance,) = _stances("The Consul earnestly indorses the application.", "stance_verb", "indorses", consul)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "consul", "application")
    unsigned = "No contracts have been signed up to the present time."
    assert _stances(unsigned, "instrument_enacted", "signed") == []
