"""Directive classes of issue 16 on small built Docs: who is told, interposed material, nominal and
participial directives (no trained model)."""

from __future__ import annotations

from kg.extract.conditions import find_clauses
from kg.extract.context import head_actor, modals_of, subject_of
from kg.extract.directives import find_directives, forbids
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

AUTHORIZED = (
    "You are authorized, should the Foreign Office raise no objection, "
    "to deliver the note to the Swiss Minister."
)


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_an_object_that_names_no_actor_is_told_not_the_recipient() -> None:
    ctx, voice = built(
        "General Moncada has ordered the garrison to surrender its arms.", {"Moncada": ("moncada", "Person")}
    )
    directive = rule("reported_directive")(ctx, word(ctx, "surrender"), voice)
    assert (directive.issuer, directive.addressee) == ("moncada", None)


def test_an_interposed_inverted_condition_neither_hides_the_authorization_nor_directs() -> None:
    ctx, voice = built(AUTHORIZED, {"Office": ("foreign-office", "Organization")})
    directive = rule("authorized_passive")(ctx, word(ctx, "deliver"), voice)
    assert directive.addressee == ADDRESSEE and directive.governor.i == word(ctx, "authorized").i
    assert rule("third_party_modal")(ctx, word(ctx, "raise"), voice) is None


def test_an_interposed_inverted_condition_is_the_clause_between_its_commas() -> None:
    ctx, _ = built(AUTHORIZED)
    ((found, clause),) = find_clauses(ctx)
    words = " ".join(t.text for t in clause.tokens)
    assert (found.name, words) == ("inversion", "should the Foreign Office raise no objection")
    assert clause.main.i == word(ctx, "deliver").i


def test_an_adverbial_between_a_passive_directive_and_its_infinitive() -> None:
    ctx, voice = built(
        "You are directed on arrival at Tegucigalpa to deliver the enclosed letter "
        "to the President in person."
    )
    directive = rule("authorized_passive")(ctx, word(ctx, "deliver"), voice)
    assert directive.addressee == ADDRESSEE and directive.governor.i == word(ctx, "directed").i


def test_a_that_clause_on_a_noun_of_wish_directs_for_the_nouns_owner() -> None:
    ctx, voice = built(
        "It is the desire of the President that you proceed to Arica without delay.",
        {"President": ("president", "Person")},
    )
    directive = rule("wish_noun_that")(ctx, word(ctx, "proceed"), voice)
    assert (directive.issuer, directive.addressee) == ("president", ADDRESSEE)


def test_in_order_that_is_a_purpose_not_a_wish() -> None:
    ctx, voice = built("We wrote at once in order that they might know the facts.")
    assert rule("wish_noun_that")(ctx, word(ctx, "know"), voice) is None


def test_a_directive_participle_on_a_noun_directs_its_object() -> None:
    ctx, voice = built(
        "Your instructions of March 3, directing you to protest the seizure of the steamer Colusa, "
        "remain in force."
    )
    directive = rule("participial_directive")(ctx, word(ctx, "protest"), voice)
    assert (directive.issuer, directive.addressee) == (SPEAKER, ADDRESSEE)


def test_a_directive_participle_gives_the_nouns_owner_as_issuer() -> None:
    actors = {"Minister": ("minister", "Person"), "Consul": ("consul", "Person")}
    ctx, voice = built("The Minister's note requesting the Consul to leave Lima was received.", actors)
    directive = rule("participial_directive")(ctx, word(ctx, "leave"), voice)
    assert (directive.issuer, directive.addressee) == ("minister", "consul")


def test_a_run_in_reference_line_is_not_the_subject() -> None:
    ctx, voice = built(
        "Your 301, August 4, 6 p.m. You may assure the Foreign Minister that the matter is closed."
    )
    assert subject_of(word(ctx, "assure")).text == "You"
    assert rule("you_may")(ctx, word(ctx, "assure"), voice).addressee == ADDRESSEE


def test_if_only_with_no_main_clause_is_a_wish_not_a_condition() -> None:
    conditional = get("conditions", "conditional_conjunction").func
    ctx, _ = built("If only the Minister had been present.")
    assert conditional(ctx, word(ctx, "If")) is None
    ctx, _ = built("If only the Minister had been present, the treaty would have been signed.")
    assert conditional(ctx, word(ctx, "If")) is not None


def test_an_infinitive_the_parser_hung_on_an_interposed_if_clause_belongs_to_the_directive() -> None:
    ctx, voice = built(
        "You are authorized, if the Foreign Office agrees, to deliver the note to the Swiss Minister."
    )
    directive = rule("authorized_passive")(ctx, word(ctx, "deliver"), voice)
    assert directive.governor.i == word(ctx, "authorized").i
    clause = get("conditions", "conditional_conjunction").func(ctx, word(ctx, "if"))
    assert " ".join(t.text for t in clause.tokens) == "if the Foreign Office agrees ,"


def test_a_main_clause_split_by_an_inverted_condition_keeps_its_subject_and_modal() -> None:
    ctx, voice = built("You will, should the Minister refuse, inform him that we will withdraw.")
    inform = word(ctx, "inform")
    assert subject_of(inform).text == "You" and modals_of(inform) == {"will"}
    assert rule("you_will")(ctx, inform, voice).addressee == ADDRESSEE
    assert rule("third_party_modal")(ctx, word(ctx, "refuse"), voice) is None


