"""People erased are gone from the lists a secretary works with: the Contacts page,
an organisation's contacts, the person pickers and the Contacts list's export."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt

from secretariat.exports.record_list import RecordListCsv
from secretariat.privacy.erasure import ERASED_NAME, erase_contact
from secretariat.store import ClusterDatabase
from secretariat.ui.list_export import list_columns, list_rows
from secretariat.ui.pickers import RecordPicker
from secretariat.ui.record_page import RecordPage

from .conftest import WAIT, replace_text, type_text

ERASED_LAST, KEPT_LAST = "Quendelbrink", "Kaltenbach"
FIRM = "Rheinwerk Technik GmbH"


@pytest.fixture
def people(demo_path) -> tuple[int, int]:
    """(erased contact id, kept contact id), both of one firm, one of them erased."""
    with ClusterDatabase.open(demo_path, create=False) as db:
        firm = db.organisations.create({"name": FIRM})
        ids = [
            db.contacts.create(
                {"organisation_id": firm["id"], "first_name": first, "last_name": last}
            )["id"]
            for first, last in (("Xaveria", ERASED_LAST), ("Berta", KEPT_LAST))
        ]
        erase_contact(db, ids[0], backup=False)
    return ids[0], ids[1]


def page_of(window, key: str) -> RecordPage:
    window.show_page(key)
    page = window.current_page()
    assert isinstance(page, RecordPage)
    return page


def shown_names(page: RecordPage) -> list[str]:
    while page.model.canFetchMore(page.model.index(-1, -1)):
        page.model.fetchMore(page.model.index(-1, -1))
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def test_the_contacts_page_does_not_show_them(qtbot, people, window):
    erased, kept = people
    contacts = page_of(window, "contacts")
    names = shown_names(contacts)
    assert ERASED_NAME not in names and "Xaveria" not in " ".join(names)
    assert "Berta Kaltenbach" in names
    everyone = window.db.contacts.count()
    assert contacts.count_label.text() == f"{everyone - 1} found"

    replace_text(contacts.search, "Gelöschte")
    contacts.apply_search_now()
    assert contacts.model.rowCount() == 0
    assert contacts.count_label.text() == "0 found"
    replace_text(contacts.search, KEPT_LAST)
    contacts.apply_search_now()
    assert contacts.model.rowCount() == 1 and contacts.model.record_id(0) == kept


def test_an_organisations_contacts_leave_them_out(qtbot, people, window):
    _erased, kept = people
    organisations = page_of(window, "organisations")
    replace_text(organisations.search, "Rheinwerk")
    organisations.apply_search_now()
    assert organisations.model.rowCount() == 1
    rect = organisations.table.visualRect(organisations.model.index(0, 0))
    qtbot.mouseClick(organisations.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    panel = next(p for p in organisations.related if p.related.table == "contacts")
    assert panel.model.rowCount() == 1 and panel.model.record_id(0) == kept


def test_the_person_picker_does_not_suggest_them(qtbot, people, window):
    picker = RecordPicker(window.db.contacts)
    qtbot.addWidget(picker)
    picker.show()
    # the picker asks the store after a typing pause and then sets its suggestions,
    # none or some: wait for that answer, not for a time, before looking at it
    with qtbot.waitSignal(picker.completer.model().modelReset, timeout=WAIT):
        type_text(picker.line, "Gelöschte")
    assert picker.completer.model().rowCount() == 0
    assert picker.line.text() == "Gelöschte"  # what was asked for
    replace_text(picker.line, KEPT_LAST)
    qtbot.waitUntil(lambda: picker.completer.model().rowCount() == 1, timeout=WAIT)
    assert picker.completer.model().index(0, 0).data() == f"Berta {KEPT_LAST} — {FIRM}"


def test_the_contacts_list_export_leaves_them_out(qtbot, people, window, tmp_path):
    contacts = page_of(window, "contacts")
    everyone = window.db.contacts.ids()  # "All: Contacts" in the Export dialog
    path = tmp_path / "kontakte.csv"
    written = RecordListCsv(
        "Kontakte",
        list_columns(contacts.spec),
        list_rows(window.db, contacts.spec, everyone),
        total=len(everyone),
    ).write(path)
    assert written == len(everyone) - 1
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    assert len(rows) == written + 1
    assert KEPT_LAST in text
    assert ERASED_NAME not in text and ERASED_LAST not in text
