"""What resolution hands to graph building: one corpus entity per document actor."""
from __future__ import annotations

from dataclasses import dataclass

#: Entity kinds, named as the ontology's actor kinds (dip:Person, dip:Government, ...).
KINDS = ("Person", "Government", "Organization", "Group")


@dataclass(frozen=True)
class EntityRef:
    """A corpus entity: ``key`` is its IRI path below ``entity/`` and is computed from what
    one document carries, so every document naming the same actor computes the same key
    and the store merges them without a corpus-wide pass.

    ``label`` is a function of the key's source (persons list, gazetteer, surname), never of
    one document's wording, so the union of all graphs holds one preferred label.
    ``via`` says which rule resolved it (for the gold evaluation and debugging).
    """

    key: str
    kind: str
    label: str
    via: str

    @property
    def is_local(self) -> bool:
        """Unresolved actors get an entity of their own document only."""
        return self.key.startswith("local/")
