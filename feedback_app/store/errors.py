"""Errors of the store, importable without loading the database library."""

from __future__ import annotations


class StoreError(RuntimeError):
    """A problem with the database that the user can act on; the message says what to do."""


class StoreWriteError(StoreError):
    """Something could not be written. Nothing of that write was kept; retrying is safe."""


class ClosedSessionError(StoreWriteError):
    """The session no longer accepts responses."""
