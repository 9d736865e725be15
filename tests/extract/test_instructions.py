"""Instructions on real FRUS sentences: directives, prohibitions, requests, and what is not one."""

from __future__ import annotations

from .helpers import construction, quote


def test_prohibition_has_polarity_dont(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "You should not sign the protocol until the other powers have done so.")
    assert [i.polarity for i in ex.instructions] == ["dont"]


def test_coordinated_directives_are_split(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor, "We desire you to study this entire situation and report to us promptly."
    )
    assert len(ex.instructions) == 2
    assert all(i.issuer == "kellogg" for i in ex.instructions)


def test_prediction_is_not_an_instruction(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "I assume that their answers to these questions will be negative.")
    assert ex.instructions == ()


def test_it_is_proper_that_you_should_is_an_instruction(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor, "It is proper that you should invite from the Government a full statement of its reasons."
    )
    assert ["you should invite" in quote(doc, i) for i in ex.instructions] == [True]
    assert ex.decisions == ()


def test_reported_contents_are_not_instructions(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor, "You will tell them that you will report their answers to the President."
    )
    assert len(ex.instructions) == 1
    assert quote(doc, ex.instructions[0]).startswith("You will tell them")


def test_polite_request_is_an_instruction_to_whose_views_are_wished(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor,
        "You should inform the Minister that we would appreciate receiving "
        "the views of the Mexican Government at the earliest opportunity.",
    )
    assert len(ex.instructions) == 2
    request = next(i for i in ex.instructions if "appreciate" in quote(doc, i).split()[0:6])
    assert (request.issuer, request.addressees) == ("kellogg", ("mexico",))


def test_question_to_the_addressee_asks_for_an_answer(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "Do you consider that the Chilean Government will accept arbitration?")
    (instruction,) = ex.instructions
    assert instruction.addressees == ("herrick",)


def test_advice_in_the_first_person_binds_the_addressee(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(
        extractor, "I would not mention the loan to the Minister. We should press for an early reply."
    )
    assert [(i.polarity, i.addressees) for i in ex.instructions] == [
        ("dont", ("herrick",)),
        ("do", ("herrick",)),
    ]


def test_first_person_necessity_is_policy_not_an_instruction(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "We must weigh the consequences of a break with the Government of Chile.")
    assert ex.instructions == ()
