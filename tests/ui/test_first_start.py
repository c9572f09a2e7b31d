"""Opening the app as a secretary does: the first start, the overview, bad files."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from secretariat.store import ClusterDatabase
from secretariat.ui.app import open_database
from secretariat.ui.first_start import FirstStartDialog
from secretariat.ui.main_window import MainWindow

from .conftest import answer_next_dialog, type_text


def test_first_start_with_an_empty_database(qtbot, tmp_path, settings):
    path = tmp_path / "cluster.sqlite3"

    def choose_empty(dialog):
        assert isinstance(dialog, FirstStartDialog)
        texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert str(path) in texts  # the person sees where the file will be
        qtbot.mouseClick(dialog.empty_choice, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    seen = answer_next_dialog(choose_empty)
    db = open_database(path)
    assert seen and db is not None
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.page("overview").count_labels["organisations"].text() == "0"
    assert "cluster.sqlite3" in window.windowTitle()
    assert (
        window.status_counts.text() == "0 organisations · 0 contacts · 0 events — cluster.sqlite3"
    )
    db.close()


def test_first_start_with_demo_data(qtbot, tmp_path, settings):
    path = tmp_path / "cluster.sqlite3"

    def choose_demo(dialog):
        qtbot.mouseClick(dialog.demo_choice, Qt.MouseButton.LeftButton)
        assert dialog.demo_choice.isChecked() and not dialog.empty_choice.isChecked()
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(choose_demo)
    db = open_database(path)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.page("overview").count_labels["organisations"].text() == "100"
    assert (
        int(
            window.page("overview")
            .count_labels["contacts"]
            .text()
            .replace(",", "")
            .replace(".", "")
        )
        > 100
    )
    assert window.page("overview").cluster_name.text() == db.profile()["name"] != ""
    db.close()


def test_cancelling_the_first_start_creates_nothing(qtbot, tmp_path):
    path = tmp_path / "cluster.sqlite3"

    def cancel(dialog):
        answer_next_dialog(lambda question: question.findChild(QPushButton, "quit").click())
        dialog.reject()

    answer_next_dialog(cancel)
    assert open_database(path) is None
    assert not path.exists()


def test_a_file_that_is_no_database_is_explained(qtbot, tmp_path):
    path = tmp_path / "Mitglieder.xlsx"
    path.write_bytes(b"PK\x03\x04 a spreadsheet, not a database")
    shown = {}

    def read_and_close(box):
        assert isinstance(box, QMessageBox)
        shown["text"] = box.text()
        shown["hint"] = box.informativeText()
        box.accept()

    answer_next_dialog(read_and_close)
    assert open_database(path) is None
    assert "is not a Secretariat database" in shown["text"]
    assert "open a backup" in shown["hint"]
    assert path.read_bytes().startswith(b"PK")


def test_about_names_the_versions(qtbot, tmp_path, settings):
    db = ClusterDatabase.open(tmp_path / "c.sqlite3")
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    shown = {}

    def read(box):
        shown["text"] = box.text()
        box.accept()

    answer_next_dialog(read)
    window.show_about()
    assert "Secretariat 0." in shown["text"] and "PySide6" in shown["text"]
    assert f"schema {db.schema_version}" in shown["text"]
    db.close()


def test_the_first_start_asks_for_the_clusters_and_the_users_name(qtbot, tmp_path):
    path = tmp_path / "cluster.sqlite3"

    def fill_in(dialog):
        type_text(dialog.cluster_name, "Wasserstoff-Cluster Rheinland")
        type_text(dialog.staff_name, "Anna Schäfer")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    answer_next_dialog(fill_in)
    db = open_database(path)
    assert db is not None
    assert db.profile()["name"] == "Wasserstoff-Cluster Rheinland"
    staff = db.staff_members.list()
    assert [(s["username"], s["display_name"]) for s in staff] == [("tester", "Anna Schäfer")]
    db.close()
