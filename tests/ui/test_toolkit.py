"""Guards against defects of the Qt binding that would crash the program.

PySide6 6.12.0 released a reference to ``None`` each time a widget was made with
keyword properties (``QLabel(objectName=...)``) or a call returned no widget; on
Python 3.11 that ends in "Fatal Python error: none_dealloc" at exit. The pinned
version must not do that.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel


def test_making_widgets_keeps_the_reference_counts_of_none_and_true(qapp):
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        QLabel(objectName="x").setWordWrap(True)
        QTimer(singleShot=True, interval=5)
        QApplication.activeModalWidget()
    assert abs(sys.getrefcount(None) - none_before) < 50
    assert abs(sys.getrefcount(True) - true_before) < 50
