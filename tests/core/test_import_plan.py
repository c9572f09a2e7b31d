"""The import's preview and writing: duplicates, rejections, decisions, cancel."""

from __future__ import annotations

import csv
import gc
from datetime import date

import pytest

from secretariat.imports.plan import ImportCancelled, plan_import, write_import, write_rejects
from secretariat.imports.rows import ImportRow, SourceRow, SourceTable
from tests.core.test_import_undo import dump_database


def contact_rows():
    return [
        ImportRow(
            2,
            {
                "contact.full_name": "Frau Dr. Anna Müller",
                "contact.email": "anna@mueller.de",
                "organisation.name": "Müller GmbH",
                "contact.consent_directory": "ja",
            },
        ),
        ImportRow(
            3,
            {
                "contact.full_name": "Bernd Bauer",
                "contact.email": "bernd@mueller.de",
                "organisation.name": "Mueller G.m.b.H.",
            },
        ),
        ImportRow(
            4,
            {
                "contact.first_name": "Şükrü",
                "contact.last_name": "Ağaoğlu",
                "contact.phone": "0211 1234567",
            },
        ),
    ]


def test_importing_the_same_rows_twice_creates_nothing_the_second_time(db):
    first = write_import(db, plan_import(db, "contacts", contact_rows()), source_name="a.csv")
    assert str(first.summary) == "imported 3, updated 0, skipped 0, rejected 0"
    before = db.counts()
    plan = plan_import(db, "contacts", contact_rows())
    assert plan.summary().text() == "imported 0, updated 0, skipped 3, rejected 0"
    assert plan.row(2).reasons == ["Row 2: same e-mail as Anna Müller (contact 1)."]
    assert (
        "same name at the same organisation as Şükrü Ağaoğlu (contact 3)" in plan.row(4).reasons[0]
    )
    write_import(db, plan, source_name="a.csv")
    assert db.counts() == before


def test_mueller_gmbh_is_one_organisation_in_the_file_and_against_the_database(db):
    plan = plan_import(db, "contacts", contact_rows())
    assert plan.summary().organisations_created == 1
    result = write_import(db, plan, source_name="a.csv")
    [organisation] = db.organisations.list()
    assert organisation["name"] == "Müller GmbH"
    assert result.organisation_ids == (organisation["id"],)
    rows = [ImportRow(7, {"organisation.name": "Mueller G.m.b.H.", "organisation.city": "Köln"})]
    plan = plan_import(db, "organisations", rows)
    assert plan.row(7).outcome == "skip"
    assert plan.row(7).reasons == ["Row 7: same name as “Müller GmbH” (organisation 1)."]


def test_names_are_split_and_consent_recorded(db):
    before = date.today().isoformat()
    write_import(db, plan_import(db, "contacts", contact_rows()), source_name="kontakte.csv")
    after = date.today().isoformat()  # midnight may fall in between
    anna = db.contacts.get(1)
    assert (anna["salutation"], anna["title"], anna["first_name"], anna["last_name"]) == (
        "ms",
        "Dr.",
        "Anna",
        "Müller",
    )
    consent = db.current_consents(1)["directory"]
    assert (consent["granted"], consent["source"]) == (1, "import kontakte.csv")
    assert consent["recorded_on"] in (before, after)
    assert db.current_consents(2) == {}
    assert sorted(c["last_name"] for c in db.contacts.list(search="mueller")) == ["Bauer", "Müller"]


def test_a_later_row_of_the_file_is_a_duplicate_of_the_earlier_one(db):
    rows = [
        *contact_rows(),
        ImportRow(
            9,
            {
                "contact.full_name": "Anna Mueller",
                "organisation.name": "MÜLLER GMBH",
                "contact.position": "CEO",
            },
        ),
    ]
    plan = plan_import(db, "contacts", rows)
    assert plan.row(9).outcome == "skip"
    assert plan.row(9).match.row_number == 2
    assert plan.row(9).reasons == ["Row 9: same name at the same organisation as row 2."]
    plan.decide(9, "update")
    assert plan.summary().text() == "imported 3, updated 1, skipped 0, rejected 0"
    write_import(db, plan, source_name="a.csv")
    assert db.contacts.count() == 3
    assert db.contacts.get(1)["position"] == "CEO"


