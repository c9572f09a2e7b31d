"""The File menu (new, open recent, back up, restore) and what the user sees when
something goes wrong: a storage problem, a bug."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from secretariat import paths
from secretariat.store import ClusterDatabase, StorageError, inspect
from secretariat.ui import app
from secretariat.ui.record_page import RecordPage

from .conftest import answer_next_dialog, replace_text


def choose_file(monkeypatch, path: Path) -> None:
    """The file dialog answers with ``path``, as if the user had picked it."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def action(window, name):
    return next(a for a in window.actions() if a.objectName() == name)


def test_back_up_now(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "Sicherung Montag.sqlite3"
    choose_file(monkeypatch, target)
    action(window, "backup").trigger()
    assert inspect(target).sound
    assert "Backup written" in window.statusBar().currentMessage()


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


def test_restore_from_a_backup(qtbot, window, tmp_path, monkeypatch, demo_path):
    backup = tmp_path / "backup.sqlite3"
    window.db.backup(backup)
    count = window.db.organisations.count()
    window.db.organisations.create({"name": "Nach dem Backup GmbH"})
    choose_file(monkeypatch, backup)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    action(window, "restore").trigger()
    assert window.db.organisations.count() == count
    assert "Restored" in window.statusBar().currentMessage()
    kept = list((demo_path.parent / "backups").glob("cluster.before-restore.*.sqlite3"))
    with ClusterDatabase.open(kept[0], create=False) as copy:
        assert copy.organisations.count() == count + 1


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
