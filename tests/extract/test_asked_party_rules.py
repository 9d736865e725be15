"""Who is asked by a verb of inquiry: those it names, even by a common noun that names no actor, rather
than the party the question is about."""

from __future__ import annotations

import pytest

from kg.extract.registry import get

from .built import SPEAKER, built, word

ACTORS = {"He": ("knowlton", "Person"), "Government": ("ruritania", "Government")}


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        (
            "He had telegraphed to his agents in the capital inquiring whether the Government would open the"
            " contracts to foreign firms.",
            "inquiring",
        ),
        ("I asked the delegates whether the Government would accept the offer.", "asked"),
    ],
)
def test_those_asked_named_by_a_common_noun_are_asked_not_the_party_asked_about(
    sentence: str, verb: str
) -> None:
    ctx, voice = built(sentence, ACTORS)
    found = get("instructions", "inquiry").func(ctx, word(ctx, verb), voice)
    assert found is not None and found.issuer in {"knowlton", SPEAKER} and found.addressee is None


def test_with_no_one_named_as_asked_the_party_asked_about_is_asked() -> None:
    ctx, voice = built("I asked if the Government would accept the offer.", ACTORS)
    found = get("instructions", "inquiry").func(ctx, word(ctx, "asked"), voice)
    assert found is not None and found.addressee == "ruritania"
