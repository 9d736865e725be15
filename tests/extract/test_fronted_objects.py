"""A preposition of stance fronted before its verb is an adverbial, never the stance's object, on small
built Docs (parses written down): "On receipt of this telegram you will propose that ..." proposes the
clause, not the receipt; "agreed on the terms" after the verb still takes its object."""

from __future__ import annotations

from kg.extract.deciders import decision_object
from kg.extract.decisions import find_decisions
from kg.extract.directives import find_directives

from .built import SPEAKER, built, word

PARTIES = {"Minister": ("minister", "Person"), "authorities": ("ecuador", "Government")}


def _courses(sentence: str) -> list[tuple[str, str, str]]:
    ctx, _ = built(sentence, PARTIES)
    find_directives(ctx)  # the instruction finder runs first in the pipeline
    found, options = find_decisions(ctx, [])
    text = {o.key: ctx.sdoc.text[o.span.start : o.span.end] for o in options}
    return [(d.actor, d.stance, text.get(d.option, "")) for _, d in found]


def test_a_fronted_on_phrase_is_no_object_of_the_proposal() -> None:
    found = _courses(
        "On receipt of this telegram you will propose to the Minister that the conference be postponed."
    )
    assert found == [(SPEAKER, "approve", "that the conference be postponed")]


def test_an_on_phrase_after_the_verb_is_its_object() -> None:
    assert _courses("The Minister agreed on the terms of the loan.") == [
        ("minister", "approve", "the terms of the loan")
    ]


def test_a_fronted_phrase_with_a_relative_word_is_still_the_object() -> None:
    sentence = (
        "The visa states that he is assigned “to the Consulate at Quito” instead of “to Quito”"
        " to which latter designation the Ecuadoran authorities agreed."
    )
    ctx, _ = built(sentence, PARTIES)
    found = decision_object(word(ctx, "agreed"))
    assert found is not None and found.text == "which"


def test_a_relative_word_deeper_in_a_fronted_phrase_leaves_it_adverbial() -> None:
    found = _courses(
        "On account of the extent to which the smuggling has grown,"
        " you will propose to the Minister that the conference be postponed."
    )
    assert found == [(SPEAKER, "approve", "that the conference be postponed")]
