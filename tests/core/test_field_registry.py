"""One definition per field: every column of the schema is known to the registry and
classified personal or not; a column the program does not know (another tool added
it) is personal data — erased with the person, shown in the access report."""

from __future__ import annotations

import json
import sqlite3

from secretariat.domain import registry
from secretariat.domain.records import BY_TABLE
from secretariat.privacy.access import personal_data
from secretariat.privacy.erasure import erase_contact
from secretariat.store import ClusterDatabase
from secretariat.store.privacy import PERSONAL_COLUMNS, PrivacyStore


def schema(conn) -> dict[str, list[str]]:
    tables = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: [row[1] for row in conn.execute(f"PRAGMA table_info('{t}')")] for t in tables}


def test_every_column_the_migrations_make_is_classified():
    with ClusterDatabase.in_memory() as db:
        columns = schema(db._conn)
    unknown = [f"{t}.{c}" for t, cs in columns.items() for c in cs if not registry.known(t, c)]
    assert unknown == [], "add these to the field registry (domain/records.py, registry.py)"
    for kind in BY_TABLE.values():  # and every field of a record is in its table
        assert set(registry.record_columns(kind.table)) <= set(columns[kind.table]), kind.table
    assert all(
        isinstance(registry.is_personal(t, c), bool) for t, cs in columns.items() for c in cs
    )


def test_what_says_who_a_person_is_is_personal():
    for column in ("first_name", "last_name", "email", "phone", "mobile", "notes", "title"):
        assert registry.is_personal("contacts", column)
    assert not registry.is_personal("contacts", "id")
    assert not registry.is_personal("organisations", "name")
    assert registry.is_personal("contacts_search_content", "c0")  # copies of the names
    assert not registry.is_personal("events_search_content", "c0")
    assert set(PERSONAL_COLUMNS) == {
        "salutation", "title", "first_name", "last_name", "position",
        "email", "phone", "mobile", "notes",
    }  # fmt: skip


def test_a_column_nobody_told_the_program_about_is_personal_data(db_file):
    path, db = db_file
    person = db.contacts.create(
        {"first_name": "Wiebke", "last_name": "Quandtmeyer", "email": "wq@example.de"}
    )
    other_tool = sqlite3.connect(path)
    other_tool.execute("ALTER TABLE contacts ADD COLUMN linkedin_profile TEXT")
    other_tool.execute(
        "UPDATE contacts SET linkedin_profile = 'linkedin.com/in/wiebke-q-7733' WHERE id = ?",
        (person["id"],),
    )
    other_tool.commit()
    other_tool.close()

    assert registry.is_personal("contacts", "linkedin_profile")
    assert PrivacyStore(db).unknown_contact_columns() == ["linkedin_profile"]
    report = personal_data(db, person["id"])  # Art. 15: everything stored, this too
    assert report.contact["linkedin_profile"] == "linkedin.com/in/wiebke-q-7733"
    assert "wiebke-q-7733" in json.dumps(report.contact)

    erase_contact(db, person["id"])
    row = db._conn.execute(
        "SELECT linkedin_profile FROM contacts WHERE id = ?", (person["id"],)
    ).fetchone()
    assert row[0] is None
    contents = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        contents += wal.read_bytes()
    for trace in (b"wiebke-q-7733", b"Quandtmeyer", b"wq@example.de"):
        assert trace not in contents, trace


def test_check_names_the_columns_another_tool_added(tmp_path):
    from secretariat.store import inspect

    path = tmp_path / "cluster.sqlite3"
    ClusterDatabase.open(path).close()
    assert inspect(path).foreign_columns == ()
    other_tool = sqlite3.connect(path)
    other_tool.execute("ALTER TABLE contacts ADD COLUMN linkedin_profile TEXT")
    other_tool.execute("CREATE TABLE notizen (id INTEGER PRIMARY KEY, text TEXT)")
    other_tool.commit()
    other_tool.close()
    health = inspect(path)
    assert health.foreign_columns == (
        "contacts.linkedin_profile", "notizen.id", "notizen.text",
    )  # fmt: skip
    assert health.sound
    assert "treated as personal data: contacts.linkedin_profile" in health.summary()
