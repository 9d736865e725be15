"""The thirty-fifth round's constructions, each with what it must leave alone.

Tasks listed under a lead that ends in a modal and a colon ("The study will:" then "1. Analyze ...", "2.
Prepare ...") are the lead's directive with each item's verb ("listed_task"), to whoever was asked for the
paper; "The Soviets will:" foretells, and "has decided that we should:" lists what was decided. A hedge in
a relative clause on a modal's subject ("Any consultations you may wish to undertake should be carried out
after coordination with Mr. Harlow") is no directive of its own: the modal after it directs the one the
consultations are of ("third_party_modal"), where a subject with "any" of no one's ("Any talks should be
held in Paris") states a rule. A study directed "to be carried out by" a body is asked of that body
("requested_thing"); one "to be done by March" names no one. Instructions given "not to" act forbid
("directive_noun"). One called upon who is no actor ("called upon the parties to cease fire") is told,
though no actor is named ("called_upon"). A cable's verb of believing after a fronted clause and a comma
("Should discussions become a possibility, believe it important that SAG be briefed") is its writer's, the
"I" left out ("judged_necessary"). A paper asked for and directed in the passive in a memorandum with no
signature ("The study should be prepared by the Interdepartmental Group") is directed by whoever asked for
it. A quotation that opens after a colon ("the following telegram was received from him: “Tell Gibson
...") speaks with the voice of the one the message is from, "him" the one named last; its first verb is no
part of a name. An office of a body ("President of the Conference") is not the body. A decision not to act
("has decided not to introduce the resolution") rejects the act ("stance_verb", after the judging)."""

from __future__ import annotations

from kg.documents import parse_text
from kg.extract.registry import get

from .built import instructions_by_verb, repaired, word
from .helpers import construction, quote

STUDY = (
    "The President has directed that a program analysis of Turkey be undertaken.\n\nThe study will:\n\n"
    "1. Analyze U.S. programs in Turkey and evaluate their contribution to our objectives.\n\n"
    "2. Prepare a statement of the key policy and program alternatives."
)


