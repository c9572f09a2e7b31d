"""Whatever a file holds, reading it gives a table or a clear UnreadableFileError,
never a raw exception (UnicodeDecodeError, BadZipFile, csv.Error, ParseError…)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat.imports.readers import read_file
from secretariat.imports.rows import SourceTable, UnreadableFileError

SUFFIXES = (".csv", ".txt", ".xlsx", ".vcf")
BOMS = (b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00")
ENCODINGS = ("utf-8", "utf-16", "cp1252", "latin-1")
CELL_TEXT = st.text(alphabet=st.sampled_from(list("aäß€Z 1;,\t\"'\r\n=*:.é\x00ЖŁ")), max_size=12)


def _workbook_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Firma", "PLZ", "Ort"])
    sheet.append(["Müller GmbH", 1067, "Dresden"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WORKBOOK = _workbook_bytes()


def _csv_text(rows: list[list[str]], separator: str, quote_all: bool) -> str:
    def cell(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if quote_all else text

    return "\r\n".join(separator.join(cell(c) for c in row) for row in rows)


csv_bytes = st.builds(
    lambda bom, encoding, hint, rows, separator, quote_all, cut: (
        bom
        + ((f"sep={separator}\n" if hint else "") + _csv_text(rows, separator, quote_all)).encode(
            encoding, errors="replace"
        )
    )[: cut or None],
    st.sampled_from(BOMS),
    st.sampled_from(ENCODINGS),
    st.booleans(),
    st.lists(st.lists(CELL_TEXT, max_size=6), max_size=6),
    st.sampled_from([";", ",", "\t", "|"]),
    st.booleans(),
    st.integers(min_value=0, max_value=200),
)
broken_zips = st.builds(
    lambda cut, flip: (
        bytearray(WORKBOOK[:cut])
        if flip is None
        else bytes(b ^ 0xFF if i == flip else b for i, b in enumerate(WORKBOOK))
    ),
    st.integers(min_value=0, max_value=len(WORKBOOK)),
    st.one_of(st.none(), st.integers(min_value=0, max_value=len(WORKBOOK) - 1)),
)
vcard_bytes = st.builds(
    lambda lines: "\r\n".join(lines).encode("utf-8", errors="replace"),
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "BEGIN:VCARD",
                    "END:VCARD",
                    "VERSION:2.1",
                    "VERSION:3.0",
                    "N:Berg;Anna",
                    "FN:Anna Berg",
                    " folded",
                    "TEL;CELL:0170",
                    "ADR;WORK:;;Weg 1;Köln;;50667;DE",
                    "AGENT:",
                    "BEGIN:VEVENT",
                    "PHOTO;ENCODING=b:!!",
                    "FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=C3",
                    "ORG;CHARSET=nope;ENCODING=QUOTED-PRINTABLE:=FC",
                    "EMAIL;PREF=x:a@b",
                ]
            ),
            CELL_TEXT,
        ),
        max_size=15,
    ),
)
contents = st.one_of(st.binary(max_size=300), csv_bytes, broken_zips, vcard_bytes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=contents, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_a_table_or_a_clear_error(content, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"eingabe{suffix}"
        path.write_bytes(bytes(content))
        try:
            table = read_file(path)
        except UnreadableFileError as problem:
            assert path.name in str(problem)
            return
        assert isinstance(table, SourceTable)
        assert all(len(row.cells) == len(table.headers) for row in table.rows)
        assert all(isinstance(cell, str) for row in table.rows for cell in row.cells)


def test_a_workbook_with_one_byte_flipped_in_its_directory(tmp_path):
    """The zip's central directory damaged: a clear error, not BadZipFile."""
    damaged = bytearray(WORKBOOK)
    directory = damaged.rindex(b"PK\x01\x02")  # the last entry of the central directory
    assert len(damaged) - 30 > directory
    damaged[-30] ^= 0xFF  # in that entry's file name
    path = tmp_path / "x.xlsx"
    path.write_bytes(bytes(damaged))
    with pytest.raises(UnreadableFileError) as raised:
        read_file(path)
    message = str(raised.value)
    assert "“x.xlsx” is not an Excel workbook (.xlsx) or is damaged." in message
    assert "Save it from Excel as .xlsx or .csv and try again." in message
    assert "BadZipFile" not in message and "zip" not in message.lower()
