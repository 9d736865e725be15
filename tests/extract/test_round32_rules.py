"""The thirty-second round's constructions, each with what it must leave alone.

Eagerness or interest to learn ("We are anxious to learn what ...", "The Department is interested to
learn the basis of ...") asks the one who can answer ("wish_to_know", "glad_to_receive"); surprise at
what one learned asks nothing. A lead that makes "the following decisions", its colon with a note's
number printed against it, decides the paragraphs under it ("decided_paragraph"); an item still "under
consideration" is none. A wish to know or learn a party's views or attitude asks for them, as a wish to
know whether does ("wish_to_know"); a wish to learn lessons asks no one, and a gladness felt in the past
asks nothing. Instructions "which I have received from X" are X's ("instructed_act", also after "in
pursuance of"). A noun with "to" as its auxiliary is a verb ("is authorized to table as a formal proposal
...", a parse repair). The bare head noun of the recipient's name in lower case ("the delegation", in a
telegram to the Delegation to the Strategic Arms Limitation Talks) is that party (actors, "office"). A
subject the parser hung on a participle set off by commas ("The two Governments, being desirous to ...,
have agreed") is the subject of the verb that has none ("stance_verb" then reads it), and the
participle's "desirous" is a motive, no stance ("evaluation"). A subjunctive "be" with a participle the
tagger read as an adjective ("directed that a study be prepared") is a passive (a parse repair); "would
be pleased" keeps its adjective. A report that directs no one ("directed that the Group perform this
study and that the Secretary of the Treasury designate a representative") tells each coordinated that-
clause's subject ("coordinated_that"), the second clause's verb read as a noun being a verb (a parse
repair). "The paper" names again the paper whose preparation was directed ("third_party_modal"). "The
Secretary of the Treasury" is an office of its own, not the Secretary of State (actors, "office"). A
pronoun subject with no party of its kind as subject in reach takes the party of the subject pronoun
before it ("He discussed ... He is not willing ...": the President named as subject before, not Nansen
named last in passing). A study or an answer someone is directed to make ("The study should be submitted
by January 15") is no course on the table ("impersonal_rule"); "The treaty should be ratified" stays a
rule put forward. Saying what one thinks ("proposed to express an opinion on the treaty") is the conduct
of correspondence, no course ("proposal_clause"); "proposed to sign the treaty" is one. A proposal noun
with a modifier of variety, of any instance or of habit and nothing after it that tells which ("the usual
course", "a given plan") names no course ("proposal_noun"); "various arrangements for the administration
of the Reservation" does. The "by" after a noun of what a paper is sent for ("submitted for consideration
by the Review Group") names who considers it, not the passive's agent (a parse repair), and a passive
coordinated with one that names its agent shares it ("third_party_modal": the Group is to prepare the
study and submit it). "Director" is a person's title ("the Director of Central Intelligence" is that
office, not "Central Intelligence"); the title after another's "to" whose office goes on ("Assistant to
the President for National Security Affairs") is part of that office, but "special assistant to the
Brazilian Ambassador" names the Ambassador (actors, "office", "named_entity")."""

from __future__ import annotations

from kg.documents import parse_text
from kg.extract import Extractor
from kg.extract.directives import find_directives
from kg.extract.parse_repairs import repair_parse
from kg.extract.preambles import ROUTED_TO
from kg.extract.pronouns import party
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, courses, instructions_by_verb, repaired, word
from .helpers import construction, quote

DEPARTMENT = {"Department": ("department", "Government")}


def test_eagerness_to_learn_what_is_so_asks_the_addressee() -> None:
    ctx, voice = built("We are anxious to learn what the Foreign Office intends.")
    directive = get("instructions", "wish_to_know").func(ctx, word(ctx, "learn"), voice)
    assert directive is not None and (directive.addressee, directive.issuer) == (ADDRESSEE, SPEAKER)


