"""Render the README's pictures offscreen from a fresh demo database: the first
start and every page of the main window.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from secretariat import paths
from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase
from secretariat.ui.app import application
from secretariat.ui.check_in import CheckInDialog
from secretariat.ui.event_page import EventPage
from secretariat.ui.export_dialog import ExportDialog
from secretariat.ui.first_start import FirstStartDialog
from secretariat.ui.main_window import MainWindow
from secretariat.ui.record_page import RecordPage

SIZE = (1400, 820)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["HOME"] = str(Path(scratch) / "home")  # the default place, as a user sees it
        os.environ.pop("XDG_DATA_HOME", None)
        path = paths.database_path()
        path.parent.mkdir(parents=True)
        dialog = FirstStartDialog(path)
        dialog.show()
        settle()
        dialog.grab().save(str(folder / "first-start.png"))
        dialog.close()
        with ClusterDatabase.open(path) as db:
            build_demo(db, organisations=100, seed=1, today=date(2026, 11, 1))
            settings = QSettings(str(Path(scratch) / "layout.ini"), QSettings.Format.IniFormat)
            window = MainWindow(db, settings)
            window.show()
            window.resize(*SIZE)
            settle()
            for key in window.page_titles:
                window.show_page(key)
                page = window.current_page()
                if isinstance(page, RecordPage):
                    page.table.selectRow(1)
                    page.splitter.setSizes([760, 620])
                settle()
                window.grab().save(str(folder / f"{key}.png"))
            event_screens(window, folder)
            export = ExportDialog(db, window)
            export.path.setText("~/Mitgliederverzeichnis.pdf")
            export.show()
            settle()
            export.grab().save(str(folder / "export.png"))
            export.close()
            window.close()


def event_screens(window: MainWindow, folder: Path) -> None:
    """The calendar, the event editor's tabs and check-in mode, on a busy event."""
    window.show_page("events")
    page = window.current_page()
    assert isinstance(page, EventPage)
    busiest = max(
        page.db.events.list(limit=None),
        key=lambda e: page.db.registrations.count(filters={"event_id": e["id"]}),
    )
    page.select_record(busiest["id"])
    page.splitter.setSizes([640, 740])
    page.calendar_button.click()
    settle()
    window.grab().save(str(folder / "events-calendar-month.png"))
    page.calendar.set_mode("week")
    settle()
    window.grab().save(str(folder / "events-calendar-week.png"))
    page.list_button.click()
    for panel, name in (
        (page.programme, "programme"),
        (page.participants, "participants"),
        (page.checklist, "checklist"),
        (page.budget, "budget"),
    ):
        page.tabs.setCurrentWidget(panel)
        settle()
        window.grab().save(str(folder / f"event-{name}.png"))
    dialog = CheckInDialog(page.db, page.form.record, window)
    dialog.show()
    registration = page.db.registrations.list(filters={"event_id": busiest["id"]}, limit=1)[0]
    dialog.search.setText(registration["last_name"][:4])
    settle()
    dialog.grab().save(str(folder / "check-in.png"))
    dialog.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
