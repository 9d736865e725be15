"""Stances that are no decision, on small built Docs (parses written down): a word asked for ("would
welcome your views on X") is a request for an answer; assent to what is or was shares a view of the
facts; a word of capacity ("powerless to act") says what can be done, not what is wanted."""

from __future__ import annotations

from kg.extract.decisions import find_decisions, find_stances
from kg.extract.directives import find_directives
from kg.extract.options import find_options
from kg.extract.registry import get

from .built import SPEAKER, built, word

PARTIES = {"Ministry": ("ministry", "Government")}


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    find_directives(ctx)
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def test_welcoming_an_answer_asks_for_it_and_decides_nothing() -> None:
    assert _read("We would welcome an expression of your views as to the best course.") == []
    assert _read("The Ministry would welcome your views on the proposed tariff.") == []


def test_wanting_an_answer_asks_for_it_and_decides_nothing() -> None:
    assert _read("The Ministry desires an expression of your views as to the tariff.") == []


def test_wanting_an_act_still_approves_it() -> None:
    found = _read("The Ministry desires the cancellation of the tariff.")
    assert ("wanted_course", "approve", "ministry", "cancellation") in found


def test_welcoming_a_course_still_approves_it() -> None:
    assert ("approve", "ministry", "tariff") in [
        s[1:] for s in _read("The Ministry would welcome the proposed tariff.")
    ]
    assert ("approve", SPEAKER, "tariff") in [s[1:] for s in _read("We would welcome the proposed tariff.")]


DELEGATES = {"delegates": ("delegates", "Organization"), **PARTIES}


def _assents(sentence: str) -> list[tuple[str, str]]:
    ctx, _ = built(sentence, DELEGATES)
    return [(s.stance, s.target.text) for rule, s in find_stances(ctx) if rule.name == "stance_verb"]


def test_assent_to_what_is_or_was_shares_a_view_of_the_facts() -> None:
    assert _assents("The delegates agreed that the new tariff defeated its purpose.") == []
    assert _assents("The delegates agreed that the treaty had been violated.") == []
    assert _assents("The Ministry accepts that the situation is serious.") == []


def test_assent_to_what_should_be_done_approves_it() -> None:
    assert _assents("The delegates agreed that the new tariff should be lowered.") == [("approve", "lowered")]
    assert _assents("The delegates agreed that the consul be recalled.") == [("approve", "recalled")]


def _evaluations(sentence: str, pred: str) -> list[tuple[str, str]]:
    ctx, voice = built(sentence, {"consul": ("consul", "Person")})
    return [
        (s.stance, s.target.text) for s in get("decisions", "evaluation").func(ctx, word(ctx, pred), voice)
    ]


def test_a_word_of_capacity_says_what_can_be_done_not_what_is_wanted() -> None:
    assert _evaluations("The consul said that he was powerless to act.", "powerless") == []
    assert (
        _evaluations(
            "There would be no difficulty in reaching an understanding with the rebels.", "difficulty"
        )
        == []
    )


def test_a_word_of_eagerness_still_judges_the_course() -> None:
    assert _evaluations("The consul said that he was eager to act.", "eager") == [("approve", "act")]


def _decisions(sentence: str) -> list[tuple[str, str, str]]:
    ctx, _ = built(sentence)
    find_directives(ctx)
    found, _ = find_decisions(ctx, find_options(ctx))
    return [(d.stance, d.actor, d.option) for _, d in found]


def test_two_verbs_of_one_sentence_on_one_option_are_one_decision() -> None:
    (decision,) = _decisions("You should sign the agreement and submit it to the Senate at once.")
    assert decision[:2] == ("approve", SPEAKER)


def test_a_stance_restated_in_another_sentence_is_another_decision() -> None:
    first, second = _decisions("You should sign the agreement. You should submit it to the Senate at once.")
    assert first == second


