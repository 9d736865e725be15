"""The thirtieth round's constructions, each with what it must leave alone.

Stances: a stance noun owned by a nationality adjective ("Egyptian unwillingness to release the prisoners") is
that nation's ("stance_noun"); a clause put "in the view of X" is X's stance, whoever reports it; a
comparative that weighs a course put after "it" ("it will be safer for us to abstain") judges it
("evaluation"). Advice: "it seems to us that we should accept ..." is the speaker's, as "we think that we
should" is ("speaker_advice"). A course deemed prudent, a disposition's gerund after "to" ("averse to renewing
X") and troops withdrawn are judged ("judgement"); a participle with its agent ("the treaty, ratified by the
Senate") is the agent's stance on the noun, and demurring rejects ("stance_verb"); a move is a course
("reflexive_alignment"); withdrawing troops is no stance of its own ("stance_noun"). "Not in a position to V"
rejects V however the parser hangs V on the noun ("refused_participation"), and an option named in a time
clause of V is not the course; a stance in a clause of reason is stated, one in a clause of time a
circumstance ("evaluation"). Directives: "his Government had instructed him to ..." is the government of the
one who says so, and a clause set off after the infinitive is no second directive ("reported_directive"). A
cable's opening word of necessity ("Important you send successor immediately") directs the addressee
("telegraphic_necessity"). "I shall be glad to know that you concur" asks for the concurrence
("glad_to_receive"), which is then not given ("bare_assent"). "The study should identify ..." names again a
review the President directed be undertaken, for whoever asked for it where no one signs
("third_party_modal"). "I can count on you to ensure ..." asks the addressee, though "can" counting on a third
party believes ("reliance_frame"). "They" after parties named together ("neither Firestone nor Ford ..., since
they felt") stands for them. After the judging: a sentence that is only "That you approve the attached NSSM."
recommends ("bare_recommendation"). A second verb the parser made the root after a comma ("The Belgian
Government is interested in the matter, intends to sign the convention") has the first clause's subject as its
decider. A telegraphic "Recommend that we not press King Hussein" is the writer's recommendation, no
imperative ("imperative", "reported_directive"). Doubt about the value or wisdom of a course rejects the
course ("complement_evaluation"). "Sees no grounds at this time for representations" rejects them, the "for"
hung on the verb past the words between ("no_reason"). A passive rule with its agent ("should be submitted by
the Chairman") directs the agent ("third_party_modal"). A telegraphic "suggest you consider ..." after a
fronted phrase is one directive, and "You will request that ..." no telegraphic recommendation."""

from __future__ import annotations

from typing import Any

from kg.extract.context import char_span
from kg.extract.decisions import find_stances
from kg.extract.directives import find_directives
from kg.extract.option_reach import within_reach
from kg.extract.pronouns import party
from kg.extract.registry import get
from kg.extract.stated_clauses import opinion_adjunct_owner
from kg.extract.subjects import fronted_clause_subject, telegraphic_recommendation
from kg.extract.voices import Voice

from .built import ADDRESSEE, SPEAKER, built, stances, word

EGYPT = {"Egyptian": ("egypt", "Government"), "Israel": ("israel", "Government")}
WEAKENED = (
    "Our ability to influence Israel is being weakened by {} "
    "unwillingness to release the prisoners of war."
)
SAFER = "We think it will be safer for us to abstain on the resolution."


def test_a_nationality_adjective_owns_the_stance_noun_it_modifies() -> None:
    (found,) = stances(WEAKENED.format("Egyptian"), "stance_noun", "unwillingness", EGYPT)
    assert (found.stance, found.actor, found.target.text) == ("reject", "egypt", "release")


def test_an_adjective_that_names_no_party_owns_nothing() -> None:
    assert stances(WEAKENED.format("general"), "stance_noun", "unwillingness", EGYPT) == []


def test_a_clause_put_in_the_view_of_a_party_is_that_partys() -> None:
    actors = {"Commission": ("commission", "Organization")}
    ctx, voice = built("In the view of the Commission the proposed loan would be a mistake.", actors)
    assert opinion_adjunct_owner(ctx, word(ctx, "mistake"), voice) == "commission"
    ctx, voice = built("The proposed loan would be a mistake.", actors)
    assert opinion_adjunct_owner(ctx, word(ctx, "mistake"), voice) is None


