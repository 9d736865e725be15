"""A relayed telegram's preamble names who it is really from and for; on small invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.documents import Document, read_documents
from kg.extract.preambles import preamble_parties

HEAD = "12. The Minister in Peru (Poindexter) to the Secretary of State\n\nLima, May 3, 1927—6 p.m.\n\n"


def _parties(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    path = tmp_path / "frus1927v01-d12.txt"
    path.write_text(HEAD + body + "\n\nPoindexter\n")
    doc = next(d for d in read_documents(path) if isinstance(d, Document))
    found = list(preamble_parties(doc))
    assert all(doc.text[span.start : span.end] == name for _, name, span in found)
    return [(role, name) for role, name, _ in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("25. For Hale. You should decline the invitation.", [("recipient", "Hale")]),
        ("For Hale:\n\nYou should decline the invitation.", [("recipient", "Hale")]),
        (
            "6. For Norton and Gale, from Whitman. Cable the figures.",
            [("recipient", "Norton"), ("recipient", "Gale"), ("author", "Whitman")],
        ),
        (
            "For Owen from War Trade Board: Cable the figures.",
            [("recipient", "Owen"), ("author", "War Trade Board")],
        ),
        ("342. From Gibson. The Minister called today.", [("author", "Gibson")]),
        (
            "828. For Eagleton from the Secretary. Subject: Relations.",
            [("recipient", "Eagleton"), ("author", "Secretary")],
        ),
    ],
)
def test_a_preamble_names_the_real_parties(
    tmp_path: Path, body: str, expected: list[tuple[str, str]]
) -> None:
    assert _parties(tmp_path, body) == expected


def test_a_sentence_opening_with_for_names_no_party(tmp_path: Path) -> None:
    assert _parties(tmp_path, "For the present, you should decline the invitation.") == []
