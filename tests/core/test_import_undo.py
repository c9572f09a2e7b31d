"""Undoing an import batch puts the database back exactly, or refuses with a reason."""

from __future__ import annotations

import pytest

from secretariat.imports.plan import plan_import, write_import
from secretariat.imports.rows import ImportRow
from secretariat.imports.undo import list_batches, undo_batch
from secretariat.store import RefusedError

# Not compared after an undo: the undo adds to these two by design.
GROWING = ("audit_log", "import_batches")


def dump_database(db, exclude=()) -> dict[str, list[tuple]]:
    """Every table, row by row in rowid order. FTS5 shadow tables (…_data, _idx,
    _docsize, _config, _content) hold the index's internal pages, which differ after
    a delete and re-insert of the same text; the search tables themselves are
    compared by their content instead."""
    tables = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    shadow = {
        f"{t}_{part}" for t in tables for part in ("data", "idx", "docsize", "config", "content")
    }
    dumped = {}
    for table in tables:
        if table in shadow or table in exclude:
            continue
        rows = db.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid")
        dumped[table] = [tuple(row) for row in rows]
    return dumped


def seeded(db):
    """Two organisations, one contact with a consent, as typed in by hand."""
    org = db.organisations.create({"name": "Müller GmbH", "city": "Köln"})
    db.organisations.create({"name": "Stadtwerke Bonn"})
    anna = db.contacts.create(
        {
            "organisation_id": org["id"],
            "first_name": "Anna",
            "last_name": "Müller",
            "email": "anna@mueller.de",
        }
    )
    db.consents.create(
        {
            "contact_id": anna["id"],
            "purpose": "newsletter",
            "granted": 1,
            "recorded_on": "2026-01-05",
            "source": "form",
        }
    )
    return anna


ROWS = [
    # updates Anna (fills her phone, adds the directory consent)
    ImportRow(
        2,
        {
            "contact.email": "ANNA@mueller.de",
            "contact.last_name": "Müller",
            "contact.phone": "0221 1234567",
            "contact.consent_directory": "ja",
            "organisation.name": "Mueller G.m.b.H.",
        },
    ),
    # new people at a new organisation (created once), with consents and roles
    ImportRow(
        3,
        {
            "contact.full_name": "Herr Dr. Jörg Kaya",
            "contact.email": "kaya@neu.de",
            "organisation.name": "Neu Technik GmbH",
            "organisation.city": "Essen",
            "contact.consent_directory": "yes",
            "contact.roles": "Ambassador",
        },
    ),
    ImportRow(
        4,
        {
            "contact.full_name": "Ирина Петрова",
            "organisation.name": "Neu Technik",
            "contact.email": "irina@neu.de",
        },
    ),
    ImportRow(5, {"contact.full_name": "Łukasz Żółć", "organisation.name": "Stadtwerke Bonn"}),
]


def imported(db):
    plan = plan_import(db, "contacts", ROWS, on_duplicate="update")
    return write_import(db, plan, source_name="kontakte.csv")


def test_undo_restores_every_table_exactly(db):
    seeded(db)
    before = dump_database(db, exclude=GROWING)
    result = imported(db)
    assert result.summary.text() == "imported 3, updated 1, skipped 0, rejected 0"
    assert result.summary.organisations_created == 1
    assert dump_database(db, exclude=GROWING) != before
    assert db.contacts.get(1)["phone"] == "+492211234567"
    undone = undo_batch(db, result.batch_id)
    assert undone.removed and undone.restored
    assert dump_database(db, exclude=GROWING) == before
    assert db.contacts.list(search="Kaya") == []  # the search index follows
    assert [c["last_name"] for c in db.contacts.list(search="Mueller")] == ["Müller"]


def test_the_undo_is_audited_under_the_batch_and_listed(db):
    seeded(db)
    result = imported(db)
    written = len(
        db.execute("SELECT id FROM audit_log WHERE batch_id = ?", (result.batch_id,)).fetchall()
    )
    undo_batch(db, result.batch_id)
    entries = db.execute(
        "SELECT action FROM audit_log WHERE batch_id = ? ORDER BY id", (result.batch_id,)
    ).fetchall()
    assert len(entries) == 2 * written
    [batch] = list_batches(db)
    assert (batch.kind, batch.source, batch.who, batch.undone) == (
        "import",
        "kontakte.csv",
        "anna",
        True,
    )
    assert batch.summary["created"] == 3
    with pytest.raises(RefusedError, match="already undone"):
        undo_batch(db, result.batch_id)


def test_undo_refuses_when_a_record_was_edited_afterwards(db):
    seeded(db)
    result = imported(db)
    kaya = db.contacts.list(search="Kaya")[0]
    db.staff = "bob"
    db.contacts.update(kaya["id"], kaya["version"], {"position": "CTO"})
    before = dump_database(db)
    with pytest.raises(RefusedError) as refused:
        undo_batch(db, result.batch_id)
    assert "contact “Jörg Kaya”" in str(refused.value) and "bob" in str(refused.value)
    assert dump_database(db) == before


def test_undo_refuses_when_new_records_point_to_what_it_created(db):
    seeded(db)
    result = imported(db)
    kaya = db.contacts.list(search="Kaya")[0]
    event = db.events.create(
        {"title": "Workshop", "starts_at": "2026-06-12 10:00", "ends_at": "2026-06-12 12:00"}
    )
    db.registrations.create({"event_id": event["id"], "contact_id": kaya["id"]})
    with pytest.raises(RefusedError, match="Jörg Kaya.*registration added later"):
        undo_batch(db, result.batch_id)


def test_a_file_database_is_backed_up_before_import_and_undo(db_file):
    path, db = db_file
    seeded(db)
    result = imported(db)
    undone = undo_batch(db, result.batch_id)
    assert result.backup.is_file() and undone.backup.is_file()
    assert result.backup.parent == path.parent / "backups"
    assert "before-import" in result.backup.name and "before-undo" in undone.backup.name