def test_a_comparative_weighing_a_course_after_it_judges_the_course() -> None:
    (found,) = stances(SAFER, "evaluation", "safer")
    assert (found.stance, found.actor, found.target.text) == ("approve", SPEAKER, "abstain")


def test_a_comparative_of_a_thing_compares_and_judges_nothing() -> None:
    assert stances("We think the second draft is safer.", "evaluation", "safer") == []


def _advised(sentence: str) -> str | None:
    ctx, voice = built(sentence)
    found = get("instructions", "speaker_advice").func(ctx, word(ctx, "accept"), voice)
    return found.addressee if found is not None else None


def test_what_seems_to_the_speaker_is_the_speakers_advice() -> None:
    assert _advised("It seems to us that we should accept the Soviet formula.") == ADDRESSEE


def test_what_seems_to_another_is_not_the_speakers_advice() -> None:
    assert _advised("It seems to him that we should accept the Soviet formula.") is None


BANK = {"Bank": ("bank-of-italy", "Organization")}
BRITAIN = {"Government": ("great-britain", "Government")}
POWERS = {"powers": ("powers", "Group")}


def test_a_course_deemed_prudent_is_the_deemers_approval() -> None:
    sentence = "The Bank of Italy deems it prudent to arrange this banking reserve."
    (found,) = stances(sentence, "judgement", "prudent", BANK)
    assert (found.stance, found.actor, found.target.text) == ("approve", "bank-of-italy", "arrange")


def test_withdrawing_troops_is_a_course_judged_not_a_stance_on_the_troops() -> None:
    sentence = "The British Government considers it desirable to withdraw the troops."
    (found,) = stances(sentence, "judgement", "desirable", BRITAIN)
    assert (found.stance, found.actor, found.target.text) == ("approve", "great-britain", "withdraw")
    ctx, _ = built(sentence, BRITAIN)
    assert {(s.actor, s.target.text) for _, s in find_stances(ctx)} == {("great-britain", "withdraw")}


def test_withdrawing_a_proposal_is_the_stance_verbs() -> None:
    sentence = "The British Government considers it desirable to withdraw the proposal."
    assert stances(sentence, "judgement", "desirable", BRITAIN) == []
    (found,) = stances(sentence, "stance_verb", "withdraw", BRITAIN)
    assert (found.stance, found.target.text) == ("reject", "proposal")


def test_a_disposition_judges_the_gerund_after_to() -> None:
    sentence = "The powers are generally averse to renewing the prohibition."
    (found,) = stances(sentence, "judgement", "averse", POWERS)
    assert (found.stance, found.actor, found.target.text) == ("reject", "powers", "renewing")


def test_a_participle_with_its_agent_is_the_agents_stance_on_the_noun() -> None:
    actors = {"Senate": ("senate", "Organization")}
    sentence = "The treaty, ratified by the Senate in 1920, remains in force."
    (found,) = stances(sentence, "stance_verb", "ratified", actors)
    assert (found.stance, found.actor, found.target.text) == ("approve", "senate", "treaty")


def test_an_attitude_adopted_is_no_course() -> None:
    actors = {"Paraguay": ("paraguay", "Government")}
    sentence = "The attitude adopted by Paraguay is not yet known."
    assert stances(sentence, "stance_verb", "adopted", actors) == []


def test_a_move_is_a_course_one_can_side_against() -> None:
    sentence = "We are disassociating ourselves from the British move."
    (found,) = stances(sentence, "reflexive_alignment", "disassociating")
    assert (found.stance, found.actor, found.target.text) == ("reject", SPEAKER, "move")


def test_to_demur_on_a_course_rejects_it() -> None:
    actors = {"President": ("nixon", "Person")}
    sentence = "The President demurred on changes to the level of textile imports."
    (found,) = stances(sentence, "stance_verb", "demurred", actors)
    assert (found.stance, found.actor, found.target.text) == ("reject", "nixon", "changes")


