"""Repositories: create, get, update, delete, list, count for every kind of record;
stale versions, the audit log, and what deleting does to what depends on a record."""

from __future__ import annotations

import json

import pytest

from secretariat.domain.text import alphabetical_key
from secretariat.domain.validation import ValidationError
from secretariat.store import ConflictError, NotFoundError, RefusedError


@pytest.fixture
def cluster(db):
    """A small cluster: an organisation with a contact, a venue and an event."""
    organisation = db.organisations.create(
        {
            "name": "Rheinmetall Wasserstoff GmbH",
            "city": "Düsseldorf",
            "is_member": 1,
            "roles": ["industrial_entrepreneur"],
            "themes": ["Wasserstoff"],
        }
    )
    contact = db.contacts.create(
        {
            "organisation_id": organisation["id"],
            "first_name": "Şükrü",
            "last_name": "Ağaoğlu",
            "email": "s.agaoglu@example.de",
        }
    )
    venue = db.venues.create({"name": "Haus der Technik", "city": "Essen", "postcode": "45127"})
    event = db.events.create(
        {
            "title": "Netzwerktreffen Wasserstoff",
            "starts_at": "12.06.2026 14:00",
            "ends_at": "12.06.2026 18:00",
            "venue_id": venue["id"],
            "capacity": 40,
        }
    )
    staff = db.staff_members.create({"username": "anna", "display_name": "Anna Schmidt"})
    project = db.projects.create({"name": "H2 Rhein-Ruhr"})
    return {
        "organisation": organisation,
        "contact": contact,
        "venue": venue,
        "event": event,
        "staff": staff,
        "project": project,
    }


def new_values(table: str, cluster) -> dict:
    """Minimal valid values for one record of each kind."""
    return {
        "organisations": {"name": "Hochschule Bochum", "kind": "university"},
        "contacts": {"last_name": "Петрова", "first_name": "Ирина"},
        "consents": {
            "contact_id": cluster["contact"]["id"],
            "purpose": "newsletter",
            "granted": 1,
            "recorded_on": "2026-03-01",
            "source": "Anmeldeformular",
        },
        "products": {"organisation_id": cluster["organisation"]["id"], "name": "Elektrolyseur"},
        "venues": {"name": "Zeche Zollverein"},
        "events": {
            "title": "Workshop",
            "starts_at": "2026-09-01 09:00",
            "ends_at": "2026-09-01 12:00",
        },
        "programme_items": {
            "event_id": cluster["event"]["id"],
            "title": "Begrüßung",
            "starts_at": "12.06.2026 14:00",
            "ends_at": "12.06.2026 14:15",
        },
        "registrations": {
            "event_id": cluster["event"]["id"],
            "contact_id": cluster["contact"]["id"],
        },
        "tasks": {
            "event_id": cluster["event"]["id"],
            "title": "Raum buchen",
            "due_on": "2026-04-13",
        },
        "budget_lines": {
            "event_id": cluster["event"]["id"],
            "description": "Catering",
            "planned_cents": "450,00",
        },
        "interactions": {
            "occurred_at": "2026-02-02 10:00",
            "subject": "Besuch",
            "organisation_ids": [cluster["organisation"]["id"]],
        },
        "projects": {
            "name": "KI im Mittelstand",
            "participants": {cluster["organisation"]["id"]: "lead"},
        },
        "stories": {"title": "Rückblick", "event_id": cluster["event"]["id"]},
        "staff": {"username": "bernd", "display_name": "Bernd Becker"},
    }[table]


def repository(db, table):
    return db.staff_members if table == "staff" else getattr(db, table)


TABLES = [
    "organisations",
    "contacts",
    "consents",
    "products",
    "venues",
    "events",
    "programme_items",
    "registrations",
    "tasks",
    "budget_lines",
    "interactions",
    "projects",
    "stories",
    "staff",
]


@pytest.mark.parametrize("table", TABLES)
def test_every_kind_of_record_goes_round_trip(db, cluster, table):
    records = repository(db, table)
    before = records.count()
    created = records.create(new_values(table, cluster))
    assert created["version"] == 1
    assert records.get(created["id"]) == created
    assert records.count() == before + 1
    assert created["id"] in [row["id"] for row in records.list(limit=None)]
    text_field = next(f.name for f in records.kind.fields if f.kind in ("text", "multiline"))
    updated = records.update(created["id"], 1, {text_field: "Geändert"})
    assert updated["version"] == 2 and updated[text_field] == "Geändert"
    records.delete(created["id"], 2)
    with pytest.raises(NotFoundError):
        records.get(created["id"])
    actions = [e["action"] for e in db.audit_entries(records.spec.table, created["id"])]
    assert actions == ["delete", "update", "create"]


