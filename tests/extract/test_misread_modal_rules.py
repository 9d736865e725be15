"""A verb the tagger reads as a noun after a modal and adverbials (kg.extract.misreads); invented
sentences in the style of 1969-76 messages."""

from __future__ import annotations

from kg.extract.directives import find_directives, write_instructions
from kg.extract.misreads import misread_modal_verb

from .built import ADDRESSEE, built, word

MINISTER = {"Minister": ("minister", "Person")}


def quotes(sentence: str) -> dict[str, tuple[tuple[str, ...], str]]:
    ctx, _ = built(sentence, MINISTER)
    found = write_instructions(ctx, find_directives(ctx))
    return {tok.text: (i.addressees, ctx.sdoc.text[i.span.start : i.span.end]) for tok, i in found}


def test_a_verb_read_as_a_noun_after_a_modal_is_directed_from_its_subject() -> None:
    got = quotes("You should as soon as feasible this evening contact the Minister.")
    assert got == {
        "contact": ((ADDRESSEE,), "You should as soon as feasible this evening contact the Minister")
    }


def test_its_conjunct_is_directed_too() -> None:
    got = quotes("You should at once this morning contact the Minister and tell him.")
    assert set(got) == {"contact", "tell"}
    assert got["contact"][1].startswith("You should at once this morning contact")


def test_a_noun_with_no_modal_is_no_verb() -> None:
    ctx, _ = built("Our contact with the Minister this morning.", MINISTER)
    assert not misread_modal_verb(word(ctx, "contact"))
    assert quotes("Our contact with the Minister this morning.") == {}
