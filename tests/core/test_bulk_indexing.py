"""An import indexes its new records for search and sorting all at once, after
writing them: the same index entries and sort keys the triggers write for a record
saved any other way, in the import's one transaction, and nothing left behind by a
cancelled or failed import."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from secretariat.imports.plan import ImportCancelled, plan_import, write_import
from secretariat.imports.rows import ImportRow
from secretariat.store import ClusterDatabase
from tests.core.test_import_undo import dump_database

# Names with a letter of every step of the sort keys' fold, and plain ones.
PEOPLE = [
    ("Anna", "Müller", "Müller Präzision GmbH"),
    ("Łukasz", "Żółć", "Łódź Logistyka"),
    ("Şükrü", "Ağaoğlu", "Ağaoğlu Tekstil"),
    ("Ærling", "Øster", "Østergaard ApS"),
    ("Ĳsbrand", "Ĳzerman", None),
    ("Ŀluís", "Ŗudzītis", "Ŧest Ŀtd"),
    ("Ůrsula", "Ťůma", None),
    ("Ἀλέξης", "Ώρα", "Ελληνικά ΑΕ"),
    ("Ϊων", "Ϋψηλάντης", None),
    ("Ёлка", "Жуков", "Сибирь ООО"),
    ("Ѝван", "Ўсов", None),
    ("ѝра", "ўла", None),
    ("", "Straße", "Straßenbau AG"),
    ("Bernd", "bauer", "Bauer & Söhne"),
    ("Carla", "BAUER", None),
]


def contact_rows(people=PEOPLE, first_row=2):
    rows = []
    for number, (first, last, organisation) in enumerate(people, start=first_row):
        values = {"contact.first_name": first, "contact.last_name": last}
        if organisation:
            values["organisation.name"] = organisation
        rows.append(ImportRow(number, values))
    return rows


def imported(db, kind, rows, **options):
    result = write_import(db, plan_import(db, kind, rows, **options), source_name="a.csv")
    assert bulk_write_rows(db) == []
    return result


def bulk_write_rows(db):
    return db.execute("SELECT * FROM bulk_write").fetchall()


def index_of(db):
    """Search entries and sort keys of every contact and organisation."""
    return {
        table: db.execute(f"SELECT {columns} FROM {table} ORDER BY 1").fetchall()
        for table, columns in [
            ("contacts_search", "rowid, body, alt"),
            ("organisations_search", "rowid, body, alt"),
            ("contacts_sort", "contact_id, name"),
            ("organisations_sort", "organisation_id, name"),
        ]
    }


def indexed_normally(db):
    """``index_of`` the same organisations and contacts (same ids, same values)
    inserted row by row into a new database, where their triggers index them."""
    other = ClusterDatabase.in_memory(staff="anna")
    try:
        with other.transaction():
            for table in ("organisations", "contacts"):
                for row in db.execute(f"SELECT * FROM {table} ORDER BY id"):
                    record = dict(row)
                    other.execute(
                        f"INSERT INTO {table} ({', '.join(record)}) "
                        f"VALUES ({', '.join('?' * len(record))})",
                        list(record.values()),
                    )
        return index_of(other)
    finally:
        other.close()


def test_new_contacts_and_organisations_are_found_by_search(db):
    result = imported(db, "contacts", contact_rows())
    assert len(result.created_ids) == len(PEOPLE)
    found = {c["last_name"] for c in db.contacts.list(search="mül")}
    assert found == {"Müller"}
    assert {c["last_name"] for c in db.contacts.list(search="mueller")} == {"Müller"}
    assert {c["last_name"] for c in db.contacts.list(search="lukasz")} == {"Żółć"}
    # a contact is found by its organisation's name, created in the same import
    assert {c["last_name"] for c in db.contacts.list(search="logistyka")} == {"Żółć"}
    assert [o["name"] for o in db.organisations.list(search="präz")] == ["Müller Präzision GmbH"]
    assert [o["name"] for o in db.organisations.list(search="strassenbau")] == ["Straßenbau AG"]


def test_index_entries_and_sort_keys_are_those_the_triggers_write(db):
    db.organisations.create({"name": "Älteste AG"})
    db.contacts.create({"first_name": "Erna", "last_name": "Öhler", "organisation_id": 1})
    before = index_of(db)
    imported(db, "contacts", contact_rows())
    imported(db, "organisations", [ImportRow(2, {"organisation.name": "Ölmühle Ŀuna"})])
    after = index_of(db)
    assert after == indexed_normally(db)
    for table, rows in before.items():  # those of the records already there stay as they were
        assert [row for row in after[table] if row[0] <= 1] == rows
    assert len(after["contacts_sort"]) == len(after["contacts_search"]) == len(PEOPLE) + 1
    organisations = db.execute("SELECT count(*) FROM organisations").fetchone()[0]
    assert len(after["organisations_sort"]) == len(after["organisations_search"]) == organisations


def test_the_lists_sort_the_new_records_by_name(db):
    db.contacts.create({"first_name": "Zora", "last_name": "Ziegler"})
    db.contacts.create({"first_name": "Adam", "last_name": "Adler"})
    imported(db, "contacts", contact_rows())
    names = [(c["last_name"], c["first_name"]) for c in db.contacts.list(sort="last_name")]
    assert len(names) == len(PEOPLE) + 2
    assert names[:6] == [
        ("Adler", "Adam"),
        ("Ağaoğlu", "Şükrü"),
        ("bauer", "Bernd"),
        ("BAUER", "Carla"),
        ("Ĳzerman", "Ĳsbrand"),
        ("Müller", "Anna"),
    ]
    assert names.index(("Ziegler", "Zora")) == names.index(("Żółć", "Łukasz")) - 1
    keys = dict(
        db.execute(
            "SELECT last_name, name FROM contacts JOIN contacts_sort ON contact_id = id"
        ).fetchall()
    )
    assert keys["Müller"] == "muller\x01anna"  # folded
    assert keys["Żółć"] == "zolc\x01lukasz"
    assert keys["ўла"] == "ула\x01ира"
    assert keys["bauer"] == "bauer\x01bernd"  # plain ASCII: lower-cased only
    organisations = [o["name"] for o in db.organisations.list(sort="name")]
    assert organisations[:2] == ["Ağaoğlu Tekstil", "Bauer & Söhne"]


def test_records_saved_outside_an_import_are_indexed_by_their_triggers(db):
    imported(db, "contacts", contact_rows()[:1])
    db.contacts.create({"first_name": "Jürgen", "last_name": "Jäger"})
    db.organisations.create({"name": "Jägerhof GmbH"})
    assert [c["last_name"] for c in db.contacts.list(search="jäg")] == ["Jäger"]
    assert [o["name"] for o in db.organisations.list(search="jaeger")] == ["Jägerhof GmbH"]
    assert index_of(db) == indexed_normally(db)


def test_changes_an_import_makes_to_existing_records_are_indexed(db):
    imported(
        db, "contacts", [ImportRow(2, {"contact.last_name": "Meier", "contact.email": "m@x.de"})]
    )
    rows = [ImportRow(2, {"contact.last_name": "Mayer", "contact.email": "m@x.de"})]
    plan = plan_import(db, "contacts", rows, on_duplicate="update")
    plan.decide_all("update", overwrite=["last_name"])
    write_import(db, plan, source_name="b.csv")
    assert bulk_write_rows(db) == []
    assert db.contacts.get(1)["last_name"] == "Mayer"
    assert [c["last_name"] for c in db.contacts.list(search="mayer")] == ["Mayer"]
    assert db.contacts.list(search="meier") == []
    assert index_of(db) == indexed_normally(db)


def test_a_cancelled_import_leaves_no_records_index_entries_or_mark(db):
    db.contacts.create({"first_name": "Erna", "last_name": "Öhler"})
    before = dump_database(db)
    seen = []

    def cancelled():
        written = db.execute("SELECT count(*) FROM contacts").fetchone()[0] > 1
        if written:  # the new records are in; their index entries are not, yet
            seen.append(
                (
                    len(bulk_write_rows(db)),
                    db.execute("SELECT count(*) FROM contacts_search").fetchone()[0],
                    db.execute("SELECT count(*) FROM contacts_sort").fetchone()[0],
                )
            )
        return written

    plan = plan_import(db, "contacts", contact_rows())
    with pytest.raises(ImportCancelled):
        write_import(db, plan, source_name="a.csv", cancelled=cancelled)
    assert seen[0] == (1, 1, 1)
    assert dump_database(db) == before  # bulk_write, the search index and sort keys included
    assert [c["last_name"] for c in db.contacts.list(search="öhler")] == ["Öhler"]


def test_a_failed_import_leaves_no_records_index_entries_or_mark(db_file):
    path, db = db_file
    db.organisations.create({"name": "Vorhanden AG"})
    before = dump_database(db)
    many = [(first, f"{last} {n}", org) for n in range(120) for first, last, org in PEOPLE]
    seen = []

    def progress(done, total):
        # the new organisations are in (the contacts follow); their index entries not yet
        seen.append(
            [
                len(bulk_write_rows(db)),
                db.execute("SELECT count(*) FROM organisations").fetchone()[0],
                db.execute("SELECT count(*) FROM organisations_search").fetchone()[0],
                db.execute("SELECT count(*) FROM organisations_sort").fetchone()[0],
            ]
        )
        with closing(sqlite3.connect(path)) as other:  # another program sees none of it
            assert other.execute("SELECT count(*) FROM organisations").fetchone()[0] == 1
            assert other.execute("SELECT count(*) FROM bulk_write").fetchone()[0] == 0
        raise OSError("the disk is full")

    plan = plan_import(db, "contacts", contact_rows(many))
    with pytest.raises(OSError):
        write_import(db, plan, source_name="a.csv", progress=progress)
    [(marked, organisations, indexed, sorted_)] = seen
    assert (marked, indexed, sorted_) == (1, 1, 1) and organisations > 5
    assert dump_database(db) == before
    db.close()
    with ClusterDatabase.open(path, staff="anna") as again:
        assert bulk_write_rows(again) == []
        imported(again, "contacts", contact_rows())
        assert [c["last_name"] for c in again.contacts.list(search="mül")] == ["Müller"]


def test_an_organisations_import_indexes_its_organisations(db):
    rows = [
        ImportRow(2, {"organisation.name": "Bäckerei Öztürk", "organisation.city": "Köln"}),
        ImportRow(3, {"organisation.name": "Ärztehaus Süd", "organisation.city": "Düsseldorf"}),
    ]
    imported(db, "organisations", rows)
    assert [o["name"] for o in db.organisations.list(search="koeln")] == ["Bäckerei Öztürk"]
    assert [o["name"] for o in db.organisations.list(search="dü")] == ["Ärztehaus Süd"]
    assert [o["name"] for o in db.organisations.list(sort="name")] == [
        "Ärztehaus Süd",
        "Bäckerei Öztürk",
    ]
    assert index_of(db) == indexed_normally(db)
