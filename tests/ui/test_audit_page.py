"""The change history page, used as a person uses it: read who changed what, filter
by staff member, kind of record, day and name, read a change's before and after,
and open the record it is about."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from secretariat.store import ClusterDatabase
from secretariat.ui.audit_page import AuditPage
from tests.ui.conftest import WAIT, type_text


@pytest.fixture
def edited(tmp_path):
    """Anna files an organisation and moves it to Bonn; Ben adds a person, gives
    her a position, and deletes another one."""
    db = ClusterDatabase.open(tmp_path / "cluster.sqlite3", staff="anna")
    org = db.organisations.create({"name": "Müller Präzision GmbH", "city": "Köln"})
    db.organisations.update(org["id"], org["version"], {"city": "Bonn", "employees": 42})
    db.staff = "ben"
    anna = db.contacts.create(
        {"organisation_id": org["id"], "first_name": "Anna", "last_name": "Schmidt"}
    )
    db.contacts.update(anna["id"], anna["version"], {"position": "Einkauf"})
    gone = db.contacts.create({"first_name": "Jörg", "last_name": "Kaya"})
    db.contacts.delete(gone["id"], gone["version"])
    db.staff_members.create({"username": "ben", "display_name": "Ben Öztürk"})
    yield db
    db.close()


def shown_page(qtbot, db, parent=None) -> AuditPage:
    page = AuditPage(db, parent)
    if parent is None:
        qtbot.addWidget(page)
        page.resize(780, 700)
        page.show()
        qtbot.waitExposed(page, timeout=WAIT)
    return page


def rows(page: AuditPage) -> list[list[str]]:
    model = page.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def fields_shown(page: AuditPage) -> dict[str, tuple[str, str]]:
    table = page.fields
    return {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def click_row(qtbot, page: AuditPage, row: int) -> None:
    rect = page.table.visualRect(page.table.model().index(row, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_filter_by_staff_and_kind_then_read_before_and_after(qtbot, edited):
    page = shown_page(qtbot, edited)
    listed = rows(page)
    assert page.count_label.text() == "7 changes"
    who_what = [(r[1], r[2], r[3]) for r in listed]
    assert who_what[0] == ("Ben Öztürk", "Staff member “Ben Öztürk”", "created")
    assert ("Ben Öztürk", "Contact “Jörg Kaya”", "deleted") in who_what
    assert ("anna", "Organisation “Müller Präzision GmbH”", "changed") in who_what

    page.staff_filter.setCurrentIndex(page.staff_filter.findText("Ben Öztürk (ben)"))
    assert {r[1] for r in rows(page)} == {"Ben Öztürk"}
    assert page.count_label.text() == "5 changes"
    page.kind_filter.setCurrentIndex(page.kind_filter.findText("Contacts"))
    assert [(r[2], r[3], r[4]) for r in rows(page)] == [
        ("Contact “Jörg Kaya”", "deleted", "3 fields"),  # the language came by default
        ("Contact “Jörg Kaya”", "created", "2 fields"),
        ("Contact “Anna Schmidt”", "changed", "Position: – → Einkauf"),
        ("Contact “Anna Schmidt”", "created", "3 fields"),
    ]

    page.staff_filter.setCurrentIndex(page.staff_filter.findText("anna"))
    page.kind_filter.setCurrentIndex(page.kind_filter.findText("Organisations"))
    assert [r[3] for r in rows(page)] == ["changed", "created"]
    click_row(qtbot, page, 0)
    assert page.change_title.text().startswith("Organisation “Müller Präzision GmbH”: changed on ")
    assert page.change_title.text().endswith(" by anna")
    assert fields_shown(page) == {"Employees": ("", "42"), "City": ("Köln", "Bonn")}
    assert page.open_button.isEnabled()


def test_a_deleted_record_cannot_be_opened_and_says_why(qtbot, edited):
    page = shown_page(qtbot, edited)
    type_text(page.search, "kaya")
    qtbot.waitUntil(lambda: len(rows(page)) == 2, timeout=WAIT)
    assert [r[3] for r in rows(page)] == ["deleted", "created"]
    click_row(qtbot, page, 0)
    assert fields_shown(page) == {
        "First name": ("Jörg", ""),
        "Last name": ("Kaya", ""),
        "Language": ("German", ""),  # by its name, not its code
    }
    assert not page.open_button.isEnabled()
    assert "was deleted on" in page.open_button.toolTip()
    assert "by Ben Öztürk" in page.open_button.toolTip()
    opened = []
    page.open_record.connect(lambda table, record_id: opened.append((table, record_id)))
    rect = page.table.visualRect(page.table.model().index(0, 2))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []


def test_days_outside_the_changes_show_nothing(qtbot, edited):
    page = shown_page(qtbot, edited)
    tomorrow = date.today() + timedelta(days=2)
    page.first_day.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert rows(page) == []
    assert page.count_label.text() == "0 changes"
    assert page.change_title.text() == "No change chosen."
    assert not page.open_button.isEnabled()
    page.first_day.setDate(page.first_day.minimumDate())  # "From any day" again
    assert len(rows(page)) == 7


def test_open_record_shows_it_on_its_page(qtbot, window):
    db = window.db
    org = db.organisations.list(limit=1)[0]
    db.organisations.update(org["id"], org["version"], {"city": "Gelsenkirchen"})
    page = shown_page(qtbot, db, window)
    page.open_record.connect(window.open_record)
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    assert rows(page)[0][2] == f"Organisation “{org['name']}”"
    assert rows(page)[0][4].endswith("→ Gelsenkirchen")
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert window.current_key == "organisations"
    assert window.page("organisations").current_id() == org["id"]


def test_a_long_history_is_read_a_page_at_a_time(qtbot, tmp_path):
    db = ClusterDatabase.open(tmp_path / "cluster.sqlite3", staff="anna")
    org = db.organisations.create({"name": "Stadtwerke Bonn"})
    with db.transaction():
        for number in range(450):
            db.audit("organisations", org["id"], "update", {"employees": [number, number + 1]})
    page = shown_page(qtbot, db)
    assert page.count_label.text() == "451 changes"
    assert page.model.fetched == 200
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.fetched > 200, timeout=WAIT)

    def scrolled_to_the_end() -> bool:  # each scroll to the bottom reads the next page
        page.table.scrollToBottom()
        return page.model.fetched == 451

    qtbot.waitUntil(scrolled_to_the_end, timeout=WAIT)
    assert rows(page)[-1][3] == "created"
    db.close()


def test_coming_back_to_the_page_shows_new_changes(qtbot, edited):
    page = shown_page(qtbot, edited)
    org = edited.organisations.list(search="Müller")[0]
    type_text(page.search, f"#{org['id']}")  # number 1 of every kind
    qtbot.waitUntil(lambda: len(rows(page)) == 5, timeout=WAIT)
    page.kind_filter.setCurrentIndex(page.kind_filter.findText("Organisations"))
    assert len(rows(page)) == 2
    page.hide()
    edited.organisations.update(org["id"], org["version"], {"website": "https://mueller.de"})
    assert len(rows(page)) == 2
    page.show()
    assert len(rows(page)) == 3
    assert rows(page)[0][4] == "Website: – → https://mueller.de"
    assert page.search.text() == f"#{org['id']}"  # the filters stay as they were
