"""Starting the desktop app: the QApplication, the log, the first start, the main
window.

``run(path)`` is what ``secretariat`` calls. On the first start (no database file
yet) the user names the cluster and themselves and chooses between a demo cluster
and an empty database. Problems with the file are shown as a sentence with what to
do; a bug shows a dialog with a report to copy and is written to the log file.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from secretariat import APP_NAME, paths, version
from secretariat.store import ClusterDatabase, StoreError
from secretariat.store.database import current_staff_name
from secretariat.ui import language
from secretariat.ui.main_window import MainWindow
from secretariat.ui.open_problem import open_database_file

EXIT_AFTER_FIRST_PAINT = "SECRETARIAT_EXIT_AFTER_FIRST_PAINT"
LOG_LIMIT = 1_000_000  # bytes in the log file before it is moved aside
LOG_KEPT = 3  # the earlier log files kept: secretariat.log.1 … .3
log = logging.getLogger("secretariat")


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(QIcon(str(paths.shipped("resources", "icons", "secretariat.svg"))))
    return app  # type: ignore[return-value]


def start_logging() -> Path:
    """Write warnings and errors to secretariat.log in the platform's log folder.

    A file grown past LOG_LIMIT is moved aside at the start (secretariat.log.1, the
    one before to .2, …; LOG_KEPT of them are kept): a session writes a few lines.
    """
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "secretariat.log"
    try:
        if path.stat().st_size > LOG_LIMIT:
            for number in range(LOG_KEPT - 1, 0, -1):
                older = path.with_name(f"{path.name}.{number}")
                if older.exists():
                    older.replace(path.with_name(f"{path.name}.{number + 1}"))
            path.replace(path.with_name(f"{path.name}.1"))
    except OSError:  # no log yet, or another copy of the program moved it just now
        pass
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def open_database(path: Path, parent=None) -> ClusterDatabase | None:
    """Open ``path``; on a first start ask for names and whether to begin with demo data.

    When the file cannot be used, say why and offer what fits (a backup, read-only,
    try again, another file: see :mod:`secretariat.ui.open_problem`). Returns None
    when the user gives up.
    """
    if path.exists() or not path.parent.is_dir():  # a folder that is gone is explained
        return open_database_file(path, parent)
    from secretariat.ui.first_start import FirstStartDialog  # a first start is rare

    dialog = FirstStartDialog(path, parent)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):  # a headless start-up test: painted is enough
        dialog.first_painted.connect(lambda: QTimer.singleShot(0, lambda: dialog.done(0)))
    if not dialog.exec():
        return None
    db = open_database_file(path, parent, create=True)
    if db is None:
        return None
    if db.read_only or db.path != path:  # another file was chosen instead
        return db
    try:
        set_up_new_database(
            db, dialog.cluster_name.text(), dialog.staff_name.text(), dialog.with_demo_data()
        )
    except StoreError as problem:  # e.g. the disk filled up: the database works, but is bare
        from secretariat.ui.formatting import translate_problem

        message, hint = translate_problem(problem)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=parent)
        box.setInformativeText(hint)
        box.exec()
    return db


def set_up_new_database(db: ClusterDatabase, cluster: str, person: str, demo: bool) -> None:
    """A new database: the staff member working, demo data if wanted, the cluster's name."""
    username = current_staff_name()
    if person.strip() and not db.staff_members.count(filters={"username": username}):
        db.staff_members.create({"username": username, "display_name": person})
    if demo:
        from secretariat.demo import build_demo

        build_demo(db, organisations=100, seed=1)
    if cluster.strip():
        db.update_profile(db.profile()["version"], {"name": cluster})


def report_bug(kind: type[BaseException], error: BaseException, tb) -> None:
    """Unexpected errors: logged, and a dialog with the report to copy."""
    text = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error\n%s", text)
    print(text, file=sys.stderr)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, "")
    box.setObjectName("bug_report")
    box.setText(
        QCoreApplication.translate(
            "app",
            "Something went wrong inside Secretariat. What you saved before is safe. "
            "Please send the report below to whoever looks after the program.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate("app", "The report is also in the log file: {path}").format(
            path=paths.log_dir() / "secretariat.log"
        )
    )
    box.setDetailedText(f"Secretariat {version()}\n{text}")
    box.exec()


def run(path: Path) -> int:
    app = application()
    settings = QSettings()
    spoken = language.install(app, settings)  # before any dialog or window is made
    start_logging()
    log.info("language %s; translations: %s", spoken, ", ".join(language.loaded()) or "none")
    sys.excepthook = report_bug
    db = open_database(path)
    if db is None:  # the user gave up; a headless start-up test left after the first paint
        return 0 if os.environ.get(EXIT_AFTER_FIRST_PAINT) else 1
    window = MainWindow(db, settings)
    if os.environ.get(EXIT_AFTER_FIRST_PAINT):  # how the start-up is timed: out at once,
        window.first_painted.connect(lambda: app.exit(0))  # not through closing the window
    else:  # what the first paint need not wait for
        window.first_painted.connect(lambda: QCoreApplication.setApplicationVersion(version()))
    window.show()
    try:
        return app.exec()
    finally:
        window.db.close()
