"""What a new employee trips over in the first week, driven as they would: a time
typed alone in the programme, Enter in the participant's name, a notice for the one
who moved up, the form filling the obvious, languages by name, the change history
naming a registration's person and event, and a start page with what is coming."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Qt, QUrl, QUrlQuery, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFormLayout, QMessageBox

from secretariat import planning
from secretariat.store import ClusterDatabase
from secretariat.ui.audit_page import AuditPage
from secretariat.ui.main_window import MainWindow

from .conftest import WAIT, answer_next_dialog, replace_text, type_text
from .test_daily_work import click_row, open_page, tick
from .test_event_planning import events_page, new_event, save_dialog


def add_programme_item(qtbot, page, fill) -> None:
    answer_next_dialog(fill)
    qtbot.mouseClick(
        page.programme.findChild(type(page.new_button), "add_programme_items"),
        Qt.MouseButton.LeftButton,
    )


def test_a_time_typed_alone_falls_on_the_events_day(qtbot, window):
    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Workshop Wasserstoff", "20")
    page.tabs.setCurrentWidget(page.programme)
    hints = []

    def item(dialog):
        editors = dialog.form.editors
        hints.append(editors["starts_at"].widget.toolTip())
        type_text(editors["title"].widget, "Kaffee")
        replace_text(editors["starts_at"].widget, "09:30")
        replace_text(editors["ends_at"].widget, "10:00")
        save_dialog(qtbot, dialog)

    add_programme_item(qtbot, page, item)
    items = window.db.programme_items.list(filters={"event_id": event["id"]}, limit=None)
    assert [(i["starts_at"], i["ends_at"]) for i in items] == [
        ("2027-06-17T07:30:00Z", "2027-06-17T08:00:00Z")  # 09:30 and 10:00 in Berlin
    ]
    assert "09:30" in hints[0] and "12.06.2026" in hints[0]  # the formats it accepts


def test_enter_in_the_name_registers_the_person(qtbot, window):
    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Netzwerktreffen", "20")
    page.tabs.setCurrentWidget(page.participants)
    person = window.db.contacts.list(sort="last_name", limit=1)[0]
    picker = page.participants.person_picker
    type_text(picker.line, person["last_name"])
    QTest.keyClick(picker.line, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.db.registrations.count(filters={"event_id": event["id"]}) == 1,
        timeout=WAIT,
    )
    (registration,) = window.db.registrations.list(filters={"event_id": event["id"]})
    assert registration["contact_id"] == person["id"]
    assert page.participants.model.rowCount() == 1
    assert picker.line.text() == ""  # ready for the next name


class MailCatcher(QObject):
    """Stands in for the e-mail program: receives the mailto: links opened."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(QUrl(url))


