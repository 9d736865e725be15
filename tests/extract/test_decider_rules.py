"""Who decides and on what, on small built Docs: pronoun deciders, objects that are no course."""

from __future__ import annotations

from kg.extract.deciders import decider, decision_object
from kg.extract.decisions import find_decisions, stance_verb_of
from kg.extract.echo_links import on_views
from kg.extract.pronouns import party
from kg.extract.stance_nouns import noun_owner
from kg.extract.stance_spans import decision_span

from .built import SPEAKER, built, word
from .built import stances as _stances

PEOPLE = {"Nixon": ("nixon", "Person"), "Kissinger": ("kissinger", "Person")}


def test_a_pronoun_decider_is_the_earlier_subject_not_the_nearest_name() -> None:
    sentence = "President Nixon reciprocates the anticipation of Kissinger. He accepts the proposal."
    (stance,) = _stances(sentence, "stance_verb", "accepts", PEOPLE)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "nixon", "proposal")


def test_they_prefers_the_party_that_speaks_over_the_one_spoken_to() -> None:
    sentence = "The powers have told Peru that they accept the proposal."
    ctx, voice = built(sentence, {"powers": ("powers", "Group"), "Peru": ("peru", "Government")})
    assert party(ctx, word(ctx, "they"), voice) == "powers"
    assert ctx.refers(word(ctx, "they"), voice) == "peru"  # the nearest name: the decider no longer takes it


def _decisions(sentence: str) -> list[tuple[str, str, str]]:
    ctx, _ = built(sentence, {"Peru": ("peru", "Government")})
    found, options = find_decisions(ctx, [])
    label = {o.key: o.label for o in options}
    return [(d.stance, d.actor, label[d.option]) for _, d in found]


def test_withdrawing_a_body_of_people_moves_it_and_refuses_no_course() -> None:
    assert _decisions("Peru has withdrawn its troops.") == []
    assert _decisions("Peru has withdrawn its request.") == [("reject", "peru", "request")]


# -- consequence: a course judged by what it would bring about -----------------------------------
def _consequence(sentence: str, verb: str) -> list[tuple[str, str, str]]:
    found = _stances(sentence, "consequence", verb)
    return [(s.stance, s.actor, s.target.text) for s in found]


def test_a_course_that_would_do_harm_is_rejected_by_whoever_says_so() -> None:
    sentence = "Both of these proposed improvements would further aggravate the situation."
    assert _consequence(sentence, "aggravate") == [("reject", SPEAKER, "improvements")]
    assert _consequence("Any such initiative would not harm the negotiations.", "harm") == [
        ("approve", SPEAKER, "initiative")
    ]


def test_a_verb_of_effect_only_the_second_lexicon_rates_judges_the_course() -> None:
    """VADER leaves "disrupt" and "impede" unrated; AFINN's rating counts for a course's own verb, but
    not for a noun after "be", where AFINN rates nouns of the domain ("withdrawal")."""
    sentence = "This would disrupt the pace we are attempting to maintain."
    assert _consequence(sentence, "disrupt") == [("reject", SPEAKER, "This")]
    impeding = "Such a step would impede the negotiations."
    assert _consequence(impeding, "impede") == [("reject", SPEAKER, "step")]
    assert _consequence("This would be a withdrawal.", "be") == []


def test_a_prediction_a_relative_clause_or_a_comparison_judges_no_course() -> None:
    assert _consequence("The plan will aggravate the situation.", "aggravate") == []
    assert _consequence("They chose a step that would aggravate the situation.", "aggravate") == []
    assert _consequence("The objectives would be much more easily achievable without it.", "be") == []


def test_a_course_that_has_advantages_now_is_approved_with_the_verbs_on_its_subject() -> None:
    """A present "have" states what the course brings: no modal needed; "will have" predicts, and an
    actor's advantages judge no course."""
    sentence = "This has obvious advantages and avoids possible problems such as shaking his morale."
    (stance,) = _stances(sentence, "consequence", "has")
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "This")
    assert stance.span.end - stance.span.start == len(sentence) - 1  # both verbs, without the full stop
    assert _consequence("This will have obvious advantages.", "have") == []
    assert _consequence("The Minister has obvious advantages.", "has") == []


# -- refused commitment: the speaker's own "will not" ------------------------------------------
def _refused(sentence: str, verb: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "refused_commitment", verb)]


def test_a_first_person_will_not_or_at_no_time_would_rejects_the_course() -> None:
    assert _refused("We will not send the note.", "send") == [("reject", SPEAKER, "send")]
    sentence = "At no time would we make a public revelation of the terms."
    assert _refused(sentence, "make") == [("reject", SPEAKER, "make")]


def test_a_third_person_will_not_predicts_and_a_stance_verb_is_left_to_its_rule() -> None:
    assert _refused("They will not send the note.", "send") == []
    assert _refused("We will not accept the proposal.", "accept") == []


def test_to_after_a_verb_of_offering_names_the_recipient_not_the_course() -> None:
    ctx, _ = built("We suggested to the Minister that he include this proposal.")
    assert decision_object(word(ctx, "suggested")).text == "include"  # type: ignore[union-attr]
    ctx, _ = built("They objected to the proposal.")
    assert decision_object(word(ctx, "objected")).text == "proposal"  # type: ignore[union-attr]


