"""The twenty-ninth round's constructions, each with what it must leave alone.

Decision memoranda: each paragraph under a lead that approves, authorizes or decides without an object
("has decided, in principle, that we should:") is the lead subject's decision, not an order
("approved_paragraph", "imperative"); the President's order of a review, or what he directs be done,
is relayed to the memorandum's addressees ("requested_thing", "reported_directive"), and "The study
should examine ..." tells them what to make of it ("third_party_modal"). Requests: telegraphese's "Request
you make ..." misread as a noun ("misread_recommendation"), "Urgent reply requested" ("requested_reply"),
"Should be glad to have your comments" ("glad_to_receive"); "Shall I ...?", "Are we correct ...?" and
"What can I tell him?" ("question"); advice in the mandative subjunctive ("wish_noun_that"); telling
someone that he should act, and asking that a party "do what it can" ("reported_directive"). Stances:
"cannot afford to V" ("refused_participation"); assent under compulsion ("bare_assent"). Readings: an
indefinite mention is a new course; a program is no actor; an adjective closing "find X ..." is the small
clause's predicate (parse repair); a conjunct with a modal of prediction its directed verb lacks is not
directed ("coordinated"); a numbered label in parentheses after a relative clause names the option ("our
minimum position which you approved (option 1)" is Option I); a greeting accepted and a paper submitted by a
date are no course ("stance_verb", "directed_stance")."""

from __future__ import annotations

from kg.extract.context import char_span
from kg.extract.decision_guards import unstated
from kg.extract.merging import merge_mentions
from kg.extract.model import Option
from kg.extract.option_phrases import noun_phrase, option_label
from kg.extract.parse_repairs import repair_parse
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, instructions_by_verb, stances, word

ACTORS = {"President": ("nixon", "Person"), "Kissinger": ("kissinger", "Person")}
AUTHORIZED = (
    "The President authorizes:\n\n— A military assistance program totaling $1.5 billion in new funds.\n\n"
    "— The annual review of the plans.\n\n— Henry A. Kissinger"
)
ITEM = "— A military assistance program totaling $1.5 billion in new funds."


def test_each_noun_phrase_under_an_authorizing_lead_is_the_lead_subjects_approval() -> None:
    for at in ["program", "review"]:
        (found,) = stances(AUTHORIZED, "approved_paragraph", at, ACTORS)
        assert (found.stance, found.actor, found.listed) == ("approve", "nixon", True)


def test_a_name_under_the_list_is_no_item() -> None:
    assert stances(AUTHORIZED, "approved_paragraph", "Kissinger", ACTORS) == []


def test_a_lead_that_approves_nothing_or_names_its_object_has_no_items() -> None:
    for lead in ["The President has noted:", "The President approves the plan:"]:
        assert stances(f"{lead}\n\n{ITEM}", "approved_paragraph", "program", ACTORS) == []


def _merged(sentence: str, spans: list[tuple[int, int]]) -> int:
    ctx, _ = built(sentence)
    options = [Option(span=char_span(ctx.sdoc, *s), label=str(s)) for s in spans]
    return len(merge_mentions(ctx, options)[0])


def test_an_indefinite_mention_is_a_new_course() -> None:
    sentence = "The President approved the Korea Modernization Program and a program totaling $1.5 billion."
    assert _merged(sentence, [(3, 6), (8, 13)]) == 2


def test_a_definite_mention_is_the_course_named_before() -> None:
    assert _merged("They made an offer and we accepted the offer.", [(2, 3), (7, 8)]) == 1


def _instruction(rule: str, sentence: str, at: str, actors: dict[str, tuple[str, str]]) -> str | None:
    """The addressee the instruction construction ``rule`` reads at ``at``, if it reads one."""
    ctx, voice = built(sentence, actors)
    found = get("instructions", rule).func(ctx, word(ctx, at), voice)
    return found.addressee if found is not None else None


def test_a_telegraphic_request_misread_as_a_noun_asks_the_reader() -> None:
    sentence = "Request you make foregoing points with oil company reps."
    assert _instruction("misread_recommendation", sentence, "make", {}) == ADDRESSEE


def test_asking_that_a_party_do_what_it_can_directs_that_party() -> None:
    sentence = "We are asking that the British Embassy do what it can to help."
    embassy = {"Embassy": ("british-embassy", "Organization")}
    assert _instruction("reported_directive", sentence, "do", embassy) == "british-embassy"