def test_linked_values_are_read_back_and_replaced(db, cluster):
    organisation = cluster["organisation"]
    assert organisation["roles"] == ["industrial_entrepreneur"]
    assert organisation["themes"] == ["Wasserstoff"]
    updated = db.organisations.update(
        organisation["id"],
        1,
        {"roles": ["ambassador", "facilitator"], "themes": ["wasserstoff", "KI"]},
    )
    assert updated["roles"] == ["facilitator", "ambassador"]  # in the vocabulary's order
    assert updated["themes"] == ["KI", "Wasserstoff"]  # the existing theme is reused
    assert db.themes() == ["KI", "Wasserstoff"]
    project = db.projects.create({"name": "P", "participants": {organisation["id"]: "lead"}})
    assert project["participants"] == {organisation["id"]: "lead"}


def test_an_update_on_a_stale_copy_is_refused_naming_the_record(db, cluster):
    organisation = cluster["organisation"]
    db.organisations.update(organisation["id"], 1, {"city": "Köln"})
    with pytest.raises(ConflictError) as caught:
        db.organisations.update(organisation["id"], 1, {"city": "Bonn"})
    message = str(caught.value)
    assert "Rheinmetall Wasserstoff GmbH" in message and "anna" in message
    assert db.organisations.get(organisation["id"])["city"] == "Köln"


def test_a_delete_on_a_stale_copy_is_refused(db, cluster):
    venue = cluster["venue"]
    db.venues.update(venue["id"], 1, {"rooms": "Saal A"})
    event = cluster["event"]
    db.events.delete(event["id"], 1)
    with pytest.raises(ConflictError) as caught:
        db.venues.delete(venue["id"], 1)
    assert "Haus der Technik" in str(caught.value)
    assert db.venues.get(venue["id"])["rooms"] == "Saal A"


def test_changing_a_record_someone_else_deleted_is_a_conflict(db, cluster):
    product = db.products.create(new_values("products", cluster))
    db.products.delete(product["id"], 1)
    with pytest.raises(ConflictError) as caught:
        db.products.update(product["id"], 1, {"name": "Neu"})
    assert "was deleted by someone else" in str(caught.value)


def test_an_edit_that_changes_nothing_writes_nothing(db, cluster):
    venue = cluster["venue"]
    same = db.venues.update(venue["id"], 1, {"name": "Haus der Technik", "city": "Essen"})
    assert same["version"] == 1
    assert [e["action"] for e in db.audit_entries("venues", venue["id"])] == ["create"]


def test_audit_entries_say_who_changed_what_from_what(db, cluster):
    contact = cluster["contact"]
    db.contacts.update(contact["id"], 1, {"position": "Geschäftsführer", "email": "sa@example.de"})
    entry = db.audit_entries("contacts", contact["id"])[0]
    assert entry["staff"] == "anna" and entry["action"] == "update"
    assert json.loads(entry["changes"]) == {
        "email": ["s.agaoglu@example.de", "sa@example.de"],
        "position": [None, "Geschäftsführer"],
    }
    db.contacts.delete(contact["id"], 2)
    deleted = json.loads(db.audit_entries("contacts", contact["id"])[0]["changes"])
    assert deleted["last_name"] == ["Ağaoğlu", None]
    created = json.loads(db.audit_entries("contacts", contact["id"])[-1]["changes"])
    assert created["first_name"] == [None, "Şükrü"]


def test_invalid_values_store_nothing_and_name_the_field(db, cluster):
    before = db.contacts.count()
    with pytest.raises(ValidationError) as caught:
        db.contacts.create({"last_name": "X", "email": "x@", "organisation_id": 9999})
    assert {e.field for e in caught.value.errors} == {"email"}
    with pytest.raises(ValidationError) as caught:
        db.contacts.create({"last_name": "X", "organisation_id": 9999})
    assert caught.value.errors[0].field == "organisation_id"
    assert "#9999" in str(caught.value)
    assert db.contacts.count() == before
    with pytest.raises(ValidationError):
        db.interactions.create(
            {
                "occurred_at": "2026-01-01",
                "subject": "S",
                "contact_ids": [cluster["contact"]["id"], 777],
            }
        )
    assert db.interactions.count() == 0