def test_a_person_elected_or_accepted_is_no_course() -> None:
    parties = {"committee": ("committee", "Organization"), "Smith": ("smith", "Person")}
    ctx, voice = built("The committee unanimously elected Mr. Smith.", parties)
    assert get("decisions", "stance_verb").func(ctx, word(ctx, "elected"), voice) == []
    ctx, voice = built("The committee unanimously adopted the plan.", parties)
    (stance,) = get("decisions", "stance_verb").func(ctx, word(ctx, "adopted"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "committee", "plan")


def test_a_telegrams_own_suggestion_is_a_proposal_not_yet_a_stance() -> None:
    assert _read("Suggest that the consul be heard before the vote.") == []


def test_a_directive_to_suggest_to_a_third_party_is_the_issuers_stance() -> None:
    found = _read("Suggest to the Minister that the consul be heard before the vote.")
    assert ("directed_stance", "approve", SPEAKER, "heard") in found


def test_a_stance_a_prerequisite_is_for_is_still_to_come() -> None:
    ctx, voice = built(
        "Settlement of the debt would be a condition of the Ministry's approval of the loan.", PARTIES
    )
    assert get("decisions", "stance_noun").func(ctx, word(ctx, "approval"), voice) == []
    ctx, voice = built("The Ministry's approval of the loan was announced.", PARTIES)
    (stance,) = get("decisions", "stance_noun").func(ctx, word(ctx, "approval"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "ministry", "loan")


def test_a_judgement_of_what_might_have_been_is_no_stance() -> None:
    minister = {"Minister": ("minister", "Person")}
    ctx, voice = built(
        "The Minister said that their acceptance would have been more welcome a month ago.", minister
    )
    assert get("decisions", "judgement").func(ctx, word(ctx, "welcome"), voice) == []
    ctx, voice = built("The Minister said that their acceptance would be welcome.", minister)
    (stance,) = get("decisions", "judgement").func(ctx, word(ctx, "welcome"), voice)
    assert (stance.stance, stance.target.text) == ("approve", "acceptance")


def test_the_gist_of_a_rumour_or_an_article_is_passed_on_not_asserted() -> None:
    cabinet = {"Cabinet": ("cabinet", "Government")}
    sentence = "The press printed articles to the effect that the Cabinet intended to stop the shipments."
    ctx, voice = built(sentence, cabinet)
    assert get("decisions", "stance_verb").func(ctx, word(ctx, "intended"), voice) == []
    ctx, voice = built("The press reported that the Cabinet intended to stop the shipments.", cabinet)
    (stance,) = get("decisions", "stance_verb").func(ctx, word(ctx, "intended"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "cabinet", "stop")


def test_how_someone_answered_is_no_stance_on_a_course() -> None:
    ctx, voice = built("The Minister was not encouraging in his replies.")
    assert get("decisions", "evaluation").func(ctx, word(ctx, "encouraging"), voice) == []
    ctx, voice = built("The plan was encouraging in its first results.")
    (stance,) = get("decisions", "evaluation").func(ctx, word(ctx, "encouraging"), voice)
    assert (stance.stance, stance.target.text) == ("approve", "plan")


def test_an_opinion_foretold_of_another_party_is_no_stance_of_it() -> None:
    assert _read("The Ministry would feel that the guard should be withdrawn.") == []


def test_an_opinion_a_party_holds_is_its_stance() -> None:
    found = _read("The Ministry feels that the guard should be withdrawn.")
    assert ("normative_opinion", "approve", "ministry", "withdrawn") in found


def test_a_wish_to_bring_something_to_ones_attention_informs() -> None:
    assert _read("The Ministry desires to bring to your attention the text of a cable.") == []


def test_a_wish_to_bring_a_dispute_before_a_body_is_a_course() -> None:
    found = _read("The Ministry desires to bring the dispute before the Council.")
    assert ("wanted_course", "approve", "ministry", "bring") in found


def test_being_anxious_to_act_wants_the_act() -> None:
    found = _read("The Ministry is most anxious to go ahead with the railway.")
    assert [s for s in found if s[3] == "go"] and all(s[1] == "approve" for s in found if s[3] == "go")
