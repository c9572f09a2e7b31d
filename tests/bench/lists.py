"""The list cases, measured inside one process with the real main window (offscreen).

*open a list*: from ``window.show_page("contacts")`` until the contacts table holds
its first page of rows and its viewport has painted them; the floor is one
``SELECT … LIMIT 200`` in plain sqlite3 plus building those rows as text.

*search as you type*: each keystroke of ``müller`` typed into the Contacts search box,
from the key event until the table has painted the result. The page waits for a
250 ms typing pause before it searches; that pause is a choice, not work, so the
search is started at once (as Enter does, ``apply_search_now``). The floor is the
FTS5 prefix query with ``LIMIT 200`` in plain sqlite3, for the same prefixes.

Each repetition builds a new main window (the suite runs one process per repetition,
so that caches inside the program start empty as in a new session); ours and the
floor alternate. Memory is
the resident set (VmRSS) before and after the list opens, and the process's peak.

    QT_QPA_PLATFORM=offscreen python -m tests.bench.lists DATABASE REPEATS SETTINGS_FOLDER
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretariat.store import ClusterDatabase
from secretariat.ui.main_window import MainWindow

TYPED = "müller"
WAIT_LIMIT = 30.0  # seconds: a case that takes longer is broken, not slow


class Painted(QObject):
    """Counts the paint events of a widget (the table's viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


SETTLE = 0.3  # seconds of events processed after the first paint


def process_until(app: QApplication, done) -> None:
    limit = time.perf_counter() + WAIT_LIMIT
    while not done():
        app.processEvents()
        if time.perf_counter() > limit:
            raise RuntimeError("the contacts table did not show its rows in time")


def open_window(database: Path, settings: Path, app: QApplication) -> MainWindow:
    db = ClusterDatabase.open(database, create=False)
    window = MainWindow(db, QSettings(str(settings), QSettings.Format.IniFormat))
    window.show()
    painted = []
    window.first_painted.connect(lambda: painted.append(True))
    process_until(app, lambda: bool(painted))
    # what the window does just after it is first drawn (the overview's lists) is done
    # before anyone could click: the switch is timed from a window at rest
    settled = time.perf_counter() + SETTLE
    while time.perf_counter() < settled:
        app.processEvents()
    return window


def open_contacts(window: MainWindow, app: QApplication) -> tuple[float, float, float]:
    """Seconds from show_page("contacts") to painted rows, the CPU seconds of it, and
    the RSS growth in MB."""
    before = resident_mb()
    cpu = time.process_time()
    start = time.perf_counter()
    window.show_page("contacts")
    page = window.current_page()
    watcher = Painted()
    page.table.viewport().installEventFilter(watcher)
    expected = min(page.model.total, page.model.PAGE)
    process_until(app, lambda: page.model.rowCount() >= expected and watcher.count > 0)
    seconds = time.perf_counter() - start
    cpu = time.process_time() - cpu
    page.table.viewport().removeEventFilter(watcher)
    return seconds, cpu, resident_mb() - before


def type_search(window: MainWindow, app: QApplication) -> list[float]:
    """Seconds per keystroke of TYPED, from the key to the painted result."""
    page = window.current_page()
    watcher = Painted()
    page.table.viewport().installEventFilter(watcher)
    page.search.setFocus()
    samples = []
    for character in TYPED:
        watcher.count = 0
        start = time.perf_counter()
        QTest.sendKeyEvent(
            QTest.KeyAction.Click,
            page.search,
            Qt.Key.Key_unknown,
            character,
            Qt.KeyboardModifier.NoModifier,
        )
        page.apply_search_now()
        process_until(app, lambda: watcher.count > 0)
        samples.append(time.perf_counter() - start)
    if page.model.total == 0:
        raise RuntimeError(f"searching {TYPED!r} found no contact")
    page.table.viewport().removeEventFilter(watcher)
    return samples


def floor_open(database: Path) -> float:
    conn = sqlite3.connect(database)
    start = time.perf_counter()
    rows = conn.execute(
        "SELECT contacts.*, organisations.name AS organisation_name FROM contacts"
        " LEFT JOIN organisations ON organisations.id = contacts.organisation_id"
        " ORDER BY contacts.last_name COLLATE NOCASE, contacts.first_name COLLATE NOCASE"
        " LIMIT 200"
    )
    names = [column[0] for column in rows.description]
    shown = []
    for row in rows:
        record = dict(zip(names, row, strict=True))
        shown.append(
            [
                f"{record['first_name']} {record['last_name']}",
                record["organisation_name"] or "",
                record["position"] or "",
                record["email"] or "",
                record["phone"] or "",
            ]
        )
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def floor_search(database: Path) -> list[float]:
    conn = sqlite3.connect(database)
    samples = []
    for length in range(1, len(TYPED) + 1):
        start = time.perf_counter()
        rows = conn.execute(
            "SELECT contacts.* FROM contacts_search JOIN contacts"
            " ON contacts.id = contacts_search.rowid WHERE contacts_search MATCH ? LIMIT 200",
            (f'"{TYPED[:length]}"*',),
        ).fetchall()
        [tuple(row) for row in rows]
        samples.append(time.perf_counter() - start)
    conn.close()
    return samples


def main(database: str, repeats: str, settings_folder: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = Path(database)
    result: dict[str, list[float]] = {
        "open": [],
        "open_cpu": [],
        "open_floor": [],
        "open_growth_mb": [],
        "search": [],
        "search_floor": [],
    }
    for number in range(int(repeats)):
        # fresh settings: a saved layout would reopen the page last shown
        settings = Path(settings_folder) / f"settings-{number}.ini"
        settings.unlink(missing_ok=True)
        window = open_window(path, settings, app)
        if window.current_key == "contacts":
            raise RuntimeError("the window opened on the contacts page already")
        seconds, cpu, growth = open_contacts(window, app)
        result["open"].append(seconds)
        result["open_cpu"].append(cpu)
        result["open_growth_mb"].append(growth)
        result["open_floor"].append(floor_open(path))
        result["search"] += type_search(window, app)
        result["search_floor"] += floor_search(path)
        window.close()
        window.db.close()
        window.deleteLater()
        app.processEvents()
    result["peak_mb"] = [resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
