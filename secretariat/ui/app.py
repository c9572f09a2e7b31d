"""Starting the desktop app: the QApplication, the first start, the main window.

``run(path)`` is what ``secretariat`` calls. On the first start (no database file
yet) the user chooses between a demo cluster and an empty database. Problems with
the file are shown as a sentence with what to do, never as a traceback.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from secretariat import APP_NAME, __version__, paths
from secretariat.store import ClusterDatabase, StoreError
from secretariat.ui.first_start import FirstStartDialog
from secretariat.ui.main_window import MainWindow

EXIT_AFTER_FIRST_PAINT = "SECRETARIAT_EXIT_AFTER_FIRST_PAINT"


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(paths.shipped("resources", "icons", "secretariat.svg"))))
    return app  # type: ignore[return-value]


def open_database(path: Path, parent=None) -> ClusterDatabase | None:
    """Open ``path``, asking on a first start whether to begin with demo data.

    Returns None when the user cancels or the file cannot be used (after saying why).
    """
    try:
        if not path.exists():
            dialog = FirstStartDialog(path, parent)
            if not dialog.exec():
                return None
            db = ClusterDatabase.open(path)
            if dialog.with_demo_data():
                from secretariat.demo import build_demo

                build_demo(db, organisations=100, seed=1)
            return db
        return ClusterDatabase.open(path, create=False)
    except StoreError as problem:
        box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, problem.message, parent=parent)
        box.setInformativeText(problem.hint)
        box.exec()
        return None


def _show_bug(kind: type[BaseException], error: BaseException, tb) -> None:
    """Unexpected errors: a dialog with the traceback to copy, and stderr."""
    text = "".join(traceback.format_exception(kind, error, tb))
    print(text, file=sys.stderr)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")
    box.setText(
        QCoreApplication.translate(
            "app",
            "Something went wrong inside Secretariat. Your saved data is safe. "
            "Please send the details below to whoever looks after the program.",
        )
    )
    box.setDetailedText(text)
    box.exec()


def run(path: Path) -> int:
    app = application()
    sys.excepthook = _show_bug
    db = open_database(path)
    if db is None:
        return 1
    window = MainWindow(db)
    window.show()
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):
        window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
    try:
        return app.exec()
    finally:
        db.close()
