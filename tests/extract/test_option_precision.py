"""Option constructions on unseen documents (sample B): what reads as a course on the table but is
not one. Each test also shows the contrasting construction that stays an option."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word


def listed(sentence: str) -> list[str]:
    """The items the list after the colon of ``sentence`` spells out as options."""
    ctx, voice = built(sentence)
    found = get("options", "enumerated_terms").func(ctx, word(ctx, ":"), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_a_list_spells_out_the_head_of_the_phrase_before_its_colon() -> None:
    infractions = (
        "It is my duty to call your attention to the following infractions of the treaty of Managua: "
        "1. The flag shall be flown with an emblem; 2. The commissioner must not meddle with the affairs "
        "of the Indians."
    )
    assert listed(infractions) == []  # the infractions are listed, not terms of the treaty
    plan = (
        "The British Government proposes the following plan of the Allies: 1. A new currency for the "
        "north; 2. Notes to be issued by an office of conversion."
    )
    assert listed(plan) == ["A new currency for the north", "Notes to be issued by an office of conversion"]


def nouns(sentence: str, at: str) -> list[str]:
    """What the proposal-noun construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    return [
        ctx.sdoc[c.start : c.end + 1].text
        for c in get("options", "proposal_noun").func(ctx, word(ctx, at), voice)
    ]


def test_an_idea_is_a_course_only_with_a_course_for_content() -> None:
    belief = (
        "The minister seemed to be imbued with the idea that citizens of the United States were at the "
        "bottom of the trouble."
    )
    assert nouns(belief, "idea") == []
    assert nouns("The law is inconsistent with the fundamental idea of insurance.", "idea") == []
    assert nouns("It is our idea that the Conference should not be held in Washington.", "idea") != []
    sending = (
        "I asked him whom he thought of appointing if the idea of Liberia sending a commission was deemed "
        "advisable."
    )
    assert nouns(sending, "idea") == ["the idea of Liberia sending a commission"]


def test_a_position_judged_good_or_bad_is_a_situation_unless_it_says_what_it_holds() -> None:
    situation = "Japan was not approached because of her special and adverse position at that time."
    assert nouns(situation, "position") == []
    assert nouns("Bolivia has taken a strong position on the embargo.", "position") == [
        "a strong position on the embargo"
    ]


def test_the_course_of_events_named_in_the_plural_is_a_time_not_a_course_taken() -> None:
    assert nouns("The views may be exchanged during the course of negotiations.", "course") == []
    assert nouns("We must decide on a course of action.", "course") == ["a course of action"]


def clauses(sentence: str, at: str, actors: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """What the proposal-clause construction reads at the word ``at``."""
    ctx, voice = built(sentence, actors)
    found = get("options", "proposal_clause").func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_papers_supplied_to_the_one_who_wants_them_are_no_course_but_supplying_others_is() -> None:
    assert (
        clauses("The Commissioners desired to be furnished with copies of this memorandum.", "desired") == []
    )
    assert clauses("He suggested that the Department furnish them with arms.", "suggested") == [
        "that the Department furnish them with arms"
    ]


def test_a_purpose_ascribed_to_a_thing_is_no_course_but_an_impersonal_intention_is() -> None:
    assert (
        clauses("This legislation which is intended to exclude foreigners is undesirable.", "intended") == []
    )
    holiday = "The naval holiday was presupposed to be on the part of both countries."
    assert clauses(holiday, "presupposed") == []
    assert clauses("It is intended to send a commission to Geneva.", "intended") == [
        "to send a commission to Geneva"
    ]


def test_what_the_addressee_is_desired_to_do_is_a_directive_not_an_option() -> None:
    assert (
        clauses("You are desired to use especial diligence in seeking a favorable response.", "desired") == []
    )
    government = {"Government": ("chile", "Government")}
    delegate = clauses("The Government is desired to send a delegate.", "desired", government)
    assert delegate == ["to send a delegate"]


def rules(sentence: str, at: str) -> list[str]:
    """What the impersonal-rule construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    return [
        ctx.sdoc[c.start : c.end + 1].text
        for c in get("options", "impersonal_rule").func(ctx, word(ctx, at), voice)
    ]


def test_a_rule_asked_about_or_supposed_is_put_forward_by_no_one() -> None:
    assert (
        rules(
            "The President would decide within the next day or two what course should be pursued.", "pursued"
        )
        == []
    )
    assert (
        rules(
            "Such violation must call for interference, should such a line of conduct be continued.",
            "continued",
        )
        == []
    )
    assert rules("The ports should be closed to all shipping.", "closed") == [
        "The ports should be closed to all shipping"
    ]


def demanded(sentence: str, at: str) -> list[str]:
    """What the demanded-object construction reads at the word ``at``."""
    ctx, voice = built(sentence)
    found = get("options", "demanded_object").func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_a_thing_that_calls_for_an_act_states_a_need_not_a_demand() -> None:
    situation = "It was a situation which for nearly a year has demanded careful consideration."
    assert demanded(situation, "consideration") == []
    claim = "The claimants ask for an immediate hearing of their claim."
    assert demanded(claim, "hearing") == ["an immediate hearing of their claim"]


def test_a_request_for_a_word_back_is_no_course_but_one_for_an_act_is() -> None:
    assert nouns("I renew my request for instructions by cable.", "request") == []
    release = "The Commissioners could not grant the request for release of these two gentlemen."
    assert nouns(release, "request") == ["the request for release of these two gentlemen"]


def test_an_amount_of_something_is_no_course_but_a_deal_offered_is() -> None:
    assert nouns("Many were killed and a great deal of artillery was abandoned.", "deal") == []
    assert nouns("He proposed a good deal for both sides.", "deal") == ["a good deal for both sides"]


def test_passing_word_on_is_correspondence_but_what_another_is_to_be_told_is_a_course() -> None:
    assert clauses("You may wish to communicate further with Mr. Chamberlain on the subject.", "wish") == []
    told = clauses("He suggested that he be informed that he should apply to the Department.", "suggested")
    assert told == ["that he be informed that he should apply to the Department"]


def test_such_before_an_article_points_back_to_the_option_named_before() -> None:
    sentence = "If the American delegation would accept such a temporizing agreement an effort would be made."
    assert nouns(sentence, "agreement") == []
    new = "If the American delegation would accept a temporizing agreement an effort would be made."
    assert nouns(new, "agreement") == ["a temporizing agreement"]
