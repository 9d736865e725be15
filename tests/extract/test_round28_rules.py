"""Each numbered paragraph under a lead "The President has instructed that:" is the lead subject's
instruction to the paragraph's doer ("directed_paragraph"); a definite subject naming again the thing
requested of the reader ("The study should define ...") tells the reader what to make of it, and a
question put for study ("Should a date be set?") directs no one ("third_party_modal"); the speaker's wish
for the reader's answer asks for it ("wanted_answer"); a participle of stance read as an adjective
("absolutely opposed to") is the verb's stance ("stance_verb"); one act on one kind of thing, or a
proposal called "proposed", is the course named before ("same_course"); a course judged "too" much is
rejected ("excessive"); a verb of saying misread as a noun opens a directive with "upon" as with "to"
("opening_misread"); a chain of "he" keeps its man; a root read as a noun with a subject and an infinitive
is a verb; each paragraph under "has decided:" is a decision ("decided_paragraph"); finding it helpful if
you would asks ("polite_if"), as the reader's answer that would be helpful does ("appreciated_answer")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg.extract.context import char_span
from kg.extract.directives import Directive
from kg.extract.merging import merge_mentions
from kg.extract.model import Option
from kg.extract.option_phrases import noun_phrase
from kg.extract.parse_repairs import repair_parse
from kg.extract.registry import get

from .built import ADDRESSEE, built, instructions_by_verb, stances, word

INSTRUCTED = (
    "The President has instructed that:\n\n1. Ambassador Tasca tell the Foreign Minister that the aid will "
    "resume.\n\n2. The Committee assure the execution of this policy."
)
ACTORS = {"President": ("nixon", "Person"), "Tasca": ("tasca", "Person"), "Committee": ("committee", "Group")}


Actors = dict[str, tuple[str, str]]


def _read(rule: str, text: str, at: str, actors: Actors | None = None) -> Directive | None:
    """What the instruction construction ``rule`` reads at the word ``at`` of ``text``."""
    ctx, voice = built(text, actors)
    found: Directive | None = get("instructions", rule).func(ctx, word(ctx, at), voice)
    return found


def _paragraph(text: str, at: str) -> Directive | None:
    return _read("directed_paragraph", text, at, ACTORS)


def test_each_numbered_paragraph_under_a_directing_lead_instructs_its_doer() -> None:
    for at, doer in [("tell", "tasca"), ("assure", "committee")]:
        found = _paragraph(INSTRUCTED, at)
        assert found is not None and (found.issuer, found.addressee) == ("nixon", doer)


def test_a_statement_under_a_lead_that_directs_nothing_is_no_instruction() -> None:
    noted = "The President has noted that:\n\n1. Ambassador Tasca told the Foreign Minister that the aid "
    noted += "will resume."
    assert _paragraph(noted, "told") is None


def test_the_thing_requested_named_again_with_should_tells_the_reader() -> None:
    text = "The President has requested a study of the aid program. The study should define our objectives."
    ctx, _ = built(text, ACTORS)
    rule, instruction = instructions_by_verb(ctx)["define"]
    assert rule == "third_party_modal" and ADDRESSEE in instruction.addressees


def test_a_thing_no_one_was_asked_for_is_told_nothing() -> None:
    assert _read("third_party_modal", "The report should define our objectives.", "define") is None


def test_a_question_put_for_study_directs_no_one() -> None:
    assert _read("third_party_modal", "Should a termination date be set for the aid?", "set") is None


def test_the_speakers_wish_for_an_answer_asks_the_reader() -> None:
    for sentence, at in [
        ("I should like to have your opinion on the distribution of personnel.", "like"),
        ("We need your views by Friday.", "need"),
    ]:
        found = _read("wanted_answer", sentence, at)
        assert found is not None and found.addressee == ADDRESSEE


def test_views_liked_or_a_thing_needed_asks_for_no_answer() -> None:
    for sentence, at in [("I like your views.", "like"), ("We need more time.", "need")]:
        assert _read("wanted_answer", sentence, at) is None


def test_a_stance_participle_read_as_an_adjective_is_the_verbs_stance() -> None:
    actors = {"Government": ("britain", "Government")}
    sentence = "The Government is absolutely opposed to the joint guaranty."
    found = stances(sentence, "stance_verb", "opposed", actors)
    assert [(s.stance, s.actor, s.target.text) for s in found] == [("reject", "britain", "guaranty")]


def test_an_adjective_of_no_stance_verb_takes_none() -> None:
    actors = {"Government": ("britain", "Government")}
    sentence = "The Government is absolutely content with the joint guaranty."
    assert stances(sentence, "stance_verb", "content", actors) == []


def _courses(sentence: str, head: str, phrase: Callable[[Token], tuple[int, int]]) -> int:
    """How many options the mentions of ``head`` (each spanning ``phrase``) make once merged."""
    ctx, _ = built(sentence)
    heads = [t for t in ctx.sdoc if t.text == head]
    options = [Option(span=char_span(ctx.sdoc, *phrase(t)), label=str(t.i)) for t in heads]
    kept, _ = merge_mentions(ctx, options)
    return len(kept)


def _act(verb: Token) -> tuple[int, int]:
    return verb.i, verb.i + 2


def test_one_act_on_one_kind_of_thing_is_one_course() -> None:
    text = "We decided to resume arms shipments to Greece and to resume military shipments soon."
    assert _courses(text, "resume", _act) == 1


def test_one_act_on_two_kinds_of_thing_is_two_courses() -> None:
    text = "We decided to grant a loan, and we will announce the decision to grant an increase."
    assert _courses(text, "grant", _act) == 2


def test_a_proposal_called_proposed_is_the_one_named_before() -> None:
    text = "They discussed the naval security plan and we accept the proposed security plan."
    assert _courses(text, "plan", noun_phrase) == 1


def test_resisting_rejects_and_sticking_to_approves() -> None:
    for sentence, at, name, stance in [
        ("Israel has resisted this proposal.", "resisted", "Israel", "reject"),
        ("Gromyko stuck to the Soviet position.", "stuck", "Gromyko", "approve"),
    ]:
        found = stances(sentence, "stance_verb", at, {name: (name.lower(), "Government")})
        assert [(s.stance, s.actor) for s in found] == [(stance, name.lower())]



def test_a_course_judged_too_much_is_rejected_by_its_judge() -> None:
    actors = {"Minister": ("minister", "Person")}
    found = stances("The Minister said the proposal was too vague.", "excessive", "too", actors)
    assert [(s.stance, s.actor, s.target.text) for s in found] == [("reject", "minister", "proposal")]


def test_too_weak_to_act_judges_no_course() -> None:
    assert stances("He is too weak to resist.", "excessive", "too") == []


def test_an_opening_verb_misread_as_a_noun_directs_whom_it_is_urged_upon() -> None:
    found = _read("opening_misread", "Impress upon Thieu the need for restraint.", "Impress")
    assert found is not None and found.addressee == ADDRESSEE


def test_a_chain_of_he_keeps_its_man_past_the_sentences_a_name_reaches() -> None:
    text = (
        "Ambassador Anderson is authorized to inform them. If the formula fails, he may offer the draft. "
        "The delegations met at length on Monday. In addition, he should seek a guarantee."
    )
    ctx, voice = built(text, {"Anderson": ("anderson", "Person")})
    last = [t for t in ctx.sdoc if t.lower_ == "he"][-1]
    assert ctx.refers(last, voice) == "anderson"


def test_a_root_read_as_a_noun_with_a_subject_and_an_infinitive_is_a_verb() -> None:
    ctx, _ = built("Ambassador Tasca attempt to develop a relationship with the leaders.")
    repair_parse(ctx.sdoc)
    attempt, develop = word(ctx, "attempt"), word(ctx, "develop")
    assert (attempt.pos_, attempt.tag_, develop.dep_) == ("VERB", "VBP", "xcomp")


def test_a_noun_that_is_a_subject_stays_a_noun() -> None:
    ctx, _ = built("The Tasca attempt to develop a relationship failed.")
    repair_parse(ctx.sdoc)
    assert word(ctx, "attempt").pos_ == "NOUN" and word(ctx, "develop").dep_ == "acl"


DECIDED = (
    "The President has decided:\n\n— Air defense should be emphasized in modernizing the forces.\n\n"
    "— The aid should not be reduced."
)


def test_each_paragraph_under_a_deciding_lead_is_the_lead_subjects_decision() -> None:
    actors = {"President": ("nixon", "Person")}
    (approved,) = stances(DECIDED, "decided_paragraph", "emphasized", actors)
    (rejected,) = stances(DECIDED, "decided_paragraph", "reduced", actors)
    assert (approved.stance, approved.actor) == ("approve", "nixon")
    assert (rejected.stance, rejected.actor) == ("reject", "nixon")


def test_a_paragraph_under_a_lead_that_decides_nothing_is_no_decision() -> None:
    noted = "The President has noted:\n\n— Air defense should be emphasized in modernizing the forces."
    assert stances(noted, "decided_paragraph", "emphasized", {"President": ("nixon", "Person")}) == []


def test_a_request_put_as_finding_it_helpful_if_you_would_asks_the_reader() -> None:
    found = _read("polite_if", "We should find it very helpful if you would let us have your views.", "let")
    assert found is not None and found.addressee == ADDRESSEE


def test_the_readers_answer_that_would_be_helpful_is_asked_for() -> None:
    found = _read("appreciated_answer", "Your criticisms would be helpful.", "be")
    assert found is not None and found.addressee == ADDRESSEE
    assert _read("appreciated_answer", "The treaty would be helpful.", "be") is None