SOVIET = {"Soviet": ("soviet-union", "Government")}


def test_refusing_to_withdraw_troops_rejects_the_withdrawal() -> None:
    sentence = "The Soviet refusal to withdraw the troops is a serious matter."
    (found,) = stances(sentence, "stance_noun", "refusal", SOVIET)
    assert (found.stance, found.actor, found.target.text) == ("reject", "soviet-union", "withdraw")


def test_refusing_to_withdraw_a_proposal_keeps_the_proposal() -> None:
    sentence = "The Soviet refusal to withdraw the proposal is a serious matter."
    (found,) = stances(sentence, "stance_noun", "refusal", SOVIET)
    assert (found.stance, found.actor, found.target.text) == ("approve", "soviet-union", "proposal")


NOT_IN_POSITION = (
    "The Department was not in a position to discuss the loan phase of the question until some plan for "
    "such a loan was put before it."
)


def test_not_in_a_position_to_act_rejects_the_act_whatever_the_parse_hangs_it_on() -> None:
    actors = {"Department": ("department", "Organization")}
    (found,) = stances(NOT_IN_POSITION, "refused_participation", "was", actors)
    assert (found.stance, found.actor, found.target.text) == ("reject", "department", "discuss")


def test_an_option_named_in_a_time_clause_is_not_the_course_judged() -> None:
    ctx, _ = built(NOT_IN_POSITION)
    discuss, plan = word(ctx, "discuss"), word(ctx, "plan")
    whole = char_span(ctx.sdoc, discuss.i, len(ctx.sdoc) - 2)
    assert not within_reach(discuss, whole, char_span(ctx.sdoc, plan.i - 1, plan.i + 4))


SALVADOR = {"Salvador": ("el-salvador", "Government"), "Government": ("el-salvador", "Government")}


def test_a_stance_in_a_clause_of_reason_is_stated() -> None:
    sentence = (
        "Inasmuch as El Salvador has expressed its desire to negotiate a commercial agreement, the "
        "Department expects the Government to refrain from increasing duties."
    )
    (found,) = stances(sentence, "evaluation", "desire", SALVADOR)
    assert (found.stance, found.actor, found.target.text) == ("approve", "el-salvador", "negotiate")


def test_a_stance_in_a_clause_of_time_is_a_circumstance() -> None:
    sentence = (
        "As the Government expressed its desire to negotiate a commercial agreement, the Minister arrived."
    )
    assert stances(sentence, "evaluation", "desire", SALVADOR) == []


Roles = tuple[str | None, str | None]


def _directed(sentence: str, at: str, actors: dict[str, tuple[str, str]]) -> Roles | None:
    ctx, voice = built(sentence, actors)
    found = get("instructions", "reported_directive").func(ctx, word(ctx, at), voice)
    return (found.issuer, found.addressee) if found is not None else None


ITALY = {"Ambassador": ("italian-ambassador", "Person"), "Italy": ("italy", "Government")}


def test_his_government_directing_is_the_government_of_the_one_who_says_so() -> None:
    sentence = (
        "The Italian Ambassador said that his Government had further instructed him to make oral "
        "explanations of the action."
    )
    assert _directed(sentence, "make", ITALY) == ("italy", "italian-ambassador")


def test_a_clause_set_off_after_a_directives_infinitive_is_not_another_directive() -> None:
    sentence = (
        "The Ambassador said that his Government had further instructed him to make certain oral "
        "explanations relative to the speedy and, what I inferred from the language of the Ambassador to be, "
        "the premature action of the Italian Government in proclaiming the annexation of Ethiopia."
    )
    assert _directed(sentence, "inferred", ITALY) is None


def _necessity(sentence: str) -> tuple[str | None, bool] | None:
    ctx, voice = built(sentence)
    found = get("instructions", "telegraphic_necessity").func(ctx, word(ctx, "send"), voice)
    return (found.addressee, found.negative) if found is not None else None


def test_a_cables_opening_word_of_necessity_directs_the_addressee() -> None:
    assert _necessity("Important you send judicious successor immediately.") == (ADDRESSEE, False)
    assert _necessity("Important you send judicious successor immediately. [split]") == (ADDRESSEE, False)


