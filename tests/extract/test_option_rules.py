"""The option constructions on small built input: what a proposal noun names, and what it does not."""

from __future__ import annotations

from kg.extract.context import char_span
from kg.extract.merging import merge_mentions
from kg.extract.model import Option
from kg.extract.option_extents import serial_end
from kg.extract.option_phrases import clause_label, noun_phrase
from kg.extract.option_targets import course_of_action, option_for
from kg.extract.options import Course, find_options
from kg.extract.registry import get

from .built import built, word


def proposal_noun(sentence: str, noun: str, actors: dict[str, tuple[str, str]] | None = None) -> list[str]:
    ctx, voice = built(sentence, actors)
    courses: list[Course] = get("options", "proposal_noun").func(ctx, word(ctx, noun), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


# -- boundaries of the noun phrase -------------------------------------------
def test_coordinated_numbers_belong_to_the_designation() -> None:
    ctx, _ = built("We cannot accept Articles 1 and 2.")
    start, end = noun_phrase(word(ctx, "Articles"))
    assert ctx.sdoc[start : end + 1].text == "Articles 1 and 2"


def test_a_relative_clause_belongs_to_the_proposal() -> None:
    sentence = "He was open to any alternative plan which this Government might suggest."
    assert proposal_noun(sentence, "plan") == ["any alternative plan which this Government might suggest"]
    assert proposal_noun("We have rejected the proposal we had been considering.", "proposal") == [
        "the proposal we had been considering"
    ]


def test_a_that_clause_coordinated_with_the_nouns_own_belongs_to_it() -> None:
    sentence = "They made an agreement that the troops be withdrawn, and that the port be opened."
    assert proposal_noun(sentence, "agreement") == [
        "an agreement that the troops be withdrawn, and that the port be opened"
    ]


def test_a_phrase_the_parser_hung_on_the_verb_completes_its_object() -> None:
    for sentence, noun, text in [
        (
            "The Council approved the appointment of a committee to coordinate the execution of the treaty.",
            "appointment",
            "the appointment of a committee to coordinate the execution of the treaty",
        ),
        (
            "The British Government objected to the international committee for the conversion of duties.",
            "committee",
            "the international committee for the conversion of duties",
        ),
    ]:
        ctx, _ = built(sentence)
        start, end = noun_phrase(word(ctx, noun))
        assert ctx.sdoc[start : end + 1].text == text


def test_the_parties_the_parser_hung_on_the_verb_belong_to_the_agreement() -> None:
    ctx, _ = built(
        "But in the case of Norway, where we have, in one form or another, denounced our agreements with the "
        "various associations, the final agreement between the War Trade Board and the Norwegian Government "
        "must, in some form, provide for the reconstruction of these associations."
    )
    start, end = noun_phrase(word(ctx, "agreements"))
    assert ctx.sdoc[start : end + 1].text == "our agreements with the various associations"


def test_what_a_proposal_is_about_belongs_to_it_and_why_it_was_judged_does_not() -> None:
    sentence = "He rejected our formula on the demilitarized zone."
    assert proposal_noun(sentence, "formula") == ["our formula on the demilitarized zone"]
    ctx, _ = built("He rejected our formula on the ground that it was vague.")
    start, end = noun_phrase(word(ctx, "formula"))
    assert ctx.sdoc[start : end + 1].text == "our formula"


def test_a_gerund_phrase_the_parser_hung_on_the_verb_says_what_the_object_is_for() -> None:
    ctx, _ = built("We welcome the assistance of the Mexican Government in preventing the contraband trade.")
    start, end = noun_phrase(word(ctx, "assistance"))
    assert ctx.sdoc[start : end + 1].text == (
        "the assistance of the Mexican Government in preventing the contraband trade"
    )
    ctx, _ = built("They weakened our position by leaving on Tuesday night.")
    start, end = noun_phrase(word(ctx, "position"))
    assert ctx.sdoc[start : end + 1].text == "our position"  # "by" says how, not what for


def test_a_clause_without_a_gap_is_no_relative_clause() -> None:
    assert proposal_noun("They proposed a draft treaty he said yes to.", "treaty") == ["a draft treaty"]


# -- a proposal noun that names no proposal ----------------------------------
def test_measures_left_open_are_no_option() -> None:
    sentence = "You are authorized to take all necessary measures to protect American lives."
    assert proposal_noun(sentence, "measures") == []
    assert proposal_noun("They proposed a measure for the protection of the currency.", "measure") == [
        "a measure for the protection of the currency"
    ]


def test_a_bare_plural_names_a_kind_of_proposal_not_one_on_the_table() -> None:
    assert proposal_noun("We cannot give general guarantees.", "guarantees") == []
    british = "We cannot accept the British guarantees."
    assert proposal_noun(british, "guarantees") == ["the British guarantees"]
    sentence = "He discussed various arrangements for the customs service."
    assert proposal_noun(sentence, "arrangements") == ["various arrangements for the customs service"]


def test_a_proposal_named_only_by_whose_it_is_points_back() -> None:
    peru = {"Government": ("peru", "Government")}
    assert proposal_noun("They rejected the request of the Peruvian Government.", "request", peru) == []
    sentence = "They rejected the request of the Peruvian Government for a hearing."
    expected = ["the request of the Peruvian Government for a hearing"]
    assert proposal_noun(sentence, "request", peru) == expected
    commission = {"Commission": ("commission", "Organization")}
    sentence = "They will grant any request of the Commission."
    assert proposal_noun(sentence, "request", commission) == ["any request of the Commission"]


def test_idioms_of_time_and_manner_are_no_option() -> None:
    assert proposal_noun("The question was raised in the course of the negotiations.", "course") == []
    assert proposal_noun("The Minister acted on his own initiative.", "initiative") == []
    assert proposal_noun("We are not in a position to extend the credit.", "position") == []


def test_agreeing_with_someone_is_no_agreement_proposed() -> None:
    sentence = "The delegation is in complete agreement with you on the consequences."
    assert proposal_noun(sentence, "agreement") == []
    germany = {"Germany": ("germany", "Government")}
    sentence = "They proposed an agreement with Germany on trade."
    assert proposal_noun(sentence, "agreement", germany) == ["an agreement with Germany on trade"]


def test_a_post_held_is_no_position_taken() -> None:
    collector = {"Collector": ("collector-of-customs", "Person")}
    assert proposal_noun("He was offered the position of Collector of Customs.", "position", collector) == []


# -- the option a stance bears on ----------------------------------------------
def test_the_actor_who_takes_a_stance_is_no_option() -> None:
    sentence = (
        "The President added that his Government would willingly accept any award of such a Commission."
    )
    ctx, voice = built(sentence)
    option = option_for(ctx, word(ctx, "Government"), [], voice)
    assert option is not None
    assert ctx.sdoc.text[option.span.start : option.span.end] == "any award of such a Commission"
    ctx, voice = built("The Minister acted on his own initiative.")
    assert option_for(ctx, word(ctx, "Minister"), [], voice) is None


def test_a_verb_with_a_pro_form_is_the_course_named_before() -> None:
    ctx, voice = built("They accepted the plan for a ceasefire and we are prepared to do same.")
    plan = option_for(ctx, word(ctx, "plan"), [], voice)
    assert plan is not None
    assert option_for(ctx, word(ctx, "do"), [plan], voice) == plan
    ctx, voice = built("They accepted the plan for a ceasefire and we are prepared to do that here.")
    plan = option_for(ctx, word(ctx, "plan"), [], voice)
    assert plan is not None and option_for(ctx, word(ctx, "do"), [plan], voice) != plan


def test_accepting_a_post_bears_on_no_option() -> None:
    ctx, voice = built("Mr. Smith has accepted the position of Collector of Customs.")
    assert option_for(ctx, word(ctx, "position"), [], voice) is None


def test_a_mention_that_points_back_is_the_option_named_before() -> None:
    ctx, voice = built("They proposed a mixed commission and we cannot accept this suggestion.")
    commission = option_for(ctx, word(ctx, "commission"), [], voice)
    assert commission is not None
    assert option_for(ctx, word(ctx, "suggestion"), [commission], voice) == commission
    made = option_for(ctx, word(ctx, "suggestion"), [], voice)  # nothing before: the mention is all there is
    assert made is not None and ctx.sdoc.text[made.span.start : made.span.end] == "this suggestion"


def test_a_bare_definite_mention_is_the_option_just_named_and_a_possessed_one_its_own() -> None:
    ctx, voice = built("They proposed a mixed commission but the matter was dropped.")
    commission = option_for(ctx, word(ctx, "commission"), [], voice)
    assert commission is not None
    assert option_for(ctx, word(ctx, "matter"), [commission], voice) == commission
    ctx, voice = built("They proposed a mixed commission but our position was unchanged.")
    commission = option_for(ctx, word(ctx, "commission"), [], voice)
    ours = option_for(ctx, word(ctx, "position"), [commission] if commission else [], voice)
    assert ours is not None and ours != commission


def test_views_someone_holds_are_on_the_option_named_before() -> None:
    ctx, voice = built("They proposed a mixed commission and we concur in your views.")
    commission = option_for(ctx, word(ctx, "commission"), [], voice)
    assert commission is not None
    assert option_for(ctx, word(ctx, "views"), [commission], voice) == commission


# -- lists of terms ----------------------------------------------------------
def enumerated(sentence: str, actors: dict[str, tuple[str, str]] | None = None) -> list[Course]:
    ctx, voice = built(sentence, actors)
    colon = word(ctx, ":")
    return list(get("options", "enumerated_terms").func(ctx, colon, voice))


def test_each_numbered_term_is_an_option() -> None:
    sentence = (
        "Chile proposes the following terms: (1) a neutral zone along the frontier; "
        "(2) a plebiscite in the disputed provinces; (3) payment of an indemnity by Peru."
    )
    ctx, _ = built(sentence)
    chile = {"Chile": ("chile", "Government")}
    courses = enumerated(sentence, chile)
    assert [ctx.sdoc[c.start : c.end + 1].text for c in courses] == [
        "a neutral zone along the frontier",
        "a plebiscite in the disputed provinces",
        "payment of an indemnity by Peru",
    ]
    assert {c.proposer for c in courses} == {"chile"}
    assert proposal_noun(sentence, "terms", chile) == []  # the items are the options, not the list


def test_a_mention_inside_an_item_of_a_list_is_part_of_that_item() -> None:
    ctx, _ = built(
        "The following propositions are under discussion: 1. Restatement of annex F of the Locarno Pact; "
        "2. Amendment of the Covenant of the League."
    )
    assert sorted(ctx.sdoc.text[o.span.start : o.span.end] for o in find_options(ctx)) == [
        "Amendment of the Covenant of the League",
        "Restatement of annex F of the Locarno Pact",
    ]


def test_a_numbered_term_ends_at_its_semicolon() -> None:
    sentence = (
        "The following propositions are under discussion: 1. Restatement of annex F; "
        "this has been agreed upon; 2. Amendment of the Covenant."
    )
    ctx, _ = built(sentence)
    texts = [ctx.sdoc[c.start : c.end + 1].text for c in enumerated(sentence)]
    assert texts == ["Restatement of annex F", "Amendment of the Covenant"]


# -- one option per course -------------------------------------------------------
def test_proposals_of_different_holders_are_not_merged() -> None:
    ctx, _ = built("Laird's plan is not the game plan on plenaries and we prefer the plan.")
    plans = [t for t in ctx.sdoc if t.text == "plan"]
    options = [Option(span=char_span(ctx.sdoc, *noun_phrase(t)), label=t.text) for t in plans]
    merged, same = merge_mentions(ctx, options)
    assert [ctx.sdoc.text[o.span.start : o.span.end] for o in merged] == [
        "Laird 's plan",  # a built Doc spaces every word
        "the game plan on plenaries",
    ]
    assert same[options[2].key] == merged[0].key  # the bare mention is the one named before


def test_a_relative_clause_naming_who_made_it_keeps_a_proposal_apart() -> None:
    ctx, _ = built("They discussed the Pakistani proposal and the proposal which I provided to you.")
    proposals = [t for t in ctx.sdoc if t.text == "proposal"]
    options = [Option(span=char_span(ctx.sdoc, *noun_phrase(t)), label=t.text) for t in proposals]
    merged, _ = merge_mentions(ctx, options)
    assert [ctx.sdoc.text[o.span.start : o.span.end] for o in merged] == [
        "the Pakistani proposal",
        "the proposal which I provided to you",
    ]


# -- what a proposal clause names ------------------------------------------------
def proposal_clause(sentence: str, governor: str) -> list[str]:
    ctx, voice = built(sentence)
    courses: list[Course] = get("options", "proposal_clause").func(ctx, word(ctx, governor), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


def test_a_time_clause_hung_on_the_proposing_word_says_when_the_course_is_taken() -> None:
    assert proposal_clause(
        "They propose to arrive at a settlement only after the troops have been withdrawn.", "propose"
    ) == ["to arrive at a settlement only after the troops have been withdrawn"]
    # a condition is an item of its own
    sentence = "They propose to arrive at a settlement only if the troops are withdrawn."
    assert proposal_clause(sentence, "propose") == ["to arrive at a settlement"]


def test_seeing_that_something_is_so_is_no_course() -> None:
    sentence = "I am unable to see that this arrangement is compatible with the treaty."
    assert proposal_clause(sentence, "unable") == []
    assert proposal_clause("They intend to see the President.", "intend") == ["to see the President"]


def test_what_someone_is_requested_to_do_is_an_instruction_not_a_proposal() -> None:
    sentence = "The Minister proposed that the boundary question be kept secret."
    assert proposal_clause(sentence, "proposed") == ["that the boundary question be kept secret"]
    requested = "The Minister requested that the boundary question be kept secret."
    assert proposal_clause(requested, "requested") == []


def test_a_pro_form_or_a_relative_gap_names_no_course() -> None:
    assert proposal_clause("The Minister is prepared to do so.", "prepared") == []
    sentence = "The Minister is prepared to do so on Saturday during the conference."
    assert proposal_clause(sentence, "prepared") == []  # when, not what
    assert proposal_clause("He objected to the changes which you may wish to introduce.", "wish") == []


# -- courses weighed ---------------------------------------------------------------
def weighed(sentence: str, verb: str, actors: dict[str, tuple[str, str]] | None = None) -> list[str]:
    ctx, voice = built(sentence, actors)
    courses: list[Course] = get("options", "weighed_course").func(ctx, word(ctx, verb), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


def test_a_course_weighed_in_an_opinion_or_a_hope() -> None:
    sentence = "We do not think you should sign with reservations."
    assert weighed(sentence, "think") == ["sign with reservations"]
    assert weighed("They hope you will land marines and lend arms and ammunition.", "hope") == [
        "land marines",
        "lend arms and ammunition",
    ]
    sentence = "We believe that an arrangement might be made whereby Sweden would curtail her exports."
    assert weighed(sentence, "believe") == [
        "an arrangement might be made whereby Sweden would curtail her exports"
    ]


def test_what_others_will_do_is_a_prediction() -> None:
    assert weighed("I think Germany will sign.", "think", {"Germany": ("germany", "Government")}) == []


def own(sentence: str, verb: str, actors: dict[str, tuple[str, str]] | None = None) -> list[str]:
    ctx, voice = built(sentence, actors)
    courses: list[Course] = get("options", "own_course").func(ctx, word(ctx, verb), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


def test_what_we_should_do_is_a_course_weighed_aloud() -> None:
    sentence = "We should send a cruiser to the harbor before the elections."
    assert own(sentence, "send") == ["send a cruiser to the harbor before the elections"]
    assert own("You told the Minister that we should send a cruiser.", "send") == ["send a cruiser"]


def test_a_question_a_third_party_fear_or_a_preference_is_no_own_course() -> None:
    assert own("When should we send a cruiser?", "send") == []
    minister = {"Minister": ("minister", "Person")}
    assert own("The Minister fears that we might send a cruiser.", "send", minister) == []
    assert own("We would prefer to send a cruiser.", "prefer") == []
    assert own("We would prefer to send a cruiser.", "send") == []


# -- what is demanded ------------------------------------------------------------
def demanded(sentence: str, noun: str) -> list[str]:
    ctx, voice = built(sentence)
    courses: list[Course] = get("options", "demanded_object").func(ctx, word(ctx, noun), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


def test_the_act_demanded_is_an_option() -> None:
    sentence = "You will request postponement of the proceedings."
    assert demanded(sentence, "postponement") == ["postponement of the proceedings"]
    sentence = "They will ask for an immediate hearing of their claim."
    assert demanded(sentence, "hearing") == ["an immediate hearing of their claim"]


def test_a_thing_asked_for_or_an_act_named_before_is_no_option() -> None:
    assert demanded("Please request a copy of the decree.", "copy") == []
    assert demanded("We request the postponement.", "postponement") == []


# -- an impersonal rule ------------------------------------------------------------
def impersonal_rule(sentence: str, verb: str) -> list[str]:
    ctx, voice = built(sentence)
    courses: list[Course] = get("options", "impersonal_rule").func(ctx, word(ctx, verb), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in courses]


def test_a_passive_of_obligation_with_no_one_to_act_is_a_rule_put_forward() -> None:
    sentence = "We agreed that no arms should be shipped to the ports without a license."
    rule = "no arms should be shipped to the ports without a license"
    assert impersonal_rule(sentence, "shipped") == [rule]


def test_a_rule_with_someone_named_to_act_is_no_impersonal_rule() -> None:
    assert impersonal_rule("No arms should be shipped by the company.", "shipped") == []
    assert impersonal_rule("They should be consulted before the meeting.", "consulted") == []


def test_rules_in_a_series_split_by_semicolons_are_each_a_rule() -> None:
    sentence = (
        "That is to say, no arms should be shipped to Peru unless under a permit issued by the "
        "associations; no arms should be shipped to Chile unless consigned to the Trust; and that no "
        "arms should be shipped to Bolivia unless consigned to the associations."
    )
    ctx, voice = built(sentence)
    rule = get("options", "impersonal_rule").func
    found = [c for t in ctx.sdoc if t.text == "shipped" for c in rule(ctx, t, voice)]
    assert [ctx.sdoc[c.start : c.end + 1].text for c in found] == [
        "no arms should be shipped to Peru unless under a permit issued by the associations",
        "no arms should be shipped to Chile unless consigned to the Trust",
        "no arms should be shipped to Bolivia unless consigned to the associations",
    ]
    sentence = "No arms should be shipped to Peru unless the cargo shall be consigned to the Trust."
    assert impersonal_rule(sentence, "consigned") == []  # a condition of the rule, not a rule


def test_a_gerund_after_for_a_noun_of_necessity_is_a_course_weighed() -> None:
    ctx, voice = built("They stressed the necessity for obtaining guarantees from the Governments.")
    courses: list[Course] = get("options", "modal_noun_course").func(ctx, word(ctx, "necessity"), voice)
    texts = [ctx.sdoc[c.start : c.end + 1].text for c in courses]
    assert texts == ["obtaining guarantees from the Governments"]


def test_a_causative_gerund_after_a_noun_of_necessity_is_a_course_weighed() -> None:
    ctx, voice = built("He urged the necessity of having the consul settle the claim.")
    courses: list[Course] = get("options", "modal_noun_course").func(ctx, word(ctx, "necessity"), voice)
    assert [ctx.sdoc[c.start : c.end + 1].text for c in courses] == ["having the consul settle the claim"]


# -- labels, extents and proposers of courses --------------------------------
def test_a_hyphenated_word_stays_whole_in_the_label() -> None:
    chile = {"Chilean": ("chile", "Government")}
    ctx, voice = built("The Chilean counter-proposal is most unwelcome.", chile)
    (course,) = get("options", "proposal_noun").func(ctx, word(ctx, "proposal"), voice)
    assert (course.label, course.proposer) == ("Chilean counter-proposal", "chile")
    ctx, voice = built("The most-favored-nation clause was accepted.")
    (course,) = get("options", "proposal_noun").func(ctx, word(ctx, "clause"), voice)
    assert course.label == "most-favored-nation clause"


def test_an_entitlement_held_is_no_course_and_one_reserved_is() -> None:
    assert proposal_clause("The company has the right to export the nitrate.", "right") == []
    assert proposal_clause("We must reserve the right to export the nitrate.", "right") == [
        "to export the nitrate"
    ]


def test_an_amount_the_parser_hung_on_the_verb_belongs_to_the_course_offered() -> None:
    sentence = "You may offer a reduction of the duty on coffee to five cents per pound."
    ctx, voice = built(sentence)
    (course,) = get("options", "demanded_object").func(ctx, word(ctx, "reduction"), voice)
    assert course.label == "reduction of the duty on coffee to five cents per pound"


def test_a_clause_label_keeps_a_short_course_whole() -> None:
    ctx, _ = built("This Government could not properly intervene in the dispute between the two republics.")
    assert clause_label(ctx.sdoc, 0, len(ctx.sdoc) - 2) == (
        "This Government could not properly intervene in the dispute between the two"
    )  # twelve words: a longer course is cut
    course = clause_label(ctx.sdoc, 5, len(ctx.sdoc) - 1)  # the sentence's stop is no part of it
    assert course == "intervene in the dispute between the two republics"


def test_who_asks_for_a_course_puts_it_forward() -> None:
    ctx, voice = built(
        "The claimants ask for an immediate hearing of their claim.", {"claimants": ("claimants", "Group")}
    )
    (course,) = get("options", "demanded_object").func(ctx, word(ctx, "hearing"), voice)
    assert (course.label, course.proposer) == ("immediate hearing of their claim", "claimants")


def test_a_pointing_mention_only_premodified_is_the_option_named_before() -> None:
    soviet = {"Soviet": ("soviet-union", "Government")}
    assert proposal_noun("We cannot accept this Soviet proposal.", "proposal", soviet) == []
    assert proposal_noun("We cannot accept this Soviet proposal on the zone.", "proposal", soviet) == [
        "this Soviet proposal on the zone"
    ]


def test_an_instrument_concluded_or_dated_is_no_longer_on_the_table() -> None:
    assert proposal_noun("The treaty signed at Managua remains in force.", "treaty") == []
    assert proposal_noun("The convention of 1909 remains in force.", "convention") == []
    chile = {"Chile": ("chile", "Government")}
    submitted = proposal_noun("Chile submitted a treaty of arbitration.", "treaty", chile)
    assert submitted == ["a treaty of arbitration"]


def test_the_word_of_choice_before_a_proposal_is_not_part_of_it() -> None:
    sentence = "Neither the Roumanian treaty nor the German protocol is ready."
    assert proposal_noun(sentence, "treaty") == ["the Roumanian treaty"]
    assert proposal_noun(sentence, "protocol") == ["the German protocol"]
    ctx, _ = built("Neither proposal is acceptable.")
    start, end = noun_phrase(word(ctx, "proposal"))
    assert ctx.sdoc[start : end + 1].text == "proposal"


# -- what is wanted ------------------------------------------------------------------
def test_the_act_a_word_of_wanting_asks_for_is_an_option() -> None:
    assert demanded("He emphasized the desire of his Government for arbitration.", "arbitration") == [
        "arbitration"
    ]
    assert demanded("There was a move for an extension of the mandate.", "extension") == [
        "an extension of the mandate"
    ]
    assert demanded("The resolution calls for the withdrawal of all forces.", "withdrawal") == [
        "the withdrawal of all forces"
    ]


def test_a_bare_act_noun_demanded_names_the_act_not_one_named_before() -> None:
    assert demanded("The delegates pressed for arbitration.", "arbitration") == ["arbitration"]
    assert demanded("We request the postponement.", "postponement") == []


# -- a list of three the parser broke ----------------------------------------------
def serial(sentence: str, first: str, last: str) -> str:
    """The course from word ``first`` to word ``last``, with the rest of its list."""
    ctx, _ = built(sentence)
    start, end = word(ctx, first).i, word(ctx, last).i
    return ctx.sdoc[start : serial_end(ctx.sdoc, start, end) + 1].text


def test_the_rest_of_a_list_of_courses_the_parser_hung_elsewhere_belongs_to_the_course() -> None:
    offer = (
        "Our thinking is to offer a new formula, say that we want an answer soon, and indicate that time is "
        "running out."
    )
    assert serial(offer, "to", "formula") == (
        "to offer a new formula, say that we want an answer soon, and indicate that time is running out"
    )
    resolution = (
        "We have reached agreement with them that our governments will introduce a resolution calling for "
        "a cease fire within one day, the withdrawal of all forces in all sectors, and a decision to begin "
        "talks."
    )
    assert serial(resolution, "introduce", "day") == (
        "introduce a resolution calling for a cease fire within one day, the withdrawal of all forces in all "
        "sectors, and a decision to begin talks"
    )


def test_a_participle_the_parser_hung_on_the_course_is_no_item_of_a_list() -> None:
    sentence = (
        "He wanted us to clarify the doubtful points first, emphasizing the desire of his Government for "
        "peace but stressing the need for speed."
    )
    assert serial(sentence, "clarify", "first") == "clarify the doubtful points first"


# -- a course promised, and an existence foretold ---------------------------------------
def test_what_one_assures_one_will_do_is_a_course_put_forward() -> None:
    sentence = "We assure you that our Government will use its influence to secure a settlement."
    assert proposal_clause(sentence, "assure") == [
        "that our Government will use its influence to secure a settlement"
    ]


def test_what_one_assures_is_so_is_no_course() -> None:
    assert proposal_clause("You may assure the Minister that the matter is closed.", "assure") == []


def test_an_existence_foretold_is_no_course_and_one_proposed_or_a_need_is() -> None:
    assert proposal_clause("They assured us that there will be no difficulties.", "assured") == []
    ctx, _ = built("We propose that there be no meetings with the press.")
    assert course_of_action(word(ctx, "be"))
    ctx, _ = built("He said that there would be no necessity of their returning the funds.")
    assert course_of_action(word(ctx, "be"))
