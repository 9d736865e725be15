"""Stances the editor's notes report of named parties ("Willard concurs in these views", "Kissinger
recommended that the President approve the NSSM"): the notes speak for no one, so a stance there is only
its named holder's, never the document's writer's."""

from __future__ import annotations

from .context import Context
from .directives import editor_notes
from .voices import Voice


def voices_with_notes(ctx: Context) -> list[Voice | None]:
    """Every token's voice, the editor's notes that say something included with a voice of no one; built
    once per document (the find and the write step both ask for it)."""
    known: list[Voice | None] | None = ctx.sdoc.user_data.get("kg_note_voices")
    if known is None:
        known = list(ctx.token_voices())
        for tok, voice in editor_notes(ctx):
            known[tok.i] = voice
        ctx.sdoc.user_data["kg_note_voices"] = known
    return known
