"""Yes-no questions with "there" put to the reader (kg.extract.existential_questions); invented
sentences in the style of 1969-76 messages."""

from __future__ import annotations

from .built import ADDRESSEE, speaker_directives


def found(sentence: str) -> dict[str, tuple[str, str, str]]:
    """Each directed verb's rule, the one it tells and its quote."""
    return {verb: got[:3] for verb, got in speaker_directives(sentence).items()}


def test_an_inverted_there_question_asks_the_reader_to_answer() -> None:
    got = found("Is there any objection to my raising the matter with the King tomorrow?")
    quote = "Is there any objection to my raising the matter with the King tomorrow"
    assert got == {"Is": ("existential_question", ADDRESSEE, quote)}
    got = found("Would there be any difficulty in sending the draft tonight?")
    assert got["be"][:2] == ("existential_question", ADDRESSEE)


def test_no_rhetorical_or_stated_there_clause_asks() -> None:
    assert found("Is there no end to this?") == {}
    assert found("Why is there so much delay?") == {}
    assert found("There is no objection to the draft.") == {}
