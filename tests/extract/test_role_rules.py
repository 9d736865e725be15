"""Who issues and who receives a directive, and which mentions are one actor: classes of role errors
on small built Docs (no trained model)."""

from __future__ import annotations

from kg.documents import Span
from kg.extract.actor_names import Cluster, MentionIndex, clean_name
from kg.extract.context import subject_of
from kg.extract.directives import find_directives, forbids
from kg.extract.lexicon import load_lexicon
from kg.extract.misreads import misread_fronted_clause
from kg.extract.registry import get

from .built import ADDRESSEE, SPEAKER, built, word

PLACES = (
    "The fighting in Ethiopia continues and the Legation in Addis Ababa reports that Ethiopia has protested."
)


def rule(name: str):  # type: ignore[no-untyped-def]
    return get("instructions", name).func


def test_a_pronoun_object_of_a_reported_clause_is_the_reporter_even_if_typed_an_organization() -> None:
    sentence = "Dobrynin told me that Moscow had instructed him to press for an early date."
    actors = {"Dobrynin": ("dobrynin", "Organization"), "Moscow": ("soviet-union", "Government")}
    ctx, voice = built(sentence, actors)
    directive = rule("reported_directive")(ctx, word(ctx, "press"), voice)
    assert (directive.issuer, directive.addressee) == ("soviet-union", "dobrynin")


def test_a_plural_pronoun_is_not_bound_to_a_single_person() -> None:
    sentence = "Dobrynin told me that Moscow had instructed them to press for an early date."
    actors = {"Dobrynin": ("dobrynin", "Person"), "Moscow": ("soviet-union", "Government")}
    ctx, voice = built(sentence, actors)
    directive = rule("reported_directive")(ctx, word(ctx, "press"), voice)
    assert directive.addressee == ADDRESSEE  # no actor for "them": whoever the report is made to


def test_the_government_of_the_country_is_the_country() -> None:
    index = MentionIndex(load_lexicon(), None, None, [])  # type: ignore[arg-type]
    key = index._cluster(index._key_for("United States", "Government"), "United States", "Government").key
    for name in ("Government of the United States", "the Government of the United States"):
        assert index._key_for(name, "Government") == key
    assert index._key_for("Government of Nicaragua", "Government") != key


def test_a_name_met_only_where_something_happens_is_a_place_not_an_actor() -> None:
    ctx, _ = built(PLACES)
    index = MentionIndex(load_lexicon(), None, ctx.sdoc, [])  # type: ignore[arg-type]

    def cluster(name: str, *at: int) -> Cluster:
        c = Cluster(key=name.lower(), name=name, kind="Government")
        for i in at:
            c.add(name, Span(ctx.sdoc[i].idx, ctx.sdoc[i].idx + len(ctx.sdoc[i])))
        return c

    assert [ctx.sdoc[i].text for i in (3, 10, 13)] == ["Ethiopia", "Ababa", "Ethiopia"]
    assert not index._keep(cluster("Ethiopia", 3))  # "the fighting in Ethiopia" only
    assert index._keep(cluster("Ethiopia", 3, 13))  # and "Ethiopia has protested"
    assert not index._keep(cluster("Addis Ababa", 10))
    assert index._keep(cluster("Addis Ababa Legation", 10))  # an office is found where it sits


def test_one_asked_with_no_object_is_the_actor_the_question_is_about() -> None:
    ctx, voice = built(
        "I asked whether the Minister would receive the delegation.", {"Minister": ("lamas", "Person")}
    )
    directive = rule("inquiry")(ctx, word(ctx, "asked"), voice)
    assert (directive.issuer, directive.addressee) == (SPEAKER, "lamas")
    ctx, voice = built("I asked whether the treaty had been signed.")
    assert rule("inquiry")(ctx, word(ctx, "asked"), voice).addressee == ADDRESSEE


def test_a_title_set_beside_a_name_is_that_persons_title() -> None:
    ctx, _ = built("I called on Ernest Harris, the Consul General, and the British Minister.")
    index = MentionIndex(load_lexicon(), None, ctx.sdoc, [])  # type: ignore[arg-type]
    for name, words in [
        ("Ernest Harris", (3, 4)),
        ("Consul General", (7, 8)),
        ("British Minister", (12, 13)),
    ]:
        c = index._cluster(name.lower(), name, "Person")
        c.add(name, Span(ctx.sdoc[words[0]].idx, ctx.sdoc[words[-1]].idx + len(ctx.sdoc[words[-1]])))
        index.token_actor.update({i: c.key for i in words})
    index._merge_apposed_titles()
    assert sorted(index.clusters) == ["british minister", "ernest harris"]  # the Minister is coordinated
    assert "Consul General" in index.clusters["ernest harris"].aliases


