"""Render the README's pictures offscreen from a fresh demo database.

Usage: QT_QPA_PLATFORM=offscreen python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from secretariat import paths
from secretariat.demo import build_demo
from secretariat.store import ClusterDatabase
from secretariat.ui.app import application
from secretariat.ui.first_start import FirstStartDialog
from secretariat.ui.main_window import MainWindow


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["HOME"] = str(Path(scratch) / "home")  # the default place, as a user sees it
        os.environ.pop("XDG_DATA_HOME", None)
        path = paths.database_path()
        path.parent.mkdir(parents=True)
        dialog = FirstStartDialog(path)
        dialog.show()
        QApplication.processEvents()
        dialog.grab().save(str(folder / "first-start.png"))
        dialog.close()
        with ClusterDatabase.open(path) as db:
            build_demo(db, organisations=100, seed=1, today=date(2026, 11, 1))
            window = MainWindow(db)
            window.resize(900, 560)
            window.show()
            QApplication.processEvents()
            window.grab().save(str(folder / "main-window.png"))
            window.close()
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
