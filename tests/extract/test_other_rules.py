"""Each option, decision, condition, merging, voice and actor construction on small built input."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc

from kg.documents import Document, Span, parse_text
from kg.extract.actors import ActorFinder
from kg.extract.decisions import find_stances
from kg.extract.directives import find_directives
from kg.extract.lexicon import load_lexicon
from kg.extract.model import Option
from kg.extract.registry import get
from kg.extract.voices import text_regions

from .built import _VOCAB, ADDRESSEE, SPEAKER, built, word


def rule(family: str, name: str):  # type: ignore[no-untyped-def]
    return get(family, name).func


# -- options ---------------------------------------------------------------
def test_proposal_noun() -> None:
    ctx, voice = built("We presented the Peruvian proposal for a mixed commission.")
    (course,) = rule("options", "proposal_noun")(ctx, word(ctx, "proposal"), voice)
    assert ctx.sdoc[course.start : course.end + 1].text == "the Peruvian proposal for a mixed commission"


def test_proposal_clause() -> None:
    ctx, voice = built("They propose that the agreement be valid for one year.")
    (course,) = rule("options", "proposal_clause")(ctx, word(ctx, "propose"), voice)
    assert ctx.sdoc[course.start : course.end + 1].text.endswith("be valid for one year")


def test_modal_noun_course_but_not_an_anaphor() -> None:
    ctx, voice = built("We see the necessity of obtaining general guarantees from the Governments.")
    (course,) = rule("options", "modal_noun_course")(ctx, word(ctx, "necessity"), voice)
    assert ctx.sdoc[course.start : course.end + 1].text == "obtaining general guarantees from the Governments"
    ctx, voice = built("They doubt the possibility of their accepting it.")
    assert rule("options", "modal_noun_course")(ctx, word(ctx, "possibility"), voice) == []


# -- decisions -------------------------------------------------------------
def test_recognition() -> None:
    actors = {
        "Costa": ("costa-rica", "Government"),
        "Rica": ("costa-rica", "Government"),
        "Martinez": ("martinez", "Person"),
    }
    ctx, voice = built("Costa Rica has recognized Martinez.", actors)
    (stance,) = rule("decisions", "recognition")(ctx, word(ctx, "recognized"), voice)
    assert (stance.stance, stance.actor, stance.recognition) == ("approve", "costa-rica", True)


def test_stance_verb() -> None:
    ctx, voice = built(
        "They have rejected the proposal of the Chinese delegates.", {"They": ("japan", "Government")}
    )
    (stance,) = rule("decisions", "stance_verb")(ctx, word(ctx, "rejected"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "japan", "proposal")


def test_directed_stance() -> None:
    ctx, voice = built("You may accept the proposal for a mixed commission.")
    find_directives(ctx)
    (stance,) = rule("decisions", "directed_stance")(ctx, word(ctx, "accept"), voice)
    assert (stance.stance, stance.actor) == ("approve", SPEAKER)


def test_judgement() -> None:
    ctx, voice = built("It would be a serious mistake to launch the offensive.")
    (stance,) = rule("decisions", "judgement")(ctx, word(ctx, "mistake"), voice)
    assert (stance.stance, stance.target.text) == ("reject", "launch")


def test_evaluation_negated_by_neither() -> None:
    ctx, voice = built("Neither proposal is acceptable.")
    (stance,) = rule("decisions", "evaluation")(ctx, word(ctx, "acceptable"), voice)
    assert (stance.stance, stance.target.text) == ("reject", "proposal")


def test_evaluation_of_what_the_speaker_is_pleased_to_see() -> None:
    ctx, voice = built("I am pleased to see that the plan is advisable.")
    stances = rule("decisions", "evaluation")(ctx, word(ctx, "pleased"), voice)
    assert [s.stance for s in stances] == ["approve"]


def test_evaluative_verb() -> None:
    ctx, voice = built(
        "The Government has highly appreciated the response.", {"Government": ("france", "Government")}
    )
    (stance,) = rule("decisions", "evaluative_verb")(ctx, word(ctx, "appreciated"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "france", "response")


# -- conditions ------------------------------------------------------------
def test_conditional_conjunction() -> None:
    ctx, _ = built("If they refuse, you will leave.")
    clause = rule("conditions", "conditional_conjunction")(ctx, word(ctx, "If"))
    assert (clause.connective, clause.main.text) == ("if", "leave")


def test_a_concession_or_a_time_clause_is_no_condition_but_only_if_is() -> None:
    ctx, _ = built("Even if the Minister agrees, you will not sign the protocol.")
    assert rule("conditions", "conditional_conjunction")(ctx, word(ctx, "if")) is None
    ctx, _ = built("Once the treaty is signed, you will leave for Lima.")
    assert rule("conditions", "conditional_conjunction")(ctx, word(ctx, "Once")) is None
    ctx, _ = built("You will sign the protocol only if the Minister agrees.")
    clause = rule("conditions", "conditional_conjunction")(ctx, word(ctx, "if"))
    assert clause is not None and ctx.sdoc[clause.start].text == "only"


def test_provided_participle() -> None:
    ctx, _ = built("Provided the commission sits at Lima, you may accept.")
    clause = rule("conditions", "provided_participle")(ctx, word(ctx, "Provided"))
    assert clause is not None and clause.connective == "provided"


def test_provided_with_its_subject_read_as_an_object() -> None:
    ctx, _ = built(
        "The Commissioners agreed, provided this Detachment be withdrawn immediately upon the signature"
        " of peace."
    )
    clause = rule("conditions", "provided_participle")(ctx, word(ctx, "provided"))
    assert clause is not None and ctx.sdoc[max(t.i for t in clause.tokens)].text == "peace"


def test_in_the_event() -> None:
    ctx, _ = built("In the event that the Senate refuses, you will protest.")
    clause = rule("conditions", "in_the_event")(ctx, word(ctx, "event"))
    assert clause is not None and clause.connective == "in the event"


def test_the_case_of_a_thing_is_no_condition_the_case_of_an_event_is() -> None:
    for sentence, conditional in (
        ("In the case of Norway the duty will be reduced.", False),
        ("In case of war you will leave the capital.", True),
        ("In the case of an agreement being concluded, you will inform the Minister.", True),
    ):
        ctx, _ = built(sentence)
        clause = rule("conditions", "in_the_event")(ctx, word(ctx, "case"))
        assert (clause is not None) == conditional, sentence


def test_in_case_before_a_clause_but_not_in_any_event() -> None:
    ctx, _ = built("In case the Minister refuses, you will leave at once.")
    clause = rule("conditions", "in_the_event")(ctx, word(ctx, "case"))
    assert clause is not None and clause.main.text == "leave"
    assert ctx.sdoc[max(t.i for t in clause.tokens)].text == "refuses"
    ctx, _ = built("In any event the Minister will leave at once.")
    assert rule("conditions", "in_the_event")(ctx, word(ctx, "event")) is None


def test_connective_phrases_before_a_that_clause() -> None:
    for sentence, first in (
        ("You may accept the proposal, it being understood that the claim will be settled.", "it"),
        ("You may accept the proposal on the understanding that the claim will be settled.", "on"),
    ):
        ctx, _ = built(sentence)
        clause = rule("conditions", "connective_phrase")(ctx, word(ctx, first))
        assert clause is not None, sentence
        assert ctx.sdoc[clause.start : max(t.i for t in clause.tokens) + 1].text.endswith("be settled")


def test_subject_to_is_a_condition() -> None:
    ctx, _ = built("The agreement is subject to the approval of the Senate.")
    clause = rule("conditions", "conditional_adjective")(ctx, word(ctx, "subject"))
    assert clause is not None and (clause.connective, clause.main.text) == ("subject to", "is")


def test_inversion() -> None:
    ctx, _ = built("Should they refuse, you will leave.")
    clause = rule("conditions", "inversion")(ctx, word(ctx, "Should"))
    assert clause is not None and clause.main.text == "leave"


def test_inversion_heading_its_clause_or_after_the_main_clause() -> None:
    ctx, _ = built("Were we to accept any other course, the talks would collapse.")
    clause = rule("conditions", "inversion")(ctx, word(ctx, "Were"))
    assert clause is not None and clause.main.text == "collapse"
    ctx, _ = built("We would meet again in Paris should the opportunity present itself.")
    clause = rule("conditions", "inversion")(ctx, word(ctx, "should"))
    assert clause is not None and clause.main.text == "meet"
    ctx, _ = built("We will wait, nor should they object to the delay.")
    assert rule("conditions", "inversion")(ctx, word(ctx, "should")) is None


# -- merging ---------------------------------------------------------------
def test_nested_mentions_are_one_option() -> None:
    outer = Option(span=Span(0, 40), label="the first option of your message")
    inner = Option(span=Span(4, 16), label="first option")
    assert len(rule("merging", "nested_mentions")([outer, inner])) == 1


def test_same_course() -> None:
    ctx, _ = built("We presented the Peruvian proposal for a mixed commission.")
    a = Option(span=Span(13, 57), label="Peruvian proposal")
    b = Option(span=Span(13, 57), label="Peruvian proposal", confidence=0.4)
    merged, same = rule("merging", "same_course")(ctx, [a, b])
    assert len(merged) == 1 and same[b.key] == merged[0].key


def test_one_per_span_keeps_the_surer_reading() -> None:
    a, b = (
        Option(span=Span(0, 5), label="a", confidence=0.4),
        Option(span=Span(0, 5), label="b", confidence=0.6),
    )
    assert rule("merging", "one_per_span")([a, b]) == (b,)


# -- voices and actors ------------------------------------------------------
def message(name: str = "message.json") -> tuple[Document, Doc]:
    """A short telegram and its parse, written down from the trained model (``data/message.json``)."""
    data = json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))
    rows = data["tokens"]
    sdoc = Doc(
        _VOCAB,
        words=[r[0] for r in rows],
        spaces=[bool(r[1]) for r in rows],
        lemmas=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        deps=[r[5] for r in rows],
        heads=[r[6] for r in rows],
        ents=[r[7] for r in rows],
        sent_starts=[r[8] for r in rows],
    )
    assert sdoc.text == data["text"]
    return parse_text(data["text"], doc_id="m", source="m.txt"), sdoc


def test_body_voice_and_quoted_speech() -> None:
    doc, sdoc = message()
    body = rule("voices", "body_voice")(doc, SPEAKER, ADDRESSEE)
    assert body and all(v.speaker == SPEAKER for v in body)
    kellogg = next(t.i for t in sdoc if t.text == "Kellogg" and t.dep_ == "nsubj")
    (quote,) = rule("voices", "quoted_speech")(
        doc, sdoc, {kellogg: "kellogg"}, frozenset({"reply"}), SPEAKER, ADDRESSEE
    )
    assert quote.speaker == "kellogg" and doc.text[quote.span.start : quote.span.end].startswith("We regret")


def finder(name: str = "message.json") -> ActorFinder:
    doc, sdoc = message(name)
    return ActorFinder(load_lexicon(), doc, sdoc, text_regions(doc))


def test_head_line_and_relay_preamble() -> None:
    f = finder()
    rule("actors", "head_line")(f)
    assert f.author_keys and f.recipient_keys
    rule("actors", "relay_preamble")(f)
    assert [f.clusters[k].name for k in (f.recipient_keys[0], f.author_keys[0])] == ["Poindexter", "Kellogg"]


def names_after(*constructions: str) -> set[str]:
    f = finder()
    for name in constructions:
        rule("actors", name)(f)
    return {c.name for c in f.clusters.values()}


def test_named_entity() -> None:
    assert "Peru" in " ".join(names_after("named_entity"))


def test_ships_are_no_actors_nor_their_later_mentions() -> None:
    f = finder("vessels.json")  # "H. M. S. Cleopatra ... The Cleopatra ... the steamer Excalibur"
    rule("actors", "named_entity")(f)
    names = " ".join(c.name for c in f.clusters.values())
    assert "Howe" in names and "Peru" in names
    assert "Cleopatra" not in names and "Excalibur" not in names


def test_titled_mention_and_office() -> None:
    assert "Department" in " ".join(names_after("head_line", "titled_mention", "office"))


def test_collective() -> None:
    assert any("bankers" in n for n in names_after("collective"))


def test_same_name() -> None:
    before, after = (
        names_after("head_line", "named_entity"),
        names_after("head_line", "named_entity", "same_name"),
    )
    assert len(after) <= len(before)


def test_preference_approves_one_and_rejects_the_other() -> None:
    actors = {"Department": ("department", "Government")}
    ctx, voice = built("The Department prefers the Brazilian draft to the Argentine draft.", actors)
    stances = rule("decisions", "preference")(ctx, word(ctx, "prefers"), voice)
    assert [(s.stance, ctx.sdoc[s.target.i - 1].text) for s in stances] == [
        ("approve", "Brazilian"),
        ("reject", "Argentine"),
    ]


def test_evaluation_holds_for_the_actor_it_is_acceptable_to() -> None:
    ctx, voice = built(
        "The plan would be most acceptable to Honduras.", {"Honduras": ("honduras", "Country")}
    )
    (stance,) = rule("decisions", "evaluation")(ctx, word(ctx, "acceptable"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "honduras", "plan")


def test_normative_opinion_is_the_holders_decision() -> None:
    sentence = "It is the opinion of my Government that the guard should be withdrawn."
    ctx, voice = built(sentence, {"Government": ("united-states", "Government")})
    (stance,) = rule("decisions", "normative_opinion")(ctx, word(ctx, "withdrawn"), voice)
    assert (stance.stance, stance.actor) == ("approve", "united-states")
    ctx, voice = built(
        "The Department feels that it cannot delay the withdrawal.", {"Department": ("dos", "Org")}
    )
    (stance,) = rule("decisions", "normative_opinion")(ctx, word(ctx, "delay"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "dos", "delay")
    assert rule("decisions", "normative_opinion")(ctx, word(ctx, "feels"), voice) == []


def test_stance_verb_adhere_to_and_approve_of_a_gerund() -> None:
    ctx, voice = built(
        "All the powers have adhered to the principle of the note.", {"powers": ("powers", "Org")}
    )
    (stance,) = rule("decisions", "stance_verb")(ctx, word(ctx, "adhered"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "powers", "principle")
    sentence = "The Department approves of your having ignored the tirade."
    ctx, voice = built(sentence, {"Department": ("dos", "Org")})
    (stance,) = rule("decisions", "stance_verb")(ctx, word(ctx, "approves"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "dos", "ignored")


def test_evaluative_verb_states_an_attitude_now_not_a_past_event() -> None:
    state = {"State": ("minnesota", "Government")}
    ctx, voice = built("The State condemns the decision of the court.", state)
    (stance,) = rule("decisions", "evaluative_verb")(ctx, word(ctx, "condemns"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "minnesota", "decision")
    ctx, voice = built("The State improved the channel of the river.", state)
    assert rule("decisions", "evaluative_verb")(ctx, word(ctx, "improved"), voice) == []


def test_stance_verb_reported_refusal_of_a_pronoun() -> None:
    sentence = "The Italian minister stated that he would not accept the proposal."
    ctx, voice = built(sentence, {"minister": ("italy-minister", "Person")})
    (stance,) = rule("decisions", "stance_verb")(ctx, word(ctx, "accept"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "italy-minister", "proposal")
    assert sentence[stance.span.start : stance.span.end].startswith("The Italian minister stated")


def test_refused_participation_by_a_negated_modal_or_no_position() -> None:
    france = {"Government": ("france", "Government")}
    for sentence, verb in [
        ("The French Government would not take part in any measure of that kind.", "take"),
        ("The Government is not in a position to extend the concession.", "is"),
    ]:
        ctx, voice = built(sentence, france)
        (stance,) = rule("decisions", "refused_participation")(ctx, word(ctx, verb), voice)
        assert (stance.stance, stance.actor) == ("reject", "france")
    ctx, voice = built(
        "The United States could not be a party to any such arrangement.", {"States": ("us", "Gov")}
    )
    (stance,) = rule("decisions", "refused_participation")(ctx, word(ctx, "be"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("reject", "us", "be")


def test_refused_participation_needs_the_negation() -> None:
    ctx, voice = built(
        "The French Government will take part in the conference.", {"Government": ("fr", "Gov")}
    )
    assert rule("decisions", "refused_participation")(ctx, word(ctx, "take"), voice) == []


def test_a_judged_clause_that_states_a_decision_is_one_decision() -> None:
    sentence = "He expressed regret that the French Government will not take part in the conference."
    ctx, voice = built(sentence, {"Government": ("france", "Government")})
    assert [(s.actor, s.stance) for _, s in find_stances(ctx)] == [("france", "reject")]


def test_measure_taken_by_an_actor_or_in_the_passive() -> None:
    sentence = "The Italian authorities requisitioned the entire property of the mission."
    ctx, voice = built(sentence, {"authorities": ("italy", "Government")})
    (stance,) = rule("decisions", "measure_taken")(ctx, word(ctx, "requisitioned"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", "italy", "property")
    ctx, voice = built("The export of arms has been suspended.")
    (stance,) = rule("decisions", "measure_taken")(ctx, word(ctx, "suspended"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "export")


def test_measure_not_yet_taken_is_no_decision() -> None:
    ctx, voice = built("The authorities may suspend the export of arms.", {"authorities": ("italy", "Gov")})
    assert rule("decisions", "measure_taken")(ctx, word(ctx, "suspend"), voice) == []


def test_a_clause_told_as_done_under_a_directive_verb_is_a_report() -> None:
    ctx, voice = built("We are advised that the export of arms has been suspended.")
    (stance,) = rule("decisions", "measure_taken")(ctx, word(ctx, "suspended"), voice)
    assert (stance.stance, stance.target.text) == ("approve", "export")
    ctx, voice = built("They requested that the export of arms be suspended.", {"They": ("fr", "Gov")})
    assert rule("decisions", "measure_taken")(ctx, word(ctx, "suspended"), voice) == []


def test_my_government_named_nowhere_else_is_the_speakers_side() -> None:
    ctx, voice = built("My Government decreed the removal of the governor.")
    (stance,) = rule("decisions", "measure_taken")(ctx, word(ctx, "decreed"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", SPEAKER, "removal")


def test_a_course_said_to_be_due_is_the_sayers_decision() -> None:
    """ "You indicated to Haig that we should test their reaction": a verb of saying holds the opinion
    as a verb of thinking does; a prediction said ("will be withdrawn") is no stance."""
    haig = {"Haig": ("haig", "Person")}
    sentence = "You indicated to Haig that we should test their reaction before informing Thieu."
    ctx, voice = built(sentence, haig)
    (stance,) = rule("decisions", "normative_opinion")(ctx, word(ctx, "test"), voice)
    assert (stance.stance, stance.actor, stance.target.text) == ("approve", ADDRESSEE, "test")
    minister = {"Minister": ("minister", "Person")}
    ctx, voice = built("The Minister stated that we should withdraw the guard.", minister)
    (stance,) = rule("decisions", "normative_opinion")(ctx, word(ctx, "withdraw"), voice)
    assert (stance.stance, stance.actor) == ("approve", "minister")
    ctx, voice = built("The Minister stated that the guard will be withdrawn.", minister)
    assert rule("decisions", "normative_opinion")(ctx, word(ctx, "withdrawn"), voice) == []