def test_update_fills_empty_fields_and_overwrites_only_chosen_ones(db):
    org = db.organisations.create({"name": "Müller GmbH"})
    anna = db.contacts.create(
        {
            "organisation_id": org["id"],
            "first_name": "Anna",
            "last_name": "Müller",
            "email": "anna@mueller.de",
            "position": "Sales",
        }
    )
    row = {
        "contact.email": "Anna@Mueller.de",
        "contact.last_name": "Müller",
        "contact.position": "CEO",
        "contact.phone": "0211 1234567",
        "contact.title": "Dr.",
    }
    plan = plan_import(db, "contacts", [ImportRow(2, row)], on_duplicate="update")
    write_import(db, plan, source_name="a.csv")
    after = db.contacts.get(anna["id"])
    assert (after["position"], after["phone"], after["title"]) == ("Sales", "+492111234567", "Dr.")
    assert after["version"] == anna["version"] + 1
    plan = plan_import(db, "contacts", [ImportRow(2, row)])
    plan.decide(2, "update", overwrite={"position"})
    write_import(db, plan, source_name="a.csv")
    assert db.contacts.get(anna["id"])["position"] == "CEO"
    plan.decide_all("create")
    assert plan.row(2).outcome == "create"
    with pytest.raises(ValueError, match="no field"):
        plan.decide(2, "update", overwrite={"shoe_size"})


def test_rejections_name_row_field_and_problem_and_valid_rows_land(db, tmp_path):
    headers = ("Name", "E-Mail", "Firma")
    cells = {
        2: ("Anna Müller", "anna@", "=HYPERLINK(1)"),
        3: ("Bernd Bauer", "b@x.de", "X AG"),
        4: ("", "c@x.de", "Y AG"),
    }
    source = SourceTable("kontakte.csv", headers, tuple(SourceRow(n, c) for n, c in cells.items()))
    rows = [
        ImportRow(
            n,
            {
                k: v
                for k, v in {
                    "contact.full_name": c[0],
                    "contact.email": c[1],
                    "organisation.name": c[2],
                }.items()
                if v
            },
        )
        for n, c in cells.items()
    ]
    plan = plan_import(db, "contacts", rows, source=source)
    assert plan.summary().text() == "imported 1, updated 0, skipped 0, rejected 2"
    [problem] = plan.row(2).reasons
    assert problem.startswith("Row 2, E-mail: “anna@” is not an e-mail address")
    assert plan.row(4).reasons == ["Row 4, Last name: Please fill this in."]
    with pytest.raises(ValueError, match="rejected"):
        plan.decide(2, "create")
    write_import(db, plan, source_name="kontakte.csv")
    assert [c["last_name"] for c in db.contacts.list()] == ["Bauer"]

    path = tmp_path / "abgelehnt.csv"
    assert write_rejects(plan, path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle, delimiter=";"))
    assert read[0] == ["Name", "E-Mail", "Firma", "Problem"]
    assert read[1][:3] == ["Anna Müller", "anna@", "'=HYPERLINK(1)"]  # never a formula
    assert read[1][3].startswith("E-mail: “anna@” is not an e-mail address")
    assert read[2] == ["", "c@x.de", "Y AG", "Last name: Please fill this in."]


def test_rejects_without_the_source_table_use_the_mapped_fields(db, tmp_path):
    plan = plan_import(
        db,
        "organisations",
        [ImportRow(5, {"organisation.name": "X", "organisation.email": "x@"})],
    )
    write_rejects(plan, tmp_path / "r.csv")
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle, delimiter=";"))
    assert read[0] == ["organisation.name", "organisation.email", "Problem"]
    assert read[1][:2] == ["X", "x@"] and read[1][2].startswith("E-mail:")


def test_cancelling_midway_leaves_the_database_unchanged(db):
    db.organisations.create({"name": "Vorhanden AG"})
    rows = [
        ImportRow(
            n,
            {
                "contact.last_name": f"Person {n}",
                "contact.email": f"p{n}@x.de",
                "organisation.name": f"Firma {n % 7}",
                "contact.consent_directory": "x",
            },
        )
        for n in range(2, 1200)
    ]
    plan = plan_import(db, "contacts", rows)
    before = dump_database(db)
    asked = 0

    def cancelled():
        nonlocal asked
        asked += 1
        return asked > 5

    with pytest.raises(ImportCancelled):
        write_import(db, plan, source_name="a.csv", cancelled=cancelled)
    assert dump_database(db) == before  # audit_log and import_batches included
    assert gc.isenabled()  # paused while planning and writing, and on again after


def test_the_audit_log_keeps_the_order_of_the_writes(db):
    db.contacts.create({"last_name": "Schmidt", "email": "anna@x.de"})
    rows = [
        ImportRow(
            2,
            {
                "contact.last_name": "Schmidt",
                "contact.email": "anna@x.de",
                "contact.position": "Einkauf",
            },
        ),
        ImportRow(
            3,
            {
                "contact.last_name": "Neu",
                "contact.email": "neu@x.de",
                "organisation.name": "Neue GmbH",
            },
        ),
    ]
    plan = plan_import(db, "contacts", rows, on_duplicate="update")
    result = write_import(db, plan, source_name="a.csv")
    written = [(entry.table, entry.action) for entry in db.imports.batch_entries(result.batch_id)]
    assert written == [
        ("organisations", "create"),
        ("contacts", "create"),
        ("contacts", "update"),
    ]


