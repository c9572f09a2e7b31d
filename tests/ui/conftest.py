"""Helpers for driving the window as a person does: typing (umlauts included),
answering the next dialog, and a main window on a small demo cluster."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase
from secretariat.ui.main_window import MainWindow

# How long a test waits for what the program does in its own time (a search after a
# typing pause, a window being shown, a job in the background), in ms. Generous on
# purpose: a wait returns the moment its condition holds, so only a failure waits it
# out, while pytest-qt's default 5 s (or the 2 s once written here) ran out on a
# machine busy with another job with nothing wrong.
WAIT = 30_000


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key. (qtbot.keyClicks aborts on "ü".)"""
    widget.setFocus()
    for character in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            widget,
            Qt.Key.Key_unknown,
            character,
            Qt.KeyboardModifier.NoModifier,
        )


def replace_text(widget: QWidget, text: str) -> None:
    """Select what is in the field and type over it, as a person would."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


_tests_ended = [0]  # how many tests have ended: a poller of an earlier test stops


@pytest.fixture(autouse=True)
def _pollers_end_with_their_test():
    """A test's watch for a dialog (answer_next_dialog, a menu to choose from) ends
    with the test: left polling, it would answer the next test's dialog, or not,
    depending on how fast the machine is."""
    yield
    _tests_ended[0] += 1


def while_the_test_runs(poll):
    """``poll`` made to do nothing once the test that made it has ended."""
    test = _tests_ended[0]

    def guarded():
        if _tests_ended[0] == test:
            poll()

    return guarded


def every_event_listed(page) -> None:
    """Show events of all dates on the Events page, which opens on the upcoming ones:
    those of the demo cluster (made around 1 November 2026) are all past from August
    2027 on, and a test must not depend on the day it runs on."""
    page.filters["period"].setCurrentIndex(0)  # "All dates", whatever the language
    assert page.filters["period"].currentData() is None and page.model.total > 0


def answer_next_dialog(answer):
    """Run ``answer(dialog)`` on the next modal dialog (of this test); returns the
    dialogs seen."""
    seen = []

    @while_the_test_runs
    def handle():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, handle)
    return seen


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_path(tmp_path):
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path) as db:
        build_demo(db, organisations=30, seed=4, today=date(2026, 11, 1))
    return path


@pytest.fixture
def window(qtbot, demo_path, settings):
    db = ClusterDatabase.open(demo_path, create=False)
    main = MainWindow(db, settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main, timeout=WAIT)
    yield main
    main.db.close()
