"""Who a title and a foreign envoy stand for in a directive's roles (``kg.extract.envoys``)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.registry import get
from kg.extract.voices import Voice

from .built import ADDRESSEE, SPEAKER, built, word

INSTRUCTED = "The Swedish Minister has been instructed to protest against the seizure of the cargo."
CALLED = "The Swedish Minister called this morning. I asked the Minister to reconsider the matter."
SALUTED = "Mr. Secretary: I asked the Secretary to reconsider the matter."
ENVOY = {"Minister": ("swedish-minister", "Person")}


def test_a_foreign_envoy_instructed_in_the_passive_is_instructed_by_his_government() -> None:
    ctx, voice = built(INSTRUCTED, ENVOY)
    ctx.kinds = {**(ctx.kinds or {}), "sweden": "Government"}
    found = get("instructions", "passive_directed").func(ctx, word(ctx, "protest"), voice)
    assert found is not None and (found.issuer, found.addressee) == ("sweden", "swedish-minister")


def test_without_his_government_among_the_actors_the_writer_stays_the_issuer() -> None:
    ctx, voice = built(INSTRUCTED, ENVOY)
    found = get("instructions", "passive_directed").func(ctx, word(ctx, "protest"), voice)
    assert found is not None and (found.issuer, found.addressee) == (SPEAKER, "swedish-minister")


def _second_title_is_the_recipients(sentence: str, first: tuple[str, str]) -> tuple[Context, Voice, Token]:
    """The context with the first title word read as ``first`` and the second as the recipient (as an
    alias of the head line would make it)."""
    title = next(t.text for t in built(sentence)[0].sdoc if t.text in {"Minister", "Secretary"})
    ctx, voice = built(sentence, {title: first})
    second = [t for t in ctx.sdoc if t.text == title][1]
    ctx.actor_at[second.i] = ADDRESSEE
    return ctx, voice, second


def test_the_recipients_title_in_the_third_person_is_the_foreign_envoy_named_by_it_before() -> None:
    ctx, voice, _ = _second_title_is_the_recipients(CALLED, ("swedish-minister", "Person"))
    found = get("instructions", "governed_complement").func(ctx, word(ctx, "reconsider"), voice)
    assert found is not None and found.addressee == "swedish-minister"


def test_a_title_named_before_without_a_country_may_be_the_recipient_himself() -> None:
    ctx, voice, _ = _second_title_is_the_recipients(SALUTED, ("mr-secretary", "Person"))
    found = get("instructions", "governed_complement").func(ctx, word(ctx, "reconsider"), voice)
    assert found is not None and found.addressee == ADDRESSEE
