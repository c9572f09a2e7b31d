"""Reading a CSV, XLSX or vCard file into a :class:`SourceTable` of text cells.

Everything that cannot be read ends in :class:`UnreadableFileError` with one sentence
that names the file and says what to do; no other exception leaves this module.
What a reader decided (encoding, separator, sheet, header row, skipped cards) is in
the table's ``notes``.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from secretariat.imports.headers import is_known_header
from secretariat.imports.rows import SourceRow, SourceTable, UnreadableFileError

CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
VCARD_SUFFIXES = (".vcf", ".vcard")
SEPARATORS = (";", ",", "\t")
_SEPARATOR_NAMES = {";": "';'", ",": "','", "\t": "tab"}
_HEADER_SEARCH_ROWS = 30  # how far down a sheet the header row is looked for
_ZIP_MAGIC = b"PK\x03\x04"
csv.field_size_limit(16 * 1024 * 1024)  # a long note is not an error


def read_file(path: str | Path, *, sheet: str | None = None) -> SourceTable:
    """The file's table, chosen by its extension (.csv/.txt, .xlsx, .vcf)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return read_workbook(path, sheet=sheet)
    if suffix in CSV_SUFFIXES:
        return read_csv(path)
    if suffix in VCARD_SUFFIXES:
        return read_vcards(path)
    if suffix in (".xls", ".ods", ".numbers"):
        raise UnreadableFileError(
            f"“{path.name}” is in a spreadsheet format the import cannot read "
            f"({suffix}). Save it as an Excel workbook (.xlsx) or as .csv and try again."
        )
    raise UnreadableFileError(
        f"“{path.name}” is not a file the import can read. Choose a .csv, .xlsx or .vcf "
        "file (save it in one of these formats first)."
    )


def sheet_names(path: str | Path) -> list[str]:
    """The sheets of an XLSX workbook, in order ([] for CSV and vCard files)."""
    path = Path(path)
    if path.suffix.lower() not in XLSX_SUFFIXES:
        return []
    workbook = _open_workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableFileError(
            f"“{path.name}” does not exist (any more). Choose the file again."
        ) from None
    except IsADirectoryError:
        raise UnreadableFileError(f"“{path.name}” is a folder. Choose a file.") from None
    except PermissionError:
        raise UnreadableFileError(
            f"You may not read “{path.name}”. Copy it to your Documents folder and try again."
        ) from None
    except OSError as problem:
        raise UnreadableFileError(
            f"“{path.name}” could not be read ({problem.strerror or problem}). "
            "Copy it to your computer and try again."
        ) from None


