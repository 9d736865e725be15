"""Who decides where the sentence names others near the stance: "his Government" of the clause's own
subject, a pronoun reported by a named party, a refusing governor, a heading run into the sentence."""

from __future__ import annotations

from kg.extract.agents import nearest_subject, passive_agent
from kg.extract.deciders import decider
from kg.extract.pronouns import possessed_government, subject_antecedent

from .built import SPEAKER, built, stances, word

STATES = {"Peru": ("peru", "Government"), "Zenda": ("zenda", "Government")}


def test_his_government_is_that_of_its_own_clause_subject_not_an_earlier_ministers() -> None:
    sentence = "The British envoy stated that his Government objected. "
    sentence += "The Chilean minister stated that his Government had accepted the loan."
    ministers = {"envoy": ("great-britain", "Government"), "minister": ("chile", "Government")}
    ctx, voice = built(sentence, ministers)
    first, second = (t for t in ctx.sdoc if t.text == "Government")
    assert possessed_government(ctx, first, voice) == "great-britain"
    assert possessed_government(ctx, second, voice) == "chile"
    assert decider(ctx, word(ctx, "accepted"), voice) == "chile"


def test_a_reported_pronoun_is_the_reporting_partys_state_not_the_nearer_name() -> None:
    sentence = "The Chilean delegate declared, to Smith's surprise, that he accepted the plan."
    ctx, voice = built(sentence, {"Smith": ("smith", "Person"), "Chile": ("chile", "Government")})
    assert ctx.refers(word(ctx, "he"), voice) == "smith"  # the nearest name, which must not decide
    assert decider(ctx, word(ctx, "accepted"), voice) == "chile"


def _recognition(sentence: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in stances(sentence, "recognition", "recognize", STATES)]


def test_a_refusal_to_recognize_rejects_and_a_negated_refusal_approves() -> None:
    assert _recognition("Peru declined to recognize the government of Zenda.") == [
        ("reject", "peru", "government")
    ]
    assert _recognition("Peru did not refuse to recognize the government of Zenda.") == [
        ("approve", "peru", "government")
    ]


def test_plain_recognition_approves() -> None:
    sentence = "Peru recognized the government of Zenda."
    assert [(s.stance, s.actor) for s in stances(sentence, "recognition", "recognized", STATES)] == [
        ("approve", "peru")
    ]


def test_a_heading_run_into_the_sentence_is_not_its_subject() -> None:
    sentence = "Special Report on Tariffs The Commissioners approved the payment."
    ctx, voice = built(sentence, {"Commissioners": ("commissioners", "Group"), "Report": ("report", "Group")})
    subject = nearest_subject(word(ctx, "approved"))
    assert subject is not None and subject.text == "Commissioners"
    assert decider(ctx, word(ctx, "approved"), voice) == "commissioners"


def _agent(sentence: str, verb: str) -> str | None:
    ctx, _ = built(sentence)
    noun = passive_agent(word(ctx, verb))
    return noun.text if noun is not None else None


def test_the_agent_of_a_passive_told_as_done_is_one_who_acted() -> None:
    assert _agent("The plan was unanimously accepted by the council.", "accepted") == "council"


def test_no_agent_acted_under_a_modal_or_negation_nor_a_number_of_others() -> None:
    assert _agent("The plan cannot be accepted by the council.", "accepted") is None
    assert _agent("The plan was approved by the majority of the members.", "approved") is None


def test_a_passive_joined_with_its_own_subject_is_not_done_by_the_first_clauses_subject() -> None:
    sentence = "Reports from Smith have proved helpful and your action is fully approved."
    ctx, voice = built(sentence, {"Smith": ("smith", "Person")})
    assert decider(ctx, word(ctx, "approved"), voice) == SPEAKER


def test_an_impersonal_it_passive_joined_on_is_still_the_first_subjects() -> None:
    sentence = "Peru considers the plan sound and that it might be considered unwise to publish the note."
    ctx, voice = built(sentence, STATES)
    assert decider(ctx, word(ctx, "considered"), voice) == "peru"


