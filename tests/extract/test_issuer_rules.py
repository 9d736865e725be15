"""Who issues a reported directive: a subject pronoun continuing a chain of subjects, the sender of a
message a participle hangs on, active conjuncts that borrow no passive subject, and the editor's notes
that report directives of named parties (built Docs)."""

from __future__ import annotations

from kg.documents import Span, read_text_document
from kg.extract.registry import get
from kg.extract.voices import Voice

from ..conftest import DATA
from .built import ADDRESSEE, SPEAKER, built, word

CHAIN = (
    "Rojas called on me today. He said that the cabinet had met. He doubted whether Chile would agree. "
    "He says this has been told to nobody else and requests that it be kept secret."
)
TELEGRAM = (
    "The Legation has received a telegram from the Foreign Office expressing the hope that our Government "
    "would accept the proposal."
)
MISATTACHED = (
    "Referring to my despatch enclosing a note from the Foreign Office expressing the hope that our "
    "Government would accept the proposal, I have the honor to report."
)
MEMOIRS = "In his memoirs, Kissinger explained that he instructed Rush to postpone his meeting with Bahr."
PARTIES = {"Rojas": ("rojas", "Person"), "Chile": ("chile", "Government")}
OFFICE = {"Office": ("foreign-office", "Government"), "Government": ("us", "Government")}


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_a_subject_pronoun_follows_the_chain_of_subject_pronouns_back_to_the_one_named() -> None:
    ctx, voice = built(CHAIN, PARTIES)
    directive = rule("reported_directive")(ctx, word(ctx, "kept"), voice)
    assert (directive.issuer, directive.addressee) == ("rojas", ADDRESSEE)


def test_an_active_conjunct_of_a_passive_is_no_impersonal_passive() -> None:
    ctx, voice = built(CHAIN, PARTIES)
    assert rule("impersonal_passive")(ctx, word(ctx, "kept"), voice) is None


def test_a_hope_expressed_by_a_message_is_its_senders() -> None:
    for sentence in (TELEGRAM, MISATTACHED):
        ctx, voice = built(sentence, OFFICE)
        directive = rule("hope_that")(ctx, word(ctx, "accept"), voice)
        assert (directive.issuer, directive.addressee) == ("foreign-office", "us"), sentence


def test_a_hope_with_no_sender_named_is_the_speakers() -> None:
    ctx, voice = built(TELEGRAM, {"Government": ("us", "Government")})
    directive = rule("hope_that")(ctx, word(ctx, "accept"), voice)
    assert directive.issuer == SPEAKER


def test_an_editors_note_speaks_for_no_one_and_to_no_one() -> None:
    doc = read_text_document(DATA / "documents" / "frus1918Russiav03-d224.txt")
    notes = get("voices", "editor_notes").func(doc)
    assert notes and all((v.speaker, v.addressee) == (None, None) for v in notes)
    assert {v.span for v in notes}.isdisjoint(doc.paragraphs)


def test_a_directive_reported_in_an_editors_note_is_its_issuers() -> None:
    ctx, _ = built(MEMOIRS, {"Kissinger": ("kissinger", "Person"), "Rush": ("rush", "Person")})
    note = Voice(Span(0, len(ctx.sdoc.text)), None, None)
    directive = rule("reported_directive")(ctx, word(ctx, "postpone"), note)
    assert (directive.issuer, directive.addressee) == ("kissinger", "rush")
    assert rule("imperative")(ctx, word(ctx, "postpone"), note) is None  # no one is spoken to
