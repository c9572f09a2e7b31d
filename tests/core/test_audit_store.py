"""The change history as the store reads it: a page at a time, newest first, each
change with its record's name, origin and where it can be opened; filtered by kind,
staff member, days and record name or number."""

from __future__ import annotations

from datetime import UTC, date

import pytest

from secretariat.imports.merge import merge
from secretariat.imports.plan import plan_import, write_import
from secretariat.imports.rows import ImportRow
from secretariat.imports.undo import undo_batch
from secretariat.store.audit import AuditFilters, AuditStore


def edits_by_two(db):
    """Anna creates and edits; Ben renames an organisation and deletes a contact."""
    org = db.organisations.create({"name": "Müller GmbH", "city": "Köln", "roles": ["facilitator"]})
    bonn = db.organisations.create({"name": "Stadtwerke Bonn"})
    gone = db.contacts.create(
        {"organisation_id": org["id"], "first_name": "Jörg", "last_name": "Kaya"}
    )
    org = db.organisations.update(org["id"], org["version"], {"city": "Bonn"})
    db.staff = "ben"
    db.organisations.update(bonn["id"], bonn["version"], {"name": "Stadtwerke Bonn GmbH"})
    db.contacts.delete(gone["id"], gone["version"])
    db.staff = "anna"
    return org, bonn, gone


def described(entries):
    return [(e["staff"], e["action"], e["owner_table"], e["name"]) for e in entries]


def test_changes_come_newest_first_with_the_names_of_their_records(db):
    org, bonn, gone = edits_by_two(db)
    store = AuditStore(db)
    entries = store.entries()
    assert described(entries) == [
        ("ben", "delete", "contacts", "Jörg Kaya"),
        ("ben", "update", "organisations", "Stadtwerke Bonn GmbH"),
        ("anna", "update", "organisations", "Müller GmbH"),
        ("anna", "create", "contacts", "Jörg Kaya"),
        ("anna", "create", "organisations", "Stadtwerke Bonn GmbH"),
        ("anna", "create", "organisations", "Müller GmbH"),
    ]
    assert store.count() == 6
    city = entries[2]
    assert city["changes"]["city"] == ["Köln", "Bonn"]
    assert city["exists"] and city["origin"] == ""
    assert (city["parent_table"], city["parent_id"]) == ("organisations", org["id"])
    deleted = entries[0]
    assert not deleted["exists"]
    assert deleted["deleted_by"] == "ben" and deleted["deleted_at"]
    assert entries[3]["exists"] is False  # its create, too, belongs to a record now gone


def test_pages_follow_each_other_without_gaps_or_repeats(db):
    with db.transaction():
        for number in range(1, 26):
            db.audit("organisations", number, "update", {"city": ["Köln", f"Ort {number}"]})
    store = AuditStore(db)
    seen, last = [], None
    while True:
        page = store.entries(limit=10, after_id=last)
        if not page:
            break
        assert len(page) <= 10
        seen += [entry["id"] for entry in page]
        last = page[-1]["id"]
    assert seen == sorted(seen, reverse=True)
    assert len(seen) == len(set(seen)) == 25


def test_filters_by_kind_staff_and_name_or_number(db):
    org, bonn, gone = edits_by_two(db)
    store = AuditStore(db)

    def names(**filters):
        return [(e["action"], e["name"]) for e in store.entries(AuditFilters(**filters))]

    assert names(kind="contacts") == [("delete", "Jörg Kaya"), ("create", "Jörg Kaya")]
    assert names(staff="ben") == [
        ("delete", "Jörg Kaya"),
        ("update", "Stadtwerke Bonn GmbH"),
    ]
    assert names(kind="organisations", staff="ben") == [("update", "Stadtwerke Bonn GmbH")]
    assert names(text="mül") == [("update", "Müller GmbH"), ("create", "Müller GmbH")]
    assert names(text="kaya") == [("delete", "Jörg Kaya"), ("create", "Jörg Kaya")]  # deleted
    assert names(text="stadtwerke gmbh") == [
        ("update", "Stadtwerke Bonn GmbH"),
        ("create", "Stadtwerke Bonn GmbH"),
    ]
    assert names(text=f"#{bonn['id']}", kind="organisations") == [
        ("update", "Stadtwerke Bonn GmbH"),
        ("create", "Stadtwerke Bonn GmbH"),
    ]
    assert names(text="nobody like this") == []
    assert store.count(AuditFilters(staff="ben")) == 2
    assert store.kinds() == ["contacts", "organisations"]
    with pytest.raises(ValueError):
        store.entries(AuditFilters(kind="no_such_table"))


