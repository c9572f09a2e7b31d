"""Documents the secretariat hands out: PDF, XLSX, CSV, vCard and iCalendar.

One class per document (e.g. :class:`secretariat.exports.calendar.EventCalendar`),
built from an open :class:`~secretariat.store.ClusterDatabase` and written with
``write(path)``. Exports read through the store's repositories (no SQL here) and
never import Qt, so they run the same from the app, the command line and tests.

What can go wrong when the file is written becomes an :class:`ExportError` with a
sentence a person can act on; a failed write leaves no half-written file behind.
"""

from __future__ import annotations

from collections.abc import Callable

from secretariat.formats.files import ExportError, atomic_target, write_file

__all__ = ["ExportCancelled", "ExportError", "atomic_target", "laid_out", "write_file"]


class ExportCancelled(ExportError):
    """The person stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


def laid_out(build: Callable[[], bytes], what: str) -> bytes:
    """``build()``, a PDF's bytes. reportlab reports layout trouble in many ways; each
    becomes one ExportError naming ``what`` ("member directory")."""
    try:
        return build()
    except ExportError:
        raise
    except Exception as problem:
        raise ExportError(
            f"The {what} could not be laid out.",
            f"Please report this problem: {type(problem).__name__}: {problem}",
        ) from problem

