"""Option constructions on built input: how far a course named by a noun runs (modifiers of a gerund
or a participle that the parser hung on a word above it), which mention inside a course is the course
a stance bears on, and courses the parser split or hung elsewhere."""

from __future__ import annotations

from kg.documents import Span
from kg.extract.context import Context, char_span
from kg.extract.model import Option
from kg.extract.option_extents import with_course
from kg.extract.option_phrases import noun_phrase
from kg.extract.option_targets import option_for
from kg.extract.registry import get
from kg.extract.voices import Voice

from .built import SPEAKER, built, word


def phrase(sentence: str, noun: str) -> str:
    ctx, _ = built(sentence)
    start, end = noun_phrase(word(ctx, noun))
    return ctx.sdoc[start : end + 1].text


def test_a_possessed_gerund_keeps_its_particle_and_time_clause_not_a_reason_after_a_comma() -> None:
    sentence = (
        "There could be no criticism of our standing by until the treaty is signed, particularly as the "
        "Poles agreed."
    )
    assert phrase(sentence, "standing") == "our standing by until the treaty is signed"


def test_a_gerund_read_as_an_adjective_keeps_the_phrases_hung_on_the_verb() -> None:
    sentence = (
        "The Department approves of your repeating pertinent telegrams to the Embassy at Lima for its "
        "information."
    )
    assert phrase(sentence, "telegrams") == (
        "your repeating pertinent telegrams to the Embassy at Lima for its information"
    )


def test_a_participle_keeps_where_and_when_it_was_done() -> None:
    sentence = (
        "The note will put into force the informal agreement reached between the two Presidents in their "
        "conversations at Lima on July 5."
    )
    assert phrase(sentence, "agreement") == (
        "the informal agreement reached between the two Presidents in their conversations at Lima on July 5"
    )


def test_an_as_clause_after_a_comma_says_how_the_course_stands() -> None:
    sentence = (
        "The Department approves measures you have taken, as reported in your telegram of May 18, with a "
        "view to protection of American nationals."
    )
    assert phrase(sentence, "measures") == (
        "measures you have taken, as reported in your telegram of May 18, with a view to protection of "
        "American nationals"
    )


def test_another_clause_after_a_comma_is_not_part_of_the_course() -> None:
    sentence = "They accepted the plan drawn up by the Ministers, although the Senate objected."
    assert phrase(sentence, "plan") == "the plan drawn up by the Ministers"


def _known(sentence: str, words: str) -> tuple[Context, Voice, Option]:
    """The context of ``sentence`` with an option already made on ``words``."""
    ctx, voice = built(sentence)
    start = ctx.sdoc.text.index(words)
    tokens = [t.i for t in ctx.sdoc if start <= t.idx < start + len(words)]
    span = char_span(ctx.sdoc, tokens[0], tokens[-1])
    return ctx, voice, Option(span=span, label=words, rule="proposal_noun")


def test_a_mention_in_the_complement_of_a_course_is_not_the_course_judged() -> None:
    sentence = (
        "The Council approved the appointment of a committee to coordinate the execution of the treaty."
    )
    ctx, voice, treaty = _known(sentence, "the treaty")
    found = option_for(ctx, word(ctx, "appointment"), [treaty], voice)
    assert found is not None and found is not treaty
    assert ctx.sdoc.text[found.span.start : found.span.end].startswith("the appointment of a committee")


def test_the_content_of_a_shell_noun_is_the_course_judged() -> None:
    sentence = "He welcomes the fact that the Government is prepared to maintain strict secrecy."
    ctx, voice, secrecy = _known(sentence, "to maintain strict secrecy")
    assert option_for(ctx, word(ctx, "fact"), [secrecy], voice) is secrecy


def test_a_gerund_after_a_noun_of_necessity_that_the_parser_hung_on_the_verb_is_the_course() -> None:
    # as in the corpus ("regrets the necessity for postponing ..."), "for" is hung on "regrets"
    ctx, voice = built(
        "He greatly regrets the necessity for postponing the opening of the conference until January."
    )
    courses = get("options", "modal_noun_course").func(ctx, word(ctx, "necessity"), voice)
    assert [ctx.sdoc[c.start : c.end + 1].text for c in courses] == [
        "postponing the opening of the conference until January"
    ]


def test_the_course_of_a_proposal_made_to_someone_belongs_to_it() -> None:
    sentence = "The Council has made proposition to Swedish delegates to purchase all surplus ore."
    assert phrase(sentence, "proposition") == "proposition to Swedish delegates to purchase all surplus ore"
    sentence = "The Council has sent a telegram to Swedish delegates to explain the delay."
    assert phrase(sentence, "telegram") == "a telegram"  # a message sent, no proposal


