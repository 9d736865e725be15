"""The thirty-first round's constructions, each with what it must leave alone.

A verb the parser hung as a complement on a later clause ("..., intends to sign the convention (please regard
the foregoing as confidential)") still has the clause before it as its subject ("stance_verb"). An object
denied by its determiner ("approved no such plan", "can accept no such proposal") refuses the course, as a
negated verb does ("stance_verb"). "Would be gratified if X would V" asks X, as "would be glad if" does
("third_party_polite_if"), and its "if" is no condition. A stance the editor's note reports of a named party
("the French Government had rejected the British proposal") is a decision of that party (through the
model)."""

from __future__ import annotations

from typing import Any

from kg.documents import parse_text
from kg.extract import Extractor
from kg.extract.context import modals_of, subject_of
from kg.extract.directives import find_directives
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, repaired, stances, word
from .helpers import construction, quote

BELGIUM = {"Government": ("belgium", "Government")}
PARENTHESIS = (
    "2. The Belgian Government is nevertheless intensely interested in pursuing the matter, intends to sign "
    "the convention (please regard the foregoing as confidential)."
)


def test_a_second_verb_hung_on_a_later_clause_has_the_first_clauses_subject() -> None:
    (found,) = stances(PARENTHESIS, "stance_verb", "intends", BELGIUM)
    assert (found.stance, found.actor, found.target.text) == ("approve", "belgium", "sign")


def test_an_object_denied_by_its_determiner_refuses_the_course() -> None:
    government = {"Government": ("government", "Government")}
    (found,) = stances("The Government approved no such plan.", "stance_verb", "approved", government)
    assert (found.stance, found.actor, found.target.text) == ("reject", "government", "plan")
    (refused,) = stances("We can accept no such proposal.", "stance_verb", "accept")
    assert (refused.stance, refused.target.text) == ("reject", "proposal")


def test_an_ability_with_nothing_denied_takes_no_stance() -> None:
    assert stances("We can accept the proposal.", "stance_verb", "accept") == []


def test_a_denied_doer_still_refuses() -> None:
    officer = {"officer": ("officer", "Person")}
    (found,) = stances("No officer accepted the post.", "stance_verb", "accepted", officer)
    assert (found.stance, found.target.text) == ("reject", "post")


def test_gratified_if_another_would_act_asks_that_party(extractor: Extractor) -> None:
    body = (
        "The President would be gratified if General Harts would arrange the transport. "
        "If General Harts arrives, you may leave."
    )
    doc, ex = construction(extractor, body)
    assert [quote(doc, c) for c in ex.conditions] == ["If General Harts arrives"]
    asked = [i for i in ex.instructions if quote(doc, i).startswith("The President would be gratified")]
    assert len(asked) == 1 and "harts" in asked[0].addressees[0]


NOTED = """1. The Secretary of State to the Ambassador in France (Herrick)

Washington, March 3, 1925.

The Department has received your telegram of March 1 on the decree.2

Kellogg

  1. Source: Department of State, Central Files, 711.00/1. Confidential. Approved by Kellogg.
  2. In telegram 45 from Paris the Ambassador reported that the French Government had rejected the British \
proposal for a conference.
"""


def test_a_stance_an_editors_note_reports_of_a_named_party_is_its_decision(extractor: Extractor) -> None:
    doc = parse_text(NOTED, doc_id="t", source="t.txt")
    ex = extractor.extract(doc)
    options = {o.key: quote(doc, o) for o in ex.options}
    found = [(d.actor, d.stance, options[d.option]) for d in ex.decisions]
    assert ("france", "reject", "the British proposal for a conference") in found


def test_the_source_notes_clearance_lines_are_no_decisions(extractor: Extractor) -> None:
    doc = parse_text(NOTED, doc_id="t", source="t.txt")
    ex = extractor.extract(doc)
    assert not any("Approved by Kellogg" in quote(doc, d) for d in ex.decisions)


ENVOY = """134. The Ambassador in Italy (Garrett) to the Secretary of State

Rome, October 26, 1930—11 a.m.

{}I have been told by the British Ambassador that he received instructions to represent to the Italian \
Government the interest of Great Britain in a naval accord. The Ambassador added that his Government was \
reluctant to take this step.

Garrett
"""


def _mentioned_as(doc: Any, ex: Any, words: str, after: str = "") -> str | None:
    """The actor the mention that ends ``words`` (met before ``after``) stands for."""
    at = doc.text.index(words + after) + len(words) - 1
    return next((a.key for a in ex.actors if any(m.start <= at < m.end for m in a.mentions)), None)


