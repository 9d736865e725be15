"""Bare assent and refusal ("Department concurs.") on built Docs: the course proposed just before."""

from __future__ import annotations

from kg.extract.directives import find_directives
from kg.extract.hypotheses import in_condition
from kg.extract.registry import get

from .built import built, word
from .built import stances as _stances

RULE = "bare_assent"
PARTIES = {
    "Consul": ("consul", "Person"),
    "Department": ("department", "Organization"),
    "Governor": ("governor", "Person"),
}


def _read(sentence: str, at: str) -> list[tuple[str, str, str]]:
    return [(s.stance, s.actor, s.target.text) for s in _stances(sentence, RULE, at, PARTIES)]


def test_a_bare_concurrence_approves_what_was_just_proposed() -> None:
    sentence = "The Consul proposes a joint inquiry. The Department concurs."
    assert _read(sentence, "concurs") == [("approve", "department", "inquiry")]


def test_a_denied_concurrence_rejects_it() -> None:
    sentence = "The Consul proposes a joint inquiry. The Department does not concur."
    assert _read(sentence, "concur") == [("reject", "department", "inquiry")]


def test_agreement_in_principle_is_still_bare() -> None:
    sentence = "The Consul proposes a joint inquiry. The Governor agreed in principle."
    assert _read(sentence, "agreed") == [("approve", "governor", "inquiry")]


def test_no_course_put_forward_before_reads_nothing() -> None:
    assert _read("The Consul arrived yesterday. The Department concurs.", "concurs") == []


def test_a_verb_with_its_own_object_is_left_to_the_stance_verb() -> None:
    sentence = "The Consul proposes a joint inquiry. The Governor agreed to the inquiry."
    assert _read(sentence, "agreed") == []


def test_in_a_relative_clause_the_course_is_the_noun_it_modifies() -> None:
    sentence = "The Consul endorsed the plan, which it is understood the Governor accepts in principle."
    assert _read(sentence, "accepts") == [("approve", "governor", "plan")]


def _given(sentence: str) -> list[tuple[str, str, str]]:
    found = _stances(sentence, "bare_consent", "approval", PARTIES)
    return [(s.stance, s.actor, s.target.text) for s in found]


def test_an_approval_given_with_no_complement_is_on_what_was_proposed() -> None:
    sentence = "The Consul proposes a joint inquiry. The Department gave its approval."
    assert _given(sentence) == [("approve", "department", "inquiry")]
    sentence = "The Consul proposes a joint inquiry. The Department expressed its approval thereof."
    assert _given(sentence) == [("approve", "department", "inquiry")]


def test_an_approval_withheld_rejects_it() -> None:
    sentence = "The Consul proposes a joint inquiry. The Department withheld its approval."
    assert _given(sentence) == [("reject", "department", "inquiry")]


def test_an_approval_with_nothing_proposed_before_reads_nothing() -> None:
    assert _given("The Consul arrived yesterday. The Department gave its approval.") == []


def _after_directive(sentence: str) -> list[tuple[str, str, str]]:
    ctx, voice = built(sentence, PARTIES)
    find_directives(ctx)
    found = get("decisions", RULE).func(ctx, word(ctx, "concurs"), voice)
    return [(s.stance, s.actor, s.target.text) for s in found]


def test_a_bare_concurrence_after_a_directive_approves_the_act_directed() -> None:
    sentence = "You should send the cruiser to Tampico at once. The Consul concurs."
    assert _after_directive(sentence) == [("approve", "consul", "send")]


def test_a_bare_concurrence_after_a_prohibition_rejects_the_act() -> None:
    sentence = "You should not send the cruiser to Tampico. The Consul concurs."
    assert _after_directive(sentence) == [("reject", "consul", "send")]


def test_an_approval_supposed_in_case_reads_nothing() -> None:
    sentence = "You should circulate the report to the Consul in case the Governor approved."
    ctx, voice = built(sentence, PARTIES)
    find_directives(ctx)
    assert in_condition(word(ctx, "approved"))
    assert get("decisions", RULE).func(ctx, word(ctx, "approved"), voice) == []
