"""Planning an event from nothing through the screens, as the secretariat does:
create it, add a programme, register more people than it holds, cancel one and see
who moves up, and check people in on the day by typing part of their names."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu, QMessageBox

from secretariat.ui.check_in import CheckInDialog
from secretariat.ui.event_page import EventPage

from .conftest import WAIT, answer_next_dialog, replace_text, type_text, while_the_test_runs


def events_page(qtbot, window) -> EventPage:
    window.show_page("events")
    page = window.current_page()
    assert isinstance(page, EventPage)
    return page


def save_dialog(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def choose_from_menu(qtbot, button, text: str) -> None:
    """Click a button with a menu and choose the entry called ``text``."""
    chosen = []

    @while_the_test_runs
    def choose():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, choose)
            return
        entry = next(a for a in menu.actions() if a.text() == text)
        chosen.append(entry)
        menu.setActiveAction(entry)
        QTest.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(chosen), timeout=WAIT)


def pick(qtbot, picker, text: str, startswith: str) -> None:
    """Type into a picker and choose the suggestion that starts with ``startswith``."""
    type_text(picker.line, text)
    popup = picker.completer.popup()

    def offered() -> int:
        model = popup.model()
        rows = [
            r for r in range(model.rowCount()) if model.index(r, 0).data().startswith(startswith)
        ]
        return rows[0] if rows and popup.isVisible() else -1

    qtbot.waitUntil(lambda: offered() >= 0, timeout=WAIT)
    popup.setCurrentIndex(popup.model().index(offered(), 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)


def new_event(qtbot, page: EventPage, title: str, capacity: str) -> dict:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    editors = page.form.editors
    type_text(editors["title"].widget, title)
    type_text(editors["starts_at"].widget, "17.06.2027 14:00")
    type_text(editors["ends_at"].widget, "17.06.2027 18:00")
    type_text(editors["capacity"].widget, capacity)
    index = editors["status"].widget.findData("registration_open")
    editors["status"].widget.setCurrentIndex(index)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.record is not None, page.form.errors
    return page.form.record


def test_plan_an_event_from_nothing(qtbot, window):
    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Thementag Wasserstoff – Ökologie & Ökonomie", "3")
    assert event["status"] == "registration_open"
    assert event["starts_at"] == "2027-06-17T12:00:00Z"  # 14:00 in Berlin, summer time

    # the programme
    page.tabs.setCurrentWidget(page.programme)
    speaker = window.db.contacts.list(search="Żółć", limit=1)[0]

    def first_item(dialog):
        editors = dialog.form.editors
        type_text(editors["title"].widget, "Begrüßung")
        replace_text(editors["ends_at"].widget, "17.06.2027 14:15")
        save_dialog(qtbot, dialog)

    answer_next_dialog(first_item)
    qtbot.mouseClick(
        page.programme.findChild(type(page.new_button), "add_programme_items"),
        Qt.MouseButton.LeftButton,
    )

    def second_item(dialog):
        editors = dialog.form.editors
        type_text(editors["title"].widget, "Impulsvortrag")
        replace_text(editors["ends_at"].widget, "17.06.2027 15:00")
        pick(qtbot, editors["speaker_contact_id"].picker, "zolc", speaker["first_name"])
        save_dialog(qtbot, dialog)

    answer_next_dialog(second_item)
    qtbot.mouseClick(
        page.programme.findChild(type(page.new_button), "add_programme_items"),
        Qt.MouseButton.LeftButton,
    )
    programme = page.programme.model
    assert programme.total == 2
    assert [programme.index(r, 2).data() for r in range(2)] == ["Begrüßung", "Impulsvortrag"]
    assert programme.index(1, 0).data() == "14:15"  # starts where the first one ended
    assert speaker["last_name"] in programme.index(1, 3).data()

    # more registrations than seats: the fourth and fifth go on the waitlist
    page.tabs.setCurrentWidget(page.participants)
    people = window.db.contacts.list(sort="last_name", limit=5)
    for person in people:
        full_name = f"{person['first_name']} {person['last_name']}"
        pick(qtbot, page.participants.person_picker, full_name, full_name)
        qtbot.mouseClick(page.participants.register_button, Qt.MouseButton.LeftButton)
    registrations = window.db.registrations.list(
        filters={"event_id": event["id"]}, sort="registered_at", limit=None
    )
    by_contact = {r["contact_id"]: r for r in registrations}
    statuses = [by_contact[p["id"]]["status"] for p in people]
    assert statuses == ["registered"] * 3 + ["waitlisted"] * 2
    assert [by_contact[p["id"]]["waitlist_position"] for p in people[3:]] == [1, 2]
    occupancy = page.participants.occupancy_label.text()
    assert "3 of 3 seats taken" in occupancy and "2 on the waitlist" in occupancy
    assert window.db.events.get(event["id"])["status"] == "full"

    # one cancels: the first on the waitlist moves up, and the screen says so
    model = page.participants.model
    row = next(
        r for r in range(model.rowCount()) if model.record(r)["contact_id"] == people[0]["id"]
    )
    page.participants.view.selectRow(row)
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(
        page.participants.findChild(type(page.new_button), "cancel_registration"),
        Qt.MouseButton.LeftButton,
    )
    promoted = window.db.registrations.get(by_contact[people[3]["id"]]["id"])
    assert promoted["status"] == "registered" and promoted["moved_up_at"]
    assert "moved up from the waitlist" in window.statusBar().currentMessage()
    assert people[3]["last_name"] in window.statusBar().currentMessage()
    assert window.db.registrations.get(by_contact[people[4]["id"]]["id"])["waitlist_position"] == 1
    assert "3 of 3 seats taken" in page.participants.occupancy_label.text()

    # the day itself: check people in by typing part of their names
    dialog = CheckInDialog(window.db, window.db.events.get(event["id"]), page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "0 checked in" in dialog.count.text()
    for person in (people[1], people[3]):
        type_text(dialog.search, person["last_name"][:4].lower())
        assert dialog.matches.count() >= 1
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
        assert "checked in" in dialog.feedback.text()
    assert "2 checked in" in dialog.count.text()
    attended = window.db.registrations.count(
        filters={"event_id": event["id"], "status": "attended"}
    )
    assert attended == 2
    dialog.accept()


def test_conflicts_are_shown_where_the_user_works(qtbot, window):
    page = events_page(qtbot, window)
    first = new_event(qtbot, page, "Workshop A", "20")
    venue = window.db.venues.create({"name": "Haus der Technik", "city": "Essen"})
    window.db.events.update(
        first["id"], first["version"], {"venue_id": venue["id"], "room": "Saal 1"}
    )
    second = new_event(qtbot, page, "Workshop B", "20")
    pick(qtbot, page.form.editors["venue_id"].picker, "Haus der", "Haus der Technik")
    type_text(page.form.editors["room"].widget, "saal 1")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.record["id"] == second["id"]
    assert page.warnings.isVisible()
    assert "Workshop A" in page.warnings.text()


def test_the_calendar_shows_events_as_blocks_and_opens_them(qtbot, window):
    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Kalendertermin", "10")
    qtbot.mouseClick(page.calendar_button, Qt.MouseButton.LeftButton)
    calendar = page.calendar
    assert calendar.title.text() == "June 2027"
    calendar.canvas.repaint()
    block = next(b for b in calendar.canvas.blocks if b.event_id == event["id"])
    page.new_record()  # show something else first
    qtbot.mouseDClick(calendar.canvas, Qt.MouseButton.LeftButton, pos=block.rect.center())
    assert page.form.record["id"] == event["id"]
    qtbot.mouseClick(calendar.week_button, Qt.MouseButton.LeftButton)
    assert calendar.title.text().startswith("Week 24")
    calendar.canvas.repaint()
    assert any(b.event_id == event["id"] for b in calendar.canvas.blocks)
    qtbot.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)
    calendar.canvas.repaint()
    assert not any(b.event_id == event["id"] for b in calendar.canvas.blocks)


def test_copy_an_event_with_its_programme_but_not_its_people(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Netzwerktreffen", "10")
    window.db.programme_items.create(
        {
            "event_id": event["id"],
            "title": "Begrüßung",
            "starts_at": "17.06.2027 14:00",
            "ends_at": "17.06.2027 14:30",
        }
    )
    person = window.db.contacts.list(limit=1)[0]
    window.db.registrations.create({"event_id": event["id"], "contact_id": person["id"]})
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("24.06.2027 14:00", True))
    choose_from_menu(qtbot, page.more_button, "Copy as new event…")
    copy = page.form.record
    assert copy["id"] != event["id"] and copy["status"] == "draft"
    assert copy["starts_at"] == "2027-06-24T12:00:00Z"
    assert window.db.programme_items.count(filters={"event_id": copy["id"]}) == 1
    assert window.db.registrations.count(filters={"event_id": copy["id"]}) == 0


def test_checklist_and_budget_tabs(qtbot, window):
    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Sommerfest", "80")
    page.tabs.setCurrentWidget(page.checklist)
    assert page.checklist.model.total == 0
    qtbot.mouseClick(page.checklist.template_button, Qt.MouseButton.LeftButton)
    tasks = page.checklist.model.total
    assert tasks >= 4 and not page.checklist.template_button.isEnabled()
    page.checklist.view.selectRow(0)
    qtbot.mouseClick(
        page.checklist.findChild(type(page.new_button), "toggle_task"), Qt.MouseButton.LeftButton
    )
    assert window.db.tasks.count(filters={"event_id": event["id"], "done": 1}) == 1

    page.tabs.setCurrentWidget(page.budget)

    def cost(dialog):
        type_text(dialog.form.editors["description"].widget, "Catering für 80 Gäste")
        type_text(dialog.form.editors["planned_cents"].widget, "1.250,50")
        save_dialog(qtbot, dialog)

    answer_next_dialog(cost)
    qtbot.mouseClick(
        page.budget.findChild(type(page.new_button), "add_budget_lines"), Qt.MouseButton.LeftButton
    )
    assert "costs 1.250,50 €" in page.budget.totals.text()
    assert "balance −1.250,50 €" in page.budget.totals.text()
    page.budget.view.selectRow(0)
    qtbot.mouseClick(
        page.budget.findChild(type(page.new_button), "remove_budget_lines"),
        Qt.MouseButton.LeftButton,
    )
    assert page.budget.model.total == 0


def test_register_everyone_at_organisations_that_match_a_filter(qtbot, window):
    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Botschaftertreffen", "")
    page.tabs.setCurrentWidget(page.participants)
    ambassadors = window.db.organisations.ids(filters={"role": "ambassador"})
    people = sum(window.db.contacts.count(filters={"organisation_id": o}) for o in ambassadors)
    seen = {}

    def choose(dialog):
        combo = dialog.choices["role"]
        combo.setCurrentIndex(combo.findData("ambassador"))
        seen["found"] = dialog.found.text()
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    answer_next_dialog(choose)
    qtbot.mouseClick(page.participants.filter_button, Qt.MouseButton.LeftButton)
    assert seen["found"].startswith(f"{len(ambassadors)} organisations match")
    assert window.db.registrations.count(filters={"event_id": event["id"]}) == people > 0
    assert f"{people} people registered." in window.statusBar().currentMessage()


def test_a_participant_becomes_a_speaker_and_frees_a_seat(qtbot, window):
    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Podium", "1")
    first, second = window.db.contacts.list(sort="last_name", limit=2)
    from secretariat import planning

    planning.register(window.db, event["id"], first["id"])
    waiting = planning.register(window.db, event["id"], second["id"])
    assert waiting["status"] == "waitlisted"
    page.select_record(event["id"])
    page.tabs.setCurrentWidget(page.participants)
    row = next(
        r
        for r in range(page.participants.model.rowCount())
        if page.participants.model.record(r)["contact_id"] == first["id"]
    )
    page.participants.view.selectRow(row)
    role = page.participants.role_choice
    role.setCurrentIndex(role.findData("speaker"))
    qtbot.mouseClick(
        page.participants.findChild(type(page.new_button), "set_role"), Qt.MouseButton.LeftButton
    )
    assert window.db.registrations.get(waiting["id"])["status"] == "registered"
    assert "moved up from the waitlist" in window.statusBar().currentMessage()


def test_the_sign_in_sheet_from_the_event(qtbot, window, tmp_path):
    import subprocess

    page = events_page(qtbot, window)
    event = new_event(qtbot, page, "Frühstück der Botschafter", "20")
    people = window.db.contacts.list(sort="last_name", limit=3)
    from secretariat import planning

    for person in people:
        planning.register(window.db, event["id"], person["id"])
    target = tmp_path / "Anwesenheitsliste.pdf"

    def export(dialog):
        dialog.document.setCurrentIndex(dialog.document.findData("signin"))
        dialog.path.setText(str(target))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.job.running, timeout=60_000)
        qtbot.waitUntil(lambda: dialog.status.text().startswith("Done"), timeout=WAIT)
        dialog.accept()

    answer_next_dialog(export)
    qtbot.mouseClick(page.papers_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert all(person["last_name"] in text for person in people)