def test_a_failure_half_way_leaves_nothing_behind(db, cluster, monkeypatch):
    def broken_audit(*args, **kwargs):
        raise OSError("disk vanished")

    monkeypatch.setattr(db, "audit", broken_audit)
    with pytest.raises(OSError):
        db.organisations.create({"name": "Halb GmbH", "roles": ["facilitator"], "themes": ["Neu"]})
    assert db.organisations.count(search="Halb") == 0
    assert db.execute("SELECT count(*) FROM organisation_roles").fetchone()[0] == 1
    assert "Neu" not in db.themes()


# -- what deleting does, relation by relation -------------------------------------


def test_an_organisation_with_contacts_is_not_deleted(db, cluster):
    organisation = cluster["organisation"]
    with pytest.raises(RefusedError) as caught:
        db.organisations.delete(organisation["id"], 1)
    assert "it still has 1 contact." in str(caught.value)
    assert "Move its contacts" in str(caught.value)
    assert db.organisations.get(organisation["id"])


def test_an_organisation_in_a_project_is_not_deleted(db, cluster):
    lonely = db.organisations.create({"name": "Solo AG"})
    db.projects.update(cluster["project"]["id"], 1, {"participants": {lonely["id"]: "partner"}})
    with pytest.raises(RefusedError) as caught:
        db.organisations.delete(lonely["id"], 1)
    assert "1 project participation" in str(caught.value)


def test_an_organisations_products_roles_and_interactions_go_with_it(db, cluster):
    lonely = db.organisations.create({"name": "Solo AG", "roles": ["marketer"], "themes": ["KI"]})
    db.products.create({"organisation_id": lonely["id"], "name": "Beratung"})
    meeting = db.interactions.create(
        {
            "occurred_at": "2026-01-01",
            "subject": "S",
            "organisation_ids": [lonely["id"], cluster["organisation"]["id"]],
        }
    )
    story = db.stories.create({"title": "Porträt", "organisation_id": lonely["id"]})
    db.organisations.delete(lonely["id"], 1)
    assert db.products.count(filters={"organisation_id": lonely["id"]}) == 0
    assert db.interactions.get(meeting["id"])["organisation_ids"] == [cluster["organisation"]["id"]]
    assert db.stories.get(story["id"])["organisation_id"] is None
    assert "KI" in db.themes()  # themes are shared, they stay


def test_a_contact_with_registrations_is_not_deleted(db, cluster):
    db.registrations.create(new_values("registrations", cluster))
    with pytest.raises(RefusedError) as caught:
        db.contacts.delete(cluster["contact"]["id"], 1)
    assert "Şükrü Ağaoğlu" in str(caught.value) and "1 event registration" in str(caught.value)


def test_a_contacts_consents_go_with_it_and_speaker_slots_stay(db, cluster):
    person = db.contacts.create({"first_name": "Anna", "last_name": "Nowak"})
    db.consents.create({**new_values("consents", cluster), "contact_id": person["id"]})
    slot = db.programme_items.create(
        {**new_values("programme_items", cluster), "speaker_contact_id": person["id"]}
    )
    db.contacts.delete(person["id"], 1)
    assert db.consents.count(filters={"contact_id": person["id"]}) == 0
    assert db.programme_items.get(slot["id"])["speaker_contact_id"] is None


def test_a_venue_with_events_is_not_deleted(db, cluster):
    with pytest.raises(RefusedError) as caught:
        db.venues.delete(cluster["venue"]["id"], 1)
    assert "1 event" in str(caught.value)


def test_an_event_takes_its_programme_registrations_tasks_and_budget(db, cluster):
    event_id = cluster["event"]["id"]
    for table in ("programme_items", "registrations", "tasks", "budget_lines"):
        repository(db, table).create(new_values(table, cluster))
    db.events.delete(event_id, 1)
    for table in ("programme_items", "registrations", "tasks", "budget_lines"):
        assert repository(db, table).count(filters={"event_id": event_id}) == 0
    db.contacts.delete(cluster["contact"]["id"], 1)  # its registration went with the event


def test_a_staff_members_tasks_lose_their_owner(db, cluster):
    task = db.tasks.create(
        {**new_values("tasks", cluster), "owner_staff_id": cluster["staff"]["id"]}
    )
    db.staff_members.delete(cluster["staff"]["id"], 1)
    assert db.tasks.get(task["id"])["owner_staff_id"] is None