def test_who_moved_up_is_named_until_dismissed_with_a_prepared_email(qtbot, window):
    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Fachforum Ökologie", "1")
    page.tabs.setCurrentWidget(page.participants)
    first, second = window.db.contacts.list(sort="last_name", limit=2)
    second = window.db.contacts.update(
        second["id"], second["version"], {"email": "lea.schulz@example.de", "phone": "0221 123456"}
    )
    planning.register(window.db, event["id"], first["id"])
    planning.register(window.db, event["id"], second["id"])  # waitlisted
    page.participants.show_event(window.db.events.get(event["id"]))
    model = page.participants.model
    row = next(r for r in range(model.rowCount()) if model.record(r)["contact_id"] == first["id"])
    page.participants.view.selectRow(row)
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(
        page.participants.findChild(type(page.new_button), "cancel_registration"),
        Qt.MouseButton.LeftButton,
    )
    (notice,) = page.participants.moved_up_notices()
    text = notice.label.text()
    assert second["last_name"] in text and "lea.schulz@example.de" in text
    assert "0221 123456" in text
    assert "Fachforum Ökologie" in text

    # still there after other work, while the status bar has moved on
    page.participants.view.selectRow(0)
    window.statusBar().showMessage("something else")
    assert page.participants.moved_up_notices() == [notice] and notice.isVisible()

    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    try:
        qtbot.mouseClick(notice.write_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(catcher.urls), timeout=WAIT)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    url = catcher.urls[0]
    assert url.scheme() == "mailto" and url.path() == "lea.schulz@example.de"
    query = QUrlQuery(url)
    assert "Fachforum Ökologie" in query.queryItemValue(
        "subject", QUrl.ComponentFormattingOption.FullyDecoded
    )
    assert second["last_name"] in query.queryItemValue(
        "body", QUrl.ComponentFormattingOption.FullyDecoded
    )

    qtbot.mouseClick(notice.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.participants.moved_up_notices() == []


def test_member_dates_itself_and_employees_give_the_size(qtbot, window):
    page = open_page(qtbot, window, "organisations")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editors = page.form.editors
    type_text(editors["name"].widget, "Rheinwerk Kunststoff GmbH")
    tick(qtbot, editors["is_member"].widget)
    assert editors["member_since"].value() == date.today().isoformat()
    type_text(editors["employees"].widget, "42")
    assert editors["size_class"].value() == "small"
    replace_text(editors["employees"].widget, "420")
    assert editors["size_class"].value() == "large"  # still following: not chosen by hand
    # what the user chooses stays theirs
    combo = editors["size_class"].widget
    combo.setCurrentIndex(combo.findData("medium"))
    replace_text(editors["employees"].widget, "7")
    assert editors["size_class"].value() == "medium"
    replace_text(editors["member_since"].widget, "01.03.2025")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = page.form.record
    assert saved["member_since"] == "2025-03-01" and saved["size_class"] == "medium"
    assert saved["employees"] == 7


def test_the_address_sits_with_the_name_above_the_description(qtbot, window):
    page = open_page(qtbot, window, "organisations")
    layout = page.form.layout()
    assert isinstance(layout, QFormLayout)

    def row_of(name: str) -> int:
        return layout.getWidgetPosition(page.form.editors[name].widget.parentWidget())[0]

    assert row_of("name") < row_of("street") < row_of("city") < row_of("description")
    assert row_of("city") - row_of("name") <= 5


def test_the_contacts_language_is_shown_by_its_name(qtbot, window):
    page = open_page(qtbot, window, "contacts")
    click_row(qtbot, page, 0)
    combo = page.form.editors["language"].widget
    assert combo.currentText() == "German"
    assert "de" not in [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(combo.findText("French"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.record["language"] == "fr"


def test_the_change_history_names_a_registrations_person_and_event(qtbot, tmp_path):
    db = ClusterDatabase.open(tmp_path / "cluster.sqlite3", staff="anna")
    person = db.contacts.create({"first_name": "Laura", "last_name": "Müller"})
    event = db.events.create(
        {
            "title": "Workshop Wasserstoff",
            "starts_at": "2027-03-04T09:00:00Z",
            "ends_at": "2027-03-04T12:00:00Z",
            "status": "registration_open",
        }
    )
    registration = planning.register(db, event["id"], person["id"])
    page = AuditPage(db)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page, timeout=WAIT)
    model = page.table.model()
    texts = [
        " ".join(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]
    shown = [t for t in texts if "Laura Müller — Workshop Wasserstoff" in t]
    assert shown, texts
    assert not any(f"#{registration['id']}" in t for t in texts)
    db.close()


def test_the_start_page_shows_what_is_coming_and_what_others_did(qtbot, demo_path, settings):
    today = date.today()
    with ClusterDatabase.open(demo_path, staff="colleague") as db:
        organisation = db.organisations.create(
            {"name": "Neumitglied Solar GmbH", "is_member": 1, "member_since": today.isoformat()}
        )
        event = db.events.create(
            {
                "title": "Stammtisch Kreislauf",
                "starts_at": f"{today.year + 1}-02-03T17:00:00Z",
                "ends_at": f"{today.year + 1}-02-03T20:00:00Z",
                "capacity": 2,
                "status": "registration_open",
            }
        )
        for contact in db.contacts.list(sort="last_name", limit=3):
            planning.register(db, event["id"], contact["id"])
    db = ClusterDatabase.open(demo_path, create=False, staff="me")
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    overview = window.page("overview")

    def lines(widget) -> list[str]:
        return [widget.item(r).text() for r in range(widget.count())]

    qtbot.waitUntil(
        lambda: any("Stammtisch" in t for t in lines(overview.next_events)), timeout=WAIT
    )
    (line,) = [t for t in lines(overview.next_events) if "Stammtisch Kreislauf" in t]
    assert "2 of 2 seats" in line and "1 waiting" in line
    assert any("Neumitglied Solar GmbH" in t for t in lines(overview.membership_changes))
    changed = lines(overview.recent_changes)
    assert any("colleague" in t and "Neumitglied Solar GmbH" in t for t in changed), changed

    # a line opens its record
    row = next(
        r
        for r in range(overview.membership_changes.count())
        if "Neumitglied" in overview.membership_changes.item(r).text()
    )
    overview.membership_changes.itemActivated.emit(overview.membership_changes.item(row))
    qtbot.waitUntil(lambda: window.current_key == "organisations", timeout=WAIT)
    assert window.current_page().form.record["id"] == organisation["id"]
    db.close()
