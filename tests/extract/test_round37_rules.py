"""The thirty-seventh round's constructions, each with what it must leave alone.

A wish to be told or directed ("We desire to be instructed regarding ...") asks the other party for word
("eager_to_be_told"); a wish denied asks nothing. To seek an answer ("We accordingly seek your
instructions") asks for it ("requested_thing"); to seek a settlement asks no one. A corroboration "desired"
is a word asked for ("requested_word"). An expectation hedged by "scarcely" or "hardly" foresees, it asks
nothing ("hope_that"). Thanks for an expression of good wishes takes no stance ("evaluative_verb"). A cable's
"authorized inform X that ..." is an authorization, its "inform" a verb however the tagger read it
("authorized_passive", after a parse repair). "It would be much appreciated if you would V" is a polite
request ("polite_if"), its "if" no condition. "It would be best for you to V" advises the addressee
("necessary_for"); "useful for you to have" names a thing to hold, and a third party's better course is an
opinion. A series of measures taken against something is a measure taken ("measure_step"); note
taken of measures is none. An allocation is a measure taken ("measure_taken"). Being "appreciative if
the Department would advise me" is a polite request ("third_party_polite_if", after the judging), and
an opinion under a wh-word ("send me just what you believe we should ...") is asked for, no stance
("normative_opinion", after the judging)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, instructions_by_verb, repaired, stances, word

GOVERNMENT = {"Government": ("government", "Government")}


def _directive(rule: str, sentence: str, at: str, actors: dict[str, tuple[str, str]] | None = None):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, actors)
    return get("instructions", rule).func(ctx, word(ctx, at), voice)


def test_a_wish_to_be_instructed_asks_the_addressee_for_instructions() -> None:
    sentence = "We desire to be instructed regarding the maximum size of the cruiser."
    directive = _directive("eager_to_be_told", sentence, "instructed")
    assert directive is not None
    assert (directive.issuer, directive.addressee) == ("kellogg", "herrick")


def test_a_wish_not_to_be_told_asks_nothing() -> None:
    minister = {"Minister": ("minister", "Person")}
    sentence = "The Minister does not wish to be informed."
    assert _directive("eager_to_be_told", sentence, "informed", minister) is None


def test_seeking_an_answer_asks_for_it() -> None:
    directive = _directive("requested_thing", "We accordingly seek your instructions.", "seek")
    assert directive is not None
    assert directive.addressee == "herrick"


def test_seeking_a_settlement_asks_no_one() -> None:
    assert _directive("requested_thing", "We seek a peaceful settlement.", "seek") is None


def test_a_corroboration_desired_is_a_word_asked_for() -> None:
    directive = _directive("requested_word", "Your definite corroboration is desired.", "desired")
    assert directive is not None
    assert directive.addressee == "herrick"


def test_an_expectation_hedged_by_scarcely_asks_nothing() -> None:
    japan = {"Japanese": ("japan", "Government")}
    hoped = _directive("hope_that", "We expect the Japanese to support our position.", "support", japan)
    assert hoped is not None and hoped.addressee == "japan"
    hedged = "We can scarcely expect the Japanese to support our position."
    assert _directive("hope_that", hedged, "support", japan) is None


def test_thanks_for_an_expression_of_good_wishes_takes_no_stance() -> None:
    thanks = "I very much appreciate your expression of greetings and good wishes."
    assert stances(thanks, "evaluative_verb", "appreciate") == []
    found = stances("I appreciate your efforts for peace.", "evaluative_verb", "appreciate")
    assert [(s.stance, s.target.text) for s in found] == [("approve", "efforts")]


def test_a_cables_authorized_inform_is_an_authorization() -> None:
    sentence = "You are authorized inform GOI that the Government has allocated the wheat."
    ctx, _ = repaired(sentence, GOVERNMENT)
    rule, told = instructions_by_verb(ctx)["inform"]
    assert (rule, list(told.addressees)) == ("authorized_passive", ["herrick"])


def test_an_impersonal_appreciation_if_you_would_is_a_polite_request() -> None:
    sentence = "It would be much appreciated if you would consider the matter."
    directive = _directive("polite_if", sentence, "consider")
    assert directive is not None and directive.addressee == "herrick"
    ctx, _ = built(sentence)
    assert get("conditions", "conditional_conjunction").func(ctx, word(ctx, "if")) is None


def test_the_best_course_for_you_advises_the_addressee() -> None:
    directive = _directive("necessary_for", "It would be best for you to return at once.", "return")
    assert directive is not None and directive.addressee == "herrick"


def test_a_thing_useful_to_have_or_a_third_partys_better_course_directs_no_one() -> None:
    held = "It would be useful for you to have my telephone numbers."
    assert _directive("necessary_for", held, "have") is None
    powers = {"powers": ("powers", "Government")}
    assert _directive("necessary_for", "It is better for the powers to wait.", "wait", powers) is None


def test_a_series_of_measures_undertaken_is_a_measure_taken() -> None:
    series = "The Government has taken a series of measures against narcotics."
    found = stances(series, "measure_step", "measures", GOVERNMENT)
    assert [(s.stance, s.actor) for s in found] == [("approve", "government")]
    study = "The Government has taken note of measures against narcotics."
    assert stances(study, "measure_step", "measures", GOVERNMENT) == []


def test_an_allocation_is_a_measure_taken() -> None:
    found = stances("The Government has allocated the wheat.", "measure_taken", "allocated", GOVERNMENT)
    assert [(s.stance, s.actor, s.target.text) for s in found] == [("approve", "government", "wheat")]


def test_being_appreciative_if_a_party_would_act_is_a_polite_request() -> None:
    department = {"Department": ("department", "Government")}
    sentence = "I should be appreciative if the Department would advise me."
    directive = _directive("third_party_polite_if", sentence, "advise", department)
    assert directive is not None and directive.addressee == "department"
    ctx, _ = built(sentence, department)
    assert get("conditions", "conditional_conjunction").func(ctx, word(ctx, "if")) is None


def test_an_opinion_asked_for_is_no_stance() -> None:
    asked = "Please send me just what you believe we should be trying to incorporate in our position."
    assert stances(asked, "normative_opinion", "trying") == []
    found = stances("We feel that the guard should be withdrawn.", "normative_opinion", "withdrawn")
    assert [(s.stance, s.actor) for s in found] == [("approve", "kellogg")]