# -- lists ------------------------------------------------------------------------


def test_lists_sort_filter_and_page(db):
    for number, (name, city) in enumerate(
        [
            ("Zeta AG", "Bonn"),
            ("alpha GmbH", "Köln"),
            ("Äquator e.V.", "Köln"),
            ("beta UG", "Essen"),
        ]
    ):
        db.organisations.create(
            {"name": name, "city": city, "is_member": number % 2, "size_class": "small"}
        )
    names = [row["name"] for row in db.organisations.list()]
    assert names == ["alpha GmbH", "Äquator e.V.", "beta UG", "Zeta AG"]  # Ä with the A's
    descending = [row["name"] for row in db.organisations.list(sort="city", descending=True)]
    assert descending[0] == "alpha GmbH" or descending[0] == "Äquator e.V."
    assert [r["name"] for r in db.organisations.list(filters={"city": "köln"})] == [
        "alpha GmbH",
        "Äquator e.V.",
    ]
    assert db.organisations.count(filters={"relation": "member"}) == 2
    assert db.organisations.count(filters={"relation": "member", "city": "Köln"}) == 1
    page = db.organisations.list(limit=2, offset=2)
    assert [row["name"] for row in page] == names[2:]
    assert db.organisations.ids(sort="name") == [row["id"] for row in db.organisations.list()]


def test_only_known_columns_and_filters_reach_the_sql(db):
    with pytest.raises(ValueError):
        db.organisations.list(sort="name; DROP TABLE organisations")
    with pytest.raises(ValueError):
        db.organisations.list(filters={"1=1 OR name": "x"})
    with pytest.raises(ValueError):
        db.organisations.count(filters={"relation": "friend"})


def test_contacts_list_with_their_organisation_and_consent(db, cluster):
    contact = cluster["contact"]
    other = db.contacts.create({"first_name": "Jürgen", "last_name": "Müller"})
    row = db.contacts.list(filters={"organisation_id": cluster["organisation"]["id"]})[0]
    assert row["organisation_name"] == "Rheinmetall Wasserstoff GmbH"
    assert db.contacts.list(sort="organisation")[0]["id"] == other["id"]  # no organisation first
    db.consents.create({**new_values("consents", cluster), "purpose": "directory"})
    assert [r["id"] for r in db.contacts.list(filters={"consent": "directory"})] == [contact["id"]]
    db.consents.create(
        {
            **new_values("consents", cluster),
            "purpose": "directory",
            "granted": 0,
            "recorded_on": "2026-05-01",
            "source": "E-Mail: Widerruf",
        }
    )
    assert db.contacts.count(filters={"consent": "directory"}) == 0
    assert db.current_consents(contact["id"])["directory"]["granted"] == 0


def test_current_members_on_a_date(db):
    db.organisations.create(
        {
            "name": "Früher",
            "is_member": 1,
            "member_since": "2020-01-01",
            "member_until": "2024-12-31",
        }
    )
    db.organisations.create({"name": "Jetzt", "is_member": 1, "member_since": "2023-05-01"})
    db.organisations.create({"name": "Interessent", "is_prospect": 1})
    on = [r["name"] for r in db.organisations.list(filters={"current_member_on": "2026-01-01"})]
    assert on == ["Jetzt"]
    on = [r["name"] for r in db.organisations.list(filters={"current_member_on": "2024-06-01"})]
    assert on == ["Früher", "Jetzt"]


def test_the_cluster_profile_is_one_row_with_a_version(db):
    profile = db.profile()
    updated = db.update_profile(
        profile["version"], {"name": "Wasserstoff-Cluster Rheinland", "life_cycle_stage": "growing"}
    )
    assert updated["name"] == "Wasserstoff-Cluster Rheinland" and updated["version"] == 2
    with pytest.raises(ConflictError):
        db.update_profile(profile["version"], {"region": "Ruhr"})
    with pytest.raises(ValidationError):
        db.update_profile(2, {"life_cycle_stage": "dead"})


