"""The invented sentences of issue 16, one construction class each, in two documents (trained model).

They are examples of classes, not the test of them: each class also has a unit test on a built Doc
(test_*_rules.py). Classes the extractor does not read yet are marked xfail with the reason.
"""

from __future__ import annotations

import pytest

from kg.documents import parse_text
from kg.extract import Extraction, Extractor

from .helpers import quote

POINDEXTER = "12. The Secretary of State to the Minister in Peru (Poindexter)"
BUNKER = (
    "Message From the President’s Assistant for National Security Affairs (Kissinger) "
    "to the Ambassador to Vietnam (Bunker)"
)
TELEGRAM = [
    "Please obtain a copy of the decree and send it by the next pouch.",
    "The Department desires you to consult the Naval Attaché before any statement is made.",
    "It is most desirable that the commercial treaty be ratified before the Cortes adjourns.",
    "Your note should avoid any reference to the earlier correspondence.",
    "We think you should decline the invitation.",
    "I should appreciate it if you would find out discreetly whether the decree has been signed.",
    "You might find it useful to sound out the Papal Nuncio.",
    "You are to proceed to Riga immediately and report on arrival.",
    "You may say to the Minister that the claim will be settled.",
    "On his return ask the Minister whether the decree has been signed.",
    "The Consul General recommends that a cruiser be sent to Tampico.",
    "You may offer a reduction of the duty on coffee to five cents per pound.",
    "The Department prefers the Brazilian draft to the Argentine draft.",
    "Neither proposal is acceptable.",
    "The plan will meet strong objection.",
    "The Department stands firmly behind the proposal for arbitration.",
    "The Department sees considerable merit in the plan for a joint commission.",
    "The proposed loan runs counter to the policy of this Government.",
    "This Government could not properly intervene in the dispute.",
    "You will request that the consular archives be restored, that the guard placed at the consulate "
    "be withdrawn, and that the officer responsible be punished.",
]
MESSAGE = [
    "It is imperative that Lam not raise the prisoner issue at Thursday’s session.",
    "The President has decided to proceed with the first course, "
    "provided the other side drops its new demands.",
    "Tell Bunker to see Thieu tomorrow.",
    "You should not leave Paris before the text is agreed.",
]


def extract(extractor: Extractor, head: str, date: str, body: list[str], signature: str):  # type: ignore[no-untyped-def]
    text = f"{head}\n\n{date}\n\n" + "\n\n".join(body) + f"\n\n{signature}\n"
    doc = parse_text(text, doc_id="issue16", source="issue16.txt")
    return doc, extractor.extract(doc)


@pytest.fixture(scope="module")
def telegram(extractor):  # type: ignore[no-untyped-def]
    return extract(extractor, POINDEXTER, "Washington, May 3, 1927—6 p.m.", TELEGRAM, "Kellogg")


@pytest.fixture(scope="module")
def message(extractor):  # type: ignore[no-untyped-def]
    return extract(extractor, BUNKER, "Washington, October 3, 1972.", MESSAGE, "")


def items(doc, ex: Extraction, kind: str, words: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    return [i for i in getattr(ex, kind) if words in quote(doc, i)]


@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ("obtain a copy of the decree", "do"),
        ("consult the Naval Attaché", "do"),
        ("commercial treaty be ratified", "do"),
        ("avoid any reference", "dont"),
        ("decline the invitation", "do"),
        ("find out discreetly", "do"),
        ("sound out the Papal Nuncio", "do"),
        ("proceed to Riga", "do"),
        ("report on arrival", "do"),
        ("say to the Minister", "do"),
        ("ask the Minister whether", "do"),
        ("a cruiser be sent", "do"),
        ("offer a reduction of the duty", "do"),
    ],
)
def test_one_instruction_per_directed_action(telegram, words: str, polarity: str) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    found = items(doc, ex, "instructions", words)
    assert found and found[0].polarity == polarity


