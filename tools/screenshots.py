"""Render the README's pictures offscreen from a fresh demo database: the first
start and every page of the main window.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py docs/screenshots [--lang de]

With ``--lang de`` (or ``en``) the program speaks that language and the main pages
(overview, organisations, contacts, events, an event's participants, the Export
dialog) go into a folder of that name: docs/screenshots/de/. The translation is
compiled first when its .qm is missing or older than the .ts.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from secretariat import paths
from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase
from secretariat.ui import language
from secretariat.ui.app import application
from secretariat.ui.check_in import CheckInDialog
from secretariat.ui.event_page import EventPage
from secretariat.ui.export_dialog import ExportDialog
from secretariat.ui.first_start import FirstStartDialog
from secretariat.ui.main_window import MainWindow
from secretariat.ui.record_page import RecordPage

SIZE = (1400, 820)
ROOT = Path(__file__).resolve().parent.parent
# the pictures made in another language: the main pages
MAIN_PAGES = ("overview", "organisations", "contacts", "events")


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def speak(code: str) -> None:
    """Install the language ``code`` (its .qm built when missing or stale)."""
    if code != language.ENGLISH:
        folder = ROOT / "resources" / "translations"
        ts, qm = folder / f"secretariat_{code}.ts", folder / f"secretariat_{code}.qm"
        if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            tool = ROOT / "tools" / "translations.py"
            subprocess.run([sys.executable, str(tool), "compile"], check=True)
        if not qm.exists():
            sys.exit(f"No translation for {code!r}: {qm} is missing.")
    os.environ[language.ENV_VAR] = code
    spoken = language.install(QApplication.instance())
    if spoken != code:
        sys.exit(f"The program does not speak {code!r}.")


def main(folder: Path, lang: str = "") -> None:
    if lang:
        folder = folder / lang
    folder.mkdir(parents=True, exist_ok=True)
    application()
    if lang:
        speak(lang)
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["HOME"] = str(Path(scratch) / "home")  # the default place, as a user sees it
        os.environ.pop("XDG_DATA_HOME", None)
        path = paths.database_path()
        path.parent.mkdir(parents=True)
        if not lang:
            dialog = FirstStartDialog(path)
            dialog.show()
            settle()
            dialog.grab().save(str(folder / "first-start.png"))
            dialog.done(0)  # closed without the question a person closing it gets
        with ClusterDatabase.open(path) as db:
            build_demo(db, organisations=100, seed=1, today=date(2026, 11, 1))
            settings = QSettings(str(Path(scratch) / "layout.ini"), QSettings.Format.IniFormat)
            window = MainWindow(db, settings)
            window.show()
            window.resize(*SIZE)
            settle()
            for key in window.page_titles if not lang else MAIN_PAGES:
                window.show_page(key)
                page = window.current_page()
                if isinstance(page, RecordPage):
                    page.table.selectRow(1)
                    page.splitter.setSizes([760, 620] if not lang else [620, 760])
                settle()
                window.grab().save(str(folder / f"{key}.png"))
            event_screens(window, folder, everything=not lang)
            export = ExportDialog(db, window)
            export.path.setText("~/Mitgliederverzeichnis.pdf")
            export.show()
            settle()
            export.grab().save(str(folder / "export.png"))
            export.close()
            window.close()


def event_screens(window: MainWindow, folder: Path, everything: bool = True) -> None:
    """The calendar, the event editor's tabs and check-in mode, on a busy event
    (only the participants unless ``everything``)."""
    window.show_page("events")
    page = window.current_page()
    assert isinstance(page, EventPage)
    busiest = max(
        page.db.events.list(limit=None),
        key=lambda e: page.db.registrations.count(filters={"event_id": e["id"]}),
    )
    page.select_record(busiest["id"])
    page.splitter.setSizes([640, 740])
    if not everything:
        page.tabs.setCurrentWidget(page.participants)
        settle()
        window.grab().save(str(folder / "event-participants.png"))
        return
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
    parser = argparse.ArgumentParser(description="Render the README's pictures offscreen.")
    parser.add_argument("folder", nargs="?", default="docs/screenshots", type=Path)
    parser.add_argument(
        "--lang",
        choices=(language.GERMAN, language.ENGLISH),
        default="",
        help="the main pages in this language, into FOLDER/LANG/",
    )
    arguments = parser.parse_args()
    main(arguments.folder, arguments.lang)
