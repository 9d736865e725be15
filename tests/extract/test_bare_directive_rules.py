"""Directives reported with no one named as told (built Docs, no trained model)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

PRESIDENT = {"President": ("president", "Person")}


def bare_report(sentence: str, verb: str):  # type: ignore[no-untyped-def]
    ctx, voice = built(sentence, PRESIDENT)
    return get("instructions", "bare_report").func(ctx, word(ctx, verb), voice)


def test_said_to_directs_the_reader() -> None:
    found = bare_report("The President said to use these thoughts in your talks.", "use")
    assert found is not None and (found.issuer, found.addressee) == ("president", ADDRESSEE)


def test_said_to_do_something_for_the_reader_directs_the_writer() -> None:
    found = bare_report("The President said to pass the following thoughts to you.", "pass")
    assert found is not None and (found.issuer, found.addressee) == ("president", SPEAKER)


def test_a_suggested_gerund_directs_the_reader() -> None:
    sentence = "The President suggests reemphasizing that the arrangement is temporary."
    found = bare_report(sentence, "reemphasizing")
    assert found is not None and (found.issuer, found.addressee) == ("president", ADDRESSEE)


def test_said_that_reports_no_directive() -> None:
    assert bare_report("The President said to me that he was tired.", "was") is None
