"""A telegram's dropped "I" before a verb of meaning or belief is no imperative (non_imperative_verbs)."""

from __future__ import annotations

from .built import speaker_directives


def test_a_telegraphic_denial_of_meaning_is_no_imperative() -> None:
    # the writer's dropped "I": "(I) do not mean ...", like "(I) do not think ..."
    assert speaker_directives("Do not mean to decline the offer.") == {}