def test_interest_to_learn_a_thing_asks_for_it() -> None:
    ctx, voice = built("The Department is interested to learn the basis of the new policy.", DEPARTMENT)
    directive = get("instructions", "glad_to_receive").func(ctx, word(ctx, "learn"), voice)
    assert directive is not None and (directive.addressee, directive.issuer) == (ADDRESSEE, "department")


def test_surprise_at_what_one_learned_asks_nothing() -> None:
    ctx, voice = built("We were surprised to learn the basis of the new policy.")
    assert get("instructions", "glad_to_receive").func(ctx, word(ctx, "learn"), voice) is None


MADE = """357. National Security Decision Memorandum 155

The Secretary of State

The Secretary of Commerce

Relaxation of Restrictions on Trade

The President has considered the report of the Committee. He has made the following decisions:3

The Secretary of Commerce should transfer the country from Country Group Z to Country Group Y.

Additional recommendations contained in the report are under consideration.

Henry A. Kissinger

  1. Source: National Archives, RG 59, S/S Files. Secret.
  2. Document 354.
  3. See Document 356.
"""


def test_the_following_decisions_a_lead_made_are_its_decisions(extractor: Extractor) -> None:
    doc = parse_text(MADE, doc_id="t", source="t.txt")
    ex = extractor.extract(doc)
    decided = [(d.actor, d.stance, quote(doc, d)) for d in ex.decisions if d.rule == "decided_paragraph"]
    assert [(actor, stance) for actor, stance, _ in decided] == [("president", "approve")]
    assert "transfer" in decided[0][2]


PREPARED = "The President has directed that an interagency study be prepared to examine the issues."


def test_a_subjunctive_be_with_a_participle_read_as_an_adjective_is_a_passive() -> None:
    ctx, _ = repaired(PREPARED)
    prepared, study, be = word(ctx, "prepared"), word(ctx, "study"), word(ctx, "be")
    assert (prepared.dep_, prepared.head.text, prepared.tag_) == ("ccomp", "directed", "VBN")
    assert (study.dep_, study.head.i, be.dep_) == ("nsubjpass", prepared.i, "auxpass")


def test_an_adjective_after_a_modal_be_stays_an_adjective() -> None:
    ctx, _ = repaired("He said that the Government would be pleased to see it.")
    assert (word(ctx, "pleased").dep_, word(ctx, "be").dep_) == ("acomp", "ccomp")


GOVERNMENTS = {"Government": ("germany", "Government")}
DESIROUS = (
    "The British Government and the German Government, being desirous to maintain their interests, "
    "have agreed to observe these principles."
)


def test_a_subject_hung_on_a_participle_set_off_is_the_subject_of_the_verb_that_has_none() -> None:
    ctx, voice = repaired(DESIROUS, GOVERNMENTS)
    assert word(ctx, "Government").head.text == "agreed"
    (found,) = get("decisions", "stance_verb").func(ctx, word(ctx, "agreed"), voice)
    assert (found.stance, found.actor, found.target.text) == ("approve", "germany", "observe")
    assert get("decisions", "evaluation").func(ctx, word(ctx, "desirous"), voice) == []


def test_a_participle_with_its_subject_parsed_right_is_left_alone() -> None:
    ctx, _ = repaired("The Governments, being desirous to maintain their interests, agreed.")
    assert (word(ctx, "Governments").head.text, word(ctx, "being").head.text) == ("agreed", "agreed")


PRESIDENT = {"President": ("president", "Person")}


def test_a_wish_to_know_a_partys_views_asks_for_them() -> None:
    ctx, voice = built("The President wishes to know your views on the matter.", PRESIDENT)
    directive = get("instructions", "wish_to_know").func(ctx, word(ctx, "know"), voice)
    assert directive is not None and (directive.addressee, directive.issuer) == (ADDRESSEE, "president")


def test_a_wish_to_learn_lessons_or_a_past_gladness_asks_nothing() -> None:
    for sentence in ("We want to learn the lessons of the war.", "I was glad to learn his views."):
        ctx, voice = built(sentence)
        assert get("instructions", "wish_to_know").func(ctx, word(ctx, "learn"), voice) is None


