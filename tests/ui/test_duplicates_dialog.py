"""Finding two records of one firm, merging them, and undoing the merge — as a
secretary does it, through the two dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from secretariat.store import ClusterDatabase, NotFoundError
from secretariat.ui.batches_dialog import BatchesDialog
from secretariat.ui.duplicates_dialog import DuplicatesDialog

from .conftest import WAIT, answer_next_dialog


def click_yes(dialog) -> None:
    asked.append(dialog.text())
    dialog.button(QMessageBox.StandardButton.Yes).click()


asked: list[str] = []


def choose_kind(dialog: DuplicatesDialog, key: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(key))


def click_pair(qtbot, dialog: DuplicatesDialog, first_id: int, second_id: int) -> None:
    pairs = dialog.pairs
    for row in range(pairs.count()):
        item = pairs.item(row)
        pair = item.data(Qt.ItemDataRole.UserRole)
        if (pair.first_id, pair.second_id) == (first_id, second_id):
            pairs.scrollToItem(item)
            qtbot.mouseClick(
                pairs.viewport(), Qt.MouseButton.LeftButton, pos=pairs.visualItemRect(item).center()
            )
            assert dialog.pair == pair
            return
    texts = [pairs.item(row).text() for row in range(pairs.count())]
    pytest.fail(f"pair #{first_id}/#{second_id} not listed: {texts}")


@pytest.fixture
def db(demo_path):
    database = ClusterDatabase.open(demo_path, create=False)
    yield database
    database.close()


def test_find_merge_and_undo_a_doubled_firm(qtbot, db):
    first = db.organisations.create(
        {
            "name": "Müller Maschinenbau GmbH",
            "website": "https://www.mueller-mb.example",
            "city": "Köln",
        }
    )
    second = db.organisations.create(
        {"name": "Mueller Maschinenbau G.m.b.H.", "city": "Bonn", "phone": "+49 228 123456"}
    )
    erika = db.contacts.create(
        {
            "organisation_id": first["id"],
            "first_name": "Erika",
            "last_name": "Musterfrau",
            "email": "erika.musterfrau@mueller-mb.example",
        }
    )
    egon = db.contacts.create(
        {
            "organisation_id": second["id"],
            "first_name": "E.",
            "last_name": "Musterfrau",
            "email": "Erika.Musterfrau@mueller-mb.example",
        }
    )

    dialog = DuplicatesDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog, timeout=WAIT)

    # The two contacts share an e-mail address.
    choose_kind(dialog, "contacts")
    click_pair(qtbot, dialog, erika["id"], egon["id"])
    assert "e-mail" in dialog.pair.sentence()

    choose_kind(dialog, "organisations")
    click_pair(qtbot, dialog, first["id"], second["id"])
    boxes = dialog.choice_boxes()
    assert "city" in boxes  # Köln against Bonn: a choice
    assert "website" not in boxes and "phone" not in boxes  # one side empty: no choice
    assert not dialog.swap.isChecked()
    city = boxes["city"]
    city.setCurrentIndex(city.findData("second"))

    changed = []
    dialog.changed.connect(lambda: changed.append(True))
    asked.clear()
    answer_next_dialog(click_yes)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert asked and "undo this under File → Imports and merges" in asked[0]
    assert changed
    assert "Merged" in dialog.status.text(), dialog.status.text()

    kept = db.organisations.get(first["id"])
    assert kept["city"] == "Bonn"
    assert kept["website"] == "https://www.mueller-mb.example"
    assert kept["phone"]
    with pytest.raises(NotFoundError):
        db.organisations.get(second["id"])
    for contact in (erika, egon):
        assert db.contacts.get(contact["id"])["organisation_id"] == first["id"]
    listed = [
        dialog.pairs.item(row).data(Qt.ItemDataRole.UserRole) for row in range(dialog.pairs.count())
    ]
    assert all(second["id"] not in (p.first_id, p.second_id) for p in listed)

    batches = BatchesDialog(db)
    qtbot.addWidget(batches)
    batches.show()
    qtbot.waitExposed(batches, timeout=WAIT)
    table = batches.batches
    assert table.item(0, 1).text() == "Merge"
    assert "Mueller Maschinenbau" in table.item(0, 2).text()
    assert table.item(0, 6).text() == ""
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualItemRect(table.item(0, 2)).center(),
    )
    assert batches.undo_button.isEnabled()

    undone = []
    batches.changed.connect(lambda: undone.append(True))
    asked.clear()
    answer_next_dialog(click_yes)
    qtbot.mouseClick(batches.undo_button, Qt.MouseButton.LeftButton)
    assert asked and undone
    assert "undone" in batches.status.text(), batches.status.text()
    assert table.item(0, 6).text()  # the date it was undone
    assert not batches.undo_button.isEnabled()

    assert db.organisations.get(first["id"])["city"] == "Köln"
    assert db.organisations.get(second["id"])["city"] == "Bonn"
    assert db.contacts.get(erika["id"])["organisation_id"] == first["id"]
    assert db.contacts.get(egon["id"])["organisation_id"] == second["id"]


def test_undo_refused_says_why(qtbot, db):
    first = db.organisations.create({"name": "Doppelt AG", "city": "Essen"})
    second = db.organisations.create({"name": "Doppelt AG", "city": "Essen", "sector": "Stahl"})
    dialog = DuplicatesDialog(db)
    qtbot.addWidget(dialog)
    click_pair(qtbot, dialog, first["id"], second["id"])
    assert dialog.choice_boxes() == {}
    answer_next_dialog(click_yes)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    kept = db.organisations.get(first["id"])
    db.organisations.update(first["id"], kept["version"], {"city": "Bochum"})

    batches = BatchesDialog(db)
    qtbot.addWidget(batches)
    batches.batches.selectRow(0)
    answer_next_dialog(click_yes)
    qtbot.mouseClick(batches.undo_button, Qt.MouseButton.LeftButton)
    assert "Doppelt AG" in batches.status.text(), batches.status.text()
    assert "Traceback" not in batches.status.text()
    assert batches.undo_button.isEnabled()  # still not undone
    with pytest.raises(NotFoundError):
        db.organisations.get(second["id"])


def test_file_menu_opens_both_dialogs(qtbot, window):
    from PySide6.QtGui import QAction

    file_menu = window.menuBar().actions()[0].menu()
    names = [action.objectName() for action in file_menu.actions()]
    assert names.index("find_duplicates") == names.index("import") + 1
    assert names.index("batches") == names.index("import") + 2
    for name, title in (("find_duplicates", "Find duplicates"), ("batches", "Imports and merges")):
        titles = []

        def close(dialog, titles=titles):
            titles.append(dialog.windowTitle())
            dialog.reject()

        answer_next_dialog(close)
        window.findChild(QAction, name).trigger()
        assert titles == [title]
