"""Public names that load their module on first use, so ``import kg`` stays light (no spaCy, no pySHACL)."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def lazy_attributes(package: str, modules: dict[str, str],
                    namespace: dict[str, Any]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package``: ``name`` comes from the submodule ``modules[name]``
    on first use and is then kept in ``namespace`` (the package's globals)."""

    def __getattr__(name: str) -> object:
        if name not in modules:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{modules[name]}", package), name)
        namespace[name] = value
        return value

    return __getattr__
