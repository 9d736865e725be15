"""Stances the editor's notes report of named parties ("Willard concurs in these views", "Kissinger
recommended that the President approve the NSSM"): the notes speak for no one, so a stance there is only
its named holder's, never the document's writer's."""

from __future__ import annotations

from .context import Context
from .directives import editor_notes
from .voices import Voice


def voices_with_notes(ctx: Context) -> list[Voice | None]:
    """Every token's voice, the editor's notes that say something included with a voice of no one."""
    table = list(ctx.token_voices())
    for tok, voice in editor_notes(ctx):
        table[tok.i] = voice
    return table
