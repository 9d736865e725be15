"""A recommendation put on its heading's own line is an instruction ("recommended_heading"); a subject
that names an act judged needed is approved ("needed_act"); a subject line under its label says nothing;
"not only" denies nothing; information welcomed is asked for; an existence ruled out for a named doer is
forbidden to it ("forbidden_existence"); a third party's hope that the speaker's side act asks it; an
adjective AFINN rates judges a course ("evaluation"); a small clause's subject read as a compound is the
subject; a stance noun's copula names what it bears on ("stance_noun"); a government called upon to act
is told to ("called_upon"); what is demanded from a party is asked of it; a nation's adjective makes a
party only of a noun of parties; "the treaty" points back only to a treaty, "the proposal" to the last
course; an inversion whose subject the parser hung on its auxiliary, or the auxiliary on the subject,
is a condition; one who "may be told" something is to be told it by the reader ("third_party_modal")."""

from __future__ import annotations

from kg.documents import Span, parse_text
from kg.extract.conditions import find_clauses, write_conditions
from kg.extract.context import head_actor, is_negated
from kg.extract.directives import Directive
from kg.extract.model import Option
from kg.extract.option_targets import option_for
from kg.extract.parse_repairs import repair_parse
from kg.extract.registry import get
from kg.extract.voices import text_regions

from .built import ADDRESSEE, SPEAKER, built, word
from .built import stances as _stances


def _directive(sentence: str, at: str) -> Directive | None:
    ctx, voice = built(sentence)
    found: Directive | None = get("instructions", "recommended_heading").func(ctx, word(ctx, at), voice)
    return found


def test_a_recommendation_on_its_headings_line_is_an_instruction_to_the_reader() -> None:
    found = _directive("RECOMMENDATION: That you approve the message at Tab A.", "approve")
    assert found is not None and found.addressee == ADDRESSEE
    both = "Recommendation: That you authorize the sale, and that you approve the reply."
    assert _directive(both, "authorize") is not None and _directive(both, "approve") is not None


def test_a_reported_act_under_the_heading_recommends_nothing() -> None:
    assert _directive("RECOMMENDATION: That he approved the message.", "approved") is None


def test_an_act_judged_needed_is_approved_by_the_judge() -> None:
    for sentence, noun in [
        ("Close consultations with our friends are essential.", "consultations"),
        ("The withdrawal of the troops is indispensable.", "withdrawal"),
    ]:
        (stance,) = _stances(sentence, "needed_act", sentence.split()[-1].rstrip("."))
        assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, noun)


def test_a_topic_needed_is_no_course() -> None:
    assert _stances("The question was essential.", "needed_act", "essential") == []


def test_a_subject_line_under_its_label_says_nothing() -> None:
    text = (
        "170. Memorandum From Secretary of State Kissinger to President Nixon\n\nSUBJECT:\n\n"
        "Reply to Letter from Prime Minister Bhutto\n\nBhutto sent you a message.\n"
    )
    doc = parse_text(text, doc_id="t", source="t.txt")
    said = [text[r.start : r.end] for r in text_regions(doc)]
    assert "Reply to Letter from Prime Minister Bhutto" not in said
    assert "Bhutto sent you a message." in said


def test_not_only_adds_a_reason_and_denies_nothing() -> None:
    ctx, _ = built(
        "It is always useful that we maintain close contact, not only because our nations share common goals."
    )
    assert not is_negated(word(ctx, "maintain"))


def test_information_welcomed_in_the_first_persons_will_is_asked_of_the_reader() -> None:
    ctx, voice = built("We will welcome any information on the negotiations.")
    found = get("instructions", "polite_request").func(ctx, word(ctx, "welcome"), voice)
    assert found is not None and found.addressee == ADDRESSEE


def test_no_act_on_the_named_doers_part_is_forbidden_to_it() -> None:
    ctx, voice = built("There should be no further speculation on your part.")
    found = get("instructions", "forbidden_existence").func(ctx, word(ctx, "be"), voice)
    assert found is not None and (found.addressee, found.negative) == (ADDRESSEE, True)
    assert _stances("There should be no further speculation on your part.", "ruled_out_existence", "be") == []


def test_an_existence_ruled_out_with_no_doer_named_stays_the_speakers_decision() -> None:
    ctx, voice = built("There is to be no additional pressure on Yahya.")
    assert get("instructions", "forbidden_existence").func(ctx, word(ctx, "be"), voice) is None
    (stance,) = _stances("There is to be no additional pressure on Yahya.", "ruled_out_existence", "be")
    assert (stance.stance, stance.actor) == ("reject", SPEAKER)


