"""Errors users see; the CLI turns each into a one-line message."""
from __future__ import annotations


class KgError(Exception):
    """Base of every error kg reports to users."""