def test_a_subject_hung_on_the_modal_before_an_interposed_clause() -> None:
    ctx, voice = built("You may, if you think it wise, show the note to the Minister.")
    assert subject_of(word(ctx, "show")).i == 0
    assert rule("you_may")(ctx, word(ctx, "show"), voice).addressee == ADDRESSEE


def test_a_modal_the_parser_made_the_root_before_an_interposed_clause() -> None:
    ctx, _ = built("You should, if possible, see the Minister tomorrow.")
    see = word(ctx, "see")
    assert subject_of(see).i == 0 and modals_of(see) == {"should"}


def test_my_government_named_nowhere_else_is_the_speakers_side_as_issuer() -> None:
    ctx, voice = built("My Government has already ordered that he be put on trial.")
    assert head_actor(ctx, word(ctx, "Government"), voice) == SPEAKER
    directive = rule("reported_directive")(ctx, word(ctx, "put"), voice)
    assert directive.issuer == SPEAKER


def test_what_the_addressee_is_to_ask_of_an_acting_actor_is_an_instruction_to_that_actor() -> None:
    ctx, voice = built(
        "You may wish to suggest to the Foreign Minister that he include this proposal.",
        {"Minister": ("foreign-minister", "Person")},
    )
    hits = find_directives(ctx)
    passed = hits[word(ctx, "include").i].directive
    assert (passed.issuer, passed.addressee) == (SPEAKER, "foreign-minister")
    assert hits[word(ctx, "suggest").i].directive.addressee == ADDRESSEE


def test_a_request_that_something_be_done_is_the_only_instruction() -> None:
    ctx, _ = built("You will request that the consular archives be restored.")
    hits = find_directives(ctx)
    assert word(ctx, "restored").i not in hits and word(ctx, "request").i in hits


def test_a_reported_directive_past_words_set_off_by_commas_but_not_a_purpose() -> None:
    actors = {"Hay": ("hay", "Person"), "Conger": ("conger", "Person")}
    ctx, voice = built("Hay directs Conger, in reply to his telegram, to inform his colleagues.", actors)
    directive = rule("reported_directive")(ctx, word(ctx, "inform"), voice)
    assert (directive.issuer, directive.addressee) == ("hay", "conger")
    ctx, voice = built("Hay requested a meeting to discuss the matter.", actors)
    assert rule("reported_directive")(ctx, word(ctx, "discuss"), voice) is None


def test_a_present_passive_be_to_orders_the_addressee_but_a_comment_or_a_past_plan_does_not() -> None:
    ctx, voice = built("It is not to be shared with the delegation.")
    shared = word(ctx, "shared")
    directive = rule("passive_be_to")(ctx, shared, voice)
    assert directive.addressee == ADDRESSEE and forbids(ctx, shared, directive.governor)
    for sentence, verb in [
        ("It is to be hoped that the Minister will agree.", "hoped"),
        ("The treaty was to be signed in May.", "signed"),
    ]:
        ctx, voice = built(sentence)
        assert rule("passive_be_to")(ctx, word(ctx, verb), voice) is None


def test_the_addressees_act_as_a_gerund_waived_of_objection_is_an_instruction() -> None:
    ctx, voice = built("There is no objection to your making this fact clear.")
    assert rule("addressee_gerund")(ctx, word(ctx, "making"), voice).addressee == ADDRESSEE
    ctx, voice = built("There is some objection to your making this fact clear.")
    assert rule("addressee_gerund")(ctx, word(ctx, "making"), voice) is None


def test_a_directive_participle_on_a_person_with_a_that_clause_directs_its_acting_subject() -> None:
    actors = {"Berle": ("berle", "Person"), "Commissioners": ("commissioners", "Group")}
    ctx, voice = built(
        "Mr. Berle, requesting that the Commissioners reconsider their decision, left Paris.", actors
    )
    directive = rule("participial_directive")(ctx, word(ctx, "reconsider"), voice)
    assert (directive.issuer, directive.addressee) == ("berle", "commissioners")


def test_a_that_clause_judged_necessary_after_a_copula_other_than_be() -> None:
    ctx, voice = built("It seems most important that instructions should be sent to Christiania.")
    assert rule("necessary_that")(ctx, word(ctx, "sent"), voice).addressee == ADDRESSEE


def test_glad_to_have_you_act_is_a_request_of_the_one_glad_but_not_when_asked_about() -> None:
    actors = {"Department": ("department", "Government")}
    ctx, voice = built("The Department will be glad to have you discuss plans for a constabulary.", actors)
    directive = rule("glad_to_have")(ctx, word(ctx, "discuss"), voice)
    assert (directive.issuer, directive.addressee) == ("department", ADDRESSEE)
    ctx, voice = built(
        "I asked if he would like to have you prepare a draft treaty.", {"he": ("lopez", "Person")}
    )
    assert rule("glad_to_have")(ctx, word(ctx, "prepare"), voice) is None
