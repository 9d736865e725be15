"""The pipeline kg loads around the model: footnote numbers split from the word they follow, title
abbreviations kept whole, page breaks printed against a word split off, and the modifier apostrophe
("Indiaʼs", "donʼt") read as "’"."""
from __future__ import annotations

import pytest

from kg.extract import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laird's plan is totally unacceptable.8 Make sure", ["unacceptable", ".", "8", "Make"]),
        ("in my telcon,3 which", ["telcon", ",", "3", "which"]),
        ("was settled (text septel).2 Sisco said", ["septel", ")", ".", "2", "Sisco"]),
        ("from third powers.”4 I told him", ["powers", ".", "”", "4", "I"]),
        ("Thank you for Saigon 0126.2 Agree with", ["0126", ".", "2", "Agree"]),
        ("you passed in Tehran 103,2 you should", ["103", ",", "2", "you"]),
        ("What can I tell him?4 He will come", ["him", "?", "4", "He"]),
    ],
)
def test_a_footnote_number_after_a_stop_is_its_own_token(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    words = [t.text for t in extractor.nlp.tokenizer(text)]
    assert any(words[i : i + len(expected)] == expected for i in range(len(words)))


@pytest.mark.parametrize(
    ("text", "token"), [
        ("your No.5 of May 3", "No.5"),
        ("the figure 3.14", "3.14"),
        ("U.S.A.1", "U.S.A.1"),
        ("a loan of 3.5 million", "3.5"),
        ("under article 12.3 of the treaty", "12.3"),
        ("a sum of 1,250 dollars", "1,250"),
    ],
)
def test_numbers_that_are_not_footnotes_keep_their_token(extractor: Extractor, text: str, token: str) -> None:
    assert token in [t.text for t in extractor.nlp.tokenizer(text)]


def test_an_inline_heading_ends_before_the_capitalised_article(extractor: Extractor) -> None:
    text = (
        "The Board read the report on the coal trade at Trieste. Supply of Coal "
        "The Directors adopted the plan set out in the report."
    )
    doc = extractor.nlp(text)
    subjects = [t.text for t in doc if t.dep_ == "nsubj" and t.head.text == "adopted"]
    assert [s.text for s in doc.sents][-1].startswith("The Directors adopted")
    assert subjects == ["Directors"]


def test_the_article_of_a_name_after_a_preposition_stays_inside_the_sentence(extractor: Extractor) -> None:
    doc = extractor.nlp("He referred the question to the tribunal at The Hague without delay.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("title", ["Lieut.", "Capt.", "Col.", "Mme."])
def test_a_rank_title_keeps_its_stop_and_its_sentence(extractor: Extractor, title: str) -> None:
    text = f"The Colonel asked {title} Hale to call on the Governor and report the result."
    doc = extractor.nlp(text)
    assert title in [t.text for t in doc]
    assert len(list(doc.sents)) == 1


def test_a_stop_after_an_unlisted_word_still_ends_the_sentence(extractor: Extractor) -> None:
    doc = extractor.nlp("The garrison withdrew to the fort. Hale reported the move.")
    assert len(list(doc.sents)) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Indiaʼs army will not withdraw, and we donʼt think Yahyaʼs forces canʼt hold.",
        "Sultan Khanʼs request was that the Deptʼs statement shouldnʼt name India.",
    ],
)
def test_the_modifier_apostrophe_reads_as_the_apostrophe(extractor: Extractor, text: str) -> None:
    """Some 1969-1976 volumes print U+02BC for the apostrophe: the model reads the same words, tags,
    lemmas, parse and entities as with "’", and the text is kept as written."""
    odd, usual = extractor.nlp(text), extractor.nlp(text.replace("ʼ", "’"))
    assert odd.text == text

    def reading(doc):  # type: ignore[no-untyped-def]
        words = [(t.text, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i) for t in doc]
        return repr((words, [(e.text, e.label_) for e in doc.ents])).replace("ʼ", "’")

    assert reading(odd) == reading(usual)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("asked Westmoreland [Page 710]to pass to", ["710", "]", "to", "pass"]),
        ("the implementation of the agree[Page 70]ments signed", ["agree", "[", "Page", "70", "]", "ments"]),
    ],
)
def test_a_page_break_printed_against_a_word_is_split_off(
    extractor: Extractor, text: str, expected: list[str]
) -> None:
    words = [t.text for t in extractor.nlp.tokenizer(text)]
    assert any(words[i : i + len(expected)] == expected for i in range(len(words)))