def test_the_delete_confirmation_says_what_goes_with_it(db, cluster):
    event_id = cluster["event"]["id"]
    for table in ("programme_items", "tasks", "budget_lines"):
        repository(db, table).create(new_values(table, cluster))
    preview = db.events.deletion_preview(event_id)
    assert preview.refusal is None
    assert preview.sentence() == (
        "Delete the event “Netzwerktreffen Wasserstoff”? Also deleted: 1 programme item, "
        "1 checklist task and 1 budget line. This cannot be undone."
    )
    assert db.venues.deletion_preview(cluster["venue"]["id"]).refusal is not None
    lonely = db.venues.create({"name": "Leer"})
    assert db.venues.deletion_preview(lonely["id"]).sentence() == (
        "Delete the venue “Leer”? This cannot be undone."
    )


def test_names_sort_as_in_a_german_phone_list(db):
    for last in (
        "Zimmermann",
        "Şahin",
        "Özdemir",
        "Oberhausen",
        "Łukaszewicz",
        "Lange",
        "Müller",
        "Mueller",
        "Ärzte",
        "Adler",
        "Straße",
        "Strauss",
        "Петрова",
        "Παπαδόπουλος",
    ):
        db.contacts.create({"last_name": last})
    names = [row["last_name"] for row in db.contacts.list(limit=None)]
    assert names == [
        "Adler",
        "Ärzte",
        "Lange",
        "Łukaszewicz",
        "Mueller",
        "Müller",
        "Oberhausen",
        "Özdemir",
        "Şahin",
        "Straße",
        "Strauss",
        "Zimmermann",
        "Παπαδόπουλος",
        "Петрова",
    ]


def test_people_of_one_surname_follow_their_first_names_and_edits_move_them(db):
    zoe = db.contacts.create({"last_name": "Müller", "first_name": "Zoë"})
    anna = db.contacts.create({"last_name": "muller", "first_name": "Anna"})
    ida = db.contacts.create({"last_name": "Ćosić", "first_name": "Ida"})
    assert [row["id"] for row in db.contacts.list()] == [ida["id"], anna["id"], zoe["id"]]
    assert [row["id"] for row in db.contacts.list(descending=True)] == [
        zoe["id"],
        anna["id"],
        ida["id"],
    ]
    db.contacts.update(ida["id"], 1, {"last_name": "Nowak"})
    assert [row["last_name"] for row in db.contacts.list()] == ["muller", "Müller", "Nowak"]
    assert db.contacts.ids() == [anna["id"], zoe["id"], ida["id"]]
    db.organisations.create({"name": "Öko-Institut"})
    db.organisations.create({"name": "Oberland AG"})
    db.organisations.create({"name": "OSRAM"})
    assert [row["name"] for row in db.organisations.list()] == [
        "Oberland AG",
        "Öko-Institut",
        "OSRAM",
    ]


def test_names_written_with_other_tools_sort_like_the_programs_own(db):
    """The sort keys come from triggers in plain SQL: a name inserted by any SQLite tool
    gets the same key as the program's alphabetical order, for every letter folded."""
    letters = "".join(
        chr(code)
        for code in [*range(0xC0, 0x180), *range(0x218, 0x21C), *range(0x386, 0x3CF),
                     *range(0x400, 0x460)]
        if chr(code).isalpha()
    )
    names = [letters, "Łukasz Żółć", "Şükrü Ağaoğlu", "ÆRØSKØBING", "Петрова", "Ἀθῆναι"]
    with db.transaction():
        for name in names:
            db.execute("INSERT INTO contacts (last_name, first_name) VALUES (?, 'Ö')", (name,))
            db.execute("INSERT INTO organisations (name) VALUES (?)", (name,))
    keys = [row[0] for row in db.execute("SELECT name FROM contacts_sort ORDER BY contact_id")]
    assert keys == [alphabetical_key(name) + "\x01o" for name in names[:-1]] + [
        "Ἀθῆναι\x01o"  # beyond the letters folded: left as written
    ]
    keys = [row[0] for row in db.execute("SELECT name FROM organisations_sort ORDER BY 1")]
    assert sorted(alphabetical_key(name) for name in names[:-1]) == [
        key for key in keys if key != "Ἀθῆναι"
    ]
    db.execute("DELETE FROM contacts")
    assert db.execute("SELECT count(*) FROM contacts_sort").fetchone()[0] == 0


def test_blank_entries_keep_the_columns_defaults(db):
    person = db.contacts.create({"last_name": "Nowak", "first_name": "", "language": ""})
    assert (person["first_name"], person["language"]) == ("", "de")
    organisation = db.organisations.create({"name": "X", "kind": "", "country": ""})
    assert (organisation["kind"], organisation["country"]) == ("firm", "DE")
