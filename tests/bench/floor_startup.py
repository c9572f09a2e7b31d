"""Floor of the start-up: a bare PySide6 QMainWindow with a QTableView, shown, and
the process quits at its first paint (as ``secretariat`` does with
SECRETARIAT_EXIT_AFTER_FIRST_PAINT=1).

    python tests/bench/floor_startup.py
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableView(window))
    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1200, 780)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
