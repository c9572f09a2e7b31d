"""Documents the secretariat hands out: iCalendar now; XLSX, CSV, PDF and vCard to come.

One class per document (e.g. :class:`secretariat.exports.calendar.EventCalendar`),
built from an open :class:`~secretariat.store.ClusterDatabase` and written with
``write(path)``. Exports read through the store's repositories (no SQL here) and
never import Qt, so they run the same from the app, the command line and tests.

What can go wrong when the file is written becomes an :class:`ExportError` with a
sentence a person can act on; a failed write leaves no half-written file behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


class ExportError(Exception):
    """An expected problem with an export: ``str(error)`` is a full sentence."""

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} {hint}".strip())


class ExportCancelled(ExportError):
    """The person stopped the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; no file was written.")


def write_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` as a whole: first to a temporary file beside it, then
    moved into place, so readers never see a half-written document.

    The folder must exist (a folder the user named is not created here). Raises
    ExportError naming the file or folder when it cannot be written.
    """
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"“{path}” is a folder.", "Choose a file name.")
    folder = path.parent
    if not folder.is_dir():
        raise ExportError(
            f"The folder “{folder}” does not exist.", "Choose another place, or create it first."
        )
    # os.open with 0o666 lets the umask decide the permissions, as for any new file
    temporary: Path | None = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
        temporary = None
    except PermissionError:
        raise ExportError(
            f"You may not write to “{path}”.", "Choose another place, e.g. your Documents folder."
        ) from None
    except OSError as problem:
        reason = problem.strerror or str(problem)
        raise ExportError(f"“{path}” could not be written: {reason}.") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
    return path


_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