def test_a_possessive_on_the_object_stands_for_the_subject_not_the_last_person_named() -> None:
    sentence = "Vincent spoke. The Director of the Mission has indicated his intention of leaving."
    ctx, voice = built(sentence, {"Vincent": ("vincent", "Person"), "Mission": ("mission", "Organization")})
    intention = word(ctx, "intention")
    assert ctx.refers(word(ctx, "his"), voice) == "vincent"  # the nearest person, not who intends
    assert noun_owner(ctx, intention, voice) == "mission"


def test_the_speakers_own_position_is_a_course_not_an_echo_of_views() -> None:
    ctx, _ = built("Our position has the backing of the press.")
    assert not on_views(ctx, word(ctx, "position"))
    ctx, _ = built("I concur in these views.")
    assert on_views(ctx, word(ctx, "views"))


# -- no reason: a denied justification for a course rejects it ---------------------------------
def _no_reason(sentence: str, noun: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "no_reason", noun)]


def test_no_reason_for_a_course_rejects_it_and_no_reason_not_to_approves_it() -> None:
    accepting = "I see no reason to accept the Soviet proposal."
    assert _no_reason(accepting, "reason") == [("reject", SPEAKER, "accept")]
    useless = "There is no use in trying to do any business through the Embassy here."
    assert _no_reason(useless, "use") == [("reject", SPEAKER, "trying")]
    assert _no_reason("I do not see any reason for a postponement.", "reason") == [
        ("reject", SPEAKER, "postponement")
    ]
    returning = "We see no reason why the Ambassador should not return with you."
    assert _no_reason(returning, "reason") == [("approve", SPEAKER, "return")]


def test_a_reason_had_or_one_to_believe_or_to_say_is_no_stance() -> None:
    assert _no_reason("We have good reason to accept the proposal.", "reason") == []
    assert _no_reason("There is no reason to believe that they will agree.", "reason") == []
    assert _no_reason("There is no need to add that the Minister agrees.", "need") == []


def test_a_denied_intention_is_the_holders_refusal_of_the_course() -> None:
    def refused(sentence: str, noun: str) -> list[tuple[str, str, str]]:
        return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "no_intention", noun)]

    raising = "We have no intention of raising the issue."
    assert refused(raising, "intention") == [("reject", SPEAKER, "raising")]
    assert refused("We have no plans to resume the bombing.", "plans") == [("reject", SPEAKER, "resume")]
    assert refused(raising.replace("no", "every"), "intention") == []


def test_a_phrasal_verb_of_assent_is_a_stance_verb_whatever_label_its_particle_has() -> None:
    """The parser labels "along" advmod in "went along with": the particle still makes the phrase."""
    soviets = {"Soviets": ("soviet-union", "Government")}
    (stance,) = _stances("The Soviets went along with the proposal.", "stance_verb", "went", soviets)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "soviet-union", "proposal")
    assert _stances("The Soviets went along the river.", "stance_verb", "went", soviets) == []
    (stance,) = _stances("We cannot live with this formula.", "stance_verb", "live")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "formula")


def test_the_object_of_a_phrasal_stance_may_hang_on_its_particle() -> None:
    """ "backed away from X": the parser hangs "from" on "away"; "go ahead with X" approves X."""
    soviets = {"Soviets": ("soviet-union", "Government")}
    sentence = "The Soviets have backed away from their earlier position."
    (stance,) = _stances(sentence, "stance_verb", "backed", soviets)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "soviet-union", "position")
    ctx, _ = built("The President will go ahead with the trip.")
    assert stance_verb_of(ctx, word(ctx, "go")) == "approve"
    target = decision_object(word(ctx, "go"))
    assert target is not None and target.text == "trip"


def test_a_reason_before_the_stance_is_part_of_its_evidence_a_condition_is_not() -> None:
    reasoned = "As the plan could not succeed, we have rejected it."
    ctx, _ = built(reasoned)
    span = decision_span(ctx.sdoc, word(ctx, "rejected"), word(ctx, "it"))
    assert ctx.sdoc.text[span.start : span.end] == reasoned[:-1]
    ctx, _ = built("If the plan fails, we will reject it.")
    span = decision_span(ctx.sdoc, word(ctx, "reject"), word(ctx, "it"))
    assert ctx.sdoc.text[span.start : span.end] == "we will reject it"


def test_a_judged_way_of_acting_names_the_course_approved_or_rejected() -> None:
    def judged(sentence: str) -> list[tuple[str, str, str]]:
        copula = "be" if " be " in sentence else "is"
        return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, "best_course", copula)]

    assert judged("The best course would be to postpone the meeting.") == [("approve", SPEAKER, "postpone")]
    assert judged("The worst course would be to do nothing.") == [("reject", SPEAKER, "do")]
    assert [s for s, _, _ in judged("The best course is not to reply.")] == ["reject"]
    assert judged("The first step is a ceasefire.") == []  # no judgement, an order of steps