def test_a_third_partys_hope_that_the_speakers_side_act_asks_it() -> None:
    bhutto = {"Bhutto": ("bhutto", "Person")}
    ctx, voice = built("Bhutto hopes that we will soon lift our limitations on arms sales.", bhutto)
    told = get("instructions", "hope_that").func(ctx, word(ctx, "lift"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("bhutto", SPEAKER)
    ctx, voice = built("I hope that we will soon lift our limitations on arms sales.")
    assert get("instructions", "hope_that").func(ctx, word(ctx, "lift"), voice) is None


def test_an_adjective_of_effect_judges_a_course() -> None:
    sentence = "A weakening of the Community by separate action would be harmful."
    (stance,) = _stances(sentence, "evaluation", "harmful")
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", SPEAKER, "weakening")


def test_the_subject_of_a_small_clause_read_as_a_compound_is_its_subject() -> None:
    ctx, voice = built("The Department considers the proposed date inconvenient.")
    repair_parse(ctx.sdoc)
    assert word(ctx, "date").dep_ == "nsubj"
    (stance,) = get("decisions", "evaluation").func(ctx, word(ctx, "inconvenient"), voice)
    assert (stance.stance, stance.target.text) == ("reject", "date")


def test_a_stance_nouns_copula_names_what_it_bears_on() -> None:
    sentence = "The President's strong preference is for a five-day visit."
    (stance,) = _stances(sentence, "stance_noun", "preference", {"President": ("president", "Person")})
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "president", "visit")
    actors = {"His": ("churchill", "Person")}
    sentence = "His agreement to our participation was to be considered final."
    (stance,) = _stances(sentence, "stance_noun", "agreement", actors)
    assert stance.target.text == "participation"


def test_a_government_called_upon_to_act_is_told_to_and_a_person_called_on_is_visited() -> None:
    actors = {"Nicaragua": ("nicaragua", "Government"), "States": ("united-states", "Government")}
    ctx, voice = built("Nicaragua called upon the United States to protect its sovereignty.", actors)
    told = get("instructions", "called_upon").func(ctx, word(ctx, "protect"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("nicaragua", "united-states")
    people = {"Ambassador": ("ambassador", "Person"), "Minister": ("minister", "Person")}
    ctx, voice = built("The Ambassador called on the Minister to discuss the matter.", people)
    assert get("instructions", "called_upon").func(ctx, word(ctx, "discuss"), voice) is None


def test_what_is_demanded_from_a_party_is_asked_of_it() -> None:
    actors = {"Government": ("great-britain", "Government"), "Nicaragua": ("nicaragua", "Government")}
    ctx, voice = built("The British Government demanded an explanation from Nicaragua.", actors)
    told = get("instructions", "requested_thing").func(ctx, word(ctx, "demanded"), voice)
    assert told is not None and (told.issuer, told.addressee) == ("great-britain", "nicaragua")


def test_a_nations_adjective_makes_a_party_only_of_a_noun_of_parties() -> None:
    ctx, voice = built("Russian matters should go to Dresel.", {"Russian": ("russia", "Government")})
    assert head_actor(ctx, word(ctx, "matters"), voice) is None
    ctx, voice = built("The Chinese Government will agree.", {"Chinese": ("china", "Government")})
    assert head_actor(ctx, word(ctx, "Government"), voice) == "china"


def test_the_treaty_points_back_only_to_a_treaty_and_the_proposal_to_the_last_course() -> None:
    for sentence, noun, same in [
        ("We should retire. The Senate voted against the treaty.", "treaty", False),
        ("We should retire. The Senate voted against the proposal.", "proposal", True),
    ]:
        ctx, voice = built(sentence)
        retire = Option(span=Span(3, 16), label="retire")
        found = option_for(ctx, word(ctx, noun), [retire], voice)
        assert (found == retire) is same


def test_an_inversion_whose_subject_and_auxiliary_the_parser_tangled_is_a_condition() -> None:
    clause = "Should any misunderstanding in Geneva result"
    for sentence in [
        f"{clause}, however, the Department will take the steps necessary.",
        f"{clause}, you may make our position clear.",
    ]:
        ctx, _ = built(sentence)
        (condition,) = write_conditions(ctx, find_clauses(ctx), {})
        assert sentence[condition.span.start : condition.span.end] == clause


def test_one_who_may_be_told_is_to_be_told_by_the_reader() -> None:
    actors = {"Papadopoulos": ("papadopoulos", "Person")}
    ctx, voice = built("Prime Minister Papadopoulos may be told in advance of our intention.", actors)
    told = get("instructions", "third_party_modal").func(ctx, word(ctx, "told"), voice)
    assert told is not None and told.addressee == ADDRESSEE
    ctx, voice = built("The plan may be adopted later.")
    assert get("instructions", "third_party_modal").func(ctx, word(ctx, "adopted"), voice) is None
