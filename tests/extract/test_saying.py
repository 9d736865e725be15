"""A verb of saying with the addressee as subject and a directive modal tells the reader what to say
("You may say that ..."), while a verb of noticing points the reader at something ("You will note
that ..."); on small built Docs (parses written down)."""

from __future__ import annotations

from kg.extract.registry import get

from .built import ADDRESSEE, built, word


def test_you_may_say_that_tells_the_reader_what_to_say() -> None:
    ctx, voice = built("You may say that this Government would regret any intervention.")
    directive = get("instructions", "you_may").func(ctx, word(ctx, "say"), voice)
    assert directive is not None and directive.addressee == ADDRESSEE


def test_you_will_note_that_points_the_reader() -> None:
    ctx, voice = built("You will note that the treaty was signed.")
    assert get("instructions", "you_will").func(ctx, word(ctx, "note"), voice) is None