def test_a_belief_about_what_the_addressee_does_directs_nothing() -> None:
    assert _necessity("We think you send too many telegrams.") is None


def test_the_speakers_future_gladness_to_know_what_the_addressee_does_asks_for_it() -> None:
    ctx, voice = built("I shall be glad to know that you concur.")
    found = get("instructions", "glad_to_receive").func(ctx, word(ctx, "know"), voice)
    assert found is not None and found.addressee == ADDRESSEE


def test_gladness_now_at_what_the_addressee_does_asks_nothing() -> None:
    ctx, voice = built("I am glad to know that you concur.")
    assert get("instructions", "glad_to_receive").func(ctx, word(ctx, "know"), voice) is None


def test_an_assent_asked_for_is_not_given() -> None:
    ctx, voice = built("I shall be glad to know that you concur.")
    find_directives(ctx)
    assert get("decisions", "bare_assent").func(ctx, word(ctx, "concur"), voice) == []


DIRECTED_REVIEW = (
    "The President has directed that a comprehensive review of security policy toward Greece be undertaken. "
    "The study should identify our interests."
)


def _study_directive(sentence: str, speaker: str | None) -> Any:
    ctx, voice = built(sentence, {"President": ("nixon", "Person")})
    find_directives(ctx)
    voice = Voice(voice.span, speaker, voice.addressee)
    return get("instructions", "third_party_modal").func(ctx, word(ctx, "identify"), voice)


def test_the_study_names_again_a_review_directed_to_be_made() -> None:
    found = _study_directive(DIRECTED_REVIEW, SPEAKER)
    assert found is not None and (found.addressee, found.issuer) == (ADDRESSEE, None)


def test_an_unsigned_memorandum_tells_what_to_make_of_the_study_for_whoever_asked_for_it() -> None:
    found = _study_directive(DIRECTED_REVIEW, None)
    assert found is not None and (found.addressee, found.issuer) == (ADDRESSEE, "nixon")


def test_a_study_no_one_asked_for_is_no_ones_task() -> None:
    sentence = "The President has directed that the bases be closed. The study should identify our interests."
    assert _study_directive(sentence, SPEAKER) is None


def _relied(sentence: str, at: str) -> Any:
    ctx, voice = built(sentence, {"Hanoi": ("hanoi", "Government")})
    return get("instructions", "reliance_frame").func(ctx, word(ctx, at), voice)


def test_what_the_speaker_can_count_on_the_addressee_to_do_is_asked() -> None:
    found = _relied("I know I can count on you to ensure that this climate is established.", "ensure")
    assert found is not None and found.addressee == ADDRESSEE


def test_what_one_may_count_on_a_third_party_to_do_is_a_belief() -> None:
    assert _relied("We may count on Hanoi to respect the accord.", "respect") is None


FIRESTONE = {
    "Firestone": ("firestone", "Person"),
    "Ford": ("ford", "Person"),
    "Department": ("department", "Organization"),
}


def test_they_after_parties_named_together_stands_for_them() -> None:
    sentence = (
        "Neither Mr. Firestone nor Mr. Ford had taken any steps, since they felt that it was better to wait."
    )
    ctx, voice = built(sentence, FIRESTONE)
    assert party(ctx, word(ctx, "they"), voice) == "firestone"


def test_they_after_one_body_stands_for_that_body() -> None:
    sentence = "The Department has taken no steps, since they felt that it was better to wait."
    ctx, voice = built(sentence, FIRESTONE)
    assert party(ctx, word(ctx, "they"), voice) == "department"


def _recommended(sentence: str, at: str) -> Any:
    ctx, voice = built(sentence)
    return get("instructions", "bare_recommendation").func(ctx, word(ctx, at), voice)


def test_a_sentence_that_is_only_a_subjunctive_that_clause_recommends() -> None:
    found = _recommended("That you approve the attached NSSM.", "approve")
    assert found is not None and found.addressee == ADDRESSEE


def test_a_that_clause_of_a_sentence_recommends_nothing_of_its_own() -> None:
    assert _recommended("That he approved the plan is clear.", "approved") is None
    assert _recommended("I recommend that you approve the attached NSSM.", "approve") is None