PURSUANCE = (
    "In pursuance of instructions which I have received from the Minister, I have the honor to communicate "
    "the text."
)


def test_instructions_received_from_a_party_are_that_partys() -> None:
    ctx, voice = built(PURSUANCE, {"Minister": ("minister", "Person")})
    root = next(t for t in ctx.sdoc if t.dep_ == "ROOT")  # the second "have"
    directive = get("instructions", "instructed_act").func(ctx, root, voice)
    assert directive is not None and (directive.addressee, directive.issuer) == (SPEAKER, "minister")


TABLE = "The delegation is authorized to table as a formal proposal the position described in paragraph 9."


def test_a_noun_with_to_as_its_auxiliary_is_a_verb() -> None:
    ctx, _ = built(TABLE)
    assert word(ctx, "table").pos_ == "NOUN"
    repair_parse(ctx.sdoc)
    assert (word(ctx, "table").pos_, word(ctx, "table").tag_) == ("VERB", "VB")


TO_DELEGATION = """256. Telegram From the Department of State to the Delegation to the Strategic Arms Talks

Washington, April 6, 1972.

The delegation should proceed to negotiate limits on radars. The Soviet delegation should be told.

Rogers
"""


def test_the_recipients_head_noun_in_lower_case_is_the_recipient(extractor: Extractor) -> None:
    doc = parse_text(TO_DELEGATION, doc_id="t", source="t.txt")
    ex = extractor.extract(doc)
    recipient = next(a.key for a in ex.actors if a.name.startswith("Delegation to"))
    told = [i.addressees for i in ex.instructions if "negotiate" in quote(doc, i)]
    assert told == [(recipient,)]
    soviet = [a for a in ex.actors if a.key == recipient and any("Soviet" in m for m in a.aliases)]
    assert soviet == []


TWO_CLAUSES = (
    "The President has directed that the Group perform this study and that the Secretary of the Treasury "
    "designate a representative."
)
OFFICES = {
    "President": ("president", "Person"),
    "Group": ("group", "Organization"),
    "Secretary": ("treasury", "Person"),
}


def test_each_coordinated_that_clause_of_a_report_that_tells_no_one_tells_its_subject() -> None:
    ctx, _ = repaired(TWO_CLAUSES, OFFICES)
    found = instructions_by_verb(ctx)
    assert (found["perform"][1].addressees, found["designate"][1].addressees) == (("group",), ("treasury",))
    assert found["designate"][0] == "coordinated_that" and found["designate"][1].issuer == "president"


PAPER = (
    "The President has directed the preparation of a paper on US policy. "
    "The paper should consider alternative US policies."
)


def test_the_paper_whose_preparation_was_directed_is_to_be_made_by_the_addressee() -> None:
    ctx, _ = built(PAPER, {"President": ("president", "Person")})
    rule, instruction = instructions_by_verb(ctx)["consider"]
    assert (rule, instruction.addressees) == ("third_party_modal", (ADDRESSEE,))


def test_the_secretary_of_the_treasury_is_an_office_of_its_own(extractor: Extractor) -> None:
    doc, ex = construction(extractor, "The Secretary of the Treasury should eliminate the requirement.")
    names = {a.key: a.name for a in ex.actors}
    told = [names[k] for i in ex.instructions for k in i.addressees]
    assert told == ["Secretary of the Treasury"]


CHAIN = (
    "The President sent for me to discuss the appointment he has made for Nansen. "
    "I explained the situation to him. He discussed the program with me. "
    "He is not willing to accept the proposal."
)


def test_a_subject_pronoun_takes_the_party_of_the_subject_pronoun_before_it() -> None:
    ctx, voice = built(CHAIN, {"President": ("president", "Person"), "Nansen": ("nansen", "Person")})
    last = [t for t in ctx.sdoc if t.text == "He"][-1]
    assert party(ctx, last, voice) == "president"


