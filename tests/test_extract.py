"""Extraction on the seed and on single constructions from real FRUS sentences."""
from __future__ import annotations

import pytest

from kg.documents import parse_text, read_text_document
from kg.extract import Extraction

from .conftest import SEED


@pytest.fixture(scope="module")
def seed(extractor):  # type: ignore[no-untyped-def]
    doc = read_text_document(SEED)
    return doc, extractor.extract(doc)


def quote(doc, item) -> str:  # type: ignore[no-untyped-def]
    return doc.text[item.span.start:item.span.end]


def actor_named(ex: Extraction, word: str):  # type: ignore[no-untyped-def]
    return next(a for a in ex.actors if any(word in alias for alias in a.aliases))


def test_seed_author_and_recipient(seed):  # type: ignore[no-untyped-def]
    _, ex = seed
    nixon, kissinger = actor_named(ex, "Nixon"), actor_named(ex, "Kissinger")
    assert (nixon.role, nixon.kind) == ("author", "Person")
    assert (kissinger.role, kissinger.kind) == ("recipient", "Person")
    assert "the President" in nixon.aliases


def test_seed_instructions_issued_by_author_to_recipient(seed):  # type: ignore[no-untyped-def]
    doc, ex = seed
    nixon, kissinger = actor_named(ex, "Nixon"), actor_named(ex, "Kissinger")
    quotes = {quote(doc, i): i for i in ex.instructions}
    final = next(i for q, i in quotes.items() if "ask them what is their final offer" in q)
    assert (final.issuer, final.addressees, final.polarity) == (nixon.key, (kissinger.key,), "do")
    assert any("Leave a crack of the door open" in q for q in quotes)


def test_seed_option_one_and_its_approval_in_footnote(seed):  # type: ignore[no-untyped-def]
    doc, ex = seed
    nixon = actor_named(ex, "Nixon")
    note3 = next(n for n in doc.footnotes if n.number == "3").span
    option_one = [o for o in ex.options if o.label.startswith("Option I")]
    assert option_one, [o.label for o in ex.options]
    approvals = [d for d in ex.decisions if d.stance == "approve" and note3.start <= d.span.start < note3.end]
    assert any("which you approved" in quote(doc, d) and d.actor == nixon.key for d in approvals)


def test_evidence_is_exact_text(seed):  # type: ignore[no-untyped-def]
    doc, ex = seed
    for item in ex.instructions + ex.options + ex.decisions + ex.conditions:
        text = quote(doc, item)
        assert text == text.strip() and text, item


def construction(extractor, body: str, head: str = "1. The Secretary of State to the Ambassador in France (Herrick)"):  # type: ignore[no-untyped-def]
    doc = parse_text(f"{head}\n\nWashington, March 3, 1925.\n\n{body}\n\nKellogg\n", doc_id="t", source="t.txt")
    return doc, extractor.extract(doc)


def test_prohibition_has_polarity_dont(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "You should not sign the protocol until the other powers have done so.")
    assert [i.polarity for i in ex.instructions] == ["dont"]


def test_coordinated_directives_are_split(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "We desire you to study this entire situation and report to us promptly.")
    assert len(ex.instructions) == 2
    assert all(i.issuer == "kellogg" for i in ex.instructions)


def test_prediction_is_not_an_instruction(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "I assume that their answers to these questions will be negative.")
    assert ex.instructions == ()


def test_condition_governs_its_instruction(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "If the Government accepts the proposal, you will inform the Foreign Office at once.")
    (condition,) = ex.conditions
    assert quote(doc, condition).startswith("If the Government accepts")
    assert condition.governs in {i.key for i in ex.instructions}


def test_judgement_is_a_decision_of_the_speaker(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "It would be a serious mistake to launch the conference with these questions.")
    (decision,) = ex.decisions
    assert (decision.stance, decision.actor) == ("reject", "kellogg")


def test_it_is_proper_that_you_should_is_an_instruction(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "It is proper that you should invite from the Government a full statement of its reasons.")
    assert ["you should invite" in quote(doc, i) for i in ex.instructions] == [True]
    assert ex.decisions == ()


def test_reported_contents_are_not_instructions(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "You will tell them that you will report their answers to the President.")
    assert len(ex.instructions) == 1
    assert quote(doc, ex.instructions[0]).startswith("You will tell them")


def test_they_resolves_to_the_nearest_government(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "The Japanese Government presented its terms on Monday. They have rejected the proposal of the Chinese delegates.")
    rejections = [d for d in ex.decisions if d.stance == "reject"]
    assert rejections and rejections[0].actor == "japan"