BELGIUM = {"Government": ("belgium", "Government")}


def test_a_second_verb_the_parser_made_the_root_has_the_first_clauses_subject() -> None:
    sentence = (
        "The Belgian Government is nevertheless intensely interested in pursuing the matter, intends to sign "
        "the convention and will do everything to further it."
    )
    (found,) = stances(sentence, "stance_verb", "intends", BELGIUM)
    assert (found.stance, found.actor, found.target.text) == ("approve", "belgium", "sign")


def test_an_imperative_after_a_clause_has_no_subject_from_it() -> None:
    ctx, _ = built("We are ready to help, tell him to sign the convention.")
    assert fronted_clause_subject(word(ctx, "tell")) is None


HUSSEIN = "Recommend therefore that we not rpt not press King Hussein on this point."


def test_a_telegraphic_recommendation_of_a_clause_is_the_writers_not_an_imperative() -> None:
    ctx, voice = built(HUSSEIN)
    assert get("instructions", "imperative").func(ctx, word(ctx, "Recommend"), voice) is None
    assert _directed(HUSSEIN, "press", {}) == (SPEAKER, ADDRESSEE)


def test_a_recommending_verb_with_an_object_is_an_imperative() -> None:
    ctx, voice = built("Recommend the plan to the Minister.")
    found = get("instructions", "imperative").func(ctx, word(ctx, "Recommend"), voice)
    assert found is not None and found.addressee == ADDRESSEE


def test_doubt_about_the_wisdom_of_a_course_rejects_the_course() -> None:
    sentence = "We are doubtful about the wisdom of an early conference."
    (found,) = stances(sentence, "complement_evaluation", "doubtful")
    assert (found.stance, found.actor, found.target.text) == ("reject", SPEAKER, "conference")


def test_doubt_about_a_date_judges_no_course() -> None:
    sentence = "We are doubtful about the date of the conference."
    assert stances(sentence, "complement_evaluation", "doubtful") == []


def test_no_grounds_for_a_course_past_words_between_rejects_it() -> None:
    sentence = "The Department sees no grounds at this time for representations to the Government."
    (found,) = stances(sentence, "no_reason", "grounds", {"Department": ("department", "Organization")})
    assert (found.stance, found.actor, found.target.text) == ("reject", "department", "representations")


def test_no_grounds_for_a_feeling_reject_no_course() -> None:
    sentence = "The Department sees no grounds at this time for anxiety."
    assert stances(sentence, "no_reason", "grounds", {"Department": ("department", "Organization")}) == []


def _submitted(sentence: str) -> str | None:
    ctx, voice = built(sentence, {"Chairman": ("chairman", "Person"), "President": ("nixon", "Person")})
    found = get("instructions", "third_party_modal").func(ctx, word(ctx, "submitted"), voice)
    return found.addressee if found is not None else None


def test_a_passive_rule_with_its_agent_directs_the_agent() -> None:
    assert _submitted("The report should be submitted by the Chairman to the President.") == "chairman"


def test_a_passive_rule_with_no_agent_directs_the_addressee() -> None:
    assert _submitted("The report should be submitted to the President.") == ADDRESSEE


def test_a_telegraphic_suggestion_after_a_fronted_phrase_is_one_directive() -> None:
    sentence = "In view of these reports, suggest you consider querying Amouzegar about the impression."
    ctx, voice = built(sentence)
    assert get("instructions", "imperative").func(ctx, word(ctx, "suggest"), voice) is None
    found = get("instructions", "governed_complement").func(ctx, word(ctx, "consider"), voice)
    assert found is not None and found.addressee == ADDRESSEE


def test_a_request_the_addressee_will_make_or_one_for_a_thing_is_no_telegraphic_recommendation() -> None:
    ctx, _ = built("You will request that the consular archives be restored.")
    assert not telegraphic_recommendation(word(ctx, "request"))
    ctx, _ = built("Wish earliest word on length of time it may require your forces to land.")
    assert not telegraphic_recommendation(word(ctx, "Wish"))
