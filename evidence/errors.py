"""One exception tree: every failure the library reports is an EvidenceError, so the CLI and the app catch one base.

Each edge has its subclass (fetch, parse, store, validation); the extra builtin bases keep older `except ValueError`
or `except RuntimeError` callers working while they move to the tree. Messages are safe to show (no secrets).
"""

from __future__ import annotations


class EvidenceError(Exception):
    """Base of every error the library raises on purpose; its message says what failed and what to do."""


class FetchError(EvidenceError, RuntimeError):
    """A fetch from a service that could not complete (network, answers, limits, an incomplete run)."""


class ParseError(EvidenceError, ValueError):
    """A document (raw file, import, service answer) that cannot be read as what it claims to be."""


class StoreError(EvidenceError, RuntimeError):
    """Tables, manifest, raw cache or locks on disk missing, busy or inconsistent."""


class ValidationError(EvidenceError, ValueError):
    """Values that cannot be true (a schema or plausibility check failed), naming the file and record."""