def test_a_bare_title_after_an_envoy_named_by_his_people_is_that_envoy(extractor: Extractor) -> None:
    doc = parse_text(ENVOY.format(""), doc_id="t", source="t.txt")
    ex = extractor.extract(doc)
    british = _mentioned_as(doc, ex, "the British Ambassador")
    assert british is not None and _mentioned_as(doc, ex, "The Ambassador", " added") == british


def test_a_bare_title_where_an_office_of_that_title_is_named_is_no_envoy(extractor: Extractor) -> None:
    office = "The Ambassador of Spain called this morning. "
    doc = parse_text(ENVOY.format(office), doc_id="t", source="t.txt")
    ex = extractor.extract(doc)
    british = _mentioned_as(doc, ex, "the British Ambassador")
    assert british is not None and _mentioned_as(doc, ex, "The Ambassador", " added") != british


def test_a_cables_opening_request_read_as_a_noun_is_the_verb_of_its_clause() -> None:
    ctx, _ = repaired("For Amman: Request you indicate whether the data represent the list.")
    request, indicate = word(ctx, "Request"), word(ctx, "indicate")
    assert (request.pos_, indicate.dep_, indicate.head.i) == ("VERB", "ccomp", request.i)


def test_a_request_with_its_article_keeps_its_relative_clause() -> None:
    ctx, _ = repaired("The request you made yesterday.")
    assert (word(ctx, "request").pos_, word(ctx, "made").dep_) == ("NOUN", "relcl")


DEPARTMENT = {"Department": ("department", "Government")}
NO_GROUNDS = (
    "The Department does not believe that there are grounds for representations but desires you to cable "
    "your views."
)
DISFAVOR = (
    "The Department would look with disfavor upon the change and desires you to use your best endeavors to "
    "obtain a continuance of the practice."
)


def test_a_verb_coordinated_with_a_clause_of_there_is_continues_the_tensed_main_clause() -> None:
    ctx, voice = built(NO_GROUNDS, DEPARTMENT)
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "cable"), voice)
    assert directive is not None and directive.issuer == "department"


def test_a_tensed_verb_shares_no_modal_of_the_verb_it_is_coordinated_with() -> None:
    ctx, voice = built(DISFAVOR, DEPARTMENT)
    assert modals_of(word(ctx, "desires")) == frozenset()
    directive = get("instructions", "reported_directive").func(ctx, word(ctx, "use"), voice)
    assert directive is not None and directive.issuer == "department"


def test_a_bare_verb_shares_the_modal_of_the_verb_it_is_coordinated_with() -> None:
    ctx, _ = built("We would look into the matter and report to you.")
    assert modals_of(word(ctx, "report")) == frozenset({"would"})


ENVOYS = {"Ambassador": ("british-ambassador", "Person"), "Britain": ("great-britain", "Government")}
TENDER = (
    "The British Ambassador received instructions this morning to tender the good offices of Great Britain."
)


def test_instructions_an_envoy_received_are_his_governments_to_him() -> None:
    ctx, voice = built(TENDER, ENVOYS)
    directive = get("instructions", "held_instructions").func(ctx, word(ctx, "tender"), voice)
    assert directive is not None
    assert (directive.addressee, directive.issuer) == ("british-ambassador", "great-britain")


def test_instructions_received_from_a_named_party_are_that_partys() -> None:
    ctx, voice = built("I have received instructions from the Department to protest the seizure.", DEPARTMENT)
    directive = get("instructions", "held_instructions").func(ctx, word(ctx, "protest"), voice)
    assert directive is not None and (directive.addressee, directive.issuer) == (SPEAKER, "department")


def test_a_thing_received_to_pass_on_is_no_instruction() -> None:
    ctx, voice = built("The British Ambassador received a letter to forward to the Minister.", ENVOYS)
    assert get("instructions", "held_instructions").func(ctx, word(ctx, "forward"), voice) is None


def test_a_cited_telegrams_number_run_into_the_sentence_is_no_subject() -> None:
    ctx, voice = built("Your 89, December 21, 8 p.m. Please inform the Ambassador that we agree.")
    inform = word(ctx, "inform")
    assert subject_of(inform) is None
    directive = get("instructions", "please").func(ctx, inform, voice)
    assert directive is not None and directive.addressee == ADDRESSEE


BRAZIL = {"Brazil": ("brazil", "Government")}


def test_a_course_that_would_seem_advisable_for_a_party_is_advised_to_it() -> None:
    ctx, voice = built("It would seem advisable for Brazil to send delegates to Paris.", BRAZIL)
    directive = get("instructions", "necessary_for").func(ctx, word(ctx, "send"), voice)
    assert directive is not None and directive.addressee == "brazil"