def _proposed(sentence: str, governor: str) -> list[str]:
    ctx, voice = built(sentence)
    courses = get("options", "proposal_clause").func(ctx, word(ctx, governor), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


def test_verbs_of_one_subject_joined_by_and_are_one_course_put_forward() -> None:
    sentence = "He agreed with me that I had better go on to Rome and prepare the ground there."
    assert _proposed(sentence, "agreed") == ["that I had better go on to Rome and prepare the ground there"]


def test_a_course_set_against_another_by_but_is_a_course_of_its_own() -> None:
    sentence = "We intend to sign the protocol but to reserve our rights."
    assert _proposed(sentence, "intend") == ["to sign the protocol", "to reserve our rights"]


def test_another_course_after_an_indefinite_determiner_is_a_new_alternative() -> None:
    ctx, voice = built("Were we to follow any other course, it would look like collapse.")
    courses = get("options", "proposal_noun").func(ctx, word(ctx, "course"), voice)
    assert [ctx.sdoc[c.start : c.end + 1].text for c in courses] == ["any other course"]
    ctx, voice = built("We cannot accept the other proposal.")
    assert get("options", "proposal_noun").func(ctx, word(ctx, "proposal"), voice) == []  # named before


def test_the_clause_of_an_intention_after_an_empty_it_is_the_course() -> None:
    # as in the corpus, the to-clause is hung on "is", not on "intention"
    sentence = "It is not the intention of this Government to engage in military operations."
    assert _proposed(sentence, "intention") == ["to engage in military operations"]


def test_what_a_plan_is_said_to_be_is_a_course_of_whoever_plans_it() -> None:
    sentence = (
        "Our strategy at this point is to force further movement in their position and maintain the "
        "appearance of activity."
    )
    ctx, voice = built(sentence)
    courses = get("options", "copular_course").func(ctx, word(ctx, "force"), voice)
    assert [(ctx.sdoc[c.start : c.end + 1].text, c.proposer) for c in courses] == [
        (
            "to force further movement in their position and maintain the appearance of activity",
            SPEAKER,
        )
    ]
    ctx, voice = built("Our difficulty is to find a suitable pretext.")  # no plan: a difficulty
    assert get("options", "copular_course").func(ctx, word(ctx, "find"), voice) == []


def test_a_participle_set_off_by_a_comma_describes_the_noun_unless_it_tells_what_was_said() -> None:
    sentence = "We cannot accept a proposal for adjournment, clearly emanating from another government."
    assert (
        phrase(sentence, "proposal")
        == "a proposal for adjournment, clearly emanating from another government"
    )
    assert phrase("He rejected the proposal, stating that it was premature.", "proposal") == "the proposal"


def test_a_stance_read_on_a_participle_bears_on_the_noun_it_describes() -> None:
    ctx, voice = built(
        "The President appreciates the warm welcome extended by the Premier to his representative."
    )
    found = option_for(ctx, word(ctx, "extended"), [], voice)
    assert found is not None
    assert ctx.sdoc.text[found.span.start : found.span.end] == (
        "the warm welcome extended by the Premier to his representative"
    )


def test_a_bare_subjunctive_the_tagger_took_for_a_noun_is_still_the_course_proposed() -> None:
    """The parse gives "arrive" (tagged NN) its subordinator and subject: a clause, so the course runs
    over both coordinated verbs."""
    sentence = "President Nixon proposes that Dr. Kissinger arrive in China on July 9 and leave on July 11."
    ctx, _ = built(sentence)
    assert word(ctx, "arrive").pos_ == "NOUN"
    assert _proposed(sentence, "proposes") == [
        "that Dr. Kissinger arrive in China on July 9 and leave on July 11"
    ]


def test_a_thing_a_participle_of_proposing_marks_is_put_forward_when_described() -> None:
    def proposed(sentence: str, participle: str = "proposed") -> list[str]:
        ctx, voice = built(sentence)
        found = get("options", "proposed_thing").func(ctx, word(ctx, participle), voice)
        return [ctx.sdoc[c.start : c.end + 1].text for c in found]

    assert proposed("We discussed the suggested substitute for Articles 1 and 2.", "suggested") == [
        "the suggested substitute for Articles 1 and 2"
    ]
    assert proposed("He sent the proposed sale of trucks to Peru.") == ["the proposed sale of trucks"]
    assert proposed("We discussed the proposed text.") == []  # points back to a text named before
    assert proposed("They discussed the proposed right to import wheat.") == []  # the clause is the course


def test_a_later_mention_that_runs_on_past_an_option_replaces_it_and_one_inside_is_that_option() -> None:
    noun = Option(span=Span(10, 40), label="a definite arrangement", rule="proposal_noun")
    other = Option(span=Span(60, 90), label="the plan", rule="proposal_noun")
    fuller = Option(span=Span(10, 120), label="a definite arrangement should be made", rule="impersonal_rule")
    inside = Option(span=Span(12, 40), label="definite arrangement", rule="demanded_object")
    assert with_course([noun, other], inside) == [noun, other]
    assert with_course([noun, other], fuller) == [other, fuller]  # "the plan" lies inside it: kept apart
    later = Option(span=Span(95, 130), label="the reply", rule="proposal_clause")
    assert with_course([noun, other], later) == [noun, other, later]


def test_a_relative_clause_whose_verb_disagrees_in_number_belongs_to_another_noun() -> None:
    sentence = "They studied the goods mentioned in the draft agreement which were shipped in 1916."
    assert phrase(sentence, "agreement") == "the draft agreement"
    sentence = "They studied the draft agreement which was signed in 1916."
    assert phrase(sentence, "agreement") == "the draft agreement which was signed in 1916"
