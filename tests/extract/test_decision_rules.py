"""Decision constructions on small built Docs (parses written down, no model needed)."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.decisions import Stance, find_stances
from kg.extract.directives import Directive, Hit, find_directives
from kg.extract.hypotheses import in_condition, negated_chain
from kg.extract.option_targets import is_course
from kg.extract.registry import constructions, get
from kg.extract.stance_spans import stance_clause

from .built import SPEAKER, built, word
from .built import stances as _stances


# -- open-class evaluation: what describes, predicts or requests is no stance --------------------
def _evaluation(sentence: str, pred: str) -> list[Stance]:
    ctx, voice = built(sentence)
    return get("decisions", "evaluation").func(ctx, word(ctx, pred), voice)  # type: ignore[no-any-return]


def test_evaluative_noun_object_of_a_verb_of_stating_judges_its_own_complement() -> None:
    (stance,) = _evaluation("We would express our willingness to include the question.", "willingness")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "include")
    assert _evaluation("The homicide aroused the greatest indignation.", "indignation") == []


def test_a_comparison_describes() -> None:
    assert _evaluation("His culpability appears even greater than that of Torres.", "greater") == []


def test_a_polite_request_for_information_is_no_stance() -> None:
    assert _evaluation("I shall be glad to learn whether you are prepared to act.", "glad") == []


def test_a_course_predicted_to_be_good_is_no_stance() -> None:
    assert _evaluation("The provisions will be effective until the treaty is signed.", "effective") == []


def test_a_feeling_about_what_may_happen_is_a_forecast_not_a_stance() -> None:
    sentence = "They are fearful that some development may intervene to prevent the pact."
    assert _evaluation(sentence, "fearful") == []
    sentence = "There is some fear that similar action may be taken by this Government."
    assert _evaluation(sentence, "fear") == []
    sentence = "I want to add my personal hope that we can continue to use the channel."
    (stance,) = _evaluation(sentence, "hope")  # a hope of what we can do still wants a course
    assert (stance.stance, stance.target.text) == ("approve", "continue")


def test_a_forecast_coordinated_with_the_course_judged_is_no_second_course() -> None:
    sentence = (
        "The delegates point out that they are unable to maintain the supplies"
        " and that the necessary result will be slaughter."
    )
    (stance,) = _stances(sentence, "judgement", "unable", {"delegates": ("delegates", "Group")})
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "delegates", "maintain")
    foretold = sentence.replace("they are unable", "they will be unable")  # a capacity forecast: none
    assert _stances(foretold, "judgement", "unable", {"delegates": ("delegates", "Group")}) == []


def test_an_adjective_judges_a_course_and_is_never_that_course() -> None:
    sentence = "The Minister added that he personally found them exceedingly embarrassing."
    ctx, voice = built(sentence, {"Minister": ("minister", "Person")})
    assert get("decisions", "evaluation").func(ctx, word(ctx, "embarrassing"), voice) == []


def test_a_judgement_of_what_is_said_is_no_stance_but_advice_to_say_it_is() -> None:
    sentence = "I think it is safe to say that the government will represent a majority."
    assert _evaluation(sentence, "safe") == []
    assert _evaluation("I shall be glad to discuss with you any further questions.", "glad") == []
    sentence = (
        "We think it better to say at the conference that your delegation has recommended against signature."
    )
    (stance,) = _evaluation(sentence, "better")
    assert (stance.stance, stance.target.text) == ("approve", "say")


def test_a_disposition_of_the_subject_is_not_a_judgement_of_it() -> None:
    ctx, voice = built("The notes were ready for shipment.")
    assert get("decisions", "judgement").func(ctx, word(ctx, "ready"), voice) == []


# -- stances put as nouns, intentions, preferences, spans ----------------------------------------
def test_a_refusal_to_agree_is_the_owners_rejection_of_what_it_would_agree_to() -> None:
    sentence = "The refusal of the British Government to agree to the commission is inexplicable."
    (stance,) = _stances(sentence, "stance_noun", "refusal", {"Government": ("britain", "Government")})
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "britain", "commission")


def test_settling_a_question_names_no_course_chosen() -> None:
    conference = {"Conference": ("conference", "Group")}
    assert (
        _stances("We differ as to the essential factor in deciding the problem.", "stance_verb", "deciding")
        == []
    )
    assert (
        _stances("The Conference decided the question of procedure.", "stance_verb", "decided", conference)
        == []
    )
    (stance,) = _stances(
        "The Conference decided the plan of procedure.", "stance_verb", "decided", conference
    )
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "conference", "plan")


def test_a_passive_infinitive_names_a_stance_still_to_come() -> None:
    allies = {"Allies": ("allies", "Group")}
    assert (
        _stances(
            "The list of these ships to be approved by the Allies is attached.",
            "stance_verb",
            "approved",
            allies,
        )
        == []
    )
    (stance,) = _stances(
        "The list of these ships was approved by the Allies.", "stance_verb", "approved", allies
    )
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "allies", "list")


def test_an_intention_verb_is_a_decision_and_its_negation_a_rejection() -> None:
    (stance,) = _stances("We plan to approach the other side.", "stance_verb", "plan")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "approach")
    (stance,) = _stances("We do not envisage going through the Soviet Union.", "stance_verb", "envisage")
    assert (stance.stance, stance.target.text) == ("reject", "going")


def test_a_preference_that_a_third_party_act_approves_the_act_and_one_that_you_act_directs() -> None:
    (stance,) = _stances("I prefer that Scott come home.", "preference", "prefer")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "come")
    assert _stances("We would prefer that you wait.", "preference", "prefer") == []


def test_a_disinclination_to_act_rejects_the_act_and_an_inclination_to_think_is_no_stance() -> None:
    minister = {"Minister": ("minister", "Person")}
    sentence = "The Minister is not inclined to press the matter."
    (stance,) = _stances(sentence, "judgement", "inclined", minister)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "press")
    sentence = "The Minister seemed inclined to think that the war would end."
    assert _stances(sentence, "judgement", "inclined", minister) == []


def test_a_preference_not_to_act_rejects_the_act() -> None:
    (stance,) = _stances("I should prefer not to leave Washington.", "preference", "prefer")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "leave")


def test_finding_a_course_impossible_rejects_it() -> None:
    sentence = "Kissinger finds it impossible to leave Washington."
    (stance,) = _stances(sentence, "judgement", "impossible", {"Kissinger": ("kissinger", "Person")})
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "kissinger", "leave")


def test_an_existential_evaluation_judges_what_follows_its_preposition() -> None:
    (stance,) = _stances("There is great value in a second day of meetings.", "evaluation", "value")
    assert (stance.stance, stance.target.text) == ("approve", "day")


def test_the_evidence_of_a_stance_stops_before_a_subordinate_clause_set_off_by_a_comma() -> None:
    sentence = "The plan was accepted by the conference, when it was proposed by France."
    ctx, voice = built(sentence, {"conference": ("conference", "Organization")})
    (stance,) = get("decisions", "stance_verb").func(ctx, word(ctx, "accepted"), voice)
    assert ctx.sdoc.text[stance.span.start : stance.span.end] == "The plan was accepted by the conference"


def test_a_directive_to_avoid_a_course_is_the_issuers_rejection_of_it() -> None:
    ctx, voice = built("You should avoid any new concessions.")
    find_directives(ctx)
    (stance,) = get("decisions", "directed_stance").func(ctx, word(ctx, "avoid"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "concessions")


def test_a_directed_stance_held_as_an_opinion_is_quoted_from_its_holder() -> None:
    ctx, voice = built("We do not think you should sign with reservations.")
    find_directives(ctx)
    (stance,) = get("decisions", "directed_stance").func(ctx, word(ctx, "sign"), voice)
    assert stance.stance == "reject"
    assert ctx.sdoc.text[stance.span.start : stance.span.end].startswith("We do not think")


def test_losing_a_good_thing_rejects_the_course_it_offers() -> None:
    (stance,) = _evaluation("We would lose a great opportunity to improve transportation.", "opportunity")
    assert (stance.stance, stance.target.text) == ("reject", "improve")


def test_a_stance_noted_with_pleasure_is_the_noted_actors_decision_only() -> None:
    ctx, _ = built(
        "We are pleased to note that Moscow intends to continue the talks.",
        {"Moscow": ("soviet-union", "Government")},
    )
    found = [(rule.name, s.actor) for rule, s in find_stances(ctx)]
    assert found == [("stance_verb", "soviet-union")]


def test_being_in_agreement_with_views_approves_them() -> None:
    (stance,) = _stances("I am in full agreement with the views of Bunker.", "stance_noun", "agreement")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "views")


def test_a_measure_postponed_is_a_decision_of_who_postponed_it() -> None:
    actors = {"Government": ("france", "Government")}
    (stance,) = _stances("The Government postponed the conference.", "measure_taken", "postponed", actors)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "france", "conference")


def test_a_stance_verb_under_another_is_one_stance_quoted_from_its_subject() -> None:
    ctx, voice = built("They would refuse to accept the protocol.")
    rule = get("decisions", "stance_verb").func
    assert rule(ctx, word(ctx, "accept"), voice) == []  # the refusal is the stance
    actors = {"President": ("president", "Person")}
    (stance,) = _stances(
        "The President is willing to acquiesce in the programme.", "stance_verb", "acquiesce", actors
    )
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "president", "programme")
    ctx, _ = built("The President is willing to acquiesce in the programme.", actors)
    assert ctx.sdoc.text[stance.span.start : stance.span.end].startswith("The President is willing")


def test_a_refused_authorization_to_sign_rejects_the_signature() -> None:
    ctx, voice = built("He would refuse to authorize his representative to sign the communique.")
    sign = word(ctx, "sign")  # the authorization read as a directive to sign, as the instruction finder does
    ctx.directives[sign.i] = Hit(
        sign, constructions("instructions")[0], Directive("representative", issuer="thieu")
    )
    (stance,) = get("decisions", "directed_stance").func(ctx, sign, voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "thieu", "communique")


def test_an_entitlement_held_is_no_stance_but_one_reserved_is() -> None:
    assert _stances("Peru has the right to construct cruisers.", "judgement", "right") == []
    (stance,) = _stances("We must retain the right to construct cruisers.", "judgement", "right")
    assert (stance.stance, stance.target.text) == ("approve", "construct")


def test_a_reported_would_states_a_stance_but_a_believed_one_does_not() -> None:
    actors = {"Peru": ("peru", "Government"), "Minister": ("minister", "Person")}
    sentence = "The Minister added that Peru would accept the award."
    (stance,) = _stances(sentence, "stance_verb", "accept", actors)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "peru", "award")
    assert _stances("We believe that Peru would accept the award.", "stance_verb", "accept", actors) == []


def test_acknowledging_a_message_or_asking_for_a_report_is_no_stance() -> None:
    assert _stances("I deeply appreciate your message.", "evaluative_verb", "appreciate") == []
    actors = {"Department": (SPEAKER, "Organization")}
    assert _stances("The Department desires a full report.", "evaluative_verb", "desires", actors) == []


def test_a_stance_noun_is_quoted_without_a_relative_clause_on_its_complement() -> None:
    sentence = "Hanoi's acceptance of our minimum position which you approved is certain."
    ctx, voice = built(sentence, {"Hanoi": ("hanoi", "Government")})
    (stance,) = get("decisions", "stance_noun").func(ctx, word(ctx, "acceptance"), voice)
    assert stance.actor == "hanoi"
    assert ctx.sdoc.text[stance.span.start : stance.span.end].endswith("acceptance of our minimum position")


# -- doubt on a course: a rejection (guidelines, "Options and decisions") ------------------------
def _doubted(sentence: str) -> list[Stance]:
    ctx, voice = built(sentence)
    return get("decisions", "doubted_course").func(ctx, word(ctx, "see"), voice)  # type: ignore[no-any-return]


def test_failing_to_see_how_a_course_helps_rejects_it() -> None:
    (stance,) = _doubted("We fail to see how the proposal would help the negotiations.")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "help")
    (weighed,) = _doubted("I do not see how we can consider blowing it all.")
    assert (weighed.stance, weighed.target.text) == ("reject", "blowing")


def test_doubting_an_objection_approves_and_the_judgement_rule_leaves_it() -> None:
    sentence = "I am unable to see how anyone could have an objection to our presence."
    (stance,) = _doubted(sentence)
    assert stance.stance == "approve"
    ctx, voice = built(sentence)
    assert get("decisions", "judgement").func(ctx, word(ctx, "unable"), voice) == []


def test_doubting_how_the_addressee_could_act_otherwise_is_no_stance() -> None:
    assert _doubted("We do not see how you could take any other course.") == []


# -- the evidence of a stance: a subordinate clause without a comma restricts the stance
def _clause_text(sentence: str, head: str) -> str:
    ctx, _ = built(sentence)
    start, end = stance_clause(word(ctx, head))
    return ctx.sdoc[start : end + 1].text


def test_a_subordinate_clause_without_a_comma_is_part_of_the_stance() -> None:
    sentence = "They are willing to see the President while he is bombing the North."
    assert _clause_text(sentence, "are").endswith("while he is bombing the North")


def test_a_reason_clause_never_restricts_the_stance_it_follows() -> None:
    sentence = (
        "The Department feels that it cannot delay the withdrawal of the guard as it has stated that "
        "the guard would be withdrawn."
    )
    assert _clause_text(sentence, "delay").endswith("delay the withdrawal of the guard")


def test_a_course_judged_is_not_judged_by_whose_course_it_is() -> None:
    ctx, voice = built("Laird's plan is totally unacceptable.", {"Laird": ("laird", "Person")})
    (stance,) = get("decisions", "judgement").func(ctx, word(ctx, "unacceptable"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "plan")


# -- what is to be: a plan put as a noun, an existence ruled out ---------------------------------
def test_a_plan_noun_that_is_to_do_something_approves_it_and_its_negation_rejects_it() -> None:
    (stance,) = _stances("Our strategy is to force a settlement.", "stated_plan", "is")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "force")
    (stance,) = _stances("Our policy is not to intervene in the dispute.", "stated_plan", "is")
    assert (stance.stance, stance.target.text) == ("reject", "intervene")
    assert not _stances("The purpose is to make the record clear.", "stated_plan", "is")


def test_an_existence_prescribed_away_is_rejected_and_one_predicted_away_is_no_stance() -> None:
    (stance,) = _stances("There is to be no further pressure on the Government.", "ruled_out_existence", "be")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "pressure")
    assert _stances("There will be no difficulties at this end.", "ruled_out_existence", "be") == []


def test_an_existence_a_volition_rules_out_is_the_wishers_rejection() -> None:
    sentence = "The President desires that there be no meetings with the delegation."
    (stance,) = _stances(sentence, "ruled_out_existence", "be", {"President": ("president", "Person")})
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "president", "meetings")
    assert _stances("We hope there is no doubt about our purpose.", "ruled_out_existence", "is") == []


def test_a_judgement_of_not_acting_is_the_opposite_stance_on_the_act() -> None:
    ctx, voice = built("We are willing not to press the claim.")
    (stance,) = get("decisions", "judgement").func(ctx, word(ctx, "willing"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "press")


def test_never_supporting_a_proposal_rejects_it() -> None:
    (stance,) = _stances("I have never supported the proposal.", "stance_verb", "supported")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "proposal")


def test_a_negation_does_not_reach_into_a_clause_with_its_own_subject() -> None:
    ctx, _ = built("He did not know that they had accepted the offer.")
    assert not negated_chain(word(ctx, "accepted"))
    ctx, _ = built("We are willing not to press the claim.")
    assert negated_chain(word(ctx, "press"))


def test_a_comparative_or_an_epistemic_predicate_is_no_evaluation() -> None:
    assert _evaluation("The responsibility of the commissioner was greater.", "greater") == []
    assert _evaluation("The obligation of the Government to punish him is clear.", "clear") == []


def test_accepting_the_assurances_of_a_closing_formula_is_no_stance() -> None:
    assert _stances("We accept the assurances of his highest consideration.", "stance_verb", "accept") == []
    assert len(_stances("We accept the proposal of the Government.", "stance_verb", "accept")) == 1


def test_an_evaluative_adjective_lends_its_valence_to_a_predicate_noun_of_none() -> None:
    (stance,) = _evaluation("We consider the visit a hopeful first step.", "hopeful")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "visit")
    (stance,) = _evaluation("The proposal is a most unwelcome step.", "unwelcome")
    assert (stance.stance, stance.target.text) == ("reject", "proposal")
    assert _evaluation("The plan is a great mistake.", "great") == []  # the noun judges: judgement's
    assert _evaluation("There is a good possibility that the meeting could be extended.", "good") == []


def test_an_opinion_of_my_government_is_the_speakers_and_its_strength_no_valence() -> None:
    sentence = "It is the strong opinion of my Government that the guard should be withdrawn."
    (stance,) = _stances(sentence, "normative_opinion", "withdrawn")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "withdrawn")
    assert _evaluation(sentence, "strong") == []


def test_a_stance_in_the_event_that_clause_is_a_condition_not_a_stance() -> None:
    germans = {"Germans": ("germany", "Government")}
    sentence = (
        "We shall stay, for in the event that the Germans refuse to sign, "
        "the others should know our position."
    )
    assert _stances(sentence, "stance_verb", "refuse", germans) == []
    (stance,) = _stances("The Germans refuse to sign the protocol.", "stance_verb", "refuse", germans)
    assert (stance.stance, stance.actor) == ("reject", "germany")


def test_an_intention_inside_an_embedded_question_is_asked_not_stated() -> None:
    assert _stances("The others should know what position we intend to take.", "stance_verb", "intend") == []
    (stance,) = _stances("We intend to take a firm position.", "stance_verb", "intend")
    assert (stance.stance, stance.actor) == ("approve", SPEAKER)


def test_a_judgement_concluded_by_an_actor_is_quoted_from_that_actor() -> None:
    sentence = (
        "Governor Harding and I both concluded, that it would be best to let Panama convey the message."
    )
    ctx, voice = built(sentence, {"Harding": ("harding", "Person")})
    (stance,) = get("decisions", "evaluation").func(ctx, word(ctx, "best"), voice)
    evidence = ctx.sdoc.text[stance.span.start : stance.span.end]
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "harding", "let")
    assert evidence.startswith("Governor Harding and I both concluded")


def test_a_stance_under_provided_is_a_condition_not_a_decision() -> None:
    ctx, voice = built("The Minister will sign, provided the Associated Governments accept the plan.")
    assert in_condition(word(ctx, "accept"))
    assert not in_condition(word(ctx, "sign"))
    assert (
        _stances(
            "The Minister will sign, provided the Associated Governments accept the plan.",
            "stance_verb",
            "accept",
        )
        == []
    )


def test_a_stance_clause_starts_after_a_colon_and_a_list_number_run_into_it() -> None:
    ctx, _ = built("Our opinion is as follows: 1. We must adhere to the ratio.")
    start, end = stance_clause(word(ctx, "adhere"))
    assert ctx.sdoc[start : end + 1].text == "We must adhere to the ratio"


def test_an_option_noun_the_tagger_read_as_a_name_is_still_a_course() -> None:
    ctx, voice = built("Proposed Articles 1 and 2 seem to us more objectionable.")
    ctx.sdoc.ents = [SpacySpan(ctx.sdoc, 1, 3, label="PERSON")]  # as the small model reads "Articles 1"
    (stance,) = get("decisions", "judgement").func(ctx, word(ctx, "objectionable"), voice)
    assert (stance.stance, stance.target.text) == ("reject", "Articles")
    assert is_course(ctx, stance.target)
    ctx.sdoc.ents = [SpacySpan(ctx.sdoc, 1, 2, label="PERSON"), SpacySpan(ctx.sdoc, 7, 8, label="PERSON")]
    assert not is_course(ctx, word(ctx, "us"))


def test_a_conjunct_denied_after_a_stance_takes_the_opposite_stance() -> None:
    ctx, voice = built("We accept arbitration and not a mixed commission.")
    accepted, denied = get("decisions", "stance_verb").func(ctx, word(ctx, "accept"), voice)
    quoted = [ctx.sdoc.text[s.span.start : s.span.end] for s in (accepted, denied)]
    assert [(s.stance, s.target.text) for s in (accepted, denied)] == [
        ("approve", "arbitration"),
        ("reject", "commission"),
    ]
    assert quoted == ["We accept arbitration", "not a mixed commission"]
    (one,) = _stances("We intend to take a firm position.", "stance_verb", "intend")
    assert one.stance == "approve"


def test_a_judgement_the_speaker_avoids_conveying_is_a_rejection() -> None:
    ctx, voice = built("We will avoid any indication that these proposals might be acceptable.")
    (stance,) = get("decisions", "judgement").func(ctx, word(ctx, "acceptable"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "proposals")


# -- stance nouns whose infinitive the parser hangs on the verb; "the latter" / "the former" ------
MINISTER = {"Minister": ("minister", "Person")}


def test_a_stance_noun_object_of_a_verb_takes_the_infinitive_hung_on_that_verb() -> None:
    sentence = "The Minister expressed disinclination to take up the matter again."
    (stance,) = _stances(sentence, "stance_noun", "disinclination", MINISTER)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "take")
    ctx, _ = built(sentence, MINISTER)
    assert ctx.sdoc.text[stance.span.start : stance.span.end] == "disinclination to take up the matter again"


def test_the_latter_is_the_last_party_named_before_it() -> None:
    sentence = (
        "The formula was drafted by the Minister. The latter expressed disinclination to take up the matter."
    )
    (stance,) = _stances(sentence, "stance_noun", "disinclination", MINISTER)
    assert (stance.stance, stance.actor) == ("reject", "minister")
    assert _stances(sentence, "stance_noun", "disinclination") == []  # no party named: no one's stance


def test_the_former_is_the_party_named_before_the_last() -> None:
    sentence = "The Minister spoke with Bryce. The former rejected the amendment."
    actors = MINISTER | {"Bryce": ("bryce", "Person")}
    (stance,) = _stances(sentence, "stance_verb", "rejected", actors)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minister", "amendment")
    (stance,) = _stances(sentence.replace("former", "latter"), "stance_verb", "rejected", actors)
    assert stance.actor == "bryce"


def test_an_agreement_reached_between_parties_is_the_first_partys_assent() -> None:
    sentence = "The agreement reached between Roosevelt and Vincent provides for the withdrawal."
    actors = {"Roosevelt": ("roosevelt", "Person"), "Vincent": ("vincent", "Person")}
    (stance,) = _stances(sentence, "stance_noun", "agreement", actors)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "roosevelt", "agreement")
    assert _stances(sentence, "stance_noun", "agreement") == []  # no party named: no one's assent
    assert _stances("An agreement was reached.", "stance_noun", "agreement") == []
    assert _stances("The agreement provides for the withdrawal.", "stance_noun", "agreement") == []


def test_a_stance_noun_sought_is_not_given_and_one_stated_is() -> None:
    hanoi = {"Hanoi": ("north-vietnam", "Government")}
    sought = [
        "I will push for Hanoi's acceptance of our position.",
        "We secured Hanoi's acceptance of our position.",
    ]
    for sentence in sought:
        assert _stances(sentence, "stance_noun", "acceptance", hanoi) == [], sentence
    stated = "Hanoi's acceptance of our position ended the talks."
    (stance,) = _stances(stated, "stance_noun", "acceptance", hanoi)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "north-vietnam", "position")


def test_an_inverted_clause_is_a_condition_but_not_a_question_nor_the_verb_after_it() -> None:
    ctx, _ = built("You are authorized, should the Foreign Office raise no objection, to deliver the note.")
    assert in_condition(word(ctx, "objection"))
    assert not in_condition(word(ctx, "deliver")) and not in_condition(word(ctx, "authorized"))
    for sentence in ["Should we accept the plan?", "Nor should we accept the plan."]:
        ctx, _ = built(sentence)
        assert not in_condition(word(ctx, "plan")), sentence


def test_a_predicate_set_off_by_commas_after_its_copula_judges_the_subject() -> None:
    """ "seemed, on second thought, unwise": the parser hangs the adjective on the parenthesis's noun
    (as a modifier, or in apposition); it completes the copula all the same."""
    for sentence in (
        "Probing re a change in it before it was tabled seemed, on second thought, unwise.",
        "Probing the change seemed, on second thought, unwise.",
    ):
        (stance,) = _stances(sentence, "judgement", "unwise")
        assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "Probing")
    assert _stances("The delegates left for Paris, unwise as the trip seemed.", "judgement", "unwise") == []


def test_a_course_worth_taking_is_approved_and_one_not_worthwhile_rejected() -> None:
    sentence = "We think it is worth our while to attempt to bring them into the talks."
    (stance,) = _stances(sentence, "judgement", "worth")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "attempt")
    (stance,) = _stances("It is not worthwhile to continue the talks.", "judgement", "worthwhile")
    assert (stance.stance, stance.target.text) == ("reject", "continue")


def test_adequate_approves_and_inadequate_rejects_a_course_not_a_things_capacity() -> None:
    department = {"Department": ("department", "Government")}
    ctx, voice = built("The Department considers that the amends were adequate.", department)
    (stance,) = get("decisions", "judgement").func(ctx, word(ctx, "adequate"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "department", "amends")
    (stance,) = _stances("Their first offer is inadequate.", "judgement", "inadequate")
    assert (stance.stance, stance.target.text) == ("reject", "offer")
    assert _stances("The channel is inadequate to carry the water.", "judgement", "inadequate") == []


def test_a_plans_next_steps_the_parser_made_its_head_belong_to_the_plan() -> None:
    """ "our thinking is to table a package, say that ..., and indicate that ...": the bare verbs after
    the comma are more steps of the plan, though the parser hung the plan's clause on them; a verb
    with its own subject ("we believe") is no step."""
    sentence = (
        "If they agree to resume talks our thinking is to table a concrete package, say that we want to "
        "know promptly if genuine negotiations are possible, and indicate that time for negotiated "
        "settlement is in fact running out."
    )
    (stance,) = _stances(sentence, "stated_plan", "is")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "table")
    assert sentence[stance.span.start : stance.span.end].endswith("is in fact running out")
    (stance,) = _stances("Our plan is to table the package, we believe.", "stated_plan", "is")
    assert stance.span.end == len("Our plan is to table the package")


def test_how_easy_a_course_is_judges_none_and_a_difficulty_still_objects() -> None:
    assert _evaluation("It would be relatively easy to come to terms with the Italians.", "easy") == []
    (stance,) = _evaluation("It would be difficult to go beyond these two agreements.", "difficult")
    assert (stance.stance, stance.target.text) == ("reject", "go")


def test_a_judgement_that_seems_so_to_the_speaker_is_the_speakers() -> None:
    sentence = "It would seem to me inadvisable to approach Drummond before the receipt of instructions."
    (stance,) = _stances(sentence, "judgement", "inadvisable", {"Drummond": ("drummond", "Person")})
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "approach")


def test_an_actor_named_before_a_stance_noun_holds_it() -> None:
    sentence = "We were surprised by the ROKG decision to declare martial law."
    (stance,) = _stances(sentence, "stance_noun", "decision", {"ROKG": ("rokg", "Government")})
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "rokg", "declare")


def test_a_participle_of_intention_joined_to_a_thing_s_participle_tells_its_purpose() -> None:
    sentence = (
        "The Department will not license any letter addressed to or intended to be delivered to an enemy."
    )
    assert _stances(sentence, "stance_verb", "intended") == []


def test_a_degree_compared_with_as_describes_and_a_person_classed_is_no_course_judged() -> None:
    assert _evaluation("The situation here is not as bad as the papers made out.", "bad") == []
    assert _evaluation("The intended recipient of the letter is an enemy.", "enemy") == []


def test_what_is_not_sufficient_is_rejected_but_what_it_suffices_for_is_no_course() -> None:
    (stance,) = _stances("The amount offered is not sufficient.", "judgement", "sufficient")
    assert (stance.stance, stance.target.text) == ("reject", "amount")
    assert _stances("This is sufficient to show that he lied.", "judgement", "sufficient") == []


def test_agreeing_that_something_would_happen_shares_a_forecast_not_a_stance() -> None:
    government = {"Government": ("grc", "Government")}
    sentence = "He also agreed that the Government would be placed in a very precarious position."
    assert _stances(sentence, "stance_verb", "agreed", government) == []
    minister = {"Minister": ("minister", "Person")}
    sentence = "The Minister agreed that the treaty would be signed tomorrow."
    (stance,) = _stances(sentence, "stance_verb", "agreed", minister)
    assert stance.stance == "approve"  # a course agreed to


def test_a_feeling_about_what_has_happened_judges_no_course() -> None:
    sentence = "It is fantastic how prices of food have risen in the United States."
    assert _evaluation(sentence, "fantastic") == []