def test_a_coordinated_verb_with_its_own_auxiliary_has_the_noun_before_it_as_subject() -> None:
    sentence = (
        "Only you are aware of this information and the President has given strict instructions "
        "that it remain secret."
    )
    ctx, voice = built(sentence, {"President": ("president", "Person")})
    assert subject_of(word(ctx, "given")).text == "President"
    directive = rule("directive_noun")(ctx, word(ctx, "given"), voice)
    assert (directive.issuer, directive.addressee) == ("president", ADDRESSEE)
    ctx, _ = built("He has read the note and has replied.")
    assert subject_of(word(ctx, "replied")).text == "He"  # one subject, two verbs


def test_a_footnote_mark_or_a_date_run_into_a_name_is_no_part_of_it() -> None:
    assert clean_name("DuBois 5") == "DuBois"
    assert clean_name("Thieu June 7") == "Thieu"
    assert clean_name("Henry IV") == "Henry IV" and clean_name("Secretary of State") == "Secretary of State"


def test_assent_to_a_rule_with_a_negative_subject_is_a_prohibition() -> None:
    ctx, voice = built("I hope you will agree that no contract should be made with Russia.")
    agree = word(ctx, "agree")
    assert rule("governed_complement")(ctx, agree, voice) is not None and forbids(ctx, agree)
    ctx, voice = built("I hope you will agree that the contract should be made with Russia.")
    assert not forbids(ctx, word(ctx, "agree"))


def test_a_clause_hung_across_a_semicolon_on_a_later_verb_is_no_complement() -> None:
    sentence = "They declare American lives are in jeopardy; they hope you will land marines."
    ctx, _ = built(sentence, {"They": ("honduras", "Government"), "they": ("governor", "Person")})
    assert misread_fronted_clause(word(ctx, "declare"))
    hits = {hit.tok.text for hit in find_directives(ctx).values()}
    assert "declare" not in hits and "land" in hits
    ctx, _ = built("He said that the lives are in jeopardy, they fear.")
    assert not misread_fronted_clause(word(ctx, "are"))


def test_a_verb_coordinated_under_a_third_party_hope_shares_its_issuer() -> None:
    ctx, _ = built("They hope you will land marines and lend arms.", {"They": ("governor", "Person")})
    hits = {hit.tok.text: hit for hit in find_directives(ctx).values()}
    lend = hits["lend"]
    assert lend.rule.name == "you_will" and lend.directive.issuer == "governor"
    assert lend.directive.addressee == hits["land"].directive.addressee == ADDRESSEE


def test_an_impersonal_expectation_is_for_the_one_its_clause_has_act() -> None:
    sentence = (
        "It is expected that the displeasure of the Nicaraguan Government will be visited upon this officer."
    )
    nicaragua = ("nicaragua", "Government")
    ctx, voice = built(sentence, {"Nicaraguan": nicaragua, "Government": nicaragua})
    directive = rule("impersonal_passive")(ctx, word(ctx, "visited"), voice)
    assert directive is not None and directive.addressee == "nicaragua"
    ctx, voice = built("It is desired that you proceed to Arica.")
    directive = rule("impersonal_passive")(ctx, word(ctx, "proceed"), voice)
    assert directive is not None and directive.addressee == ADDRESSEE


def test_a_foreign_party_directive_naming_no_one_is_for_the_one_who_reports_it() -> None:
    bolivian = ("bolivian-minister", "Person")
    ctx, voice = built(
        "The Bolivian Minister urged the necessity of an early settlement.",
        {"Bolivian": bolivian, "Minister": bolivian},
    )
    directive = rule("urged_necessity")(ctx, word(ctx, "urged"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("bolivian-minister", SPEAKER)
    ctx, voice = built(
        "The President urged the necessity of an early settlement.", {"President": ("president", "Person")}
    )
    directive = rule("urged_necessity")(ctx, word(ctx, "urged"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("president", ADDRESSEE)


def test_his_government_is_the_government_of_the_one_an_earlier_his_government_belongs_to() -> None:
    envoy = ("bolivian-envoy", "Person")
    parties = {"Bolivian": envoy, "envoy": envoy, "Saavedra": ("saavedra", "Person")}
    parties["Bolivia"] = ("bolivia", "Government")
    ctx, voice = built(
        "The Bolivian envoy stressed the desire of his Government for arbitration, while Saavedra urged that "
        "his Government accept the formula of Bolivia.",
        parties,
    )
    directive = rule("reported_directive")(ctx, word(ctx, "accept"), voice)
    assert directive is not None and (directive.issuer, directive.addressee) == ("saavedra", "bolivia")
