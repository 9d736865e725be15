"""What looks like an option but is no course on the table (sample A of unseen documents): a
capability, a wanted answer, a text cited, a state one is in, an adjective of extent. Each test also
shows the contrasting construction that stays an option."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.registry import get

from .built import built, word

NOUN, CLAUSE, DEMAND = "proposal_noun", "proposal_clause", "demanded_object"


def courses(rule: str, sentence: str, at: str, entity: tuple[str, str] | None = None) -> list[str]:
    """What ``rule`` reads at ``at``; ``entity`` marks a phrase as a named entity of a kind (built
    parses carry no entities)."""
    ctx, voice = built(sentence)
    if entity is not None:
        start = sentence[: sentence.index(entity[0])].count(" ")
        ctx.sdoc.ents = [SpacySpan(ctx.sdoc, start, start + len(entity[0].split()), label=entity[1])]
    found = get("options", rule).func(ctx, word(ctx, at), voice)
    return [ctx.sdoc[c.start : c.end + 1].text for c in found]


def test_a_capability_stated_is_no_course_but_a_negated_one_is_a_refusal() -> None:
    assert courses(CLAUSE, "I will be able to render more valuable service here.", "able") == []
    assert courses(CLAUSE, "We are not able to send the troops.", "able") == ["to send the troops"]


def test_an_answer_coming_back_to_us_is_no_course_but_telling_another_is() -> None:
    assert courses(CLAUSE, "I should like to have your decision as to the troops.", "like") == []
    assert courses(CLAUSE, "I would like to be informed what arrangements were made.", "like") == []
    assert courses(CLAUSE, "He promised to advise us of the reply of his Government.", "promised") == []
    assert courses(CLAUSE, "He suggested that he be informed of the decision.", "suggested") == [
        "that he be informed of the decision"
    ]


def test_asking_for_an_answer_names_no_course_unless_it_names_its_topic() -> None:
    assert courses(DEMAND, "He asked for instructions in the premises.", "instructions") == []
    sentence = "He asked for Bolivia's decision on the peace formula."
    assert courses(DEMAND, sentence, "decision") == ["Bolivia 's decision on the peace formula"]


def test_a_provision_of_a_law_in_force_is_cited_not_proposed() -> None:
    assert courses(NOUN, "Article 5 of the law of 1919 requires all voters to register.", "Article") == []
    assert courses(NOUN, "We accept Article 5 of the draft convention.", "Article") == [
        "Article 5 of the draft convention"
    ]


def test_the_text_an_act_is_done_under_is_in_force() -> None:
    assert courses(NOUN, "Sanctions were applied under article 16.", "article") == []
    sentence = "Permission to import coffee under arrangement already existing with Great Britain."
    assert courses(NOUN, sentence, "arrangement") == []


def test_a_document_named_only_by_its_author_or_a_press_article_is_no_proposal() -> None:
    assert courses(NOUN, "Herter read a memorandum prepared by Mr. Patchin.", "memorandum") == []
    assert courses(NOUN, "The Wythe Williams article was founded on pure conjecture.", "article") == []
    assert courses(
        "proposal_noun", "He gave me a memorandum giving his Government's views.", "memorandum"
    ) == ["a memorandum giving his Government 's views"]


def test_a_position_one_is_in_is_a_state_unless_it_names_a_course() -> None:
    assert courses(NOUN, "The Commission is obviously in an anomalous position.", "position") == []
    sentence = "We will be in the position of carrying on our work up to an arbitrary day."
    assert courses(NOUN, sentence, "position") == [
        "the position of carrying on our work up to an arbitrary day"
    ]


def test_an_adjective_of_extent_does_not_make_an_instrument_a_concrete_proposal() -> None:
    sentence = "Negotiations for the final agreement could not last over a month."
    assert courses(NOUN, sentence, "agreement") == []
    sentence = "They reached the final agreement covering questions of control."
    assert courses(NOUN, sentence, "agreement") == ["the final agreement covering questions of control"]


def test_an_instrument_known_by_a_proper_name_is_cited_unless_proposed() -> None:
    assert courses(NOUN, "We read the Geneva Naval treaty again.", "treaty") == []
    assert courses(NOUN, "They discussed the Greek Treaty.", "Treaty") == ["the Greek Treaty"]
    assert courses(NOUN, "They will sign the proposed Lisbon Convention.", "Convention") == [
        "the proposed Lisbon Convention"
    ]
    assert courses(NOUN, "They will sign an ABM agreement.", "agreement") == ["an ABM agreement"]


def test_a_numbered_provision_in_brackets_is_a_source_cited() -> None:
    sentence = "Voters must reside two years in the district (Article 9)."
    assert courses(NOUN, sentence, "Article") == []
    assert courses(NOUN, "We accept Article 9 of the draft.", "Article") == ["Article 9 of the draft"]


def test_an_act_weighed_on_a_text_in_force_is_the_course() -> None:
    sentence = "They will consider a revision of the Lisbon Convention."
    assert courses(NOUN, sentence, "Convention") == ["a revision of the Lisbon Convention"]
    sentence = "Despatches were sent at the time of the signing of the Peace Treaty."
    assert courses(NOUN, sentence, "Treaty") == []


def test_an_instrument_dated_by_a_day_is_concluded() -> None:
    sentence = "The accord of June 9 proved abortive."
    assert courses(NOUN, sentence, "accord") == ["The accord of June 9"]  # no entities: no date
    assert courses(NOUN, sentence, "accord", ("June 9", "DATE")) == []


def test_a_proposal_noun_heading_the_name_of_a_place_is_the_place() -> None:
    sentence = "Troops landed in the Crow Creek Reservation."
    assert courses(NOUN, sentence, "Reservation", ("the Crow Creek Reservation", "FAC")) == []
    # taken for a body by the entity recognizer, the name is still headed by a noun of territory
    assert courses(NOUN, sentence, "Reservation", ("the Crow Creek Reservation", "ORG")) == []


def test_a_proposal_described_only_as_what_would_be_made_is_an_open_choice() -> None:
    assert courses(NOUN, "We will consider any proposals which may be made.", "proposals") == []
    assert courses(NOUN, "They discussed the course which would be adopted.", "course") == []
    sentence = "They listed the steps to be taken upon the arrival of the fleet."
    assert courses(NOUN, sentence, "steps") == ["the steps to be taken upon the arrival of the fleet"]


OWN = "own_course"


def test_talking_a_matter_over_or_finding_out_is_conduct_not_a_course() -> None:
    talk = "The minister desired to discuss the matter with the Governor on Monday."
    assert courses(CLAUSE, talk, "desired") == []
    finding = "He wished to ascertain informally whether the loan would be made."
    assert courses(CLAUSE, finding, "wished") == []
    assert courses(OWN, "I would forward his note to the Department.", "forward") == []
    discussed = courses(CLAUSE, "He proposed that the question be discussed by the Conference.", "proposed")
    assert discussed == ["that the question be discussed by the Conference"]
    assert courses(CLAUSE, "The Government wishes to consult the Allies first.", "wishes") == [
        "to consult the Allies first"
    ]
    assert courses(CLAUSE, "He wished to negotiate a new treaty with the Allies.", "wished") == [
        "to negotiate a new treaty with the Allies"
    ]


def test_a_name_headed_by_a_noun_of_territory_is_a_place_but_a_reservation_made_is_a_course() -> None:
    # built parses carry no entities: the proper noun of the name alone tells the territory
    reported = "The commissioner of the Crow Creek Reservation has reported the incident."
    assert courses(NOUN, reported, "Reservation") == []
    assert courses(NOUN, "The Senate reservation was rejected by the Allies.", "reservation") == [
        "The Senate reservation"
    ]


def test_a_course_only_called_fit_is_whichever_is_fit_but_one_said_or_owned_is_on_the_table() -> None:
    asked = "He asked for the views of the Department as to the proper course to be followed in that event."
    assert courses(NOUN, asked, "course") == []
    assert courses(NOUN, "He said that the best recommendation would be to wait.", "recommendation") == []
    purpose = (
        "He asked for the views of the Department as to the proper course to be taken to end the strike."
    )
    assert courses(NOUN, purpose, "course") == ["the proper course to be taken to end the strike"]
    assert courses(NOUN, "He said that our best offer would be to wait.", "offer") == ["our best offer"]


def test_a_saying_set_off_by_commas_is_a_remark_on_the_letter_but_a_clause_to_add_is_a_course() -> None:
    assert courses(OWN, "The Government, I should add, is anxious to sell the ship.", "add") == []
    assert courses(OWN, "I should add a clause on the duties.", "add") == ["add a clause on the duties"]


def test_the_aim_of_an_act_named_by_a_gerund_is_what_it_is_for_but_a_plain_aim_is_a_course() -> None:
    aim = "He said that his purpose in recalling the request was to gain time."
    assert courses("copular_course", aim, "gain") == []
    assert courses("copular_course", "He said that his purpose was to gain time.", "gain") == ["to gain time"]


def test_the_addressees_proposals_asked_to_be_sent_are_a_word_asked_back_but_ones_accepted_are_made() -> None:
    assert courses(NOUN, "Submit your recommendations on the matter.", "recommendations") == []
    assert courses(NOUN, "We accept your recommendations on the matter.", "recommendations") == [
        "your recommendations on the matter"
    ]


def test_drawing_or_giving_attention_weighs_what_it_is_drawn_to_but_giving_a_thing_is_a_course() -> None:
    weighed = "weighed_course"
    drawn = "We think you should call the attention of the Minister to the treaty."
    assert courses(weighed, drawn, "think") == []
    assert courses(weighed, "We think you should send a note to the Minister.", "think") == [
        "send a note to the Minister"
    ]
    assert courses(CLAUSE, "He was willing to give careful consideration to their plan.", "willing") == []
    assert courses(CLAUSE, "He was willing to give a loan to their bank.", "willing") == [
        "to give a loan to their bank"
    ]
    asked = "I request your careful consideration of the fact that the tax is high."
    assert courses(DEMAND, asked, "consideration") == []
    assert courses(DEMAND, "I request the postponement of the tax.", "postponement") == [
        "the postponement of the tax"
    ]