# -- text: encodings --------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """The file's text and the encoding's name: by its BOM, else UTF-8, else
    Windows-1252, else Latin-1 (which reads any bytes)."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError:
                raise UnreadableFileError(
                    f"“{name}” says it is {label} text but is damaged. Save it again as "
                    "CSV UTF-8 and try again."
                ) from None
    if b"\x00" in data[:4096]:
        raise UnreadableFileError(
            f"“{name}” is not a text file. Save it as CSV (or export it as vCard) and try again."
        )
    for codec, label in (("utf-8", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "Latin-1"


# -- CSV --------------------------------------------------------------------------


def read_csv(path: str | Path) -> SourceTable:
    """A CSV (or tab-separated .txt) file: encoding and separator detected."""
    path = Path(path)
    data = _file_bytes(path)
    if data.startswith(_ZIP_MAGIC):
        raise UnreadableFileError(
            f"“{path.name}” is an Excel workbook, not a CSV file. Rename it to .xlsx "
            "(or save it from Excel as CSV) and try again."
        )
    text, encoding = decode_text(data, path.name)
    return csv_table(text, path.name, encoding=encoding)


_SEP_HINT = re.compile(r'^"?sep=(.)"?[ \t]*(\r\n|\n|\r|$)', re.IGNORECASE)


def csv_table(text: str, name: str, *, encoding: str = "UTF-8") -> SourceTable:
    """The table in CSV ``text``; the first non-empty record is the header (row 1)."""
    text = text.lstrip("\ufeff")
    hint = _SEP_HINT.match(text)
    notes = [f"read as {encoding}"]
    if hint and hint.group(1) in SEPARATORS + ("|",):
        separator = hint.group(1)
        text = text[hint.end() :]
        notes.append(
            f"separator {_SEPARATOR_NAMES.get(separator, repr(separator))} "
            "(from the file's sep= line)"
        )
    else:
        separator = guess_separator(text)
        notes.append(f"separator {_SEPARATOR_NAMES[separator]}")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        numbered = [
            (number, [c[:-1] if c.endswith("\r") else c for c in record])
            for number, record in enumerate(reader, start=1)
        ]
    except csv.Error as problem:
        raise UnreadableFileError(
            f"“{name}” is not a well-formed CSV file ({problem}). Open it in Excel, save it "
            "as CSV again and try again."
        ) from None
    return _table(name, numbered, notes)


def guess_separator(text: str) -> str:
    """``;``, ``,`` or tab: the one that splits the first records into the most
    equally wide rows (counted by the csv module, so quoted separators don't count)."""
    sample = text[:65536]
    best, best_score = ",", (0, 0)
    for separator in SEPARATORS:
        try:
            records = [r for r in _first_records(sample, separator) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        same = sum(1 for record in records if len(record) == width)
        score = (same, width)
        if score > best_score:
            best, best_score = separator, score
    return best


def _first_records(sample: str, separator: str, limit: int = 20) -> list[list[str]]:
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=separator)
    records = []
    for record in reader:
        records.append(record)
        if len(records) > limit:
            break
    if len(records) <= limit and len(records) > 1:
        records.pop()  # the sample may end inside the last record
    return records


# -- what CSV and XLSX share: header, width, empty rows ------------------------


def _is_empty(cells: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def _table(
    name: str,
    numbered: list[tuple[int, list[str]]],
    notes: list[str],
    header_at: int | None = None,
) -> SourceTable:
    """A table from numbered rows of text; the header is ``numbered[header_at]``
    (default: the first non-empty row). Empty rows go, numbers stay."""
    filled = [(number, cells) for number, cells in numbered if not _is_empty(cells)]
    if not filled:
        return SourceTable(name, (), (), tuple(notes + ["the file holds no data"]))
    if header_at is None:
        header_number, header = filled[0]
    else:
        header_number, header = numbered[header_at]
    body = [(number, cells) for number, cells in filled if number > header_number]
    width = max([len(header)] + [len(cells) for _, cells in body])
    used = [
        column
        for column in range(width)
        if _cell(header, column).strip() or any(_cell(cells, column).strip() for _, cells in body)
    ]
    headers = tuple(_cell(header, c).strip() or f"Column {c + 1}" for c in used)
    every = used == list(range(width))  # most files: no empty column to drop
    rows = tuple(
        SourceRow(
            number,
            tuple(cells) if every and len(cells) == width else tuple(_cell(cells, c) for c in used),
        )
        for number, cells in body
    )
    skipped = sum(1 for number, cells in numbered if number > header_number and _is_empty(cells))
    if skipped:
        notes.append(f"{skipped} empty row{'s' if skipped != 1 else ''} skipped")
    return SourceTable(name, headers, rows, tuple(notes))


def _cell(cells: Sequence[str], column: int) -> str:
    return cells[column] if column < len(cells) else ""


# -- XLSX -------------------------------------------------------------------------


def _open_workbook(path: Path) -> Any:
    import openpyxl

    data = _file_bytes(path)
    if not data.startswith(_ZIP_MAGIC):
        raise UnreadableFileError(
            f"“{path.name}” is not an Excel workbook (.xlsx). Save it from Excel as .xlsx "
            "or .csv and try again."
        )
    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl raises anything from KeyError to BadZipFile
        raise UnreadableFileError(
            f"“{path.name}” is not an Excel workbook (.xlsx) or is damaged. Save it from "
            "Excel as .xlsx or .csv and try again."
        ) from None


def read_workbook(path: str | Path, *, sheet: str | None = None) -> SourceTable:
    """A sheet of an XLSX workbook (default: the first sheet with data)."""
    path = Path(path)
    workbook = _open_workbook(path)
    try:
        return _read_sheet(path, workbook, sheet)
    except UnreadableFileError:
        raise
    except Exception:
        raise UnreadableFileError(
            f"“{path.name}” is damaged: its sheets could not be read. Open it in Excel, save "
            "it again as .xlsx or .csv and try again."
        ) from None
    finally:
        workbook.close()


def _read_sheet(path: Path, workbook: Any, sheet: str | None) -> SourceTable:
    names = list(workbook.sheetnames)
    if sheet is not None and sheet not in names:
        raise UnreadableFileError(
            f"“{path.name}” has no sheet “{sheet}”. Choose one of: {', '.join(names)}."
        )
    for name in [sheet] if sheet is not None else names:
        worksheet = workbook[name]
        if not hasattr(worksheet, "reset_dimensions"):
            continue  # a chart sheet
        worksheet.reset_dimensions()  # some writers store wrong dimensions
        raw = [list(row) for row in worksheet.iter_rows()]
        numbered = [
            (number, [sheet_cell_text(c) for c in row]) for number, row in enumerate(raw, start=1)
        ]
        if sheet is None and all(_is_empty(cells) for _, cells in numbered):
            continue
        header_at = find_header_row(raw, numbered)
        notes = [f"sheet “{name}”"]
        if header_at is not None and numbered[header_at][0] > 1:
            notes.append(f"header in row {numbered[header_at][0]}")
        return _table(name, numbered, notes, header_at)
    return SourceTable(names[0] if names else path.name, (), (), ("the workbook holds no data",))


def find_header_row(raw: list[list[Any]], numbered: list[tuple[int, list[str]]]) -> int | None:
    """Index of the header row among the first rows: the one naming most known
    columns, else the first with two or more text cells that has data below it."""
    candidates = []
    for index, (row, (_, cells)) in enumerate(zip(raw, numbered, strict=True)):
        if index >= _HEADER_SEARCH_ROWS:
            break
        texts = [
            text
            for cell, text in zip(row, cells, strict=True)
            if text.strip() and isinstance(getattr(cell, "value", None), str)
        ]
        if len(texts) >= 2:
            known = sum(1 for text in texts if is_known_header(text))
            has_data = any(not _is_empty(c) for _, c in numbered[index + 1 :])
            candidates.append((index, known, has_data))
    if not candidates:
        return next((i for i, (_, cells) in enumerate(numbered) if not _is_empty(cells)), None)
    best_known = max(known for _, known, _ in candidates)
    if best_known >= 2:
        return next(index for index, known, _ in candidates if known == best_known)
    return next((index for index, _, has_data in candidates if has_data), candidates[0][0])


_ZERO_PADDED = re.compile(r"^0+$")


def sheet_cell_text(cell: Any) -> str:
    """A cell as the text a person sees: whole numbers without ".0" (zero-padded when
    the cell's format pads them, "00000" → "01067"), dates as ISO, yes/no."""
    value = getattr(cell, "value", None)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, int | float):
        return number_text(value, getattr(cell, "number_format", "General") or "General")
    return str(value)


def number_text(value: float, number_format: str) -> str:
    """A number as text: 4921112345.0 → "4921112345"; 1067 in format "00000" → "01067"."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return str(value)
    if isinstance(value, int) or (value.is_integer() and abs(value) < 1e16):
        text = str(int(value))
        if _ZERO_PADDED.match(number_format) and value >= 0:
            text = text.zfill(len(number_format))
        return text
    text = f"{value:.15g}"
    return repr(value) if "e" in text else text


# -- vCards -----------------------------------------------------------------------

VCARD_HEADERS: tuple[str, ...] = (
    "Full name",
    "Salutation",
    "Title",
    "First name",
    "Last name",
    "Organisation",
    "Department",
    "Position",
    "E-mail",
    "E-mail 2",
    "Phone (work)",
    "Mobile",
    "Phone (other)",
    "Street",
    "Postcode",
    "City",
    "Country",
    "Website",
    "Notes",
)
_SALUTATIONS = {"herr", "frau", "mr", "mrs", "ms", "miss", "mx", "divers"}
_BEGIN = re.compile(r"^(?:[\w-]+\.)?BEGIN:VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^(?:[\w-]+\.)?END:VCARD\s*$", re.IGNORECASE)
_AGENT = re.compile(r"^(?:[\w-]+\.)?AGENT[;:]", re.IGNORECASE)
_BINARY = re.compile(r"^(?:[\w-]+\.)?(PHOTO|LOGO|SOUND|KEY)[;:]", re.IGNORECASE)


def read_vcards(path: str | Path) -> SourceTable:
    """Every card of a vCard file (2.1, 3.0, 4.0) as one row; a card that cannot be
    read is skipped and named in the notes."""
    path = Path(path)
    text, encoding = decode_text(_file_bytes(path), path.name)
    blocks = card_blocks(text)
    if not blocks:
        raise UnreadableFileError(
            f"“{path.name}” holds no vCards. Export the contacts again as vCard (.vcf) "
            "and try again."
        )
    rows, notes = [], [f"read as {encoding}"]
    for number, block in enumerate(blocks, start=1):
        card = parse_card(block)
        if card is None:
            notes.append(f"card {number} could not be read and was skipped")
            continue
        rows.append(SourceRow(number, card_cells(card)))
    return SourceTable(path.name, VCARD_HEADERS, tuple(rows), tuple(notes))


def card_blocks(text: str) -> list[str]:
    """The text of each top-level card (BEGIN:VCARD … END:VCARD). A vCard 2.1 AGENT
    card stays inside its card; a card without END ends where the next one begins."""
    blocks: list[str] = []
    lines: list[str] = []
    depth = 0
    for line in text.splitlines():
        if _BEGIN.match(line):
            if depth and not (lines and _AGENT.match(lines[-1])):
                blocks.append("\r\n".join(lines) + "\r\n")  # unterminated: fails alone
                lines, depth = [], 0
            depth += 1
        if depth:
            lines.append(line)
        if _END.match(line) and depth:
            depth -= 1
            if not depth:
                blocks.append("\r\n".join(lines) + "\r\n")
                lines = []
    if lines:
        blocks.append("\r\n".join(lines) + "\r\n")
    return blocks


def parse_card(block: str) -> Any | None:
    """The card vobject reads from ``block`` (skipping unreadable lines, then also
    pictures and keys), or None when it cannot."""
    import vobject

    attempts = ((block, False), (block, True), (_without_binaries(block), True))
    for text, skip_unreadable in attempts:
        try:
            return vobject.readOne(text, allowQP=True, ignoreUnreadable=skip_unreadable)
        except Exception:  # vobject raises ParseError, but also ValueError, LookupError…
            continue
    return None


def _without_binaries(block: str) -> str:
    kept, skipping = [], False
    for line in block.splitlines():
        if line[:1] in (" ", "\t") or (skipping and not line.strip()):
            if not skipping:
                kept.append(line)
            continue
        skipping = bool(_BINARY.match(line))
        if not skipping:
            kept.append(line)
    return "\r\n".join(kept) + "\r\n"


def card_cells(card: Any) -> tuple[str, ...]:
    """One card as cells under :data:`VCARD_HEADERS`."""
    try:
        values = _card_values(card)
    except Exception:  # an odd value type in an otherwise readable card
        values = {"Full name": _first_text(card, "fn")}
    return tuple(values.get(header, "") for header in VCARD_HEADERS)


def _card_values(card: Any) -> dict[str, str]:
    values: dict[str, str] = {"Full name": _first_text(card, "fn")}
    _add_name(values, _lines(card, "n"))
    organisation = _lines(card, "org")
    if organisation:
        parts = _parts(organisation[0].value)
        values["Organisation"] = parts[0] if parts else ""
        values["Department"] = ", ".join(p for p in parts[1:] if p)
    values["Position"] = _first_text(card, "title") or _first_text(card, "role")
    emails = [_text(line.value) for line in _preferred_first(_lines(card, "email"))]
    emails = [e for e in emails if e]
    values["E-mail"], values["E-mail 2"] = (emails + ["", ""])[:2]
    _add_phones(values, _lines(card, "tel"))
    _add_address(values, _lines(card, "adr"))
    values["Website"] = _first_text(card, "url")
    values["Notes"] = _first_text(card, "note")
    return values


def _lines(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _types(line: Any) -> set[str]:
    params = getattr(line, "params", {}) or {}
    found = list(params.get("TYPE", [])) + list(getattr(line, "singletonparams", []) or [])
    types = {part.strip().upper() for value in found for part in str(value).split(",")}
    if "PREF" in params:
        types.add("PREF")
    return types


def _preferred_first(lines: Iterable[Any]) -> list[Any]:
    return sorted(lines, key=lambda line: "PREF" not in _types(line))


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(_text(v) for v in value if _text(v))
    return str(value).strip() if value is not None else ""


def _parts(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [_text(v) for v in value]
    return [_text(value)]


def _first_text(card: Any, name: str) -> str:
    for line in _preferred_first(_lines(card, name)):
        text = _text(line.value)
        if text:
            return text
    return ""


def _add_name(values: dict[str, str], lines: list[Any]) -> None:
    if not lines:
        return
    name = lines[0].value
    values["Last name"] = _text(getattr(name, "family", ""))
    values["First name"] = _text(getattr(name, "given", ""))
    prefixes = [p for p in _parts(getattr(name, "prefix", "")) if p]
    salutations = [p for p in prefixes if p.rstrip(".").lower() in _SALUTATIONS]
    values["Salutation"] = " ".join(salutations)
    values["Title"] = " ".join(p for p in prefixes if p not in salutations)


def _add_phones(values: dict[str, str], lines: list[Any]) -> None:
    work, mobile, other = [], [], []
    for line in _preferred_first(lines):
        number, types = _text(line.value), _types(line)
        if not number or types & {"FAX", "PAGER"}:
            continue
        if types & {"CELL", "MOBILE"}:
            mobile.append(number)
        elif "WORK" in types:
            work.append(number)
        else:
            other.append(number)
    landlines = work + other  # a card with only a home number still gives a phone
    values["Phone (work)"] = landlines[0] if landlines else ""
    values["Phone (other)"] = landlines[1] if len(landlines) > 1 else ""
    values["Mobile"] = mobile[0] if mobile else ""


def _add_address(values: dict[str, str], lines: list[Any]) -> None:
    if not lines:
        return
    line = sorted(_preferred_first(lines), key=lambda a: "WORK" not in _types(a))[0]
    address = line.value
    street = _text(getattr(address, "street", "")) or _text(getattr(address, "extended", ""))
    values["Street"] = street.replace("\n", ", ")
    values["Postcode"] = _text(getattr(address, "code", ""))
    values["City"] = _text(getattr(address, "city", ""))
    values["Country"] = _text(getattr(address, "country", ""))