def test_a_relative_who_or_which_decides_for_the_party_its_noun_names() -> None:
    chile = {"Chile": ("chile", "Government")}
    ctx, voice = built("The delegates of Chile, who rejected the proposal, left the meeting.", chile)
    assert decider(ctx, word(ctx, "rejected"), voice) == "chile"
    ctx, voice = built("The Chilean note which rejected the proposal was received.", chile)
    assert decider(ctx, word(ctx, "rejected"), voice) == "chile"


def _needs(sentence: str) -> list[tuple[str, str]]:
    return [(s.stance, s.actor) for s in stances(sentence, "needed_course", "necessity")]


def test_a_need_its_clause_denies_rejects_the_course_and_one_it_affirms_approves() -> None:
    assert _needs("The necessity of signing the treaty now is not apparent.") == [("reject", SPEAKER)]
    assert _needs("The necessity of signing the treaty now is apparent.") == [("approve", SPEAKER)]


SOTO = {"Soto": ("soto", "Person"), "Minister": ("soto", "Person"), "Chile": ("chile", "Government")}


def test_his_government_is_the_state_a_title_of_the_person_names_not_the_person() -> None:
    ctx, voice = built("Mr. Soto, the Chilean Minister, stated that his Government approved the plan.", SOTO)
    assert decider(ctx, word(ctx, "approved"), voice) == "chile"


def test_his_government_with_no_other_subject_is_that_of_the_one_his_stands_for() -> None:
    ctx, voice = built("According to the Chilean Minister, his Government will not accept the plan.", SOTO)
    assert ctx.refers(word(ctx, "his"), voice) == "soto"  # the person, whom the decider must not take
    assert decider(ctx, word(ctx, "accept"), voice) == "chile"


def test_they_reported_by_one_person_is_his_government() -> None:
    ctx, voice = built("The Chilean Minister informed me that they would not accept the plan.", SOTO)
    assert decider(ctx, word(ctx, "accept"), voice) == "chile"


def test_a_passive_joined_to_a_reported_passive_is_the_reporters_as_well() -> None:
    sentence = "Peru informs me that the export of arms has been suspended "
    sentence += "and that the transit of goods was suspended."
    ctx, voice = built(sentence, STATES)
    assert [decider(ctx, t, voice) for t in ctx.sdoc if t.text == "suspended"] == ["peru", "peru"]


def test_a_second_that_clause_of_a_report_is_the_reporters_judgement_too() -> None:
    sentence = "The Consul added that the Governor was absent, and that the best course would be to postpone "
    sentence += "the meeting."
    people = {"Consul": ("consul", "Person"), "Governor": ("governor", "Person")}
    found = stances(sentence, "best_course", "be", people)
    assert [(s.stance, s.actor) for s in found] == [("approve", "consul")]


GOVERNOR = {"Governor": ("governor", "Person")}


def test_a_relative_in_another_phrase_is_not_what_the_stance_takes() -> None:
    sentence = "There were instances in which the Governor had refused to grant a visa."
    found = stances(sentence, "stance_verb", "refused", GOVERNOR)
    assert [(s.stance, s.actor, s.target.text) for s in found] == [("reject", "governor", "grant")]
    found = stances("The terms which the Governor accepted were harsh.", "stance_verb", "accepted", GOVERNOR)
    assert [(s.stance, s.actor, s.target.text) for s in found] == [("approve", "governor", "terms")]


def test_a_subject_held_by_the_auxiliary_before_words_set_off_decides() -> None:
    sentence = "The Governor has, in the case of the merchants, refused to grant them a visa."
    found = stances(sentence, "stance_verb", "refused", GOVERNOR)
    assert [(s.stance, s.actor) for s in found] == [("reject", "governor")]


def test_they_takes_up_the_last_sentence_s_main_subject_before_a_party_in_a_clause_inside_it() -> None:
    sentence = "The Commissioners felt that as the Conference was ending the reason no longer existed. "
    sentence += "They therefore requested that the matter be dropped."
    parties = {"Commissioners": ("commissioners", "Group"), "Conference": ("conference", "Organization")}
    ctx, voice = built(sentence, parties)
    assert subject_antecedent(ctx, word(ctx, "They"), voice) == "commissioners"


def test_a_subject_denied_by_its_determiner_refuses() -> None:
    officer = {"officer": ("officer", "Person")}
    found = stances("No officer of the garrison accepted the terms.", "stance_verb", "accepted", officer)
    assert [(s.stance, s.actor) for s in found] == [("reject", "officer")]