def test_what_would_be_necessary_for_a_party_assesses_a_case() -> None:
    ctx, voice = built("It would be necessary for Brazil to send delegates to Paris.", BRAZIL)
    assert get("instructions", "necessary_for").func(ctx, word(ctx, "send"), voice) is None


def _condition(sentence: str) -> Any:
    ctx, _ = built(sentence)
    return get("conditions", "conditional_conjunction").func(ctx, word(ctx, "if"))


def test_if_after_a_predicate_of_uncertainty_asks_whether() -> None:
    assert _condition("It is very doubtful if the revisions can be made by the powers.") is None
    assert _condition("I am not sure if he will accept.") is None


def test_if_after_a_predicate_said_of_a_thing_conditions_it() -> None:
    assert _condition("The plan is doubtful if the Minister refuses.") is not None


def _thing_requested(sentence: str) -> Any:
    ctx, voice = repaired(sentence)
    return get("instructions", "requested_thing").func(ctx, word(ctx, "requests"), voice)


def test_a_paper_the_writer_encloses_asks_in_the_writers_name() -> None:
    directive = _thing_requested("The attached NSSM requests a basic study of U.S. policy.")
    assert directive is not None and directive.issuer == SPEAKER


def test_a_paper_not_enclosed_names_no_one_who_asks() -> None:
    assert _thing_requested("The NSSM requests a basic study of U.S. policy.") is None


def test_a_study_memorandum_is_no_party_and_its_approval_a_decision(extractor: Extractor) -> None:
    doc, ex = construction(extractor, "Kissinger recommended that the President approve the NSSM.")
    assert not any("NSSM" in alias for a in ex.actors for alias in a.aliases)
    found = [(d.actor, d.stance) for d in ex.decisions if "NSSM" in quote(doc, d)]
    assert found == [("kissinger", "approve")]


COMMITTEE = {"Committee": ("committee", "Organization")}
BY_COMMITTEE = "Every effort should be made by the Committee to induce the rebels to produce the list."


def test_every_effort_to_be_made_by_a_named_agent_directs_the_agent() -> None:
    ctx, voice = built(BY_COMMITTEE, COMMITTEE)
    directive = get("instructions", "third_party_modal").func(ctx, word(ctx, "made"), voice)
    assert directive is not None and directive.addressee == "committee"


def test_every_effort_to_be_made_by_no_one_named_is_an_impersonal_rule() -> None:
    ctx, voice = built("Every effort should be made to induce the rebels to produce the list.", COMMITTEE)
    assert get("instructions", "third_party_modal").func(ctx, word(ctx, "made"), voice) is None


def _directed_stances(sentence: str, verb: str) -> list[Any]:
    ctx, voice = built(sentence)
    find_directives(ctx)
    return get("decisions", "directed_stance").func(ctx, word(ctx, verb), voice)  # type: ignore[no-any-return]


def test_told_to_submit_advice_one_is_asked_for_it_and_offers_no_course() -> None:
    assert _directed_stances("You should submit your recommendations to the President.", "submit") == []


def test_told_to_offer_a_course_the_issuer_approves_it() -> None:
    (found,) = _directed_stances("You may offer a reduction of the duty on coffee.", "offer")
    assert (found.stance, found.actor, found.target.text) == ("approve", SPEAKER, "reduction")


DECIDED = """7. National Security Decision Memorandum 48

The Secretary of State

The Secretary of Defense

SUBJECT

U.S. Programs in Korea

The President has decided:

— ROK air and naval forces will be strengthened.

— U.S. economic assistance to Korea will be maintained.2

I understand that the comments on the summary will be available shortly.3

  1. Source: National Archives, RG 59, S/S Files. Secret.
  2. Document 2.
  3. No record of an additional NSC meeting on Korea in 1969 was found.
"""


def test_an_editors_note_below_a_decided_list_is_no_item_of_it(extractor: Extractor) -> None:
    doc = parse_text(DECIDED, doc_id="t", source="t.txt")
    ex = extractor.extract(doc)
    decided = [quote(doc, d) for d in ex.decisions if d.rule == "decided_paragraph"]
    assert any("strengthened" in q for q in decided)
    assert not any("No record" in q for q in decided)


def test_information_that_will_be_most_appreciated_is_asked_of_the_addressee() -> None:
    ctx, voice = built("Any information you can give me will be most appreciated.")
    directive = get("instructions", "appreciated_answer").func(ctx, word(ctx, "be"), voice)
    assert directive is not None and (directive.addressee, directive.issuer) == (ADDRESSEE, SPEAKER)


def test_information_that_was_appreciated_asks_nothing() -> None:
    ctx, voice = built("His information was appreciated.")
    assert get("instructions", "appreciated_answer").func(ctx, word(ctx, "appreciated"), voice) is None
