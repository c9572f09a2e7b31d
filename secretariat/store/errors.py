"""The errors the store raises that a person can act on.

Everything here is an *expected* error: the user interface shows its sentence
(and the hint, where there is one). Any other exception from the store is a bug.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of the store's expected errors: ``str(error)`` is a full sentence."""

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} {hint}".strip())


class StorageError(StoreError):
    """The database file cannot be used as asked: locked, read-only, full, damaged,
    not a Secretariat database, or made by a newer version of the program."""


class UnusableFileError(StorageError):
    """The file itself is not a database this program can use: empty, not SQLite,
    damaged, another program's, or made by a newer version of Secretariat.
    What helps: a backup, or another file."""


class ReadOnlyFileError(StorageError):
    """The file or its folder may not be written, or the database was opened
    read-only. What helps: opening it read-only, or a copy where one may write."""


class LockedFileError(StorageError):
    """Another copy of the program (a colleague, another window) has held the file
    for longer than this one waits. What helps: trying again a little later."""


class DiskFullError(StorageError):
    """The disk holding the file is full. What helps: freeing space, trying again."""


class UnreachableFileError(StorageError):
    """The file's folder or drive is gone, or the disk reported an error (a network
    folder that dropped, a USB stick pulled out). What helps: trying again once it
    is back, or another file."""


class NotFoundError(StoreError):
    """The record asked for is not (or no longer) there."""


class ConflictError(StoreError):
    """The record was changed or deleted by someone else since it was read."""


class RefusedError(StoreError):
    """The change would break something that depends on the record, e.g. deleting an
    organisation that still has contacts. The sentence says what holds it."""
