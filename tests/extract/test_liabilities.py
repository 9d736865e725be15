""""Subject to" said of something: what it is exposed to is no condition; what it waits on is."""

from __future__ import annotations

from kg.extract.registry import get

from .built import built, word


def subject_to(sentence: str, adjective: str = "subject") -> str | None:
    """The connective the conditional-adjective construction reads at the adjective, if any."""
    ctx, _ = built(sentence)
    clause = get("conditions", "conditional_adjective").func(ctx, word(ctx, adjective))
    return clause.connective if clause is not None else None


def test_what_something_is_exposed_to_is_no_condition() -> None:
    assert subject_to("We were subject to the continued inflation exported to our countries.") is None
    assert subject_to("The repayment of these funds would be subject to special treatment.") is None


def test_negated_it_is_never_a_condition() -> None:
    assert subject_to("Its commerce is not subject to any exchange control restrictions.") is None


def test_an_approval_or_an_amendment_waited_on_stays_a_condition() -> None:
    assert subject_to("The agreement is subject to the approval of the Senate.") == "subject to"
    amended = subject_to("The agreement is subject to such changes as may be mutually agreeable.")
    assert amended == "subject to"


def test_contingent_upon_is_always_a_condition() -> None:
    found = subject_to("The agreement is contingent upon a meeting of the Cabinet.", "contingent")
    assert found == "contingent upon"