def test_an_error_while_writing_leaves_the_database_unchanged(db, monkeypatch):
    plan = plan_import(db, "contacts", contact_rows())
    before = dump_database(db)

    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr("secretariat.store.imports.ImportStore.directory_consent_holders", broken)
    with pytest.raises(RuntimeError):
        write_import(db, plan, source_name="a.csv")
    assert dump_database(db) == before


def test_organisations_with_roles_and_themes(db):
    rows = [
        ImportRow(
            2,
            {
                "organisation.name": "Neu GmbH",
                "organisation.roles": "Ambassador",
                "organisation.themes": "Wasserstoff, Logistik",
                "organisation.is_member": "ja",
            },
        ),
        ImportRow(3, {"organisation.name": "Alt AG", "organisation.website": "alt.de"}),
    ]
    progress = []
    plan = plan_import(db, "organisations", rows, progress=lambda d, t: progress.append((d, t)))
    assert progress[-1] == (2, 2)
    write_import(db, plan, source_name="o.xlsx")
    neu = db.organisations.get(1)
    assert (neu["roles"], neu["themes"], neu["is_member"]) == (
        ["ambassador"],
        ["Logistik", "Wasserstoff"],
        1,
    )
    rows[1] = ImportRow(3, {"organisation.name": "Alt AG", "organisation.themes": "Logistik"})
    plan = plan_import(db, "organisations", rows, on_duplicate="update")
    write_import(db, plan, source_name="o.xlsx")
    assert db.organisations.get(2)["themes"] == ["Logistik"]
    assert len(db.themes()) == 2


def test_unknown_kinds_and_decisions_are_refused(db):
    with pytest.raises(ValueError, match="Cannot import"):
        plan_import(db, "events", [])
    plan = plan_import(db, "contacts", contact_rows())
    with pytest.raises(ValueError, match="duplicates nothing"):
        plan.decide(2, "update")


def test_an_unusable_phone_number_or_postcode_goes_into_the_notes(db):
    """A value lists often hold in a form the program cannot store costs not the row:
    it is kept in the notes, and the preview says so."""
    rows = [
        ImportRow(
            2,
            {
                "contact.last_name": "Wang",
                "contact.mobile": "13752517561",
                "organisation.name": "Übersee Handel GmbH",
                "organisation.postcode": "123",
            },
        )
    ]
    plan = plan_import(db, "contacts", rows)
    row = plan.row(2)
    assert row.outcome == "create"
    assert "Mobile “13752517561”" in row.warning and "Postcode “123”" in row.warning
    assert "mobile" not in row.values and "13752517561" in row.values["notes"]
    write_import(db, plan, source_name="liste.csv")
    organisation = db.organisations.list(search="Übersee")[0]
    assert organisation["postcode"] in (None, "") and "123" in organisation["description"]


def test_rows_of_different_columns_get_the_tables_defaults_and_their_own_audit(db):
    rows = [
        ImportRow(2, {"contact.last_name": "Ohne"}),
        ImportRow(
            3,
            {
                "contact.last_name": "Mit",
                "contact.first_name": "Anna",
                "contact.salutation": "Ms",
                "contact.language": "en",
            },
        ),
        ImportRow(4, {"contact.last_name": "Auch ohne", "contact.title": "Dr."}),
    ]
    result = write_import(db, plan_import(db, "contacts", rows), source_name="a.csv")
    stored = {
        contact["last_name"]: (
            contact["salutation"],
            contact["first_name"],
            contact["language"],
            contact["title"],
            contact["version"],
        )
        for contact in (db.contacts.get(i) for i in result.created_ids)
    }
    assert stored == {
        "Ohne": ("", "", "de", None, 1),
        "Mit": ("ms", "Anna", "en", None, 1),
        "Auch ohne": ("", "", "de", "Dr.", 1),
    }
    audited = [entry.changes for entry in db.imports.batch_entries(result.batch_id)]
    assert audited == [
        {"last_name": [None, "Ohne"], "version": [None, 1]},
        {
            "first_name": [None, "Anna"],
            "language": [None, "en"],
            "last_name": [None, "Mit"],
            "salutation": [None, "ms"],
            "version": [None, 1],
        },
        {"last_name": [None, "Auch ohne"], "title": [None, "Dr."], "version": [None, 1]},
    ]
