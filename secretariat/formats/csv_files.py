"""CSV the way Excel reads it: German Excel (UTF-8 with a byte-order mark, ``;``,
CRLF) or plain comma-separated UTF-8, written whole or not at all."""

from __future__ import annotations

import contextlib
import csv
import os
from collections.abc import Iterator
from typing import Any

from secretariat.formats.files import atomic_target

CSV_DIALECTS = ("excel-de", "comma")


@contextlib.contextmanager
def csv_file(path: str | os.PathLike[str], dialect: str) -> Iterator[Any]:
    """A csv writer for ``path`` in one of :data:`CSV_DIALECTS`, written whole or not
    at all (see :func:`atomic_target`)."""
    if dialect not in CSV_DIALECTS:
        raise ValueError(f"Unknown CSV dialect {dialect!r}; choose one of {CSV_DIALECTS}.")
    german = dialect == "excel-de"
    with (
        atomic_target(path) as temporary,
        open(temporary, "w", encoding="utf-8-sig" if german else "utf-8", newline="") as handle,
    ):
        yield csv.writer(
            handle,
            delimiter=";" if german else ",",
            lineterminator="\r\n",
            quoting=csv.QUOTE_MINIMAL,
        )
        handle.flush()
        os.fsync(handle.fileno())
