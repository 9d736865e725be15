"""A paper named by who sent it, to whom and when is a document cited, not a course on the table; one
named by its content stays an option. Bringing something to one's attention is no course. A gloss in
brackets is part of a numbered provision's name; a citation in brackets is not."""

from __future__ import annotations

from .built import courses

NOUN, CLAUSE = "proposal_noun", "proposal_clause"


def test_a_paper_named_by_sender_addressee_or_date_is_cited() -> None:
    assert courses(NOUN, "He read me a memorandum sent by the consul to the minister.", "memorandum") == []
    assert courses(NOUN, "He answered Mr. Page's memorandum.", "memorandum") == []
    assert courses(NOUN, "We discussed the memorandum of November 4.", "memorandum") == []
    sentence = "The conversation turned to that question (see separate memorandum of even date)."
    assert courses(NOUN, sentence, "memorandum") == []


def test_a_paper_named_by_its_content_stays_an_option() -> None:
    sentence = "The consul sent us a memorandum proposing a conference of the powers."
    assert courses(NOUN, sentence, "memorandum") == ["a memorandum proposing a conference of the powers"]


def test_bringing_a_paper_to_ones_attention_is_no_course_but_bringing_troops_is() -> None:
    sentence = "I desire to bring to your attention the contents of a cable from Rome."
    assert courses(CLAUSE, sentence, "desire") == []
    assert courses(CLAUSE, "He desires to bring the troops to the frontier.", "desires") == [
        "to bring the troops to the frontier"
    ]


def test_work_taken_up_is_not_a_readers_attention() -> None:
    sentence = "The Chamber wished to devote its time to consideration of the budget."
    assert courses(CLAUSE, sentence, "wished") == ["to devote its time to consideration of the budget"]


def test_a_gloss_in_brackets_belongs_to_a_numbered_provision_but_a_citation_does_not() -> None:
    sentence = "They accepted Article 3 (levels and character of sites) yesterday."
    assert courses(NOUN, sentence, "Article") == ["Article 3 ( levels and character of sites )"]
    sentence = "They accepted Article 3 (see telegram No. 132) yesterday."
    assert courses(NOUN, sentence, "Article") == ["Article 3"]
