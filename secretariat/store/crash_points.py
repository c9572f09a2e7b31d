"""Crash points: the kill tests stop the program at a moment they choose.

The tests that kill the program in the middle of its work (tests/e2e/test_crash.py)
must hit a moment *inside* the work — while an import writes its rows, between two
merges, half-way through a backup or an export. A kill after a measured time misses
on a busy machine (the work has not begun, or is already done); so the work says
where it is by calling :func:`reached` with the name of a point, and a test names
the point to die at in the environment::

    SECRETARIAT_CRASH_AT=row-write:120 secretariat import contacts Mitglieder.csv

kills the process with SIGKILL — no clean-up, no ``finally``, no ``atexit``, as a
power cut or the task manager would — when ``row-write`` is reached the 120th time
(the first time when ``:<count>`` is left out). Without the variable, :func:`reached`
returns at once and nothing else changes.

The points (:data:`POINTS`):

``backup-copy``
    each page a checked backup copies (:func:`secretariat.store.sqlite.copy_database`;
    while the variable names this point the copy is made a page at a time)
``row-write``
    each row an import, a merge or an undo inserts, as SQLite takes it
    (:class:`secretariat.store.imports.BatchWriter`)
``batch-finish``
    each import, merge or undo when all its rows are written and its summary is
    recorded, just before its transaction commits
``merge-step``
    each row a merge points from the other record to the survivor
    (:func:`secretariat.imports.merge.merge`)
``export-page``
    each page of a PDF document, as it is finished
    (:class:`secretariat.exports.pdf_style.LateText`'s canvas)
``export-row``
    each row written to a sheet of the directory's XLSX workbook
    (:class:`secretariat.exports.directory_tables.Sheet`)
``export-write``
    each piece of a document written to its temporary file, and once more when the
    temporary file is complete, just before it is renamed to the name asked for
    (:mod:`secretariat.formats.files`)

A value naming no known point, or a count below 1, stops the program at once with a
ValueError: a test that meant to crash must never pass because nothing happened.

Standard library only, no Qt, no SQL: every layer above ``domain`` may call it
(DESIGN.md §3).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterable, Iterator
from typing import TypeVar

CRASH_ENV = "SECRETARIAT_CRASH_AT"
POINTS = frozenset(
    {
        "backup-copy",
        "row-write",
        "batch-finish",
        "merge-step",
        "export-page",
        "export-row",
        "export-write",
    }
)
# the exit status where there is no SIGKILL (Windows): 128 + 9, as a shell reports a kill
CRASH_EXIT = 137

T = TypeVar("T")


def parse(value: str) -> tuple[str, int] | None:
    """``"row-write:120"`` → ("row-write", 120); ``"row-write"`` → ("row-write", 1);
    an empty value → None. Raises ValueError for an unknown point or a bad count."""
    value = value.strip()
    if not value:
        return None
    point, _, count = value.partition(":")
    if point not in POINTS:
        raise ValueError(
            f"{CRASH_ENV}={value}: there is no crash point “{point}”; "
            f"the points are {', '.join(sorted(POINTS))}."
        )
    try:
        number = int(count) if count else 1
    except ValueError:
        number = 0
    if number < 1:
        raise ValueError(f"{CRASH_ENV}={value}: the count after “:” must be a whole number ≥ 1.")
    return point, number


_chosen = parse(os.environ.get(CRASH_ENV, ""))
_seen = 0


def armed(point: str) -> bool:
    """Whether this run is to crash at ``point`` (for work that does something
    slower only then, such as copying a backup page by page)."""
    return _chosen is not None and _chosen[0] == point


def reached(point: str) -> None:
    """Work has reached ``point`` once more: kill the process if this is the time the
    environment asked for, else return at once."""
    global _seen
    if _chosen is None or _chosen[0] != point:
        return
    _seen += 1
    if _seen == _chosen[1]:
        _die(point, _seen)


def each(point: str, items: Iterable[T]) -> Iterable[T]:
    """``items``, reaching ``point`` before each is handed on when armed for it;
    otherwise ``items`` themselves, at no cost."""
    return _each(point, items) if armed(point) else items


def _each(point: str, items: Iterable[T]) -> Iterator[T]:
    for item in items:
        reached(point)
        yield item


def _die(point: str, count: int) -> None:
    os.write(2, f"crash point {point} reached {count} times: killed\n".encode())
    kill = getattr(signal, "SIGKILL", None)
    if kill is not None:
        os.kill(os.getpid(), kill)
    os._exit(CRASH_EXIT)  # pragma: no cover - where there is no SIGKILL, or it was blocked
