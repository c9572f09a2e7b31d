"""The File menu (new, open recent, back up, save a copy, restore) and what the user sees when
something goes wrong: a storage problem, a bug."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from secretariat import paths
from secretariat.store import ClusterDatabase, StorageError, backups, inspect, sqlite
from secretariat.store.backups import list_backups
from secretariat.ui import app
from secretariat.ui.main_window import MainWindow
from secretariat.ui.record_page import RecordPage
from secretariat.ui.restore_dialog import RestoreDialog

from .conftest import WAIT, answer_next_dialog, replace_text


@pytest.fixture
def window(window, qtbot, demo_path):
    """The main window as the user meets it: shown, and the day's backup taken just after."""
    qtbot.waitUntil(lambda: bool(list_backups(demo_path)), timeout=WAIT)
    return window


def choose_file(monkeypatch, path: Path) -> None:
    """The file dialog answers with ``path``, as if the user had picked it."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def action(window, name):
    return next(a for a in window.actions() if a.objectName() == name)


def test_opening_a_database_takes_the_daily_backup(qtbot, window, demo_path):
    [daily] = list_backups(demo_path)
    assert daily.reason == "daily" and inspect(daily.path).sound
    action(window, "backup").trigger()  # the same day: no second daily backup
    assert [b.reason for b in list_backups(demo_path)] == ["by hand", "daily"]


def test_the_window_does_not_wait_for_the_daily_backup(qtbot, demo_path, settings):
    main = MainWindow(ClusterDatabase.open(demo_path, create=False), settings)
    qtbot.addWidget(main)
    assert list_backups(demo_path) == []  # made, and nothing copied yet
    main.show()
    qtbot.waitUntil(lambda: bool(list_backups(demo_path)), timeout=WAIT)  # once it is on screen
    main.close()
    main.db.close()


def test_back_up_now(qtbot, window, demo_path):
    action(window, "backup").trigger()
    newest = list_backups(demo_path)[0]
    assert newest.reason == "by hand" and inspect(newest.path).sound
    assert window.statusBar().currentMessage() == f"Backup written to {newest.path}"


def test_save_a_copy_as(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "Sicherung Montag.sqlite3"
    choose_file(monkeypatch, target)
    action(window, "save_copy").trigger()
    assert inspect(target).sound and oct(target.stat().st_mode & 0o777) == "0o600"
    assert "Copy written" in window.statusBar().currentMessage()


def test_a_daily_backup_that_fails_its_check_is_reported_and_not_kept(
    qtbot, window, tmp_path, monkeypatch
):
    other = tmp_path / "zweiter.sqlite3"
    ClusterDatabase.open(other).close()
    monkeypatch.setattr(sqlite, "integrity_problems", lambda conn: ["page 7 is never used"])
    said = {}

    def read(box):
        said["text"], said["hint"] = box.text(), box.informativeText()
        box.accept()

    answer_next_dialog(read)
    assert window.switch_database(other)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    assert said["text"].startswith("Today's automatic backup was not taken.")
    assert "failed its check (page 7 is never used)" in said["text"]
    assert said["hint"]
    assert list_backups(other) == []
    assert not [p for p in (tmp_path / "backups").iterdir() if p.name.startswith("zweiter")]


def test_a_new_database_and_back_by_open_recent(qtbot, window, tmp_path, monkeypatch, demo_path):
    fresh = tmp_path / "Zweiter Cluster.sqlite3"
    choose_file(monkeypatch, fresh)
    action(window, "new_db").trigger()
    assert window.windowTitle().startswith("Zweiter Cluster.sqlite3")
    assert window.status_counts.text().startswith("0 organisations")
    assert window.current_key == "overview"
    assert window.recent_files()[:2] == [str(fresh), str(demo_path)]
    window._fill_recent()
    entry = next(a for a in window.recent_menu.actions() if a.text() == str(demo_path))
    entry.trigger()
    assert window.db.path == demo_path
    assert not window.status_counts.text().startswith("0 organisations")


def restore_dialog(qtbot, window, answer):
    """Open File → Restore from backup… and let ``answer(dialog)`` act in it."""
    seen = answer_next_dialog(answer)
    action(window, "restore").trigger()
    assert seen and isinstance(seen[0], RestoreDialog)
    return seen[0]


def test_the_restore_dialog_lists_the_backups_newest_first(qtbot, window, demo_path):
    action(window, "backup").trigger()
    window.db.organisations.create({"name": "Vor dem Import GmbH"})
    backups.take_backup(window.db, backups.BEFORE_IMPORT)
    shown = {}

    def read(dialog):
        table = dialog.table
        shown["reasons"] = [table.item(row, 1).text() for row in range(table.rowCount())]
        shown["headers"] = [table.horizontalHeaderItem(c).text() for c in range(3)]
        shown["sizes"] = [table.item(row, 2).text() for row in range(table.rowCount())]
        shown["selected"] = dialog.restore_button.isEnabled()
        shown["fits"] = dialog.width() <= 800 and dialog.height() <= 800
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    restore_dialog(qtbot, window, read)
    assert shown["headers"] == ["Taken", "Reason", "Size"]
    assert shown["reasons"] == ["before import", "by hand", "daily"]
    assert all(size[0].isdigit() and size.endswith("B") for size in shown["sizes"])
    assert shown["selected"] and shown["fits"]


def test_restore_a_backup_from_the_list(qtbot, window, monkeypatch, demo_path):
    count = window.db.organisations.count()
    action(window, "backup").trigger()
    window.db.organisations.create({"name": "Nach dem Backup GmbH"})
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def choose_by_hand(dialog):
        row = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())].index(
            "by hand"
        )
        dialog.table.selectRow(row)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    restore_dialog(qtbot, window, choose_by_hand)
    assert window.db.organisations.count() == count
    assert "Restored" in window.statusBar().currentMessage()
    kept = list_backups(demo_path)[0]
    assert kept.reason == "before restore"
    assert str(kept.path) in window.statusBar().currentMessage()
    with ClusterDatabase.open(kept.path, create=False) as copy:
        assert copy.organisations.count() == count + 1


def test_restore_from_another_file(qtbot, window, tmp_path, monkeypatch, demo_path):
    backup = tmp_path / "backup.sqlite3"
    window.db.backup(backup)
    count = window.db.organisations.count()
    window.db.organisations.create({"name": "Nach dem Backup GmbH"})
    choose_file(monkeypatch, backup)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    restore_dialog(
        qtbot, window, lambda d: qtbot.mouseClick(d.other_button, Qt.MouseButton.LeftButton)
    )
    assert window.db.organisations.count() == count
    assert [b.reason for b in list_backups(demo_path)] == ["before restore", "daily"]


def test_a_damaged_backup_is_refused_and_the_database_stays(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "kaputt.sqlite3"
    bad.write_bytes(b"not a database" * 100)
    count = window.db.organisations.count()
    choose_file(monkeypatch, bad)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    said = []

    def other_file(dialog):
        answer_next_dialog(lambda box: (said.append(box.text()), box.accept()))
        qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)

    restore_dialog(qtbot, window, other_file)
    qtbot.waitUntil(lambda: bool(said), timeout=WAIT)
    assert "kaputt.sqlite3" in said[0]
    assert window.db.organisations.count() == count


def test_declining_the_question_restores_nothing(qtbot, window, monkeypatch, demo_path):
    window.db.organisations.create({"name": "Bleibt GmbH"})
    count = window.db.organisations.count()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    restore_dialog(
        qtbot, window, lambda d: qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton)
    )
    assert window.db.organisations.count() == count
    assert [b.reason for b in list_backups(demo_path)] == ["daily"]


def test_a_database_open_read_only_is_not_backed_up_daily_nor_replaced(qtbot, demo_path, settings):
    db = ClusterDatabase.open(demo_path, create=False, read_only=True)
    main = MainWindow(db, settings)
    qtbot.addWidget(main)
    # the day's backup is looked at once the window is drawn (as in the test above,
    # where it is taken): wait until it has been, before finding that none was taken
    with qtbot.waitSignal(main.first_painted, timeout=WAIT):
        main.show()
    qtbot.waitUntil(lambda: not main._backup_due, timeout=WAIT)
    said = []
    answer_next_dialog(lambda box: (said.append(box.text()), box.accept()))
    action(main, "restore").trigger()
    assert said == ["This database is open read-only, so it cannot be replaced."]
    assert list_backups(demo_path) == []
    main.db.close()


def test_a_storage_problem_is_explained_and_the_typing_kept(qtbot, window, monkeypatch):
    window.show_page("contacts")
    page = window.current_page()
    assert isinstance(page, RecordPage)
    page.table.selectRow(0)
    replace_text(page.form.editors["position"].widget, "Leiterin Vertrieb")

    def full_disk(*args, **kwargs):
        raise StorageError(
            "The disk holding the database is full; nothing was saved.",
            "Free some space and try again.",
        )

    monkeypatch.setattr(page.repository, "update", full_disk)
    said = {}

    def read(box):
        said["text"], said["hint"] = box.text(), box.informativeText()
        box.accept()

    answer_next_dialog(read)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert said == {
        "text": "The disk holding the database is full; nothing was saved.",
        "hint": "Free some space and try again.",
    }
    assert page.form.editors["position"].value() == "Leiterin Vertrieb"
    assert page.form.dirty
    page.cancel_changes()  # so that closing the window does not ask


def test_a_long_log_is_moved_aside_at_the_start(qtbot):
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "secretariat.log").write_text("x" * (app.LOG_LIMIT + 1), encoding="utf-8")
    (folder / "secretariat.log.1").write_text("older", encoding="utf-8")
    log_file = app.start_logging()
    try:
        app.log.warning("after the move")
    finally:
        for handler in app.log.handlers[:]:
            app.log.removeHandler(handler)
            handler.close()
    assert log_file.read_text(encoding="utf-8").endswith("after the move\n")
    assert (folder / "secretariat.log.1").stat().st_size == app.LOG_LIMIT + 1
    assert (folder / "secretariat.log.2").read_text(encoding="utf-8") == "older"


def test_a_bug_shows_a_report_to_copy_and_is_logged(qtbot, tmp_path):
    log_file = app.start_logging()
    try:
        raise RuntimeError("Testfehler für den Bericht")
    except RuntimeError:
        kind, error, tb = sys.exc_info()
    seen = {}

    def read(box):
        seen["text"], seen["details"] = box.text(), box.detailedText()
        box.accept()

    answer_next_dialog(read)
    app.report_bug(kind, error, tb)
    assert "Something went wrong" in seen["text"]
    assert "RuntimeError: Testfehler für den Bericht" in seen["details"]
    assert log_file == paths.log_dir() / "secretariat.log"
    assert "Testfehler für den Bericht" in log_file.read_text(encoding="utf-8")