def _instructions(doc, ex) -> dict[str, tuple[str, str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    """Each instruction by its first word: its rule, issuer's name and addressees' names."""
    names = {a.key: a.name for a in ex.actors}
    return {
        quote(doc, i).split()[0 if not quote(doc, i)[0].isdigit() else 1]: (
            i.rule,
            names.get(i.issuer, i.issuer),
            tuple(names.get(a, a) for a in i.addressees),
        )
        for i in ex.instructions
    }


def test_tasks_listed_under_a_modal_lead_are_directed_to_whoever_was_asked_for_the_paper(extractor) -> None:  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, STUDY)
    found = _instructions(doc, ex)
    assert found["Analyze"][0] == found["Prepare"][0] == "listed_task"
    assert found["Analyze"][2] == found["Prepare"][2] == ("Herrick",)
    assert found["evaluate"][0] == "coordinated"


def test_tasks_foretold_or_decided_in_a_list_are_not_listed_tasks(extractor) -> None:  # type: ignore[no-untyped-def]
    for lead in ("The Soviets will:", "The President has decided that we should:"):
        body = f"{lead}\n\n1. Reduce the forces stationed in Europe.\n\n2. Propose a conference on security."
        doc, ex = construction(extractor, body)
        assert not any(i.rule == "listed_task" for i in ex.instructions), lead


def test_a_modal_on_what_the_addressee_may_wish_to_undertake_directs_the_addressee() -> None:
    sentence = (
        "Any consultations you may wish to undertake should be carried out after coordination with "
        "Mr. Harlow."
    )
    ctx, _ = repaired(sentence)
    found = instructions_by_verb(ctx)
    assert set(found) == {"carried"}
    rule, told = found["carried"]
    assert (rule, list(told.addressees)) == ("third_party_modal", ["herrick"])


def test_a_modal_on_anything_of_no_ones_states_a_rule() -> None:
    ctx, _ = repaired("Any talks should be held in Paris.")
    assert not instructions_by_verb(ctx)


PARTIES = {"President": ("president", "Person"), "Group": ("ig", "Organization")}


def test_a_study_directed_to_be_carried_out_by_a_body_is_asked_of_that_body() -> None:
    sentence = (
        "The President has directed the preparation of a study on China policy to be carried out by the "
        "Interdepartmental Group."
    )
    ctx, voice = repaired(sentence, PARTIES)
    directive = get("instructions", "requested_thing").func(ctx, word(ctx, "directed"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("president", "ig")


def test_a_study_directed_to_be_done_by_a_date_names_no_one_asked() -> None:
    sentence = "The President has directed the preparation of a study on China policy to be done by March."
    ctx, voice = repaired(sentence, PARTIES)
    directive = get("instructions", "requested_thing").func(ctx, word(ctx, "directed"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("president", None)


def test_instructions_given_not_to_act_forbid() -> None:
    for sentence, polarity in (
        ("I have given our military strict instructions not to seek out their contacts.", "dont"),
        ("I have given our military strict instructions to seek out their contacts.", "do"),
    ):
        ctx, _ = repaired(sentence)
        rule, told = instructions_by_verb(ctx)["given"]
        assert (rule, told.polarity) == ("directive_noun", polarity)


def test_parties_called_upon_that_no_actor_names_are_told() -> None:
    council = {"Council": ("council", "Organization")}
    ctx, voice = repaired("The Council called upon the parties to cease fire.", council)
    directive = get("instructions", "called_upon").func(ctx, word(ctx, "cease"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("council", None)


def test_a_cables_belief_after_a_fronted_clause_is_its_writers() -> None:
    sentence = (
        "Should discussions with PDRY become a distinct possibility, believe it important that SAG be "
        "briefed at the earliest moment."
    )
    ctx, voice = repaired(sentence)
    directive = get("instructions", "judged_necessary").func(ctx, word(ctx, "briefed"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == (None, "herrick")


def test_a_belief_with_its_subject_after_a_fronted_clause_stays_the_subjects() -> None:
    sentence = (
        "If the Department agrees, the Embassy believes it important that SAG be briefed at the earliest "
        "moment."
    )
    ctx, voice = repaired(sentence, {"Embassy": ("embassy", "Organization")})
    directive = get("instructions", "judged_necessary").func(ctx, word(ctx, "briefed"), voice)
    assert directive is not None and directive.issuer == "embassy"


def test_a_paper_directed_in_the_passive_unsigned_is_directed_by_who_asked(extractor) -> None:  # type: ignore[no-untyped-def]
    text = (
        "72. National Security Study Memorandum 122\n\nThe Secretary of State\n\nThe Secretary of Defense\n\n"
        "Policy Toward Japan\n\n"
        "The President has directed a review of our policy toward Japan. The study should be prepared by "
        "the Interdepartmental Group for East Asia.\n"
    )
    doc = parse_text(text, doc_id="t", source="t.txt")
    found = _instructions(doc, extractor.extract(doc))
    rule, issuer, told = found["The"]
    group = "Interdepartmental Group for East Asia"
    assert (rule, issuer, told) == ("third_party_modal", "President", (group,))


QUOTED = (
    "Your telegrams were sent to the President yesterday. This morning the following telegram was received "
    "from him: “Tell Gibson what is needed is a clear strong statement of the American position.”"
)


def test_a_quotation_after_a_colon_speaks_with_the_voice_of_the_one_it_is_from(extractor) -> None:  # type: ignore[no-untyped-def]
    doc, ex = construction(extractor, QUOTED)
    rule, issuer, told = _instructions(doc, ex)["Tell"]
    assert (rule, issuer, told) == ("imperative", "President", ("Kellogg",))
    assert not any("Tell" in a.name for a in ex.actors)


def test_an_office_of_a_body_is_not_the_body(extractor) -> None:  # type: ignore[no-untyped-def]
    body = (
        "Sir Henry Oliver was appointed President of the Conference. The Conference recommends that the "
        "Governments keep records of all damage to these ships."
    )
    _, ex = construction(extractor, body)
    names = {a.name for a in ex.actors}
    assert "Conference" in names and "President of the Conference" in names
    issuers = {a.key: a.name for a in ex.actors}
    assert {issuers[i.issuer] for i in ex.instructions} == {"Conference"}


def test_a_decision_not_to_act_rejects_the_act() -> None:
    for sentence, stance in (
        ("The Minister has decided not to introduce the resolution.", "reject"),
        ("The Minister has decided to introduce the resolution.", "approve"),
    ):
        ctx, voice = repaired(sentence, {"Minister": ("minister", "Person")})
        stances = get("decisions", "stance_verb").func(ctx, word(ctx, "decided"), voice)
        assert [(s.stance, s.actor, s.target.text) for s in stances] == [(stance, "minister", "introduce")]
