"""Merging two duplicate records into one, finding such pairs, and undoing a merge."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.demo import build_demo
from secretariat.imports.merge import find_duplicates, merge
from secretariat.imports.undo import undo_batch
from secretariat.store import ConflictError, RefusedError
from tests.core.test_import_undo import GROWING, dump_database


def event(db, title, day):
    return db.events.create(
        {
            "title": title,
            "starts_at": f"2026-06-{day:02d} 10:00",
            "ends_at": f"2026-06-{day:02d} 12:00",
        }
    )["id"]


@pytest.fixture
def cluster(db):
    müller = db.organisations.create({"name": "Müller GmbH", "city": "Köln"})["id"]
    mueller = db.organisations.create(
        {"name": "Mueller G.m.b.H.", "website": "mueller.de", "roles": ["ambassador"]}
    )["id"]
    anna = db.contacts.create(
        {
            "organisation_id": müller,
            "first_name": "Anna",
            "last_name": "Müller",
            "email": "anna@mueller.de",
        }
    )["id"]
    twin = db.contacts.create(
        {
            "organisation_id": mueller,
            "first_name": "Anna",
            "last_name": "Mueller",
            "email": "a.mueller@mueller.de",
            "phone": "0221 1234567",
            "position": "CEO",
            "roles": ["ambassador"],
        }
    )["id"]
    first, second, both = event(db, "Erstes", 1), event(db, "Zweites", 2), event(db, "Beide", 3)
    db.registrations.create({"event_id": first, "contact_id": anna})
    db.registrations.create({"event_id": second, "contact_id": twin, "status": "attended"})
    db.registrations.create(
        {"event_id": both, "contact_id": anna, "status": "waitlisted", "waitlist_position": 1}
    )
    db.registrations.create({"event_id": both, "contact_id": twin, "status": "attended"})
    db.interactions.create(
        {
            "occurred_at": "2026-05-01 09:00",
            "subject": "Besuch",
            "contact_ids": [anna, twin],
            "organisation_ids": [müller, mueller],
        }
    )
    db.interactions.create(
        {"occurred_at": "2026-05-02 09:00", "subject": "Anruf", "contact_ids": [twin]}
    )
    db.consents.create(
        {
            "contact_id": twin,
            "purpose": "directory",
            "granted": 1,
            "recorded_on": "2026-01-05",
            "source": "Formular",
        }
    )
    db.programme_items.create(
        {
            "event_id": second,
            "title": "Vortrag",
            "speaker_contact_id": twin,
            "starts_at": "2026-06-02 10:00",
            "ends_at": "2026-06-02 11:00",
        }
    )
    db.products.create({"organisation_id": mueller, "name": "Pumpe"})
    db.projects.create(
        {"name": "Wasserstoff", "participants": {müller: "partner", mueller: "lead"}}
    )
    db.projects.create({"name": "Logistik", "participants": {mueller: "partner"}})
    db.stories.create({"title": "Neu im Cluster", "organisation_id": mueller})
    return db, {
        "müller": müller,
        "mueller": mueller,
        "anna": anna,
        "twin": twin,
        "first": first,
        "second": second,
        "both": both,
    }


def test_merging_two_contacts_keeps_everything_of_both_and_undo_restores_exactly(cluster):
    db, ids = cluster
    before = dump_database(db, exclude=GROWING)
    result = merge(db, "contacts", ids["anna"], ids["twin"], {"position": "other"})
    anna = db.contacts.get(ids["anna"])
    assert (anna["email"], anna["phone"], anna["position"]) == (
        "anna@mueller.de",
        "+492211234567",
        "CEO",
    )
    assert anna["roles"] == ["ambassador"]
    registrations = {
        r["event_id"]: r["status"]
        for r in db.registrations.list(filters={"contact_id": ids["anna"]})
    }
    assert registrations == {
        ids["first"]: "registered",
        ids["second"]: "attended",
        ids["both"]: "attended",
    }
    assert result.dropped == 2  # the second registration for "Beide", the shared interaction
    assert db.interactions.count(filters={"contact_id": ids["anna"]}) == 2
    assert db.current_consents(ids["anna"])["directory"]["source"] == "Formular"
    assert db.programme_items.list()[0]["speaker_contact_id"] == ids["anna"]
    assert db.contacts.count() == 1
    undo_batch(db, result.batch_id)
    assert dump_database(db, exclude=GROWING) == before


def test_merging_two_organisations_moves_contacts_products_and_project_roles(cluster):
    db, ids = cluster
    before = dump_database(db, exclude=GROWING)
    result = merge(db, "organisations", ids["müller"], ids["mueller"], {"name": "survivor"})
    survivor = db.organisations.get(ids["müller"])
    assert (survivor["name"], survivor["website"], survivor["roles"]) == (
        "Müller GmbH",
        "https://mueller.de",
        ["ambassador"],
    )
    assert db.contacts.count(filters={"organisation_id": ids["müller"]}) == 2
    assert [p["name"] for p in db.products.list(filters={"organisation_id": ids["müller"]})] == [
        "Pumpe"
    ]
    roles = {p["name"]: p["participants"] for p in (db.projects.get(i) for i in (1, 2))}
    assert roles == {"Wasserstoff": {ids["müller"]: "lead"}, "Logistik": {ids["müller"]: "partner"}}
    assert db.stories.list()[0]["organisation_id"] == ids["müller"]
    assert [c["organisation_name"] for c in db.contacts.list(search="Mueller")] == [
        "Müller GmbH"
    ] * 2
    undo_batch(db, result.batch_id)
    assert dump_database(db, exclude=GROWING) == before


def test_a_merge_on_stale_data_or_with_itself_is_refused(cluster):
    db, ids = cluster
    with pytest.raises(RefusedError):
        merge(db, "contacts", ids["anna"], ids["anna"])
    with pytest.raises(ConflictError):
        merge(db, "contacts", ids["anna"], ids["twin"], versions=(1, 0))
    with pytest.raises(ValueError, match="no field"):
        merge(db, "contacts", ids["anna"], ids["twin"], {"shoe_size": "other"})


def test_find_duplicates_finds_the_mueller_pair(cluster):
    db, ids = cluster
    [pair] = find_duplicates(db, "organisations")
    assert (pair.first_id, pair.second_id, pair.reasons) == (
        ids["müller"],
        ids["mueller"],
        ("same name",),
    )
    assert "Müller GmbH" in pair.sentence()
    db.contacts.create({"first_name": "Jörg", "last_name": "Kaya", "email": "ANNA@mueller.de"})
    pairs = find_duplicates(db, "contacts")
    assert [(p.first_id, p.reasons) for p in pairs] == [
        (ids["anna"], ("same e-mail anna@mueller.de",))
    ]


def test_find_duplicates_in_a_demo_cluster_is_quick_and_sane(db):
    build_demo(db, organisations=60, seed=4, today=date(2026, 11, 1))
    for kind in ("organisations", "contacts"):
        pairs = find_duplicates(db, kind)
        total = db.organisations.count() if kind == "organisations" else db.contacts.count()
        assert len(pairs) < total / 4
        assert all(p.first_id < p.second_id and p.reasons for p in pairs)


def test_erased_people_are_nobodys_duplicates(db):
    from secretariat.privacy.erasure import erase_contact

    firm = db.organisations.create({"name": "Beispiel GmbH"})["id"]
    people = [
        db.contacts.create({"organisation_id": firm, "first_name": first, "last_name": last})["id"]
        for first, last in (("Jana", "Quist"), ("Jens", "Quast"), ("Anna", "Muster"))
    ]
    pairs_before = find_duplicates(db, "contacts")
    assert pairs_before == []
    erase_contact(db, people[0])
    erase_contact(db, people[1])  # two "Gelöschte Person" at the same organisation
    assert find_duplicates(db, "contacts") == []
    again = db.contacts.create(
        {"organisation_id": firm, "first_name": "Anna", "last_name": "Muster"}
    )
    assert [{pair.first_id, pair.second_id} for pair in find_duplicates(db, "contacts")] == [
        {people[2], again["id"]}
    ]