def test_a_finite_clause_told_states_the_tellers_stance_a_must_clause_directs() -> None:
    thieu = {"Thieu": ("thieu", "Person"), "Bunker": ("bunker", "Person")}
    (stance,) = _stances("Thieu told Bunker he would not agree to the plan.", "stance_verb", "agree", thieu)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "thieu", "plan")
    assert _stances("Thieu told Bunker he must accept the plan.", "stance_verb", "accept", thieu) == []


def test_a_stance_noun_given_to_a_course_bears_on_it() -> None:
    thieu = {"Thieu": ("thieu", "Person")}
    (stance,) = _stances("Thieu has given his approval to the plan.", "stance_noun", "approval", thieu)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "thieu", "plan")


def test_a_course_with_no_ground_of_its_own_is_rejected_by_whoever_says_so() -> None:
    assert _no_reason("The proposal has no basis in law.", "basis") == [("reject", SPEAKER, "proposal")]
    minister = {"Minister": ("minister", "Person")}
    assert _stances("The Minister has no basis for his claim.", "no_reason", "basis", minister) == []


def test_a_gerund_with_no_subject_is_done_by_the_subject_of_the_verb_it_hangs_on() -> None:
    """Set off after a verb or after its preposition, the gerund lends no stance to the reporter; a
    negated verb asserts none ("does not commit itself to accepting": the gerund keeps the speaker)."""
    peru = {"Peru": ("peru", "Government"), "Chile": ("chile", "Government")}
    objection = "Chile answered the note, objecting to the proposal of Peru."
    (objecting,) = _stances(objection, "stance_verb", "objecting", peru)
    assert (objecting.stance, objecting.actor, objecting.target.text) == ("reject", "chile", "proposal")
    settlement = "Peru settled the dispute by accepting the offer."
    (accepting,) = _stances(settlement, "stance_verb", "accepting", peru)
    assert (accepting.actor, accepting.target.text) == ("peru", "offer")
    ctx, voice = built("Peru does not commit itself to accepting the offer.", peru)
    assert decider(ctx, word(ctx, "accepting"), voice) == SPEAKER


def test_a_judgement_in_the_clause_of_an_opinion_someone_is_of_is_theirs() -> None:
    sentence = "The Commission is of the opinion that it would be disastrous to postpone the conference."
    commission = {"Commission": ("commission", "Organization")}
    (stance,) = _stances(sentence, "evaluation", "disastrous", commission)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "commission", "postpone")


def test_his_government_is_the_government_its_minister_was_read_as() -> None:
    """A minister named by his country's adjective is that country's actor; "his Government" after him,
    subject of a stance or of a judgement, is that government, not the writer who reports it."""
    sentence = "The Chilean minister stated that his Government had accepted the offer. "
    sentence += "His Government was ready to sign the treaty."
    ctx, _ = built(sentence, {"minister": ("chile", "Government")})
    found, _ = find_decisions(ctx, [])
    assert [(d.rule, d.stance, d.actor) for _, d in found] == [
        ("stance_verb", "approve", "chile"),
        ("judgement", "approve", "chile"),
    ]


def test_the_subject_is_found_four_clauses_up() -> None:
    sentence = "Peru informs us that they would be sorry to have to abandon the plan."
    ctx, voice = built(sentence, {"Peru": ("peru", "Government")})
    assert decider(ctx, word(ctx, "abandon"), voice) == "peru"


# -- who does a gerund with no subject of its own ---------------------------------------------------
CONTROLLERS = {
    "Zendan": ("zendan", "Government"),
    "powers": ("powers", "Group"),
    "Ruritanian": ("ruritania", "Government"),
}


def _decider(sentence: str, at: str) -> str | None:
    ctx, voice = built(sentence, CONTROLLERS)
    return decider(ctx, word(ctx, at), voice)


def test_a_gerund_after_a_verbs_object_and_preposition_is_the_objects_act() -> None:
    accused = "The Zendan delegate accused the great powers of refusing to sign the treaty."
    assert _decider(accused, "refusing") == "powers"
    ended = (
        "The Zendan delegate ended the debate by refusing to sign the treaty."  # "by": how the subject acts
    )
    assert _decider(ended, "refusing") == "zendan"


def test_a_participle_that_modifies_a_party_is_that_partys_act() -> None:
    sentence = "A long debate took place, the Ruritanian delegation opposing the amendment."
    assert _decider(sentence, "opposing") == "ruritania"
    hung = "The Department sent a note to the Zendan delegation accepting the terms."  # the note accepts them
    assert _decider(hung, "accepting") != "zendan"


def test_what_a_thing_shows_is_held_by_whoever_holds_the_clause_it_is_in() -> None:
    shown = "The Zendan delegate felt that recent experience had shown that it would be wiser to wait."
    (stance,) = _stances(shown, "judgement", "wiser", CONTROLLERS)
    assert (stance.stance, stance.actor) == ("approve", "zendan")
    argued = "The Zendan delegate felt that the Ruritanian delegate had shown that it would be wiser to wait."
    assert all(s.actor != "zendan" for s in _stances(argued, "judgement", "wiser", CONTROLLERS))
