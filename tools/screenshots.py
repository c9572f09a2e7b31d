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
            window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