def test_a_third_party_recommendation_is_its_instruction(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    (found,) = items(doc, ex, "instructions", "a cruiser be sent")
    assert "consul" in found.issuer


def test_polite_if_is_no_condition(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    assert not items(doc, ex, "conditions", "if you would")


def test_a_directive_to_offer_is_the_issuers_approval(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    assert [d.stance for d in items(doc, ex, "decisions", "offer a reduction")] == ["approve"]


def test_a_preference_approves_one_draft_and_rejects_the_other(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    assert sorted(d.stance for d in items(doc, ex, "decisions", "prefers the Brazilian draft")) == [
        "approve",
        "reject",
    ]


def test_neither_is_a_rejection_and_a_prediction_no_stance(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    assert [d.stance for d in items(doc, ex, "decisions", "Neither proposal")] == ["reject"]
    assert not items(doc, ex, "decisions", "meet strong objection")


def test_open_class_stances_approve_the_proposal(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    for said in ("stands firmly behind the proposal", "considerable merit in the plan"):
        assert [(d.stance, d.actor) for d in items(doc, ex, "decisions", said)] == [("approve", "department")]
    assert [d.stance for d in items(doc, ex, "decisions", "runs counter to the policy")] == ["reject"]


def test_a_refused_course_is_the_option_not_who_refuses(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    labels = {o.key: o.label for o in ex.options}
    found = items(doc, ex, "decisions", "properly intervene")
    assert [labels[d.option] for d in found] == ["intervene in the dispute"]


def test_coordinated_demands_are_three_instructions(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    demands = ["archives be restored", "consulate be withdrawn", "officer responsible be punished"]
    found = [items(doc, ex, "instructions", d) for d in demands]
    assert [len(f) for f in found] == [1, 1, 1]
    assert len({id(f[0]) for f in found}) == 3


def test_a_request_is_no_decision(telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = telegram
    assert not items(doc, ex, "decisions", "be withdrawn")


def test_seed_era_message(message) -> None:  # type: ignore[no-untyped-def]
    doc, ex = message
    assert [i.polarity for i in items(doc, ex, "instructions", "Lam not raise")] == ["dont"]
    assert items(doc, ex, "decisions", "decided to proceed")
    (condition,) = items(doc, ex, "conditions", "provided the other side")
    assert condition.governs is not None and condition.governs.startswith("decision/")
    assert len(items(doc, ex, "instructions", "see Thieu")) == 2
    assert [i.polarity for i in items(doc, ex, "instructions", "leave Paris")] == ["dont"]
    assert not items(doc, ex, "conditions", "before the text") and not items(
        doc, ex, "decisions", "is agreed"
    )


def test_a_pronoun_decider_and_troops_withdrawn(extractor) -> None:  # type: ignore[no-untyped-def]
    body = [
        "Le Duc Tho opened the session with a long statement. He rejected our formula on the "
        "demilitarized zone.",
        "Express to the Minister the earnest hope of this Government that Peru will withdraw its troops.",
    ]
    doc, ex = extract(extractor, BUNKER, "Washington, October 3, 1972.", body, "")
    assert [(d.stance, d.actor) for d in items(doc, ex, "decisions", "rejected our formula")] == [
        ("reject", "tho")
    ]
    assert not items(doc, ex, "decisions", "withdraw its troops")


# -- options (xopt) ------------------------------------------------------------
OPTION_TELEGRAM = [
    "You report that the Peruvian Government proposes that a mixed commission be appointed.",
    "The Department concurs in your views.",
    "The Chilean counter-proposal is most unwelcome.",
    "The company has the right to export the nitrate.",
    "You may offer a reduction of the duty on coffee to five cents per pound.",
    "The claimants ask for an immediate hearing of their claim.",
    "The Government will take all necessary measures.",
    "He was offered the position of Collector of Customs.",
    "The Minister acted on his own initiative.",
    "We have received this suggestion with interest.",
    "The treaty signed at Managua in 1923 remains in force.",
]

# -- instructions, conditions, actors: classes of round 4 (each sentence a paragraph of its own) --
INSTRUCTION_CLASSES = [
    "You are authorized, should the Foreign Office raise no objection, "
    "to deliver the note to the Swiss Minister.",
    "You are directed on arrival at Tegucigalpa to deliver the enclosed letter to the President in person.",
    "It is the desire of the President that you proceed to Arica without delay.",
    "Your instructions of March 3, directing you to protest the seizure of the steamer Colusa, "
    "remain in force.",
    "41. Your 301, August 4, 6 p.m. You may assure the Foreign Minister that the matter is closed.",
    "If only the Minister had been present.",
    "Your colleagues and the boundary commission have reported to the Department.",
]


@pytest.fixture(scope="module")
def option_telegram(extractor):  # type: ignore[no-untyped-def]
    return extract(extractor, POINDEXTER, "Washington, May 3, 1927—6 p.m.", OPTION_TELEGRAM, "Kellogg")


def test_option_labels_and_proposers(option_telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = option_telegram
    labels = {o.label: o.proposed_by for o in ex.options}
    assert labels["Chilean counter-proposal"] == "chile"
    assert "reduction of the duty on coffee to five cents per pound" in labels
    assert labels["immediate hearing of their claim"] == "claimants"


def test_a_proposal_noun_is_not_yet_a_proposal(option_telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = option_telegram
    for words in ["export the nitrate", "measures", "Collector", "initiative", "suggestion", "treaty"]:
        assert not items(doc, ex, "options", words), words


def test_views_concurred_in_are_the_option_they_address(option_telegram) -> None:  # type: ignore[no-untyped-def]
    doc, ex = option_telegram
    (commission,) = items(doc, ex, "options", "mixed commission")
    (concurrence,) = items(doc, ex, "decisions", "concurs in your views")
    assert concurrence.option == commission.key
    assert not items(doc, ex, "options", "your views")


def test_a_formula_rejected_is_the_option_proposed_by_us(extractor) -> None:  # type: ignore[no-untyped-def]
    body = ["He rejected our formula on the demilitarized zone."]
    doc, ex = extract(extractor, BUNKER, "Washington, October 3, 1972.", body, "")
    assert [o.proposed_by for o in items(doc, ex, "options", "our formula on the demilitarized zone")] == [
        "kissinger"
    ]


@pytest.fixture(scope="module")
def instruction_classes(extractor):  # type: ignore[no-untyped-def]
    return extract(extractor, POINDEXTER, "Washington, May 3, 1927—6 p.m.", INSTRUCTION_CLASSES, "Kellogg")


@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ("to deliver the note to the Swiss Minister", "do"),
        ("to deliver the enclosed letter", "do"),
        ("you proceed to Arica", "do"),
        ("directing you to protest", "do"),
        ("You may assure the Foreign Minister", "do"),
    ],
)
def test_an_instruction_past_interposed_words(instruction_classes, words: str, polarity: str) -> None:  # type: ignore[no-untyped-def]
    doc, ex = instruction_classes
    (found,) = items(doc, ex, "instructions", words)
    assert found.polarity == polarity and found.addressees == ("poindexter",)


def test_a_wish_of_the_president_is_his_instruction(instruction_classes) -> None:  # type: ignore[no-untyped-def]
    doc, ex = instruction_classes
    (found,) = items(doc, ex, "instructions", "you proceed to Arica")
    assert found.issuer != "kellogg" and "president" in found.issuer


def test_an_interposed_inverted_condition_governs_the_instruction(instruction_classes) -> None:  # type: ignore[no-untyped-def]
    doc, ex = instruction_classes
    (condition,) = items(doc, ex, "conditions", "should the Foreign Office")
    (governed,) = items(doc, ex, "instructions", "to deliver the note")
    assert condition.governs == governed.key


def test_if_only_is_no_condition(instruction_classes) -> None:  # type: ignore[no-untyped-def]
    doc, ex = instruction_classes
    assert not items(doc, ex, "conditions", "If only")


def test_a_commission_named_by_a_common_noun_is_an_actor(instruction_classes) -> None:  # type: ignore[no-untyped-def]
    _, ex = instruction_classes
    assert any(a.name == "boundary commission" and a.kind == "Organization" for a in ex.actors)


# -- roles (xroles): who is told ------------------------------------------------
def test_a_pronoun_told_in_a_report_is_the_reporter(extractor) -> None:  # type: ignore[no-untyped-def]
    body = ["Dobrynin told me that Moscow had instructed him to press for an early date."]
    doc, ex = extract(extractor, BUNKER, "Washington, October 3, 1972.", body, "")
    (found,) = items(doc, ex, "instructions", "press for an early date")
    assert found.addressees == ("dobrynin",)