def test_passive_decision_is_taken_by_its_agent(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "This convention has now been approved by the Government of Honduras.")
    (decision,) = ex.decisions
    assert (decision.stance, decision.actor) == ("approve", "honduras")


def test_polite_request_is_an_instruction_to_whose_views_are_wished(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "You should inform the Minister that we would appreciate receiving "
                                      "the views of the Mexican Government at the earliest opportunity.")
    assert len(ex.instructions) == 2
    request = next(i for i in ex.instructions if "appreciate" in quote(doc, i).split()[0:6])
    assert (request.issuer, request.addressees) == ("kellogg", ("mexico",))


def test_question_to_the_addressee_asks_for_an_answer(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "Do you consider that the Chilean Government will accept arbitration?")
    (instruction,) = ex.instructions
    assert instruction.addressees == ("herrick",)


def test_advice_in_the_first_person_binds_the_addressee(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "I would not mention the loan to the Minister. We should press for an early reply.")
    assert [(i.polarity, i.addressees) for i in ex.instructions] == [("dont", ("herrick",)), ("do", ("herrick",))]


def test_first_person_necessity_is_policy_not_an_instruction(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "We must weigh the consequences of a break with the Government of Chile.")
    assert ex.instructions == ()


def test_recognizing_a_government_is_a_decision_on_its_recognition(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "Honduras has recognized the Government of Nicaragua.")
    (decision,) = ex.decisions
    assert (decision.stance, decision.actor) == ("approve", "honduras")
    (option,) = [o for o in ex.options if o.key == decision.option]
    assert option.label.startswith("recognition of")


def test_a_treaty_is_not_an_actor(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "Costa Rica has since denounced the Washington Treaty.")
    assert not [a for a in ex.actors if "Treaty" in a.name]
    assert [d.stance for d in ex.decisions] == ["reject"]


def test_content_of_a_proposal_is_an_option(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "The Norwegian Government propose that the agreement should be valid "
                                      "for the duration of the war.")
    (option,) = ex.options
    assert quote(doc, option) == "that the agreement should be valid for the duration of the war"
    assert option.proposed_by == "norway"


def test_an_intention_to_act_is_an_option(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "It is my intention to be there in an advisory capacity.")
    assert [quote(doc, o) for o in ex.options] == ["to be there in an advisory capacity"]


def test_a_split_complement_is_one_option(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "His Government would insist that all of the American Republics composing "
                                      "the original group of nine be represented in the mediation proceedings.")
    (option,) = ex.options
    assert quote(doc, option).endswith("be represented in the mediation proceedings")


def test_a_state_of_affairs_or_a_directive_is_no_option(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "I agree that this is a possibility at this time. "
                                    "We desire you to study this entire situation.")
    assert ex.options == ()


def test_a_numbered_option_and_its_name_are_one_option(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "The President approved our minimum position (option 1) yesterday. "
                                      "You should then present option I of your last message to me.")
    assert len(ex.options) == 1
    assert [d.option for d in ex.decisions] == [ex.options[0].key]


def test_an_intention_and_its_negated_twin_are_two_stances(extractor):  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, "It is my intention to attend the conference as an observer "
                                      "and not to sign any protocol.")
    stances = sorted((d.stance, quote(doc, next(o for o in ex.options if o.key == d.option))) for d in ex.decisions)
    assert [s for s, _ in stances] == ["approve", "reject"]
    assert stances[0][1] == "to attend the conference as an observer"
    assert stances[1][1].endswith("to sign any protocol")


def test_not_being_able_to_act_is_a_rejection(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "I regret that I shall not be able to return to Washington in September.")
    assert [(d.stance, d.actor) for d in ex.decisions] == [("reject", "kellogg")]


def test_an_office_without_article_is_an_actor_who_decides(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "Minister of Foreign Affairs is willing to negotiate on those general "
                                    "conditions. Under Secretary told me the exception was too great.")
    names = {a.name for a in ex.actors}
    assert {"Minister of Foreign Affairs", "Under Secretary"} <= names
    (decision,) = ex.decisions
    assert next(a.name for a in ex.actors if a.key == decision.actor) == "Minister of Foreign Affairs"


def test_a_surname_alone_is_the_titled_person(extractor):  # type: ignore[no-untyped-def]
    _, ex = construction(extractor, "The Ambassador in France (Wilson) reports that President Wilson has approved "
                                    "the plan.", head="1. The Secretary of State to President Wilson")
    assert len([a for a in ex.actors if "Wilson" in a.name]) == 1