def test_a_telegraphic_passive_of_requesting_an_answer_asks_the_reader() -> None:
    assert _instruction("requested_reply", "Urgent reply requested.", "requested", {}) == ADDRESSEE
    minister = {"Minister": ("minister", "Person")}
    assert _instruction("requested_reply", "The Minister requested a reply.", "requested", minister) is None


def test_a_question_on_what_the_writer_is_to_do_asks_the_reader() -> None:
    assert _instruction("question", "Shall I tell him now?", "tell", {}) == ADDRESSEE
    sentence = "Are we correct in assuming that the Government will accept?"
    assert _instruction("question", sentence, "Are", {}) == ADDRESSEE
    assert _instruction("question", "May I say how pleased we are?", "say", {}) is None


STUDY = (
    "The President has directed a review of our policy toward Zenda. The study should examine the courses "
    "open to us."
)


def _study_instructions(title: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    ctx, _ = built(STUDY, {"President": ("nixon", "Person")})
    ctx.title = title
    return {verb: (rule, i.addressees) for verb, (rule, i) in instructions_by_verb(ctx).items()}


def test_a_study_memorandum_relays_the_order_of_a_review_to_its_addressees() -> None:
    found = _study_instructions("National Security Study Memorandum 180")
    assert found == {
        "directed": ("requested_thing", (ADDRESSEE,)),
        "examine": ("third_party_modal", (ADDRESSEE,)),  # "the study" is the review ordered
    }


def test_a_report_of_an_order_of_a_review_names_no_one_to_do_it() -> None:
    found = _study_instructions("Telegram From the Embassy in Zenda to the Department of State")
    assert found["directed"] == ("requested_thing", ())


def test_what_a_party_cannot_afford_to_do_it_rejects() -> None:
    (found,) = stances("We cannot afford to reduce our forces.", "refused_participation", "afford")
    assert (found.stance, found.target.text) == ("reject", "reduce")


def _advice(sentence: str) -> tuple[str | None, str] | None:
    actors = {"Minister": ("minister", "Person"), "Commission": ("commission", "Group")}
    ctx, voice = built(sentence, actors)
    verb = next(t for t in ctx.sdoc if t.lower_ in {"remain", "end", "reconsider"})
    found = get("instructions", "wish_noun_that").func(ctx, verb, voice)
    return (found.issuer, found.addressee) if found is not None else None


def test_advice_in_the_mandative_subjunctive_directs_from_its_maker() -> None:
    assert _advice("It was the Minister's suggestion that I remain in Paris.") == ("minister", SPEAKER)
    made = "The Minister made the suggestion that the Commission reconsider its decision."
    assert _advice(made) == ("minister", "commission")
    assert _advice("It was the Minister's suggestion that the war would end soon.") is None


def _repaired(sentence: str, adjective: str) -> tuple[str, str, list[str]]:
    """The adjective's label and head after repair, and the words it has as subjects."""
    ctx, _ = built(sentence)
    repair_parse(ctx.sdoc)
    tok = word(ctx, adjective)
    return tok.dep_, tok.head.text, [c.text for c in tok.children if c.dep_ == "nsubj"]


def test_an_adjective_closing_a_small_clause_is_its_predicate() -> None:
    found = _repaired("We find the terms of the draft acceptable.", "acceptable")
    assert found == ("ccomp", "find", ["terms"])
    inconvenient = _repaired("I would find the proposed date personally inconvenient.", "inconvenient")
    assert inconvenient == ("ccomp", "find", ["date"])


def test_an_adjective_inside_the_object_before_more_words_stays() -> None:
    sentence = "We find the terms of the draft acceptable, and we will sign."
    assert _repaired(sentence, "acceptable")[:2] != ("ccomp", "find")


def test_assent_under_compulsion_is_a_bare_assent_to_the_course_proposed() -> None:
    proposed = "The Minister proposed a joint commission."
    assents = [
        ("We were compelled to agree.", "agree"),
        ("We felt obliged to acquiesce at once.", "acquiesce"),
    ]
    for sentence, at in assents:
        (found,) = stances(f"{proposed} {sentence}", "bare_assent", at)
        assert (found.stance, found.actor, found.target.text) == ("approve", SPEAKER, "commission")
    assert stances(f"{proposed} We wanted to agree.", "bare_assent", "agree") == []


def test_a_decision_memorandum_relays_what_is_directed_be_done_to_its_addressees() -> None:
    sentence = "The President directs that a Korea memorandum be developed."
    actors = {"President": ("nixon", "Person"), "Korea": ("korea", "Government")}
    papers = [("National Security Decision Memorandum 129", ADDRESSEE), ("Minutes of a Meeting", None)]
    for title, told in papers:
        ctx, voice = built(sentence, actors)
        ctx.title = title
        found = get("instructions", "reported_directive").func(ctx, word(ctx, "developed"), voice)
        assert found is not None and (found.issuer, found.addressee) == ("nixon", told)


def test_asking_the_reader_what_to_say_is_a_request_for_direction() -> None:
    assert _instruction("question", "What can I tell him?", "tell", {}) == ADDRESSEE
    assert _instruction("question", "What can we do?", "do", {}) is None  # rhetorical more often than not


def test_a_telegraphic_gladness_to_have_an_answer_asks_for_it() -> None:
    assert _instruction("glad_to_receive", "Should be glad to have your comments.", "have", {}) == ADDRESSEE


def test_telling_someone_that_he_should_act_directs_him() -> None:
    minister = {"Minister": ("minister", "Person")}
    told = "I told the Minister that he should withdraw the note."
    assert _instruction("reported_directive", told, "withdraw", minister) == "minister"
    reported = "I told the Minister that the war must end."
    assert _instruction("reported_directive", reported, "end", minister) is None


def test_a_conjunct_with_its_own_modal_of_prediction_is_not_directed() -> None:
    president = {"President": ("nixon", "Person")}
    lead = "The President has directed that:\n\n— Future decisions on withdrawals be based on the three"
    ctx, _ = built(f"{lead} criteria and will be made on an incremental basis.", president)
    assert set(instructions_by_verb(ctx)) == {"based"}
    ctx, _ = built("You will study this entire situation and will report to us promptly.")
    assert set(instructions_by_verb(ctx)) == {"study", "report"}


SHOULD = "The President has decided, in principle, that we should:\n\n"
ITEMS = "— Remove the restraints on foreign subsidiaries.\n\n— Modify the regulations on trade."
NIXON = {"President": ("nixon", "Person")}


def test_each_item_under_decided_that_we_should_is_decided_not_ordered() -> None:
    for at in ["Remove", "Modify"]:
        (found,) = stances(SHOULD + ITEMS, "approved_paragraph", at, NIXON)
        assert (found.stance, found.actor) == ("approve", "nixon")
        assert _instruction("imperative", SHOULD + ITEMS, at, NIXON) is None
    alone = "Remove the restraints on foreign subsidiaries."
    assert _instruction("imperative", alone, "Remove", {}) == ADDRESSEE


def test_the_lead_of_another_list_ends_a_decided_list() -> None:
    other = "He has directed the preparation of the following documents, to be submitted by July 7.\n\n"
    text = f"{SHOULD}— Remove the restraints on foreign subsidiaries.\n\n{other}— A press scenario."
    assert stances(text, "approved_paragraph", "scenario", NIXON) == []


def test_a_numbered_label_after_a_relative_clause_names_the_option() -> None:
    ctx, _ = built("I will push for our minimum position which you approved (option 1).")
    position = word(ctx, "position")
    assert option_label(ctx.sdoc, position, *noun_phrase(position)) == "Option I (minimum position)"


def test_a_greeting_accepted_or_a_paper_submitted_is_no_decision() -> None:
    congratulations = "Please accept my congratulations on your appointment as Premier."
    assert _decided(congratulations, "stance_verb", "accept") == []
    submitted = "The study should be submitted to the President by February 20."
    assert _decided(submitted, "directed_stance", "submitted") == []
    (proposal,) = _decided("You may submit the proposal to the Minister.", "directed_stance", "submit")
    assert proposal.stance == "approve"


def _decided(sentence: str, rule: str, at: str) -> list[object]:
    """The stances ``rule`` reads at ``at`` that the finder keeps (not unstated)."""
    ctx, voice = built(sentence)
    instructions_by_verb(ctx)  # the directives a directed stance reads
    found = get("decisions", rule).func(ctx, word(ctx, at), voice)
    return [s for s in found if not unstated(ctx, rule, s, voice)]
