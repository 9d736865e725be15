"""Reliance on a party, awaited views, "you might" and recommended paragraphs (kg.extract.reliance,
kg.extract.recommendations); invented sentences in the style of 1969-76 messages."""

from __future__ import annotations

from kg.extract.directives import find_directives, write_instructions
from kg.extract.recommendations import recommended_away
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

SERIES = "We are counting on you to keep us informed, to send us your estimates and to restrain the hotheads."
RECOMMENDED = "I recommend that:\n\nYou authorize the Ambassador to open private talks."
AMBASSADOR = {"Ambassador": ("bunker", "Person")}


def read(name: str, sentence: str, at: str, actors: dict[str, tuple[str, str]] | None = None):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, actors)
    return get("instructions", name).func(ctx, word(ctx, at), voice)


def test_each_infinitive_of_a_reliance_series_tells_the_party_relied_on() -> None:
    for at in ("keep", "send"):
        found = read("reliance_frame", SERIES, at)
        assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER
    first = read("reliance_frame", SERIES, "keep")
    assert first.governor is not None and first.governor.text == "counting"


def test_each_action_of_a_reliance_series_is_quoted_alone() -> None:
    ctx, _ = built(SERIES)
    hits = find_directives(ctx)
    found = {tok.text: ctx.sdoc.text[i.span.start : i.span.end] for tok, i in write_instructions(ctx, hits)}
    assert found["keep"] == "We are counting on you to keep us informed"
    assert found["send"] == "to send us your estimates"
    assert found["restrain"] == "to restrain the hotheads"


def test_reliance_on_a_third_party_tells_that_party() -> None:
    found = read("reliance_frame", "We rely on the Ambassador to press the Generals.", "press", AMBASSADOR)
    assert found is not None and found.addressee == "bunker" and found.issuer == SPEAKER


def test_a_third_party_that_relies_on_the_addressee_tells_him() -> None:
    sentence = "The President is counting on you to decide the date."
    found = read("reliance_frame", sentence, "decide", {"President": ("nixon", "Person")})
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == "nixon"


def test_a_doubted_reliance_tells_no_one() -> None:
    hanoi = {"Hanoi": ("hanoi", "Government")}
    assert read("reliance_frame", "We cannot count on Hanoi to respect the accord.", "respect", hanoi) is None


def test_an_infinitive_inside_the_relied_action_is_no_second_directive() -> None:
    sentence = "We count on you to try to persuade him."
    assert read("reliance_frame", sentence, "try") is not None
    assert read("reliance_frame", sentence, "persuade") is None


def test_looking_forward_to_views_asks_the_addressee_for_them() -> None:
    found = read("awaited_views", "I look forward to receiving your comments on the draft.", "receiving")
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER
    assert found.governor is not None and found.governor.text == "look"


def test_what_others_await_or_meeting_a_person_asks_nothing() -> None:
    theirs = "They look forward to receiving our comments on the draft."
    assert read("awaited_views", theirs, "receiving") is None
    assert read("awaited_views", "I look forward to seeing him in Paris.", "seeing") is None


def test_might_with_a_verb_of_action_puts_a_course_to_the_addressee() -> None:
    found = read("you_might", "You might raise this with the Generals.", "raise")
    assert found is not None and found.addressee == ADDRESSEE


def test_might_with_perception_or_the_perfect_is_a_prediction() -> None:
    assert read("you_might", "You might find him difficult.", "find") is None
    assert read("you_might", "You might have heard of the plan.", "heard") is None


def test_a_paragraph_under_a_recommending_lead_is_the_recommenders_instruction() -> None:
    found = read("recommended_paragraph", RECOMMENDED, "authorize", AMBASSADOR)
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER
    found = read("recommended_paragraph", "Recommendation:\n\nThat you sign the cable at Tab A.", "sign")
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER


def test_a_that_paragraph_listed_as_follows_is_recommended() -> None:
    sentence = "The points before you are as follows:\n\nThat I be authorized to open private talks."
    found = read("recommended_paragraph", sentence, "authorized")
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER


def test_no_recommending_lead_or_a_modal_statement_is_no_recommendation() -> None:
    unled = "We met them on Tuesday:\n\nThat you approve the cable."
    assert read("recommended_paragraph", unled, "approve") is None
    assert read("recommended_paragraph", "I recommend that:\n\nYou will see the Ambassador.", "see") is None
    effect = (
        "He brought a message to the following effect:\n\nThat the Government had sent troops to the port."
    )
    assert read("recommended_paragraph", effect, "sent", {"Government": ("gov", "Government")}) is None
    perfect = "Recommendation:\n\nThat the Ambassador had seen the draft."
    assert read("recommended_paragraph", perfect, "seen", AMBASSADOR) is None


def test_the_addressees_own_directive_inside_a_recommendation_is_dropped() -> None:
    ctx, _ = built(RECOMMENDED, AMBASSADOR)
    authorize, talks = word(ctx, "authorize"), word(ctx, "open")
    found = [(authorize, "recommended_paragraph", SPEAKER), (talks, "reported_directive", ADDRESSEE)]
    assert recommended_away(found) == {talks.i}
    assert recommended_away([(talks, "reported_directive", ADDRESSEE)]) == set()


def test_looking_forward_to_an_answer_asks_for_it_but_not_to_a_visit() -> None:
    found = read("awaited_answer", "I look forward to your reply.", "look")
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER
    assert read("awaited_answer", "I look forward to your visit.", "look") is None


def test_an_answer_that_would_be_appreciated_is_asked_for() -> None:
    found = read("appreciated_answer", "Your views would be appreciated.", "appreciated")
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER
    assert read("appreciated_answer", "Your visit would be appreciated.", "appreciated") is None


def test_instructions_that_will_be_appreciated_are_asked_for_but_views_that_were_are_not() -> None:
    sentence = "The Department's instructions will be greatly appreciated."
    found = read("appreciated_answer", sentence, "appreciated")
    assert found is not None and found.addressee == ADDRESSEE
    assert read("appreciated_answer", "Your views were appreciated.", "appreciated") is None


def test_might_consider_an_action_is_a_course_but_not_considering_a_person() -> None:
    found = read("you_might", "You might consider raising this with the Generals.", "consider")
    assert found is not None and found.addressee == ADDRESSEE
    assert read("you_might", "You might consider him a friend.", "consider") is None


def test_telegraphic_welcome_of_an_answer_asks_for_it() -> None:
    found = read("telegraphic_welcome", "Will welcome any thoughts you may have.", "welcome")
    assert found is not None and found.addressee == ADDRESSEE and found.issuer == SPEAKER


def test_appreciation_with_no_modal_is_thanks() -> None:
    assert read("telegraphic_welcome", "Appreciate your comments on the draft.", "Appreciate") is None
    assert read("telegraphic_welcome", "Appreciated your views on the draft.", "Appreciated") is None


def test_the_first_infinitive_after_a_reliance_quotes_the_reliance() -> None:
    found = read("reliance_frame", "We count on you to keep Thieu on board.", "keep")
    assert found is not None and found.governor is not None and found.governor.text == "count"
