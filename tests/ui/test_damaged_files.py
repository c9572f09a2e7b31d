"""Opening a file that cannot be used as it is — damaged, empty, foreign, too new,
read-only, in a folder that is gone, on a full disk, held by another program —
says what happened and offers what fits; nothing is written to the file before
the user chooses. And a full disk while saving keeps what was typed."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from secretariat import paths
from secretariat.store import ClusterDatabase, inspect, migrations, sqlite
from secretariat.store.migrations import latest_version
from secretariat.ui import app
from secretariat.ui.main_window import MainWindow
from secretariat.ui.open_problem import Choice, OpenProblemDialog
from secretariat.ui.record_page import RecordPage
from tests.databases import from_a_newer_version, held_by_a_long_write, untouched

from .conftest import WAIT, replace_text

_answering = [0]


@pytest.fixture(autouse=True)
def _answers_end_with_their_test():
    """The dialogs of a test are answered until it ends, and no later test's: left
    watching, its answers would close another test's dialog, or not, depending on
    how fast the machine is."""
    yield
    _answering[0] += 1


def answer_dialogs(*answers):
    """Answer the next modal dialogs in turn, each with its function. Returns what
    each said (text and buttons); a dialog beyond those answered, until the test
    ends, is closed and listed as unexpected, so that a test fails instead of
    waiting for ever."""
    pending = list(answers)
    seen: list = []
    said: list = []
    _answering[0] += 1
    mine = _answering[0]

    def handle():
        if _answering[0] != mine:  # a later call answers from now on, or the test ended
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None or any(dialog is d for d in seen) or not dialog.isVisible():
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        if isinstance(dialog, OpenProblemDialog):
            said.append((dialog.text(), dialog.informativeText(), dialog.choices()))
        elif isinstance(dialog, QMessageBox):
            said.append(dialog.text())
        if not pending:
            said.append("unexpected")
            dialog.reject()
            return
        pending.pop(0)(dialog)
        QTimer.singleShot(0, handle)

    QTimer.singleShot(0, handle)
    return said


def choose(choice: Choice):
    def click(dialog: OpenProblemDialog):
        QTest.mouseClick(dialog.button_for(choice), Qt.MouseButton.LeftButton)

    return click


def click_yes(box: QMessageBox) -> None:
    QTest.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def file_dialog_answers(monkeypatch, *answers: Path | None) -> list[str]:
    """The open-file dialog answers with each path in turn (None: Cancel); returns
    the folders it was opened in."""
    folders: list[str] = []
    pending = list(answers)

    def get_open_file_name(parent, title, folder, *rest, **kwargs):
        folders.append(folder)
        chosen = pending.pop(0)
        return (str(chosen) if chosen else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    return folders


DAMAGE_CHOICES = [Choice.OPEN_BACKUP, Choice.OTHER_FILE, Choice.GIVE_UP]


def test_a_truncated_file_is_explained_and_left_as_it_is(qtbot, demo_path):
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 3])
    before = untouched(demo_path)
    said = answer_dialogs(choose(Choice.GIVE_UP))
    assert app.open_database(demo_path) is None
    [(text, hint, choices)] = said
    assert text == (
        f"“{demo_path}” is cut short: it holds {len(data) // 3:,} bytes of the {len(data):,} "
        "it should have (an interrupted copy or download, or a damaged disk)."
    )
    assert hint == "Open a backup, or choose another file."
    assert choices == DAMAGE_CHOICES
    assert untouched(demo_path) == before


def test_a_random_file_is_replaced_by_a_backup_and_kept(qtbot, demo_path, monkeypatch):
    folder = paths.backup_dir_for(demo_path)
    folder.mkdir()
    # taken an hour ago: a backup named with a fixed day would, once that day is more
    # than the rotation's weeks past, be thrown away by the rotation after the restore
    taken = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y%m%d-%H%M%S")
    backup = folder / f"cluster.{taken}Z.daily.sqlite3"
    with ClusterDatabase.open(demo_path) as db:
        db.backup(backup)
        count = db.organisations.count()
    rubbish = os.urandom(50_000)
    demo_path.write_bytes(rubbish)
    folders = file_dialog_answers(monkeypatch, backup)
    said = answer_dialogs(choose(Choice.OPEN_BACKUP), click_yes)
    db = app.open_database(demo_path)
    assert db is not None
    try:
        assert db.path == demo_path and db.organisations.count() == count
    finally:
        db.close()
    assert "is not an SQLite file" in said[0][0] and said[0][2] == DAMAGE_CHOICES
    assert said[1] == f"Put the backup “{backup.name}” in place of “cluster.sqlite3”?"
    assert folders == [str(folder)]
    kept = [p for p in folder.iterdir() if p.read_bytes() == rubbish]
    assert len(kept) == 1, "the file as it was is kept in the backups folder"
    assert inspect(backup).sound


def test_an_empty_file_and_another_file_chosen_instead(qtbot, demo_path, tmp_path, monkeypatch):
    empty = tmp_path / "leer.sqlite3"
    empty.write_bytes(b"")
    before = untouched(empty)
    folders = file_dialog_answers(monkeypatch, None, demo_path)
    said = answer_dialogs(choose(Choice.OTHER_FILE), choose(Choice.OTHER_FILE))
    db = app.open_database(empty)
    assert db is not None
    try:
        assert db.path == demo_path
    finally:
        db.close()
    assert len(said) == 2, "after Cancel in the file dialog the question comes back"
    assert said[0][0] == f"“{empty}” is an empty file, not a Secretariat database."
    assert said[0] == said[1]
    assert folders == [str(tmp_path), str(tmp_path)]
    assert untouched(empty) == before


def test_a_database_from_a_newer_version_is_left_as_it_is(qtbot, demo_path):
    from_a_newer_version(demo_path)
    before = untouched(demo_path)
    said = answer_dialogs(choose(Choice.GIVE_UP))
    assert app.open_database(demo_path) is None
    [(text, hint, choices)] = said
    assert "was made by a newer version of Secretariat" in text
    assert hint == "Update Secretariat, or open a backup made with this version."
    assert choices == DAMAGE_CHOICES
    assert untouched(demo_path) == before


def test_a_read_only_file_opens_read_only_and_refuses_a_save(
    qtbot, demo_path, settings, closed_to_writing
):
    closed_to_writing(demo_path)
    before = untouched(demo_path)
    said = answer_dialogs(choose(Choice.READ_ONLY))
    db = app.open_database(demo_path)
    assert db is not None and db.read_only
    [(text, hint, choices)] = said
    assert text == f"“{demo_path}” is read-only: Secretariat may read it, but not change it."
    assert hint.startswith("Open it read-only to look things up")
    assert choices == [Choice.READ_ONLY, Choice.OTHER_FILE, Choice.GIVE_UP]

    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=WAIT)
    window.show_page("contacts")
    page = window.current_page()
    assert isinstance(page, RecordPage)
    page.table.selectRow(0)
    replace_text(page.form.editors["position"].widget, "Leiterin Einkauf")
    refused = answer_dialogs(lambda box: box.accept())
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert refused == ["This database is open read-only, so nothing can be changed in it."]
    assert page.form.editors["position"].value() == "Leiterin Einkauf"
    page.cancel_changes()
    window.close()
    db.close()
    assert untouched(demo_path) == before


def test_a_file_in_a_read_only_folder_opens_read_only(qtbot, demo_path, closed_to_writing):
    closed_to_writing(demo_path.parent)
    before = untouched(demo_path)
    said = answer_dialogs(choose(Choice.READ_ONLY))
    db = app.open_database(demo_path)
    assert db is not None
    try:
        assert db.read_only and db.organisations.count() == 30
    finally:
        db.close()
    assert said[0][0].startswith(f"The folder “{demo_path.parent}” is read-only")
    assert untouched(demo_path) == before


def test_a_folder_that_is_gone_can_be_tried_again_once_it_is_back(qtbot, demo_path, tmp_path):
    path = tmp_path / "Netzlaufwerk" / "cluster.sqlite3"

    def reconnect_and_try_again(dialog):
        path.parent.mkdir()
        shutil.copy2(demo_path, path)
        choose(Choice.TRY_AGAIN)(dialog)

    said = answer_dialogs(reconnect_and_try_again)
    db = app.open_database(path)
    assert db is not None
    try:
        assert db.path == path and db.organisations.count() == 30
    finally:
        db.close()
    [(text, hint, choices)] = said
    assert text == f"The folder “{path.parent}” does not exist (any more)."
    assert "connect it and try again" in hint
    assert choices == [Choice.TRY_AGAIN, Choice.OTHER_FILE, Choice.GIVE_UP]


def test_a_full_disk_while_bringing_a_file_up_to_date(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "alt.sqlite3"
    conn = sqlite.connect(path)
    migrations.migrate(conn, None, up_to=1)
    conn.execute("INSERT INTO organisations (name) VALUES ('Alt GmbH')")
    conn.close()
    disk = {"full": True}
    real_connect = sqlite.connect

    def connect(where, **kwargs):
        conn = real_connect(where, **kwargs)
        if disk["full"] and not kwargs.get("read_only"):
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
        return conn

    monkeypatch.setattr(sqlite, "connect", connect)

    def free_space_and_try_again(dialog):
        disk["full"] = False
        choose(Choice.TRY_AGAIN)(dialog)

    said = answer_dialogs(free_space_and_try_again)
    db = app.open_database(path)
    assert db is not None
    try:
        assert db.schema_version == latest_version()
        assert [row["name"] for row in db.organisations.list()] == ["Alt GmbH"]
    finally:
        db.close()
    [(text, hint, choices)] = said
    assert text == f"The disk holding “{path}” is full; nothing was saved."
    assert hint.startswith("Free some space")
    assert choices == [Choice.TRY_AGAIN, Choice.READ_ONLY, Choice.OTHER_FILE, Choice.GIVE_UP]


def test_a_full_disk_while_saving_keeps_what_was_typed(qtbot, window):
    window.show_page("contacts")
    page = window.current_page()
    assert isinstance(page, RecordPage)
    page.table.selectRow(0)
    pages = window.db.execute("PRAGMA page_count").fetchone()[0]
    window.db.execute(f"PRAGMA max_page_count = {pages}")
    notes = page.form.editors["notes"].widget
    long_note = "Gesprächsnotiz vom Messestand, ausführlich. " * 300
    QApplication.clipboard().setText(long_note)
    notes.setFocus()
    QTest.keyClick(notes, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    said = answer_dialogs(lambda box: box.accept())
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert said == [f"The disk holding “{window.db.path}” is full; nothing was saved."]
    assert long_note.strip() in page.form.editors["notes"].value()
    assert page.form.dirty
    window.db.execute("PRAGMA max_page_count = 1073741823")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not page.form.dirty
    assert not sqlite.integrity_problems(window.db._conn)


def test_a_file_held_by_a_long_write_elsewhere_can_be_tried_again(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(sqlite.NETWORK_SHARE_ENV, "1")  # rollback journal: readers wait too
    monkeypatch.setenv(sqlite.LOCK_WAIT_ENV, "0.3")
    path = tmp_path / "cluster.sqlite3"
    with held_by_a_long_write(path) as release:

        def release_and_try_again(dialog):
            release()
            choose(Choice.TRY_AGAIN)(dialog)

        said = answer_dialogs(choose(Choice.TRY_AGAIN), release_and_try_again)
        db = app.open_database(path)
    assert db is not None
    try:
        assert [row["name"] for row in db.organisations.list()] == ["Erste GmbH"]
    finally:
        db.close()
    assert len(said) == 2, "still held at the first try"
    text, hint, choices = said[0]
    assert text == (
        f"The database “{path}” is busy: another copy of Secretariat (a colleague, or "
        "another window) has been saving to it for more than 0.3 seconds."
    )
    assert hint == "Nothing was lost. Wait a little, then try again."
    assert choices == [Choice.TRY_AGAIN, Choice.OTHER_FILE, Choice.GIVE_UP]


def test_the_dialog_fits_the_screen_and_enter_does_not_choose(qtbot, tmp_path):
    path = tmp_path / ("ein sehr langer Ordnername für Vereinsdaten " * 3).strip() / "c.sqlite3"
    from secretariat.store.errors import DiskFullError

    problem = DiskFullError(
        f"The disk holding “{path}” is full; nothing was saved.",
        "Free some space (empty the wastebasket, move big files away), then try again.",
    )
    dialog = OpenProblemDialog(path, problem)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT)
    assert dialog.width() <= 800 and dialog.height() <= 800
    assert not any(button.autoDefault() for button in dialog.buttons())
    assert [b.text() for b in map(dialog.button_for, dialog.choices())] == [
        "Try again",
        "Open read-only",
        "Choose another file…",
        "Quit",
    ]
    with_a_database_open = OpenProblemDialog(path, problem, at_start=False)
    qtbot.addWidget(with_a_database_open)
    assert with_a_database_open.button_for(Choice.GIVE_UP).text() == "Cancel"
    with_a_database_open.show()
    qtbot.waitExposed(with_a_database_open, timeout=WAIT)
    QTest.keyClick(with_a_database_open, Qt.Key.Key_Escape)
    assert not with_a_database_open.isVisible()
    assert with_a_database_open.clickedButton() is with_a_database_open.button_for(Choice.GIVE_UP)
    assert with_a_database_open.choice() is Choice.GIVE_UP
