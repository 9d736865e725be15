"""Public names that load their module on first use, so ``import kg`` stays light (no spaCy, no pySHACL)."""
from __future__ import annotations

import importlib
import sys
import types
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


def callable_module(name: str, function: Callable[..., Any]) -> None:
    """Make the module ``name`` callable as ``function``.

    ``kg.build`` and ``kg.export`` are both a module and the function ``kg`` exports under that name.
    Whichever Python binds as ``kg.build`` (the function, through ``kg``'s lazy ``__getattr__``, or the
    module, once something imports it), ``kg.build(...)`` runs the function, and neither has to be
    imported with ``kg``.
    """
    module = sys.modules[name]

    class CallableModule(types.ModuleType):
        __call__ = staticmethod(function)

    CallableModule.__name__ = CallableModule.__qualname__ = f"{function.__name__}Module"
    module.__class__ = CallableModule
