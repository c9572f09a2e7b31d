"""Every workbook the program writes prints sensibly: the print setup read back with
openpyxl (the page itself is looked at with LibreOffice in tests/e2e)."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from openpyxl import Workbook

from secretariat.exports.directory_tables import Column
from secretariat.exports.record_list import RecordListXlsx
from secretariat.exports.sheet_printing import (
    HEADER_TITLE_LENGTH,
    header_text,
    is_wide,
    set_up_printing,
    title_room,
)


def test_a_wide_list_prints_landscape_a_narrow_one_portrait(tmp_path):
    wide = [Column(f"Column {n}", 20) for n in range(8)]
    narrow = [Column("Name", 30), Column("Date", 12, "date")]
    RecordListXlsx(
        "Products & services", wide, [[f"v{n}" for n in range(8)]] * 3, total=3, language="en"
    ).write(tmp_path / "wide.xlsx")
    RecordListXlsx("Projekte", narrow, [["A", date(2026, 6, 12)]], total=1).write(
        tmp_path / "narrow.xlsx"
    )
    wide_sheet = openpyxl.load_workbook(tmp_path / "wide.xlsx").worksheets[0]
    narrow_sheet = openpyxl.load_workbook(tmp_path / "narrow.xlsx").worksheets[0]
    assert wide_sheet.page_setup.orientation == "landscape"
    assert narrow_sheet.page_setup.orientation == "portrait"
    for sheet in (wide_sheet, narrow_sheet):
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.page_setup.paperSize == 9
    assert wide_sheet.oddHeader.left.text == "Products && services"  # "&" is no code
    assert wide_sheet.oddFooter.center.text == "Page &P of &N"
    assert wide_sheet.print_area == "'Products & services'!$A$1:$H$4"
    assert narrow_sheet.oddHeader.left.text == "Projekte"
    assert narrow_sheet.oddFooter.center.text == "Seite &P von &N"
    assert narrow_sheet.oddHeader.right.text == f"Stand: {date.today():%d.%m.%Y}"


def test_the_width_that_needs_landscape():
    assert not is_wide([6, 22, 18, 30])  # fits a portrait A4 page
    assert is_wide([6, 22, 18, 40, 40, 18, 18])  # the participant list does not


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Müller & Söhne", "Müller && Söhne"),
        ("Zeile 1\nZeile 2", "Zeile 1 Zeile 2"),
        ("&P", "&&P"),  # a title that looks like a code is printed as it is
    ],
)
def test_header_text(text, shown):
    assert header_text(text) == shown


def test_a_long_title_is_shortened_in_the_header():
    text = header_text("Wasserstoff " * 20)
    assert len(text) == HEADER_TITLE_LENGTH and text.endswith("…")
    room = title_room(landscape=False, internal=True)  # beside the INTERN notice
    assert header_text("Teilnehmerliste – 27.03.2026 – Mitgliedertreffen Leverkusen", room) == (
        "Teilnehmerliste – 27.03.2026 – Mitgli…"
    )
    assert "\n" not in header_text("Zeile 1\nZeile 2", room)  # LibreOffice prints "_x000a_"


def test_the_setup_on_a_normal_sheet_too():
    sheet = Workbook().active
    set_up_printing(sheet, title="Liste", widths=[10, 10], internal=True, day=date(2026, 6, 12))
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.oddHeader.center.text == "INTERN – nicht zur Weitergabe"
    assert sheet.oddHeader.center.color == "C00000"
    assert sheet.oddHeader.right.text == "Stand: 12.06.2026"
