"""What extraction hands to graph building: plain frozen dataclasses, no spaCy objects."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..documents import Span


@dataclass(frozen=True)
class Actor:
    """A person, government, organization or group of one document.

    ``key`` is a slug unique within the document; it becomes part of the IRI.
    """

    key: str
    name: str
    kind: str  # Person | Government | Organization | Group
    role: str  # author | recipient | other
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    confidence: float = 1.0


class _Item:
    """Items are keyed by kind and evidence offsets: the key becomes the IRI's last part."""

    kind: ClassVar[str]
    span: Span

    @property
    def key(self) -> str:
        return f"{self.kind}/{self.span.start}-{self.span.end}"


@dataclass(frozen=True)
class Instruction(_Item):
    kind: ClassVar[str] = "instruction"
    span: Span
    issuer: str  # actor key
    addressees: tuple[str, ...]
    action: str
    polarity: str = "do"  # do | dont
    confidence: float = 0.5
    rule: str = ""  # the construction that found it (provenance; not part of the key)


@dataclass(frozen=True)
class Option(_Item):
    kind: ClassVar[str] = "option"
    span: Span
    label: str
    proposed_by: str | None = None
    confidence: float = 0.5
    rule: str = ""  # the construction that found it (provenance; not part of the key)


@dataclass(frozen=True)
class Decision(_Item):
    kind: ClassVar[str] = "decision"
    span: Span
    stance: str  # approve | reject
    actor: str  # actor key
    option: str  # option key
    confidence: float = 0.5
    rule: str = ""  # the construction that found it (provenance; not part of the key)


@dataclass(frozen=True)
class Condition(_Item):
    kind: ClassVar[str] = "condition"
    span: Span
    connective: str
    governs: str | None = None  # key of an instruction or decision
    consequence: str | None = None  # paraphrase when it governs no item
    confidence: float = 0.5
    rule: str = ""  # the construction that found it (provenance; not part of the key)


@dataclass(frozen=True)
class Extraction:
    """Everything found in one document."""

    doc_id: str
    actors: tuple[Actor, ...] = ()
    instructions: tuple[Instruction, ...] = ()
    options: tuple[Option, ...] = ()
    decisions: tuple[Decision, ...] = ()
    conditions: tuple[Condition, ...] = ()
    model: str = ""
    version: str = ""

    def counts(self) -> dict[str, int]:
        return {
            "actors": len(self.actors),
            "instructions": len(self.instructions),
            "options": len(self.options),
            "decisions": len(self.decisions),
            "conditions": len(self.conditions),
        }
