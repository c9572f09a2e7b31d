"""An import from file to database in one call, for the command line (and any job
that needs no questions answered): read, map, plan, write, and the rejects file.

The wizard runs the same steps one by one, with the person deciding in between.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from secretariat.imports.mapping import ColumnMapping, suggest
from secretariat.imports.plan import ImportSummary, plan_import, write_import, write_rejects
from secretariat.imports.readers import read_file
from secretariat.store import ClusterDatabase

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did (or, for a dry run, would do)."""

    summary: ImportSummary
    mapping: ColumnMapping
    batch_id: int | None = None  # None for a dry run
    rejects_written: int = 0
    notes: tuple[str, ...] = ()
    reasons: tuple[str, ...] = field(default=())  # a sentence per rejected or duplicate row

    def as_dict(self) -> dict[str, Any]:
        summary = self.summary
        return {
            "imported": summary.created,
            "updated": summary.updated,
            "skipped": summary.skipped,
            "rejected": summary.rejected,
            "organisations_created": summary.organisations_created,
            "batch": self.batch_id,
            "dry_run": self.batch_id is None,
            "rejects_written": self.rejects_written,
        }


def import_file(
    db: ClusterDatabase,
    kind: str,
    path: str | os.PathLike[str],
    *,
    mapping: ColumnMapping | None = None,
    sheet: str | None = None,
    on_duplicate: str = "skip",
    dry_run: bool = False,
    rejects: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
) -> ImportOutcome:
    """Import ``path`` into ``kind`` ("organisations" or "contacts").

    ``mapping`` defaults to the suggested one (a saved mapping is matched to the file
    by its headers). Raises UnreadableFileError when the file cannot be read and
    MappingError when no column holds what the import needs; rejected rows do not
    stop the others, and go to ``rejects`` (a CSV) when given.
    """
    table = read_file(path, sheet=sheet)
    chosen = suggest(table.headers, kind) if mapping is None else mapping.matched_to(table.headers)
    rows = chosen.apply(table)
    plan = plan_import(db, kind, rows, on_duplicate=on_duplicate, source=table, progress=progress)
    written = write_rejects(plan, rejects) if rejects is not None and plan.rejected() else 0
    reasons = tuple(reason for row in plan.rows for reason in row.reasons)
    if dry_run:
        return ImportOutcome(plan.summary(), chosen, None, written, table.notes, reasons)
    result = write_import(db, plan, source_name=Path(path).name, progress=progress)
    return ImportOutcome(result.summary, chosen, result.batch_id, written, table.notes, reasons)
