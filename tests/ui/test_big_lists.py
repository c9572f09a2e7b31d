"""Lists page rows in from the store: a 100,000-contact database opens at once and
the model holds only the pages fetched so far. Every model passes qtmodeltester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt

from secretariat.store import ClusterDatabase
from secretariat.ui.main_window import MainWindow
from secretariat.ui.pages import page_specs
from secretariat.ui.record_page import repository_of
from secretariat.ui.table_model import RecordTableModel
from tests.ui.conftest import WAIT, type_text

CONTACTS = 100_000


@pytest.fixture(scope="module")
def big_database(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    with ClusterDatabase.open(path) as db, db.transaction():
        db.insert_rows(
            "organisations",
            ({"id": n, "name": f"Organisation {n:05d} GmbH"} for n in range(1, 5001)),
        )
        db.insert_rows(
            "contacts",
            (
                {
                    "first_name": f"Vorname{n}",
                    "last_name": f"Müller-{n:06d}",
                    "organisation_id": n % 5000 + 1,
                }
                for n in range(CONTACTS)
            ),
        )
    return path


@pytest.fixture
def contacts_page(qtbot, big_database, tmp_path):
    """The Contacts page of a main window on the big database, shown."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    db = ClusterDatabase.open(big_database, create=False)
    window = MainWindow(db, settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page("contacts")
    yield window.current_page()
    window.close()
    with qtbot.waitSignal(window.destroyed, timeout=WAIT):  # with the view's pending layout
        window.deleteLater()
    db.close()


def test_a_100000_contact_list_holds_only_the_fetched_pages(qtbot, contacts_page):
    page = contacts_page
    assert page.model.total == CONTACTS
    assert page.model.fetched == RecordTableModel.PAGE
    assert page.count_label.text() == "100.000 found"
    bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT)  # laid out on the screen
    for pages in (2, 3):  # scrolling to the end fetches one more page each time
        end = bar.maximum()
        bar.setValue(end)
        qtbot.waitUntil(
            lambda p=pages: page.model.fetched == p * RecordTableModel.PAGE, timeout=WAIT
        )
        qtbot.waitUntil(lambda e=end: bar.maximum() > e, timeout=WAIT)  # the new rows are laid out
    assert page.model.rowCount() == 3 * RecordTableModel.PAGE < CONTACTS
    last = page.model.index(page.model.rowCount() - 1, 0).data()
    assert (
        last == f"Vorname{3 * RecordTableModel.PAGE - 1} Müller-{3 * RecordTableModel.PAGE - 1:06d}"
    )
    page.search.setText("muller-09999")
    page.apply_search_now()
    assert page.model.total == 10 and page.model.fetched == 10


def test_a_search_finding_thousands_shows_them_sorted_page_by_page(qtbot, contacts_page):
    page = contacts_page
    type_text(page.search, "vorname1")  # Vorname1, Vorname10 … Vorname19999
    page.apply_search_now()
    found = sorted(n for n in range(CONTACTS) if str(n).startswith("1"))
    assert page.count_label.text() == f"{len(found):,} found".replace(",", ".")

    def shown() -> list[str]:
        return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]

    assert shown() == [f"Vorname{n} Müller-{n:06d}" for n in found[: RecordTableModel.PAGE]]
    bar = page.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT)
    bar.setValue(bar.maximum())  # the next page follows on in the same order
    qtbot.waitUntil(lambda: page.model.fetched == 2 * RecordTableModel.PAGE, timeout=WAIT)
    assert shown() == [f"Vorname{n} Müller-{n:06d}" for n in found[: 2 * RecordTableModel.PAGE]]
    header = page.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(0) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)  # name, Z to A
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert shown()[:3] == [f"Vorname{n} Müller-{n:06d}" for n in found[::-1][:3]]
    assert page.model.total == len(found)


@pytest.mark.parametrize("key", [spec.key for spec in page_specs()])
def test_every_list_model_passes_the_model_tester(qtmodeltester, qapp, key, tmp_path):
    from datetime import date

    from secretariat.demo import build_demo

    db = ClusterDatabase.open(tmp_path / "c.sqlite3")
    build_demo(db, organisations=20, seed=2, today=date(2026, 6, 1))
    spec = next(s for s in page_specs() if s.key == key)
    model = RecordTableModel(repository_of(db, key), spec.columns)
    qtmodeltester.check(model, force_py=True)
    model.sort(0)
    qtmodeltester.check(model, force_py=True)
    db.close()
