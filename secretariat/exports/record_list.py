"""Any list of the program as a spreadsheet: the records shown or chosen, a column
per field, in XLSX or CSV.

The workbook prints as every workbook of the program does (landscape when wide,
fitted to the page's width, the header row and ``title`` on every page, see
:mod:`secretariat.exports.sheet_printing`).

The caller (the list page) says which columns, with their headers in the document
language (``language``, "de" by default, sets how dates show in XLSX and the sheet's
fallback name), and hands the rows as values; dates
come as ``date`` objects (real dates in Excel), everything else as text. Cells get
the same protection as the member directory: text stays text, a value starting
with ``=`` never becomes a formula, control characters are removed. The file is
written whole or not at all, also when the user cancels::

    count = RecordListXlsx("Kontakte", columns, rows, total=len(ids)).write("kontakte.xlsx")
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from openpyxl import Workbook

from secretariat.exports import ExportCancelled, atomic_target
from secretariat.exports.directory_tables import (
    CSV_DIALECTS,
    Column,
    Sheet,
    csv_cells,
    csv_file,
)
from secretariat.exports.language import DEFAULT_LANGUAGE, Wording, checked

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

_FORBIDDEN_IN_SHEET_NAMES = str.maketrans({char: " " for char in "[]:*?/\\"})


WORDING = Wording("record list", {"de": {"list": "Liste"}, "en": {"list": "List"}})


def sheet_name(title: str, language: str = DEFAULT_LANGUAGE) -> str:
    """``title`` as Excel allows a sheet to be named (31 characters, no []:*?/\\)."""
    name = " ".join(title.translate(_FORBIDDEN_IN_SHEET_NAMES).split())[:31]
    return name or WORDING[language]["list"]


class _RecordList:
    def __init__(
        self,
        title: str,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        *,
        total: int,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        self.language = checked(language)
        self.title = title
        self.columns = tuple(columns)
        self._rows = rows
        self.total = total
        self.progress = progress
        self.cancelled = cancelled

    def rows(self) -> Iterator[Sequence[Any]]:
        """The rows, reporting progress and stopping when cancelled."""
        if self.progress is not None:
            self.progress(0, self.total)
        for done, row in enumerate(self._rows, start=1):
            if self.cancelled is not None and self.cancelled():
                raise ExportCancelled()
            yield row
            if self.progress is not None:
                self.progress(done, max(done, self.total))


class RecordListXlsx(_RecordList):
    """The list as an XLSX workbook of one sheet: bold frozen header, autofilter,
    column widths, dates as dates."""

    def write(self, path: str | os.PathLike[str]) -> int:
        """Write the workbook (whole or not at all); returns the rows written."""
        with atomic_target(path) as temporary:
            workbook = Workbook(write_only=True)
            workbook.properties.title = self.title
            workbook.properties.creator = "Secretariat"
            sheet = Sheet(
                workbook,
                sheet_name(self.title, self.language),
                self.columns,
                internal=False,
                language=self.language,
                printed_title=self.title,
            )
            count = 0
            try:
                for row in self.rows():
                    sheet.append(row)
                    count += 1
            except BaseException:
                sheet.discard()
                raise
            sheet.finish()
            workbook.save(temporary)
        return count


class RecordListCsv(_RecordList):
    """The list as CSV: ``dialect`` "excel-de" (UTF-8 with BOM, ``;``, CRLF, dates as
    12.06.2026) or "comma" (UTF-8, ``,``, CRLF, ISO dates)."""

    def __init__(self, *args: Any, dialect: str = "excel-de", **kwargs: Any) -> None:
        if dialect not in CSV_DIALECTS:
            raise ValueError(f"Unknown CSV dialect {dialect!r}; choose one of {CSV_DIALECTS}.")
        super().__init__(*args, **kwargs)
        self.dialect = dialect

    def write(self, path: str | os.PathLike[str]) -> int:
        """Write the CSV (whole or not at all); returns the rows written."""
        german = self.dialect == "excel-de"
        count = 0
        with csv_file(path, self.dialect) as writer:
            writer.writerow([column.header for column in self.columns])
            for row in self.rows():
                writer.writerow(csv_cells(self.columns, row, german))
                count += 1
        return count