def _rules_put_forward(sentence: str, verb: str) -> list[str]:
    ctx, voice = built(sentence)
    find_directives(ctx)
    found = get("options", "impersonal_rule").func(ctx, word(ctx, verb), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_a_study_one_is_directed_to_submit_is_no_course() -> None:
    study = "The study should be submitted to the Review Group by January 15."
    assert _rules_put_forward(study, "submitted") == []


def test_a_treaty_that_should_be_ratified_stays_a_rule_put_forward() -> None:
    assert _rules_put_forward("The treaty should be ratified by January 15.", "ratified") != []


def test_to_express_an_opinion_is_no_course_proposed() -> None:
    assert courses("proposal_clause", "He proposed to express an opinion on the treaty.", "proposed") == []
    assert courses("proposal_clause", "He proposed to sign the treaty.", "proposed") == ["to sign the treaty"]


def test_a_proposal_noun_of_any_kind_with_nothing_that_tells_which_is_no_course() -> None:
    assert courses("proposal_noun", "They followed the usual course.", "course") == []
    described = "They made various arrangements for the administration of the Reservation."
    assert courses("proposal_noun", described, "arrangements") != []


SUBMITTED = (
    "The study should be prepared by the Commission and be submitted for consideration by the Council."
)


def test_the_one_a_paper_is_sent_to_for_consideration_is_no_agent_and_the_agent_before_is_shared() -> None:
    groups = {"Commission": ("commission", "Organization"), "Council": ("council", "Organization")}
    ctx, voice = repaired(SUBMITTED, groups)
    by = [t for t in ctx.sdoc if t.text == "by"][-1]
    assert (by.dep_, by.head.text) == ("prep", "consideration")
    directive = get("instructions", "third_party_modal").func(ctx, word(ctx, "submitted"), voice)
    assert directive is not None and directive.addressee == "commission"


OFFICE_HOLDERS = (
    "The Assistant to the President for National Security Affairs and the Director of Central Intelligence "
    "should review the plan. Mr. Muniz, special assistant to the Brazilian Ambassador, came in."
)


def test_offices_named_with_what_they_serve_are_whole_offices(extractor: Extractor) -> None:
    _, ex = construction(extractor, OFFICE_HOLDERS)
    names = {a.name for a in ex.actors}
    assert {"Director of Central Intelligence", "Brazilian Ambassador"} <= names
    pieces = {"Central Intelligence", "National Security Affairs", "President for National Security Affairs"}
    assert not names & pieces


SPLIT_NOTE = """218. National Security Decision Memorandum 29

The Secretary of State

The Secretary of Commerce

Tariff Preferences

The President has made the following decisions, to supplement the guidance to our negotiators:2

1. The scheme should be liberal.

2. All major developed countries must adopt a common scheme.

Henry A. Kissinger

  1. Source: National Archives, RG 59, S/S Files. Confidential.
  2. See Document 214.
"""


def test_a_colon_split_from_its_note_number_still_ends_a_deciding_lead(extractor: Extractor) -> None:
    doc = parse_text(SPLIT_NOTE, doc_id="t", source="t.txt")
    decided = [quote(doc, d) for d in extractor.extract(doc).decisions if d.rule == "decided_paragraph"]
    assert len(decided) == 2 and "liberal" in decided[0]


def test_a_paragraph_that_does_something_for_mr_x_is_no_preamble() -> None:
    assert ROUTED_TO.match("We would make appropriate appointments for Mr. Kim as we do.") is None
    found = ROUTED_TO.match("Strictly confidential for Lansing.")
    assert found is not None and found.group("to") == "Lansing"


STRAY_STOP = """150. Telegram From the Department of State to the Embassy in Honduras

1.) Dept. agrees with Embassy that there is little to be gained from the offer.

Rogers
"""


def test_a_stray_stop_the_parser_made_a_subject_names_no_one(extractor: Extractor) -> None:
    doc = parse_text(STRAY_STOP, doc_id="t", source="t.txt")
    assert all(any(ch.isalpha() for ch in a.name) for a in extractor.extract(doc).actors)
