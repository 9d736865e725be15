"""Whose a relayed message is: a telegram sent to a foreign envoy with no sender named is his
government's; a message "for" someone is to that one."""

from __future__ import annotations

from kg.extract.voices import _message_frame

from .built import ADDRESSEE, SPEAKER, built

PROTEST = "protest against the seizure of the ship.”"
TO_ENVOY = "The following telegram was sent to the Brazilian Minister: “Brazil will " + PROTEST
TO_OURS = "The following telegram was sent to the American Minister: “Brazil will " + PROTEST
FOR_ONE = "Following message from the Committee for Clark: “You will " + PROTEST
TO_YOU = "Following memorandum to you from the Committee received today. “You will " + PROTEST


def _frame(sentence: str, actors: dict[str, tuple[str, str]]) -> tuple[str | None, str | None]:
    ctx, _ = built(sentence, actors)
    return _message_frame(ctx.sdoc, ctx.sdoc.text.index("“"), ctx.actor_at, (SPEAKER, ADDRESSEE))


def test_a_telegram_sent_to_a_foreign_envoy_is_his_governments() -> None:
    actors = {"Minister": ("brazilian-minister", "Person"), "Brazil": ("brazil", "Government")}
    assert _frame(TO_ENVOY, actors) == ("brazil", "brazilian-minister")


def test_a_telegram_sent_to_our_own_envoy_is_the_writers() -> None:
    actors = {"Minister": ("american-minister", "Person"), "Brazil": ("brazil", "Government")}
    assert _frame(TO_OURS, actors) == (SPEAKER, "american-minister")


def test_a_message_for_someone_is_to_that_one() -> None:
    actors = {"Committee": ("committee", "Organization"), "Clark": ("clark", "Person")}
    assert _frame(FOR_ONE, actors) == ("committee", "clark")


def test_a_following_memorandum_to_you_is_the_readers() -> None:
    """ "Following memorandum to you from X received today.": X's paper, to the one the telegram is for."""
    assert _frame(TO_YOU, {"Committee": ("committee", "Organization")}) == ("committee", ADDRESSEE)

