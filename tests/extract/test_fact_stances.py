"""Evaluations of facts read as stances, on small built Docs (parses in data/parses_fact_stances.json):
a visit not yet made, a benefit enjoyed or obtained, a thing a party qualifies that changes, an occasion
taken to say something, an aim to attain, the purpose of an act done, the outcome supposed after
"otherwise", whether a measure works, a state said to have existed, a party's freedom, an act identified
with its doer are no decisions; the stance next to each (a judging verb, an attitude, an offer, a plan
of action, a judgement of a course) still counts."""

from __future__ import annotations

import pytest

from kg.extract.decisions import find_stances
from kg.extract.judges import supposed_outcome
from kg.extract.settled_facts import gain_obtained, no_attitude, past_capacity, stated_fact
from kg.extract.tokens import head_of

from .built import SPEAKER, built, word

PARTIES = {
    "Minister": ("minister", "Person"),
    "Ambassador": ("ambassador", "Person"),
    "Chile": ("chile", "Government"),
    "Chilean": ("chile", "Government"),
}


def _read(sentence: str) -> list[tuple[str, str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    return [(rule.name, s.stance, s.actor, s.target.text) for rule, s in find_stances(ctx)]


def test_a_visit_not_made_so_far_is_no_refusal_but_a_judging_verb_still_judges() -> None:
    assert _read("The Minister has not been able to see the Ambassador as yet.") == []
    ctx, _ = built("The Minister has not been able to see the Ambassador as yet.", PARTIES)
    assert past_capacity(ctx, word(ctx, "able"))
    sentence = "I have never been able to regard the plan as sound."
    assert _read(sentence) == [("judgement", "reject", SPEAKER, "regard")]
    ctx, _ = built(sentence, PARTIES)
    assert not past_capacity(ctx, word(ctx, "able"))


def test_a_benefit_enjoyed_or_a_changing_thing_holds_no_attitude() -> None:
    assert _read("Chile enjoys the benefits of the canal.") == []
    assert _read("Chilean tension has increased to an alarming degree.") == []
    ctx, _ = built("Chilean tension has increased to an alarming degree.", PARTIES)
    assert no_attitude(ctx, word(ctx, "increased"))
    sentence = "The Minister deeply appreciates the offer."
    assert _read(sentence) == [("evaluative_verb", "approve", "minister", "offer")]
    ctx, _ = built(sentence, PARTIES)
    assert not no_attitude(ctx, word(ctx, "appreciates"))
    body = "The Chilean delegation desires a postponement."  # a body a party qualifies still wants
    assert ("evaluative_verb", "approve", "chile", "postponement") in _read(body)
    ctx, _ = built(body, PARTIES)
    assert not no_attitude(ctx, word(ctx, "desires"))


def test_an_advantage_obtained_is_an_outcome_not_a_judgement() -> None:
    assert _read("It is necessary to prevent other states obtaining advantages.") == []
    ctx, _ = built("It is necessary to prevent other states obtaining advantages.", PARTIES)
    assert gain_obtained(ctx, word(ctx, "advantages"))


def test_an_occasion_taken_to_say_something_is_no_course_but_one_taken_to_offer_is() -> None:
    assert _read("The Minister desires to take this opportunity of reminding you of its efforts.") == []
    read = _read("The Minister desires to take this opportunity to offer a loan.")
    assert ("wanted_course", "approve", "minister", "take") in read


def test_an_aim_to_attain_or_the_purpose_of_an_act_done_is_no_plan() -> None:
    assert _read("Our first object is to secure certain guarantees.") == []
    assert not [
        r
        for r in _read("His purpose in withdrawing the request was to permit further talks.")
        if r[0] == "stated_plan"
    ]
    assert _read("Our strategy is to table a new proposal.") == [("stated_plan", "approve", SPEAKER, "table")]


@pytest.mark.parametrize(
    ("sentence", "pred"),
    [
        ("The embargo would not be effective.", "effective"),
        ("There was a complete lack of information about the plan.", "lack"),
        ("It would leave them free to proceed with their construction.", "free"),
        ("The meaning of this action is abandonment by Chile of the treaty.", "abandonment"),
    ],
)
def test_an_evaluative_word_that_tells_a_fact_is_no_decision(sentence: str, pred: str) -> None:
    assert _read(sentence) == []
    ctx, _ = built(sentence, PARTIES)
    tok = word(ctx, pred)
    assert stated_fact(ctx, tok, head_of(tok))


@pytest.mark.parametrize(
    ("sentence", "pred", "expected"),
    [
        ("The embargo would be unwise.", "unwise", ("judgement", "reject", SPEAKER, "embargo")),
        (
            "There would be great value in a second meeting.",
            "value",
            ("evaluation", "approve", SPEAKER, "meeting"),
        ),
        ("He considers it a hopeful first step.", "hopeful", ("evaluation", "approve", SPEAKER, "step")),
        (
            "The plan was encouraging in its first results.",
            "encouraging",
            ("evaluation", "approve", SPEAKER, "plan"),
        ),
    ],
)
def test_a_judgement_of_a_course_still_counts(sentence: str, pred: str, expected: tuple[str, ...]) -> None:
    assert _read(sentence) == [expected]
    ctx, _ = built(sentence, PARTIES)
    tok = word(ctx, pred)
    assert not stated_fact(ctx, tok, head_of(tok))


@pytest.mark.parametrize(
    ("sentence", "alone", "pred", "expected"),
    [
        (
            "Otherwise we shall be delayed and will not be able to conclude the treaty.",
            "We will not be able to conclude the treaty.",
            "able",
            ("judgement", "reject", SPEAKER, "conclude"),
        ),
        (
            "Otherwise there would be no security in the relations between states.",
            "There would be no security in the relations between states.",
            "security",
            ("evaluation", "reject", SPEAKER, "relations"),
        ),
    ],
)
def test_the_outcome_after_otherwise_is_supposed_but_the_same_words_alone_judge(
    sentence: str, alone: str, pred: str, expected: tuple[str, ...]
) -> None:
    assert _read(sentence) == []
    ctx, _ = built(sentence, PARTIES)
    assert supposed_outcome(ctx, head_of(word(ctx, pred)))
    assert _read(alone) == [expected]
    ctx, _ = built(alone, PARTIES)
    assert not supposed_outcome(ctx, head_of(word(ctx, pred)))
