"""The member directory as tables: an XLSX workbook and a CSV file.

:class:`MemberDirectoryXlsx` writes three sheets, "Organisationen",
"Ansprechpartner" and "Produkte" ("Organisations", "Contacts" and "Products" with
``language="en"``: sheet names and headers are in the document language, see
:data:`WORDING` and :data:`HEADERS`), each with a bold header row, the pane frozen
below it, an autofilter over the data and fixed column widths; printed on A4 in
landscape, fitted to the page's width, with the header row, "Mitgliederverzeichnis –
Organisationen" and the page number on every page
(:mod:`secretariat.exports.sheet_printing`). Dates are real dates
shown as DD.MM.YYYY (English: YYYY-MM-DD);
postcodes and phone numbers are text ("01067" stays "01067"). No cell is ever a
formula: every text is written as an explicit text cell, and a value that a
spreadsheet would run as a formula (``=HYPERLINK(...)``) also gets Excel's "quote
prefix" flag (see :mod:`secretariat.exports.spreadsheet_safety`).

An internal directory (``internal=True``: every contact, also those who did not
consent to be listed) says so on every sheet's printed page header ("INTERN – nicht
zur Weitergabe") and in the document properties (title "Mitgliederverzeichnis
(intern)", keyword "INTERN"), so it shows in Explorer, Excel's file info and every
printout, without changing the sheets' layout that filters and imports rely on.

:class:`MemberDirectoryCsv` writes one row per listed contact with their
organisation's columns in front (a directory as it goes into a mail merge or an
address book import); an organisation without a listed contact gets one row with
empty person columns, so every organisation is in the file. The default dialect
"excel-de" is what German Excel opens with a double click: UTF-8 with BOM, ";",
CRLF, dates as DD.MM.YYYY. "comma" is UTF-8 without BOM, ",", CRLF, ISO dates.

Both are written to a temporary file beside the target and moved into place at the
end: a cancelled or failed export leaves no file behind. ``progress(done, total)``
is called once per organisation; ``cancelled()`` is asked as often, and when it
says yes the export stops with :class:`ExportCancelled`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from secretariat.domain import enums
from secretariat.domain.fields import Record
from secretariat.exports import ExportCancelled, atomic_target
from secretariat.exports.directory_data import DirectoryEntry, count_entries, directory_entries
from secretariat.exports.language import (
    COMMON,
    DEFAULT_LANGUAGE,
    Wording,
    checked,
    vocabulary_label,
)
from secretariat.exports.sheet_printing import limit_printing, set_up_printing
from secretariat.formats.csv_files import CSV_DIALECTS, csv_file
from secretariat.formats.spreadsheet_safety import (
    cell_text,
    clean_text,
    is_risky,
    phone_display,
    phone_text,
)
from secretariat.store import ClusterDatabase, crash_points

ProgressCallback = Callable[[int, int], None]
CancelledCallback = Callable[[], bool]


# The workbook's words, in each document language; a column's header is
# HEADERS[language][the English header in the Column].
WORDING = Wording(
    "directory tables",
    {
        "de": {
            "internal_title": "Mitgliederverzeichnis (intern)",
            "published_title": "Mitgliederverzeichnis",
            "organisations": "Organisationen",
            "contacts": "Ansprechpartner",
            "products": "Produkte",
        },
        "en": {
            "internal_title": "Member directory (internal)",
            "published_title": "Member directory",
            "organisations": "Organisations",
            "contacts": "Contacts",
            "products": "Products",
        },
    },
)
INTERNAL_TITLE = WORDING["de"]["internal_title"]
PUBLISHED_TITLE = WORDING["de"]["published_title"]
INTERNAL_HEADER = COMMON["de"]["internal"]
# How a date cell shows: German 12.06.2026, English ISO (2026-06-12), which every
# spreadsheet reads the same, whatever its own language.
DATE_FORMATS = {"de": "DD.MM.YYYY", "en": "YYYY-MM-DD"}
DATE_FORMAT = DATE_FORMATS["de"]

# The German headers are ones the import recognises (secretariat.imports.headers), so
# a German directory reads back in as readily as an English one.
_GERMAN_HEADERS = {
    "Organisation": "Organisation",
    "Kind": "Art",
    "Sector": "Branche",
    "Cluster roles": "Clusterrollen",
    "Themes": "Themen",
    "Size class": "Größenklasse",
    "Member since": "Mitglied seit",
    "Street": "Straße",
    "Postcode": "PLZ",
    "City": "Ort",
    "Country": "Land",
    "Website": "Webseite",
    "E-mail": "E-Mail",
    "Phone": "Telefon",
    "Description": "Beschreibung",
    "Salutation": "Anrede",
    "Title": "Titel",
    "First name": "Vorname",
    "Last name": "Nachname",
    "Position": "Funktion",
    "Mobile": "Mobil",
    "Language": "Sprache",
    "Product or service": "Produkt oder Leistung",
    "Category": "Kategorie",
    "Keywords": "Stichwörter",
    "Organisation e-mail": "E-Mail Firma",
    "Organisation phone": "Telefon Firma",
}
HEADERS = Wording(
    "directory table headers",
    {"de": _GERMAN_HEADERS, "en": {english: english for english in _GERMAN_HEADERS}},
)


# -- the columns, in one place (English source texts; see HEADERS for German) --


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: str = "text"  # text | date | phone | multiline


ORGANISATION_COLUMNS: tuple[Column, ...] = (
    Column("Organisation", 40),
    Column("Kind", 18),
    Column("Sector", 24),
    Column("Cluster roles", 30),
    Column("Themes", 30),
    Column("Size class", 18),
    Column("Member since", 13, "date"),
    Column("Street", 28),
    Column("Postcode", 10),
    Column("City", 18),
    Column("Country", 8),
    Column("Website", 34),
    Column("E-mail", 32),
    Column("Phone", 18, "phone"),
    Column("Description", 60, "multiline"),
)
CONTACT_COLUMNS: tuple[Column, ...] = (
    Column("Organisation", 40),
    Column("Salutation", 10),
    Column("Title", 10),
    Column("First name", 16),
    Column("Last name", 20),
    Column("Position", 28),
    Column("E-mail", 34),
    Column("Phone", 18, "phone"),
    Column("Mobile", 18, "phone"),
    Column("Language", 9),
)
PRODUCT_COLUMNS: tuple[Column, ...] = (
    Column("Organisation", 40),
    Column("Product or service", 36),
    Column("Kind", 10),
    Column("Category", 20),
    Column("Keywords", 30),
    Column("Description", 60, "multiline"),
)
# The CSV: the organisation's columns (without the description) and the person's.
CSV_ORGANISATION_COLUMNS = tuple(c for c in ORGANISATION_COLUMNS if c.header != "Description")
CSV_CONTACT_COLUMNS = CONTACT_COLUMNS[1:]
_CSV_RENAMED = {"E-mail": "Organisation e-mail", "Phone": "Organisation phone"}
CSV_HEADERS: tuple[str, ...] = tuple(
    [_CSV_RENAMED.get(c.header, c.header) for c in CSV_ORGANISATION_COLUMNS]
    + [c.header for c in CSV_CONTACT_COLUMNS]
)


def headed(columns: Sequence[Column], language: str) -> tuple[Column, ...]:
    """``columns`` with their headers in ``language``."""
    names = HEADERS[language]
    return tuple(replace(column, header=names[column.header]) for column in columns)


def csv_headers(language: str = DEFAULT_LANGUAGE) -> tuple[str, ...]:
    """The directory CSV's header row in ``language``."""
    names = HEADERS[language]
    return tuple(names[header] for header in CSV_HEADERS)


