"""What extraction hands to graph building: plain frozen dataclasses, no spaCy objects."""
from __future__ import annotations

from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class Instruction:
    span: Span
    issuer: str  # actor key
    addressees: tuple[str, ...]
    action: str
    polarity: str = "do"  # do | dont
    confidence: float = 0.5

    @property
    def key(self) -> str:
        return f"instruction/{self.span.start}-{self.span.end}"


@dataclass(frozen=True)
class Option:
    span: Span
    label: str
    proposed_by: str | None = None
    confidence: float = 0.5

    @property
    def key(self) -> str:
        return f"option/{self.span.start}-{self.span.end}"


@dataclass(frozen=True)
class Decision:
    span: Span
    stance: str  # approve | reject
    actor: str  # actor key
    option: str  # option key
    confidence: float = 0.5

    @property
    def key(self) -> str:
        return f"decision/{self.span.start}-{self.span.end}"


@dataclass(frozen=True)
class Condition:
    span: Span
    connective: str
    governs: str | None = None  # key of an instruction or decision
    consequence: str | None = None  # paraphrase when it governs no item
    confidence: float = 0.5

    @property
    def key(self) -> str:
        return f"condition/{self.span.start}-{self.span.end}"


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
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def counts(self) -> dict[str, int]:
        return {
            "actors": len(self.actors),
            "instructions": len(self.instructions),
            "options": len(self.options),
            "decisions": len(self.decisions),
            "conditions": len(self.conditions),
        }
