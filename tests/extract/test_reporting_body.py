"""A body's "it" in what the body reports, on small built Docs: "The Zendan Government stated that it
considered ...": the government judges; "it was impossible" stays impersonal; a person is no "it"."""

from __future__ import annotations

from kg.extract.deciders import decider
from kg.extract.pronouns import reporting_body

from .built import built, word

BODY = {"Government": ("zenda", "Government")}
JUDGED = "stated that it considered the proposed treaty very desirable."


def test_it_reported_by_a_government_is_that_government() -> None:
    ctx, voice = built(f"The Zendan Government {JUDGED}", BODY)
    assert reporting_body(ctx, word(ctx, "it"), voice) == "zenda"
    assert decider(ctx, word(ctx, "considered"), voice) == "zenda"


def test_it_before_a_copula_is_impersonal() -> None:
    ctx, voice = built("The Zendan Government stated that it was impossible to accept the treaty.", BODY)
    assert reporting_body(ctx, word(ctx, "it"), voice) is None


def test_it_reported_by_a_person_stands_for_no_one() -> None:
    ctx, voice = built(f"The Zendan Minister {JUDGED}", {"Minister": ("sapt", "Person")})
    assert reporting_body(ctx, word(ctx, "it"), voice) is None
