"""An act done "as directed (instructed, requested)": a request of the "by" agent, or of the one the
act is reported to, to whoever does it (kg.extract.requested_acts); invented sentences."""

from __future__ import annotations

from .built import ADDRESSEE, SPEAKER, built, instructions_by_verb

ACTORS = {
    "Governor": ("governor", "Person"),
    "Consul": ("consul", "Person"),
    "Department": ("department", "Organization"),
    "Minister": ("minister", "Person"),
}


def found(sentence: str) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Each instruction of the sentence, by its verb: rule, issuer and addressees."""
    ctx, _ = built(sentence, ACTORS)
    return {verb: (rule, i.issuer, i.addressees) for verb, (rule, i) in instructions_by_verb(ctx).items()}


def test_as_directed_by_an_agent_is_that_agents_request_to_the_doer() -> None:
    got = found("The Consul called on the Governor as directed by the Department.")
    assert got == {"called": ("requested_act", "department", ("consul",))}


def test_as_instructed_with_no_agent_is_the_request_of_the_one_reported_to() -> None:
    got = found("As instructed, I delivered the note to the Minister.")
    assert got == {"delivered": ("requested_act", ADDRESSEE, (SPEAKER,))}


def test_as_expected_or_when_directed_is_no_request() -> None:
    assert found("The Consul called on the Governor as expected by the Department.") == {}
    assert found("The Consul called on the Governor when directed by the Department.") == {}
