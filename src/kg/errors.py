"""Every error kg reports to users, in one tree; the CLI turns each into a one-line message.

    KgError                     anything kg reports to a user (exit status 1, one line)
    ├── DocumentError           a document or file that cannot be read (also a ValueError)
    ├── StoreError              the store itself failed: unreachable, refusing writes
    ├── BuildError              a build worker or Dask cluster died; run the build again
    ├── Refused                 a request the server will not answer, with its HTTP status
    │                           (a malformed or forbidden query, a bad SPARQL Protocol request)
    ├── QueryTimeout            a server task ran past its deadline; its worker was killed
    └── PoolBusy                no server worker came free in time

The command group maps ``KgError`` to ``click.ClickException`` once (``kg.cli.Commands``).
"""
from __future__ import annotations


class KgError(Exception):
    """Base of every error kg reports to users."""


class DocumentError(KgError, ValueError):
    """A document (or a whole file) that cannot be read; the message is one line
    starting with the file name (and, for XML, the line and column)."""


class StoreError(KgError):
    """The store itself failed (unreachable, refusing writes): no document is to blame."""


class BuildError(KgError):
    """A build's workers failed; what was written stays, so running the build again finishes it."""


class Refused(KgError):
    """A request the server will not answer, with the HTTP status that says why."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class QueryTimeout(KgError):
    """The task ran past its deadline; its worker was killed."""


class PoolBusy(KgError):
    """No worker came free in time."""


class WorkerLost(KgError):
    """The worker died under the task: the system stopped it, most often past the memory it may use."""
