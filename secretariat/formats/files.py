"""Writing a file for the user, whole or not at all: a temporary file beside the
target, renamed onto it when complete; what goes wrong becomes an :class:`ExportError`
with a sentence a person can act on. The exports' documents and the import's file of
rejected rows both write this way.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from secretariat.store import crash_points


class ExportError(Exception):
    """An expected problem with an export: ``str(error)`` is a full sentence."""

    def __init__(self, message: str, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(f"{message} {hint}".strip())



@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; moved onto ``path`` when the
    block ends normally, removed when it raises — so readers never see a half-written
    document.

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
    import secrets  # here: loading it (and hashlib) is not worth it to open the app

    temporary = folder / f".{path.name}.{secrets.token_hex(4)}.part"
    try:
        try:
            yield temporary
            crash_points.reached("export-write")  # whole, not yet under its name
            os.replace(temporary, path)
        except PermissionError:
            raise ExportError(
                f"You may not write to “{path}”.",
                "Choose another place, e.g. your Documents folder.",
            ) from None
        except OSError as problem:
            reason = problem.strerror or str(problem)
            raise ExportError(f"“{path}” could not be written: {reason}.") from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def write_file(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` as a whole (see :func:`atomic_target`)."""
    with atomic_target(path) as temporary:
        # os.open with 0o666 lets the umask decide the permissions, as for any new file
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o666)
        with os.fdopen(descriptor, "wb") as handle:
            view = memoryview(data)
            for start in range(0, len(view), _PIECE):
                handle.write(view[start : start + _PIECE])
                crash_points.reached("export-write")
            handle.flush()
            os.fsync(handle.fileno())
    return Path(path)


_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_PIECE = 1 << 16  # bytes written at a time
