"""Full-text search: prefixes, accents, German spellings, and input that cannot break it."""

from __future__ import annotations

import itertools

import pytest

from secretariat.store.search import match_expression
from secretariat.store.tables import listed_filters


@pytest.fixture
def people(db):
    organisation = db.organisations.create(
        {
            "name": "Rheinische Präzisionstechnik GmbH",
            "city": "Mönchengladbach",
            "sector": "Maschinenbau",
        }
    )
    names = [
        ("Jürgen", "Müller"),
        ("Łukasz", "Żółć"),
        ("Şükrü", "Ağaoğlu"),
        ("Ирина", "Петрова"),
        ("Γιώργος", "Παπαδόπουλος"),
        ("Anna", "Mulder"),
        ("Björn", "Straße"),
    ]
    for first, last in names:
        db.contacts.create(
            {"first_name": first, "last_name": last, "organisation_id": organisation["id"]}
        )
    return db


def found(db, text: str) -> list[str]:
    return sorted(row["last_name"] for row in db.contacts.list(search=text))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("müller", ["Müller"]),
        ("muller", ["Müller"]),
        ("mueller", ["Müller"]),
        ("MÜLLER", ["Müller"]),
        ("mül", ["Mulder", "Müller"]),  # accents are ignored both ways
        ("mu", ["Mulder", "Müller"]),
        ("lukasz", ["Żółć"]),
        ("zolc", ["Żółć"]),
        ("sukru agaoglu", ["Ağaoğlu"]),
        ("ири", ["Петрова"]),
        ("παπα", ["Παπαδόπουλος"]),
        ("strasse", ["Straße"]),
        ("jurgen muller", ["Müller"]),
    ],
)
def test_prefixes_and_accents(people, typed, expected):
    assert found(people, typed) == expected


def test_contacts_are_found_by_their_organisation(people):
    assert len(found(people, "präzision")) == 7
    organisation = people.organisations.list()[0]
    people.organisations.update(organisation["id"], 1, {"name": "Rhein Robotics AG"})
    assert found(people, "präzision") == []
    assert len(found(people, "robotics")) == 7


def test_organisations_products_and_events_are_searchable(people):
    assert people.organisations.count(search="monchengladbach") == 1
    assert people.organisations.count(search="maschinen") == 1
    organisation_id = people.organisations.list()[0]["id"]
    people.products.create(
        {
            "organisation_id": organisation_id,
            "name": "Fräsdienstleistung",
            "keywords": "CNC, Drehen",
        }
    )
    assert people.products.count(search="fraes") == 1
    assert people.products.count(search="cnc") == 1
    people.events.create(
        {
            "title": "Thementag Kreislaufwirtschaft",
            "starts_at": "2026-05-05 10:00",
            "ends_at": "2026-05-05 16:00",
            "room": "Großer Saal",
        }
    )
    assert people.events.count(search="kreislauf") == 1
    assert people.events.count(search="grosser") == 1


def test_edits_and_deletes_keep_the_index_in_step(people):
    row = people.contacts.list(search="mulder")[0]
    people.contacts.update(row["id"], row["version"], {"last_name": "de Vries"})
    assert found(people, "mulder") == []
    assert found(people, "vries") == ["de Vries"]
    people.contacts.delete(row["id"], row["version"] + 1)
    assert found(people, "vries") == []


def test_rows_written_by_another_sqlite_tool_are_indexed(people):
    people.execute("INSERT INTO contacts (first_name, last_name) VALUES ('Ömer', 'Öztürk')")
    assert found(people, "ozturk") == ["Öztürk"]
    assert found(people, "oeztuerk") == ["Öztürk"]


@pytest.mark.parametrize(
    "typed",
    ['"', "(", "mül*", "NEAR(a b)", "a AND OR NOT", "-x", "col:val", "^start", "'; DROP", "\\"],
)
def test_nothing_typed_breaks_the_search(people, typed):
    people.contacts.list(search=typed)  # must not raise
    people.contacts.count(search=typed)


def test_empty_search_finds_everything(people):
    assert people.contacts.count(search="   ") == 7
    assert match_expression(' " ( ') == ""


def test_search_and_filters_combine(people):
    other = people.organisations.create({"name": "Andere GmbH"})
    people.contacts.create(
        {"first_name": "Klaus", "last_name": "Müller", "organisation_id": other["id"]}
    )
    assert people.contacts.count(search="müller") == 2
    assert people.contacts.count(search="müller", filters={"organisation_id": other["id"]}) == 1


def test_small_tables_are_searched_word_by_word(db):
    db.venues.create({"name": "Haus der Technik", "city": "Essen", "rooms": "Saal 1, Raum 50%"})
    db.venues.create({"name": "Zeche Zollverein", "city": "Essen"})
    assert [v["name"] for v in db.venues.list(search="haus tech")] == ["Haus der Technik"]
    assert db.venues.count(search="essen") == 2
    assert db.venues.count(search="50%") == 1  # % is a letter here, not a wildcard
    assert db.venues.count(search="5_%") == 0
    db.interactions.create({"occurred_at": "2026-01-05", "subject": "Besuch bei Müller"})
    assert db.interactions.count(search="besuch") == 1
    for table in (
        "projects",
        "stories",
        "staff_members",
        "tasks",
        "budget_lines",
        "programme_items",
        "consents",
    ):
        getattr(db, table).count(search="'; DROP TABLE x; --")  # searchable, and safely


def test_a_search_finding_most_people_pages_them_in_order_without_the_erased(db):
    """Typing one or two letters finds most people: the page is then read along the
    sort order instead of sorting every match; it must be the same page either way."""
    with db.transaction():
        db.insert_rows(
            "contacts",
            ({"first_name": f"Max {n}", "last_name": f"Mayer-{n % 37:02d}"} for n in range(400)),
        )
        db.insert_rows("contacts", ({"last_name": f"Schulz {n}"} for n in range(20)))
    erased = {row["id"] for row in db.contacts.list(search="mayer-05")}
    for contact_id in erased:
        db.execute(
            "INSERT INTO erasures (contact_id, erased_at) VALUES (?, '2026-01-01')", (contact_id,)
        )
    listed = listed_filters("contacts")
    total = db.contacts.count(search="ma", filters=listed)
    assert total == 400 - len(erased) and len(erased) == 11
    assert db.contacts.count(search="ma", filters={"only_erased": True}) == 11
    assert db.contacts.count(search="ma") == 400
    german = {**listed, "language": "de"}  # everyone's language: a filter on a column
    assert db.contacts.count(search="ma", filters=german) == total
    for descending, filters in itertools.product((False, True), (listed, german)):
        every = db.contacts.ids(search="ma", filters=filters, descending=descending)
        paged = [
            row["id"]
            for offset in range(0, total, 20)
            for row in db.contacts.list(
                search="ma",
                filters=filters,
                descending=descending,
                limit=20,
                offset=offset,
                matching=total,
            )
        ]
        assert paged == every and len(every) == total
        assert not erased & set(paged)
    page = db.contacts.list(search="ma", filters=listed, matching=total)
    names = [row["last_name"] for row in page]
    assert names[0] == "Mayer-00" and names == sorted(names)