def test_filters_by_day_in_the_chosen_time_zone(db):
    edits_by_two(db)
    # Pin the moments: the first three changes on 1 March, the rest on 2 March (UTC).
    db.execute("UPDATE audit_log SET at = '2026-03-01T10:00:00.000Z' WHERE id <= 3")
    db.execute("UPDATE audit_log SET at = '2026-03-02T23:30:00.000Z' WHERE id > 3")
    store = AuditStore(db)

    def ids(first=None, last=None, zone=UTC):
        filters = AuditFilters(first_day=first, last_day=last, time_zone=zone)
        return [e["id"] for e in store.entries(filters)]

    assert ids(date(2026, 3, 1), date(2026, 3, 1)) == [3, 2, 1]
    assert ids(date(2026, 3, 2)) == [6, 5, 4]
    assert ids(last=date(2026, 2, 28)) == []
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")  # 23:30 UTC on 2 March is 3 March in Berlin
    assert ids(date(2026, 3, 3), zone=berlin) == [6, 5, 4]
    assert ids(date(2026, 3, 2), date(2026, 3, 2), zone=berlin) == []


def test_staff_names_show_the_staff_members_name_where_there_is_one(db):
    edits_by_two(db)
    db.staff_members.create({"username": "ben", "display_name": "Benjamin Özdemir"})
    assert AuditStore(db).staff_names() == [("anna", "anna"), ("ben", "Benjamin Özdemir")]


ROWS = [
    ImportRow(
        2,
        {
            "contact.full_name": "Ирина Петрова",
            "contact.email": "irina@neu.de",
            "organisation.name": "Neu Technik GmbH",
            "contact.roles": "Ambassador",
        },
    ),
]


def test_imports_undos_and_merges_are_told_apart_and_link_rows_belong_to_their_record(db):
    edits_by_two(db)
    plan = plan_import(db, "contacts", ROWS, on_duplicate="update")
    batch = write_import(db, plan, source_name="kontakte.csv").batch_id
    store = AuditStore(db)
    imported = [e for e in store.entries() if e["batch_id"] == batch]
    assert {e["origin"] for e in imported} == {"import"}
    role = next(e for e in imported if e["table_name"] == "contact_roles")
    assert role["owner_table"] == "contacts" and role["name"] == "Ирина Петрова"
    assert role["link_values"]["role"] == "ambassador"
    assert [e["name"] for e in store.entries(AuditFilters(text="ирина"))].count(
        "Ирина Петрова"
    ) >= 2  # the contact and its role
    contact_id = role["owner_id"]

    undo_batch(db, batch)
    entries = [e for e in store.entries() if e["batch_id"] == batch]
    assert len(entries) == 2 * len(imported)
    assert [e["origin"] for e in entries] == ["undo"] * len(imported) + ["import"] * len(imported)
    assert all(not e["exists"] for e in entries if e["owner_id"] == contact_id)

    müller, bonn = 1, 2
    merge(db, "organisations", bonn, müller)
    merged = [e for e in store.entries() if e["origin"] == "merge"]
    assert merged, "the merge is in the history"
    moved_role = next(e for e in merged if e["table_name"] == "organisation_roles")
    assert (moved_role["owner_table"], moved_role["owner_id"]) == ("organisations", bonn)
    away = next(e for e in merged if e["action"] == "delete" and e["table_name"] == "organisations")
    assert away["name"] == "Müller GmbH" and not away["exists"]
    assert store.names("organisations", [müller, bonn]) == {
        müller: "Müller GmbH",  # as the log last knew it
        bonn: "Stadtwerke Bonn GmbH",
    }


def test_children_open_on_their_parents_page(db):
    event = db.events.create(
        {
            "title": "Wasserstoff-Forum",
            "starts_at": "2026-12-01T09:00:00Z",
            "ends_at": "2026-12-01T12:00:00Z",
        }
    )
    task = db.tasks.create({"event_id": event["id"], "title": "Raum buchen"})
    db.tasks.update(task["id"], task["version"], {"done": 1})
    latest = AuditStore(db).entries(limit=1)[0]
    assert (latest["owner_table"], latest["name"]) == ("tasks", "Raum buchen")
    assert (latest["parent_table"], latest["parent_id"]) == ("events", event["id"])
