"""Daily data entry, driven as a secretary drives it: type, click, read the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox

from secretariat.domain.text import alphabetical_key
from secretariat.store import ClusterDatabase
from secretariat.ui.dialogs import ConflictDialog
from secretariat.ui.main_window import MainWindow
from secretariat.ui.record_page import RecordPage

from .conftest import WAIT, answer_next_dialog, every_event_listed, replace_text, type_text


def open_page(qtbot, window: MainWindow, key: str) -> RecordPage:
    row = list(window.page_titles).index(key)
    item = window.navigation.item(row)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert isinstance(page, RecordPage) and page.spec.key == key
    return page


def search(page: RecordPage, text: str) -> None:
    replace_text(page.search, text)
    page.apply_search_now()


def shown_column(page: RecordPage, column: int) -> list[str]:
    model = page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(qtbot, page: RecordPage, row: int) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def tick(qtbot, box) -> None:
    """Click a check box on its box, where a person clicks."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def pick(qtbot, picker, name: str) -> None:
    """Type the start of ``name`` into a picker and choose it from the suggestions."""
    type_text(picker.line, name.split()[0][:5])
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible(), timeout=WAIT)
    popup = picker.completer.popup()
    row = next(
        r
        for r in range(popup.model().rowCount())
        if popup.model().index(r, 0).data().startswith(name)
    )
    popup.setCurrentIndex(popup.model().index(row, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered in {combo.objectName()}"
    combo.setCurrentIndex(index)


def test_create_an_organisation_and_find_it_without_the_accent(qtbot, window):
    page = open_page(qtbot, window, "organisations")
    before = page.model.total
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.record_title.text() == "New organisation"
    type_text(page.form.editors["name"].widget, "Kühlschrank Südwest GmbH")
    type_text(page.form.editors["city"].widget, "Düsseldorf")
    type_text(page.form.editors["postcode"].widget, "40210")
    tick(qtbot, page.form.editors["roles"].boxes["facilitator"])
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.record_title.text() == "Kühlschrank Südwest GmbH"
    assert page.count_label.text() == f"{before + 1} found"
    assert "Saved" in window.statusBar().currentMessage()
    assert window.status_counts.text().startswith(f"{before + 1} organisations")
    search(page, "kuhlschr")
    assert shown_column(page, 0) == ["Kühlschrank Südwest GmbH"]
    search(page, "kuehlschrank sued")
    assert shown_column(page, 0) == ["Kühlschrank Südwest GmbH"]
    saved = window.db.organisations.list(search="Kühlschrank")[0]
    assert saved["city"] == "Düsseldorf" and saved["postcode"] == "40210"
    assert window.db.organisations.get(saved["id"])["roles"] == ["facilitator"]


def test_search_waits_for_a_pause_in_typing(qtbot, window):
    page = open_page(qtbot, window, "contacts")
    total = page.model.total
    type_text(page.search, "zolc")
    assert page.model.total == total  # not yet: the user is still typing
    qtbot.waitUntil(lambda: page.model.total < total, timeout=WAIT)
    assert all("Żółć" in name for name in shown_column(page, 0))


def test_an_invalid_email_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, window):
    page = open_page(qtbot, window, "contacts")
    click_row(qtbot, page, 0)
    record = page.form.record
    replace_text(page.form.editors["email"].widget, "anna.example.de")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    error = page.form.errors["email"]
    assert error.isVisible()
    assert "is not an e-mail address" in error.text() and "@" in error.text()
    assert not page.form.errors["last_name"].isVisible()
    assert window.db.contacts.get(record["id"])["email"] == record["email"]
    assert window.db.contacts.get(record["id"])["version"] == record["version"]
    replace_text(page.form.editors["email"].widget, "anna@example.de")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.form.errors["email"].isVisible()
    assert window.db.contacts.get(record["id"])["email"] == "anna@example.de"


def test_a_record_changed_behind_the_windows_back_offers_the_choice(qtbot, window, demo_path):
    page = open_page(qtbot, window, "organisations")
    click_row(qtbot, page, 1)
    shown = page.form.record
    colleague = ClusterDatabase.open(demo_path, staff="bernd")
    colleague.organisations.update(shown["id"], shown["version"], {"city": "Bielefeld"})
    colleague.close()
    replace_text(page.form.editors["sector"].widget, "Wasserstoff")
    seen = {}

    def keep_editing(dialog):
        assert isinstance(dialog, ConflictDialog)
        seen["message"] = dialog.findChild(type(page.record_title), "conflict_message").text()
        seen["fields"] = dialog.changed_fields()
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(keep_editing)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "changed by bernd" in seen["message"]
    assert "City" in seen["fields"]
    # their change is now in the form, mine is kept on top
    assert page.form.editors["city"].value() == "Bielefeld"
    assert page.form.editors["sector"].value() == "Wasserstoff"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = window.db.organisations.get(shown["id"])
    assert (stored["city"], stored["sector"]) == ("Bielefeld", "Wasserstoff")


def test_reload_drops_my_change_for_theirs(qtbot, window, demo_path):
    page = open_page(qtbot, window, "contacts")
    click_row(qtbot, page, 2)
    shown = page.form.record
    colleague = ClusterDatabase.open(demo_path, staff="bernd")
    colleague.contacts.update(shown["id"], shown["version"], {"position": "Vorstand"})
    colleague.close()
    replace_text(page.form.editors["position"].widget, "Praktikant")
    answer_next_dialog(lambda d: qtbot.mouseClick(d.reload_button, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.form.editors["position"].value() == "Vorstand"
    assert not page.form.dirty
    assert window.db.contacts.get(shown["id"])["position"] == "Vorstand"


def test_delete_asks_first_and_says_what_goes_with_it(qtbot, window):
    page = open_page(qtbot, window, "events")
    every_event_listed(page)
    click_row(qtbot, page, 0)
    event = page.form.record
    total = page.model.total
    stored = window.db.events.count()
    said = {}

    def cancel(box):
        said["text"] = box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_next_dialog(cancel)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert said["text"].startswith(f"Delete the event “{event['title']}”?")
    assert "This cannot be undone." in said["text"]
    assert window.db.events.get(event["id"])

    def confirm(box):
        said["buttons"] = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Delete").click()

    answer_next_dialog(confirm)
    window.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus, timeout=WAIT)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Delete)  # the Del key does the same
    assert sorted(said["buttons"]) == ["Cancel", "Delete"]
    assert page.model.total == total - 1
    assert window.db.events.count() == stored - 1
    assert "Deleted" in window.statusBar().currentMessage()


def test_deleting_an_organisation_with_contacts_is_explained_not_done(qtbot, window):
    page = open_page(qtbot, window, "organisations")
    click_row(qtbot, page, 0)
    said = {}

    def read(box):
        said["text"] = box.text()
        box.accept()

    answer_next_dialog(read)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert "cannot be deleted" in said["text"] and "contact" in said["text"]
    assert window.db.organisations.get(page.form.record["id"])


def test_sort_by_clicking_a_column_header(qtbot, window):
    page = open_page(qtbot, window, "organisations")
    header = page.table.horizontalHeader()
    city_column = next(n for n, c in enumerate(page.spec.columns) if c.key == "city")
    x = header.sectionViewportPosition(city_column) + header.sectionSize(city_column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    cities = [c or "" for c in shown_column(page, city_column)]
    assert cities == sorted(cities, key=alphabetical_key)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    cities = [c or "" for c in shown_column(page, city_column)]
    assert cities == sorted(cities, key=alphabetical_key, reverse=True)


def test_filter_by_cluster_role_and_relation(qtbot, window):
    page = open_page(qtbot, window, "organisations")
    everyone = page.model.total
    choose(page.filters["role"], "Ambassador")
    ambassadors = window.db.organisations.count(filters={"role": "ambassador"})
    assert 0 < page.model.total == ambassadors < everyone
    assert page.count_label.text() == f"{ambassadors} found"
    choose(page.filters["relation"], "Member")
    both = window.db.organisations.count(filters={"role": "ambassador", "relation": "member"})
    assert page.model.total == both
    choose(page.filters["role"], "All cluster roles")
    choose(page.filters["relation"], "All relations")
    assert page.model.total == everyone


def test_the_window_is_as_it_was_left(qtbot, demo_path, settings):
    db = ClusterDatabase.open(demo_path, create=False)
    first = MainWindow(db, settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 640)  # the offscreen screen is 800 × 800
    left_size = first.size()
    page = open_page(qtbot, first, "contacts")
    page.table.setColumnWidth(1, 333)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.splitter.setSizes([700, 500])
    splitter_sizes = page.splitter.sizes()
    first.close()
    first.db.close()

    db = ClusterDatabase.open(demo_path, create=False)
    second = MainWindow(db, settings)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == left_size and left_size.height() == 640
    assert second.current_key == "contacts"
    page = second.current_page()
    assert page.table.columnWidth(1) == 333
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    organisations = [o or "" for o in shown_column(page, 1)]
    assert organisations == sorted(organisations, key=alphabetical_key, reverse=True)
    assert page.splitter.sizes() == splitter_sizes
    second.close()
    second.db.close()


def test_unsaved_changes_are_not_lost_by_clicking_elsewhere(qtbot, window):
    page = open_page(qtbot, window, "contacts")
    click_row(qtbot, page, 0)
    first = page.form.record
    replace_text(page.form.editors["position"].widget, "Geschäftsführerin")

    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    click_row(qtbot, page, 3)
    assert page.form.record["id"] == first["id"]
    assert page.form.editors["position"].value() == "Geschäftsführerin"

    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    open_page_attempt = list(window.page_titles).index("events")
    window.navigation.setCurrentRow(open_page_attempt)
    assert window.current_page() is page

    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    click_row(qtbot, page, 3)
    assert window.db.contacts.get(first["id"])["position"] == "Geschäftsführerin"
    assert page.form.record["id"] == page.model.record_id(3)


def test_discarding_changes_on_the_way_out(qtbot, window):
    page = open_page(qtbot, window, "contacts")
    click_row(qtbot, page, 0)
    first = page.form.record
    replace_text(page.form.editors["position"].widget, "Weg damit")
    answer_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    click_row(qtbot, page, 1)
    assert window.db.contacts.get(first["id"])["position"] == first["position"]


def test_related_records_are_one_click_away(qtbot, window):
    page = open_page(qtbot, window, "organisations")
    click_row(qtbot, page, 0)
    organisation = page.form.record
    contacts_tab = next(p for p in page.related if p.related.table == "contacts")
    page.tabs.setCurrentWidget(contacts_tab)
    expected = window.db.contacts.count(filters={"organisation_id": organisation["id"]})
    assert contacts_tab.model.total == expected > 0
    index = contacts_tab.model.index(0, 0)
    person = contacts_tab.model.record_id(0)
    rect = contacts_tab.view.visualRect(index)
    qtbot.mouseClick(contacts_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(contacts_tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key == "contacts"
    contact_page = window.current_page()
    assert contact_page.form.record["id"] == person
    assert contact_page.form.editors["organisation_id"].value() == organisation["id"]
    organisation_tab = next(p for p in contact_page.related if p.related.table == "organisations")
    assert organisation_tab.model.total == 1


def test_a_consent_is_added_from_the_contact(qtbot, window):
    page = open_page(qtbot, window, "contacts")
    click_row(qtbot, page, 0)
    person = page.form.record
    consents = next(p for p in page.related if p.related.table == "consents")
    page.tabs.setCurrentWidget(consents)
    before = consents.model.total

    def fill(dialog):
        form = dialog.form
        choose(form.editors["purpose"].widget, "Photos")
        tick(qtbot, form.editors["granted"].widget)
        type_text(form.editors["source"].widget, "Anmeldeformular Sommerfest")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
        )

    answer_next_dialog(fill)
    qtbot.mouseClick(consents.add_button, Qt.MouseButton.LeftButton)
    assert consents.model.total == before + 1
    current = window.db.current_consents(person["id"])["photos"]
    assert current["granted"] == 1 and current["source"] == "Anmeldeformular Sommerfest"


def test_choose_an_organisation_for_a_contact_by_typing(qtbot, window):
    page = open_page(qtbot, window, "contacts")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    type_text(page.form.editors["last_name"].widget, "Öztürk")
    picker = page.form.editors["organisation_id"].picker
    target = window.db.organisations.list(sort="name", limit=1)[0]
    type_text(picker.line, target["name"].split()[0][:5])
    qtbot.waitUntil(lambda: picker.completer.popup().isVisible(), timeout=WAIT)
    popup = picker.completer.popup()
    row = next(
        r
        for r in range(popup.model().rowCount())
        if popup.model().index(r, 0).data().startswith(target["name"])
    )
    popup.setCurrentIndex(popup.model().index(row, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.record_id() == target["id"]
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = window.db.contacts.list(search="ozturk")
    assert [c["organisation_id"] for c in saved] == [target["id"]]


def test_keyboard_shortcuts(qtbot, window):
    page = open_page(qtbot, window, "organisations")
    QTest.keySequence(window, "Ctrl+F")
    assert page.search.hasFocus()
    QTest.keySequence(window, "Ctrl+N")
    assert page.form.is_new and page.form.editors["name"].widget.hasFocus()
    type_text(page.form.editors["name"].widget, "Tastatur AG")
    QTest.keySequence(window, "Ctrl+S")
    assert window.db.organisations.count(search="Tastatur") == 1
    QTest.keySequence(window, "Ctrl+3")
    assert window.current_key == "contacts"


def test_filter_contacts_by_organisation_and_consent(qtbot, window):
    page = open_page(qtbot, window, "contacts")
    organisation = window.db.organisations.list(sort="name", limit=1)[0]
    pick(qtbot, page.pickers["organisation_id"], organisation["name"])
    staff = window.db.contacts.count(filters={"organisation_id": organisation["id"]})
    assert page.model.total == staff > 0
    assert set(shown_column(page, 1)) == {organisation["name"]}
    choose(page.filters["consent"], "Consented: Listing in the member directory")
    listed = window.db.contacts.count(
        filters={"organisation_id": organisation["id"], "consent": "directory"}
    )
    assert page.model.total == listed
    replace_text(page.pickers["organisation_id"].line, "")
    choose(page.filters["consent"], "Any consent")
    assert page.model.total == window.db.contacts.count()


def test_every_page_can_be_searched(qtbot, window):
    for key in window.specs:
        page = open_page(qtbot, window, key)
        if key == "events":
            every_event_listed(page)
        first = page.model.record(0)
        assert first is not None, key
        name = next(first[k] for k in ("name", "title", "subject", "last_name") if first.get(k))
        word = name.split()[0]
        search(page, word)
        assert page.model.total >= 1, (key, word)
        search(page, "")


def test_the_overview_lists_what_is_due_as_soon_as_the_window_shows(qtbot, demo_path, settings):
    from datetime import date, timedelta

    db = ClusterDatabase.open(demo_path, create=False)
    event = db.events.create(
        {"title": "Herbstforum", "starts_at": "2099-10-01 18:00", "ends_at": "2099-10-01 21:00"}
    )
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    db.tasks.create({"event_id": event["id"], "title": "Saal bestätigen", "due_on": yesterday})
    main = MainWindow(db, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main, timeout=WAIT)
    overview = main.current_page()
    assert overview.count_labels["events"].text() == str(db.counts()["events"])

    def tasks() -> list[str]:
        return [
            overview.overdue_tasks.item(r).text() for r in range(overview.overdue_tasks.count())
        ]

    qtbot.waitUntil(
        lambda: any("Saal bestätigen — Herbstforum" in t for t in tasks()), timeout=WAIT
    )
    assert overview.next_events.count() > 0
    main.db.close()


def test_the_overview_shows_next_events_and_tasks_due(qtbot, window):
    from datetime import date, timedelta

    event = window.db.events.create(
        {
            "title": "Frühjahrsempfang",
            "starts_at": "2099-04-01 18:00",
            "ends_at": "2099-04-01 21:00",
        }
    )
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    window.db.tasks.create(
        {"event_id": event["id"], "title": "Caterer anrufen", "due_on": yesterday}
    )
    window.show_page("events")
    window.show_page("overview")
    overview = window.current_page()
    tasks = [overview.overdue_tasks.item(r).text() for r in range(overview.overdue_tasks.count())]
    assert any(t.startswith("⚠") and "Caterer anrufen — Frühjahrsempfang" in t for t in tasks)
    item = overview.overdue_tasks.item(
        next(r for r, t in enumerate(tasks) if "Caterer anrufen" in t)
    )
    overview.overdue_tasks.itemActivated.emit(item)  # Enter or double-click
    assert window.current_key == "events"
    assert window.current_page().form.record["id"] == event["id"]