def _label(vocabulary: type[enums.Vocabulary], value: Any, language: str) -> str:
    """The value's label in the document language (the import reads either back)."""
    if value is None or value == "":
        return ""
    return vocabulary_label(vocabulary, value, language)


def _labels(vocabulary: type[enums.Vocabulary], values: Any, language: str) -> str:
    return ", ".join(_label(vocabulary, value, language) for value in (values or []))


def _day(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def organisation_values(organisation: Record, language: str = DEFAULT_LANGUAGE) -> list[Any]:
    """The organisation's row, raw: dates as ``date``, phones as stored (E.164)."""
    return [
        organisation.get("name"),
        _label(enums.OrganisationKind, organisation.get("kind"), language),
        organisation.get("sector"),
        _labels(enums.ClusterRole, organisation.get("roles"), language),
        ", ".join(str(theme) for theme in organisation.get("themes") or []),
        _label(enums.SizeClass, organisation.get("size_class"), language),
        _day(organisation.get("member_since")),
        organisation.get("street"),
        organisation.get("postcode"),
        organisation.get("city"),
        organisation.get("country"),
        organisation.get("website"),
        organisation.get("email"),
        organisation.get("phone"),
        organisation.get("description"),
    ]


def contact_values(
    contact: Record, organisation_name: str, language: str = DEFAULT_LANGUAGE
) -> list[Any]:
    return [
        organisation_name,
        _label(enums.Salutation, contact.get("salutation"), language),
        contact.get("title"),
        contact.get("first_name"),
        contact.get("last_name"),
        contact.get("position"),
        contact.get("email"),
        contact.get("phone"),
        contact.get("mobile"),
        contact.get("language"),
    ]


def product_values(
    product: Record, organisation_name: str, language: str = DEFAULT_LANGUAGE
) -> list[Any]:
    return [
        organisation_name,
        product.get("name"),
        _label(enums.ProductKind, product.get("kind"), language),
        product.get("category"),
        product.get("keywords"),
        product.get("description"),
    ]


class _DirectoryTable:
    """What the XLSX and CSV directories share: which entries, progress, cancel."""

    def __init__(
        self,
        db: ClusterDatabase,
        *,
        internal: bool = False,
        on: date | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelledCallback | None = None,
        organisation_ids: list[int] | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        self._db = db
        self.language = checked(language)
        self.internal = internal
        self.on = on
        self.progress = progress
        self.cancelled = cancelled
        self.organisation_ids = organisation_ids

    def entries(self) -> Iterator[DirectoryEntry]:
        """The directory's entries, reporting progress and stopping when cancelled."""
        if self.organisation_ids is not None:
            total = len(self.organisation_ids)
        else:
            total = count_entries(self._db, on=self.on)
        self._check_cancelled()
        entries = directory_entries(
            self._db, internal=self.internal, on=self.on, organisation_ids=self.organisation_ids
        )
        for done, entry in enumerate(entries, start=1):
            yield entry
            if self.progress is not None:
                self.progress(done, max(total, done))
            self._check_cancelled()

    def _check_cancelled(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled()


# -- XLSX -------------------------------------------------------------------------


class MemberDirectoryXlsx(_DirectoryTable):
    """The member directory as an XLSX workbook (see the module's text)::

    count = MemberDirectoryXlsx(db).write("mitglieder.xlsx")
    """

    def write(self, path: str | os.PathLike[str]) -> int:
        """Write the workbook to ``path`` (whole or not at all); returns the number of
        organisations. Raises ExportError (ExportCancelled when cancelled)."""
        language = self.language
        words = {**COMMON[language], **WORDING[language]}
        with atomic_target(path) as temporary:
            workbook = Workbook(write_only=True)
            title = words["internal_title"] if self.internal else words["published_title"]
            workbook.properties.title = title
            workbook.properties.creator = "Secretariat"
            workbook.properties.language = language
            if self.internal:
                workbook.properties.keywords = "INTERN"
                workbook.properties.subject = words["internal"]
            sheets = [
                Sheet(
                    workbook,
                    words[key],
                    headed(columns, language),
                    self.internal,
                    language,
                    printed_title=f"{title} – {words[key]}",
                    day=self.on,
                )
                for key, columns in (
                    ("organisations", ORGANISATION_COLUMNS),
                    ("contacts", CONTACT_COLUMNS),
                    ("products", PRODUCT_COLUMNS),
                )
            ]
            organisations, contacts, products = sheets
            count = 0
            try:
                for entry in self.entries():
                    name = entry.name
                    organisations.append(organisation_values(entry.organisation, language))
                    for contact in entry.contacts:
                        contacts.append(contact_values(contact, name, language))
                    for product in entry.products:
                        products.append(product_values(product, name, language))
                    count += 1
            except BaseException:
                for sheet in sheets:
                    sheet.discard()
                raise
            for sheet in sheets:
                sheet.finish()
            workbook.save(temporary)
        return count


class Sheet:
    """One write-only worksheet with its header, widths, frozen pane and filter."""

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        columns: Sequence[Column],
        internal: bool,
        language: str = DEFAULT_LANGUAGE,
        *,
        printed_title: str = "",
        day: date | None = None,
    ) -> None:
        """``title`` names the sheet; ``printed_title`` (the sheet's name when empty)
        heads every printed page, with ``day`` as its "as of" day (today by default);
        see :func:`~secretariat.exports.sheet_printing.set_up_printing`."""
        self.columns = columns
        self.date_format = DATE_FORMATS[checked(language)]
        self.sheet: WriteOnlyWorksheet = workbook.create_sheet(title)
        for number, column in enumerate(columns, start=1):
            self.sheet.column_dimensions[get_column_letter(number)].width = column.width
        self.sheet.freeze_panes = "A2"
        set_up_printing(
            self.sheet,
            title=printed_title or title,
            widths=[column.width for column in columns],
            language=language,
            internal=internal,
            day=day,
        )
        self.sheet.append([self._header(column.header) for column in columns])
        self.rows = 1

    def _header(self, text: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=text)
        cell.font = Font(bold=True)
        return cell

    def append(self, values: Sequence[Any]) -> None:
        self.sheet.append(
            [self._cell(column, value) for column, value in zip(self.columns, values, strict=True)]
        )
        self.rows += 1
        crash_points.reached("export-row")

    def _cell(self, column: Column, value: Any) -> WriteOnlyCell | str | None:
        if column.kind == "date":
            if value is None:
                return None
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.number_format = self.date_format
            return cell
        if column.kind == "phone":
            text = phone_display(value)
        else:
            text = clean_text(value, multiline=column.kind == "multiline")
        if not text:
            return None
        risky = is_risky(text)
        wrapped = column.kind == "multiline" and "\n" in text
        if not risky and not wrapped and text not in ERROR_CODES:
            return text  # openpyxl makes it the same text cell, without a cell to build
        cell = WriteOnlyCell(self.sheet, value=text)
        cell.data_type = "s"  # text, always: openpyxl would make "=..." a formula
        if risky:
            cell.quotePrefix = True  # Excel's "'" text marker, not part of the value
        if wrapped:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def discard(self) -> None:
        """Close the sheet's stream and remove openpyxl's temporary file for it."""
        with contextlib.suppress(Exception):
            self.sheet.close()
        writer = getattr(self.sheet, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()

    def finish(self) -> None:
        last = get_column_letter(len(self.columns))
        self.sheet.auto_filter.ref = f"A1:{last}{self.rows}"
        limit_printing(self.sheet, len(self.columns), self.rows)


# -- CSV --------------------------------------------------------------------------


class MemberDirectoryCsv(_DirectoryTable):
    """The member directory as one CSV file of contacts with their organisation's
    columns (see the module's text)::

    count = MemberDirectoryCsv(db).write("mitglieder.csv")            # German Excel
    count = MemberDirectoryCsv(db, dialect="comma").write("members.csv")
    """

    def __init__(
        self,
        db: ClusterDatabase,
        *,
        dialect: str = "excel-de",
        internal: bool = False,
        on: date | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelledCallback | None = None,
        organisation_ids: list[int] | None = None,
        language: str = DEFAULT_LANGUAGE,
    ) -> None:
        if dialect not in CSV_DIALECTS:
            raise ValueError(f"Unknown CSV dialect {dialect!r}; choose one of {CSV_DIALECTS}.")
        super().__init__(
            db,
            internal=internal,
            on=on,
            progress=progress,
            cancelled=cancelled,
            organisation_ids=organisation_ids,
            language=language,
        )
        self.dialect = dialect

    @property
    def headers(self) -> list[str]:
        return list(csv_headers(self.language))

    def write(self, path: str | os.PathLike[str]) -> int:
        """Write the CSV to ``path`` (whole or not at all); returns the number of
        organisations. Raises ExportError (ExportCancelled when cancelled)."""
        german = self.dialect == "excel-de"
        with csv_file(path, self.dialect) as writer:
            writer.writerow(self.headers)
            count = 0
            empty_person = [""] * len(CSV_CONTACT_COLUMNS)
            for entry in self.entries():
                organisation = csv_cells(
                    CSV_ORGANISATION_COLUMNS,
                    organisation_values(entry.organisation, self.language)[
                        : len(CSV_ORGANISATION_COLUMNS)
                    ],
                    german,
                )
                if not entry.contacts:
                    writer.writerow(organisation + empty_person)
                for contact in entry.contacts:
                    person = contact_values(contact, entry.name, self.language)[1:]
                    writer.writerow(organisation + csv_cells(CSV_CONTACT_COLUMNS, person, german))
                count += 1
        return count


def csv_cells(columns: Sequence[Column], values: Sequence[Any], german: bool) -> list[str]:
    """The cells of one CSV row: dates as 12.06.2026 for German Excel (ISO otherwise),
    phone numbers readable and never a formula, text cleaned of control characters
    and guarded against formula injection."""
    cells = []
    for column, value in zip(columns, values, strict=True):
        if column.kind == "date":
            cells.append(
                ""
                if value is None
                else (value.strftime("%d.%m.%Y") if german else value.isoformat())
            )
        elif column.kind == "phone":
            cells.append(phone_text(value))
        else:
            cells.append(cell_text(value, multiline=column.kind == "multiline"))
    return cells


