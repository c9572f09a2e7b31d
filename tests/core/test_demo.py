"""The demo cluster: same seed, same data; valid like users' data; realistic; safe.

Small demos only (a few dozen organisations): speed is measured in the benchmarks,
not asserted here.
"""

from __future__ import annotations

import random
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers
import pytest

import secretariat.demo as demo_module
from secretariat.demo import (
    ALL_CITIES,
    CHECKLIST,
    City,
    DemoSummary,
    build_demo,
    mobile_number,
)
from secretariat.domain import records
from secretariat.domain.enums import ClusterRole, EventType, OrganisationKind, SizeClass
from secretariat.domain.validation import clean
from secretariat.store.database import ClusterDatabase

TODAY = date(2026, 6, 15)
NOW = "2026-06-15T06:00:00Z"  # what the demo takes as the moment it was made
BERLIN = ZoneInfo("Europe/Berlin")
ORGANISATIONS = 40
STAMPS = ("id", "version", "created_at", "updated_at")
# tables whose rows carry the real clock: column left out of the comparison
CLOCKED = {"audit_log": "at", "_sqlite_migrations": "applied_at"}


@pytest.fixture(scope="module")
def demo() -> tuple[ClusterDatabase, DemoSummary]:
    db = ClusterDatabase.in_memory()
    summary = build_demo(db, organisations=ORGANISATIONS, seed=1, today=TODAY)
    yield db, summary
    db.close()


@pytest.fixture(scope="module")
def db(demo: tuple[ClusterDatabase, DemoSummary]) -> ClusterDatabase:
    return demo[0]


def rows(db: ClusterDatabase, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
    return [dict(row) for row in db.execute(sql, params)]


def table_contents(db: ClusterDatabase) -> dict[str, list[tuple[Any, ...]]]:
    """Every table, its rows sorted; the real clock's columns left out."""
    names = [
        row[0]
        for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ]
    contents = {}
    for name in names:
        table_rows = rows(db, f'SELECT * FROM "{name}"')
        for row in table_rows:
            row.pop(CLOCKED.get(name, ""), None)
            if name == "cluster_profile":  # changed through the repository: real clock
                row.pop("created_at")
                row.pop("updated_at")
        contents[name] = sorted(tuple(row.items()) for row in table_rows)
    return contents


def plain(text: str) -> str:
    """How someone without the keyboard for it types a name: "Łukasz Żółć" -> "Lukasz Zolc"."""
    folded = {"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}
    text = "".join(folded.get(ch, ch) for ch in text)
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


# -- the same seed, the same cluster ----------------------------------------------------


def test_the_same_seed_and_day_give_identical_tables() -> None:
    first, second = ClusterDatabase.in_memory(), ClusterDatabase.in_memory()
    build_demo(first, organisations=30, seed=7, today=TODAY)
    build_demo(second, organisations=30, seed=7, today=TODAY)
    one, other = table_contents(first), table_contents(second)
    assert one.keys() == other.keys()
    for name in one:
        assert one[name] == other[name], f"table {name} differs"
    assert len(one["organisations"]) == 30


def test_another_seed_gives_another_cluster() -> None:
    first, second = ClusterDatabase.in_memory(), ClusterDatabase.in_memory()
    build_demo(first, organisations=30, seed=1, today=TODAY)
    build_demo(second, organisations=30, seed=2, today=TODAY)
    one, other = table_contents(first), table_contents(second)
    for name in ("organisations", "contacts", "events", "registrations", "interactions"):
        assert one[name] != other[name], f"table {name} is the same for two seeds"


def test_another_day_moves_the_dates() -> None:
    later = ClusterDatabase.in_memory()
    build_demo(later, organisations=30, seed=1, today=TODAY + timedelta(days=100))
    first_event = rows(later, "SELECT min(starts_at) AS first FROM events")[0]["first"]
    assert first_event > (TODAY + timedelta(days=100 - 370)).isoformat()


# -- as valid as what users type ------------------------------------------------------------


@pytest.mark.parametrize(
    "table", [table for table in records.BY_TABLE if table != "cluster_profile"]
)
def test_every_record_passes_validation_unchanged(db: ClusterDatabase, table: str) -> None:
    kind = records.BY_TABLE[table]
    stored = rows(db, f"SELECT * FROM {table}")
    assert stored, f"the demo wrote no {table}"
    for row in stored:
        values = {name: value for name, value in row.items() if name not in STAMPS}
        assert clean(kind, values) == values, f"{table} #{row['id']} is not as users' data"


def test_the_cluster_profile_is_valid(db: ClusterDatabase) -> None:
    profile = db.profile()
    values = {name: profile[name] for name in records.CLUSTER_PROFILE.by_name}
    assert clean(records.CLUSTER_PROFILE, values)
    assert profile["name"].startswith("Demo-Cluster ")
    assert profile["region"]
    assert profile["life_cycle_stage"] == "growing"  # 40 organisations and more


def test_the_database_is_sound(db: ClusterDatabase) -> None:
    assert [row[0] for row in db.execute("PRAGMA integrity_check")] == ["ok"]
    assert list(db.execute("PRAGMA foreign_key_check")) == []


def test_timestamps_are_set_and_never_after_the_demo_was_made(db: ClusterDatabase) -> None:
    for table in records.BY_TABLE:
        if table == "cluster_profile":
            continue
        for row in rows(db, f"SELECT id, created_at, updated_at FROM {table}"):
            assert row["created_at"] <= row["updated_at"] < NOW, f"{table} #{row['id']}"


def test_phone_numbers_are_valid_e164(db: ClusterDatabase) -> None:
    numbers = [row["phone"] for row in rows(db, "SELECT phone FROM organisations")]
    for row in rows(db, "SELECT phone, mobile FROM contacts"):
        numbers += [row["phone"], row["mobile"]]
    numbers = [number for number in numbers if number]
    assert len(numbers) > ORGANISATIONS * 3
    for number in numbers:
        parsed = phonenumbers.parse(number, None)
        assert phonenumbers.is_valid_number(parsed), number
        assert phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164) == number


@pytest.mark.parametrize("city", ALL_CITIES, ids=lambda city: city.name)
def test_every_city_gets_valid_phone_and_mobile_numbers(city: City) -> None:
    rng = random.Random(city.name)
    for _ in range(200):
        base = city.phone_base(rng)
        for number in (base + city.switchboard, base + city.extension(rng)):
            parsed = phonenumbers.parse(number)
            assert phonenumbers.is_valid_number(parsed), number
            assert phonenumbers.region_code_for_number(parsed) == city.country, number
        mobile = phonenumbers.parse(mobile_number(city.country, rng))
        assert phonenumbers.is_valid_number(mobile), mobile
        assert phonenumbers.number_type(mobile) in (
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        )


def test_e_mail_addresses_are_unique_and_plain(db: ClusterDatabase) -> None:
    addresses = [row["email"] for row in rows(db, "SELECT email FROM contacts") if row["email"]]
    assert len(addresses) == len({address.casefold() for address in addresses})
    assert all(address.isascii() for address in addresses)
    websites = [row["website"] for row in rows(db, "SELECT website FROM organisations")]
    assert len(websites) == len(set(websites))
    for row in rows(
        db,
        "SELECT c.email, o.website FROM contacts c JOIN organisations o "
        "ON o.id = c.organisation_id WHERE c.email IS NOT NULL",
    ):
        assert row["website"].endswith("www." + row["email"].split("@")[1])


# -- realistic --------------------------------------------------------------------------------


def test_names_come_in_many_languages_and_scripts(db: ClusterDatabase) -> None:
    names = [
        f"{row['first_name']} {row['last_name']}"
        for row in rows(db, "SELECT first_name, last_name FROM contacts")
    ]
    text = " ".join(names)

    def script(low: str, high: str) -> bool:
        return any(low <= ch <= high for ch in text)

    assert script("\u0400", "\u04ff"), "no Cyrillic names"
    assert script("\u0370", "\u03ff"), "no Greek names"
    assert set("łŁżŻśźćńąę") & set(text), "no Polish letters"
    assert set("şŞğıİ") & set(text), "no Turkish letters"
    assert set("äöüß") & set(text), "no German umlauts"
    for showcase in ("Jürgen Müller", "Łukasz Żółć", "Şükrü Ağaoğlu", "Ирина Петрова"):
        assert showcase in names


def test_every_kind_role_and_relation_occurs(db: ClusterDatabase) -> None:
    kinds = {row["kind"] for row in rows(db, "SELECT kind FROM organisations")}
    assert kinds == set(OrganisationKind.values())
    roles = {row["role"] for row in rows(db, "SELECT role FROM organisation_roles")}
    assert roles == set(ClusterRole.values())
    totals = rows(
        db,
        "SELECT sum(is_member) AS members, sum(is_customer) AS customers, "
        "sum(is_partner) AS partners, sum(is_prospect) AS prospects FROM organisations",
    )[0]
    assert all(totals.values()), totals
    assert totals["members"] > ORGANISATIONS / 2  # most are members
    for row in rows(db, "SELECT * FROM organisations"):
        relations = (row["is_member"], row["is_customer"], row["is_partner"], row["is_prospect"])
        assert any(relations), row["name"]
        if row["is_member"]:
            assert row["member_since"] and row["fee_tier"] in ("Basis", "Standard", "Premium")
        else:
            assert row["member_since"] is None and row["fee_tier"] is None


def test_some_members_have_left() -> None:
    db = ClusterDatabase.in_memory()
    build_demo(db, organisations=150, seed=1, today=TODAY)
    former = rows(db, "SELECT * FROM organisations WHERE member_until < ?", (TODAY.isoformat(),))
    assert former
    assert all(row["member_since"] < row["member_until"] for row in former)


def test_size_class_follows_the_head_count(db: ClusterDatabase) -> None:
    for row in rows(db, "SELECT name, employees, size_class FROM organisations"):
        if row["employees"] is None:
            assert row["size_class"] is None
        else:
            assert row["size_class"] == SizeClass.for_employees(row["employees"]).value


def test_addresses_lie_in_real_postcode_areas(db: ClusterDatabase) -> None:
    cities = {city.name: city for city in ALL_CITIES}
    organisations = rows(db, "SELECT name, postcode, city, country FROM organisations")
    assert any(row["postcode"].startswith("0") for row in organisations)
    assert {row["country"] for row in organisations} > {"DE"}
    assert sum(row["country"] == "DE" for row in organisations) > ORGANISATIONS * 0.8
    for row in organisations:
        city = cities[row["city"]]
        assert row["country"] == city.country
        if city.country == "DE":
            assert city.postcodes[0] <= int(row["postcode"]) <= city.postcodes[1], row


def test_every_organisation_has_contacts_and_themes(db: ClusterDatabase) -> None:
    counts = rows(
        db,
        "SELECT o.id, count(c.id) AS contacts FROM organisations o "
        "LEFT JOIN contacts c ON c.organisation_id = o.id GROUP BY o.id",
    )
    assert all(1 <= row["contacts"] <= 9 for row in counts)
    assert 4 <= sum(row["contacts"] for row in counts) / len(counts) <= 6
    themed = rows(db, "SELECT count(DISTINCT organisation_id) AS n FROM organisation_themes")
    assert themed[0]["n"] == ORGANISATIONS


def test_most_contacts_have_consents_and_some_withdrew(db: ClusterDatabase) -> None:
    contacts = rows(db, "SELECT count(*) AS n FROM contacts")[0]["n"]
    with_consents = rows(db, "SELECT count(DISTINCT contact_id) AS n FROM consents")[0]["n"]
    assert with_consents > contacts * 0.7
    purposes = {row["purpose"] for row in rows(db, "SELECT purpose FROM consents")}
    assert purposes == {"newsletter", "directory", "photos"}
    withdrawn = rows(
        db,
        "SELECT later.* FROM consents later JOIN consents earlier "
        "ON earlier.contact_id = later.contact_id AND earlier.purpose = later.purpose "
        "AND earlier.granted = 1 AND later.granted = 0 AND later.recorded_on > earlier.recorded_on",
    )
    assert withdrawn
    for row in withdrawn:
        current = db.current_consents(row["contact_id"])[row["purpose"]]
        assert current["granted"] == 0


def test_events_span_the_year_before_and_after_today(db: ClusterDatabase) -> None:
    events = rows(db, "SELECT * FROM events")
    assert {row["event_type"] for row in events} == set(EventType.values())
    today = TODAY.isoformat()
    past = [row for row in events if row["ends_at"] < today]
    future = [row for row in events if row["starts_at"] >= today]
    assert past and future and len(past) + len(future) == len(events)
    assert min(row["starts_at"] for row in events) >= (TODAY - timedelta(days=372)).isoformat()
    assert max(row["starts_at"] for row in events) <= (TODAY + timedelta(days=372)).isoformat()
    assert {row["status"] for row in past} <= {"held", "cancelled"}
    assert {row["status"] for row in future} <= {"draft", "planned", "registration_open", "full"}


def test_events_keep_office_or_evening_hours_in_berlin(db: ClusterDatabase) -> None:
    for event in rows(db, "SELECT * FROM events"):
        starts = datetime.fromisoformat(event["starts_at"]).astimezone(BERLIN)
        ends = datetime.fromisoformat(event["ends_at"]).astimezone(BERLIN)
        assert event["time_zone"] == "Europe/Berlin"
        assert 9 <= starts.hour <= 18 and starts.minute == 0, event["title"]
        assert ends.hour <= 21 and ends > starts, event["title"]
        assert starts.weekday() < 5 or event["event_type"] == "trade_fair", event["title"]
        items = rows(db, "SELECT * FROM programme_items WHERE event_id = ?", (event["id"],))
        assert 1 <= len(items) <= 6
        for item in items:
            assert event["starts_at"] <= item["starts_at"] < item["ends_at"] <= event["ends_at"]


def test_registrations_fit_their_event(db: ClusterDatabase) -> None:
    fitting = {
        "held": {"attended", "no_show", "cancelled"},
        "cancelled": {"cancelled"},
        "full": {"registered", "waitlisted", "cancelled"},
        "registration_open": {"registered", "invited", "cancelled"},
        "planned": {"invited"},
        "draft": {"invited"},
    }
    events = {row["id"]: row for row in rows(db, "SELECT * FROM events")}
    registrations = rows(db, "SELECT * FROM registrations")
    roles = {row["role"] for row in registrations}
    assert roles == {"participant", "speaker", "organiser", "press"}
    waitlists: dict[int, list[int]] = {}
    for row in registrations:
        event = events[row["event_id"]]
        assert row["status"] in fitting[event["status"]], (event["status"], row["status"])
        if row["registered_at"]:
            assert row["registered_at"] < min(event["starts_at"], NOW)
        assert (row["status"] == "waitlisted") == (row["waitlist_position"] is not None)
        if row["waitlist_position"]:
            waitlists.setdefault(row["event_id"], []).append(row["waitlist_position"])
    for positions in waitlists.values():
        assert sorted(positions) == list(range(1, len(positions) + 1))
    for event in events.values():
        if event["status"] == "full":  # every seat taken, and people waiting
            mine = [row for row in registrations if row["event_id"] == event["id"]]
            assert sum(row["status"] == "registered" for row in mine) >= event["capacity"]
            assert event["id"] in waitlists
        moved_up = [row for row in registrations if row["moved_up_at"]]
        assert all(row["registered_at"] <= row["moved_up_at"] < NOW for row in moved_up)


def test_speakers_are_registered_as_speakers(db: ClusterDatabase) -> None:
    speakers = rows(
        db,
        "SELECT p.event_id, p.speaker_contact_id, r.role FROM programme_items p "
        "LEFT JOIN registrations r ON r.event_id = p.event_id "
        "AND r.contact_id = p.speaker_contact_id WHERE p.speaker_contact_id IS NOT NULL",
    )
    assert speakers
    assert all(row["role"] == "speaker" for row in speakers)


def test_checklists_follow_the_event_date(db: ClusterDatabase) -> None:
    offsets = dict(CHECKLIST)
    events = {row["id"]: row for row in rows(db, "SELECT * FROM events")}
    tasks = rows(db, "SELECT * FROM tasks")
    assert {row["title"] for row in tasks} == set(offsets)
    for task in tasks:
        event = events[task["event_id"]]
        local_day = datetime.fromisoformat(event["starts_at"]).astimezone(BERLIN).date()
        assert task["offset_days"] == offsets[task["title"]]
        assert task["due_on"] == (local_day + timedelta(days=task["offset_days"])).isoformat()
        assert task["owner_staff_id"] is not None
        if task["done"]:
            assert task["due_on"] < TODAY.isoformat() and task["done_at"] < NOW
        else:
            assert task["done_at"] is None
    past_done = [t for t in tasks if t["due_on"] < TODAY.isoformat()]
    assert sum(t["done"] for t in past_done) > len(past_done) * 0.8


def test_budgets_have_actuals_only_for_what_happened(db: ClusterDatabase) -> None:
    events = {row["id"]: row for row in rows(db, "SELECT * FROM events")}
    lines = rows(db, "SELECT * FROM budget_lines")
    assert {row["kind"] for row in lines} == {"cost", "income"}
    for line in lines:
        status = events[line["event_id"]]["status"]
        if status in ("held", "cancelled"):
            assert line["actual_cents"] is not None
        else:
            assert line["actual_cents"] is None


def test_interactions_projects_and_stories_hang_together(db: ClusterDatabase) -> None:
    interactions = rows(db, "SELECT * FROM interactions")
    assert interactions
    assert all(row["occurred_at"] < NOW for row in interactions)
    linked = rows(
        db,
        "SELECT i.id, count(l.organisation_id) AS n FROM interactions i "
        "LEFT JOIN interaction_organisations l ON l.interaction_id = i.id GROUP BY i.id",
    )
    assert all(1 <= row["n"] <= 3 for row in linked)
    assert rows(db, "SELECT count(*) AS n FROM interaction_contacts")[0]["n"] > 0
    leads = rows(
        db,
        "SELECT p.id, sum(o.role = 'lead') AS leads, count(*) AS partners FROM projects p "
        "JOIN project_organisations o ON o.project_id = p.id GROUP BY p.id",
    )
    assert len(leads) >= 2
    assert all(row["leads"] == 1 and row["partners"] >= 2 for row in leads)
    stories = rows(db, "SELECT * FROM stories")
    assert stories
    for story in stories:
        assert (story["status"] == "published") == (story["published_on"] is not None)
        if story["published_on"]:
            assert story["published_on"] < TODAY.isoformat()


def test_staff_and_venues(db: ClusterDatabase) -> None:
    staff = db.staff_members.list(limit=None)
    assert 3 <= len(staff) <= 5
    assert len({member["username"] for member in staff}) == len(staff)
    venues = db.venues.list(limit=None)
    assert len(venues) >= 8
    assert all(venue["rooms"] and venue["capacity"] for venue in venues)


def test_search_finds_accented_names_typed_without_accents(db: ClusterDatabase) -> None:
    accented = [
        contact
        for contact in db.contacts.list(limit=None)
        if not f"{contact['first_name']} {contact['last_name']}".isascii()
        and plain(f"{contact['first_name']} {contact['last_name']}").isascii()
    ]
    assert len(accented) >= 10
    for contact in accented:
        typed = plain(f"{contact['first_name']} {contact['last_name']}")
        found = db.contacts.ids(search=typed)
        assert contact["id"] in found, f"{typed!r} does not find {contact['last_name']!r}"
    assert db.contacts.ids(search="Lukasz Zolc")


def test_the_summary_counts_what_was_written(demo: tuple[ClusterDatabase, DemoSummary]) -> None:
    db, summary = demo
    counts = summary.counts()
    for table, count in counts.items():
        if table == "themes":
            assert count == len(db.themes())
        else:
            stored = rows(db, f"SELECT count(*) AS n FROM {table}")[0]["n"]
            assert count == stored, table
    text = str(summary)
    assert text.startswith(f"Demo cluster: {ORGANISATIONS} organisations, ")
    assert f"{summary.contacts} contacts" in text


@pytest.mark.parametrize(
    "today", [date(2028, 2, 29), date(2027, 1, 1), date(2026, 12, 31), date(2026, 3, 29)]
)
def test_any_day_gives_valid_data(today: date) -> None:
    db = ClusterDatabase.in_memory()
    build_demo(db, organisations=25, seed=11, today=today)
    moment = datetime(today.year, today.month, today.day, 6, tzinfo=UTC)
    now = moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    for table, kind in records.BY_TABLE.items():
        if table == "cluster_profile":
            continue
        for row in rows(db, f"SELECT * FROM {table}"):
            values = {name: value for name, value in row.items() if name not in STAMPS}
            assert clean(kind, values) == values
            assert row["updated_at"] < now
    assert list(db.execute("PRAGMA foreign_key_check")) == []


# -- empty and refused ----------------------------------------------------------------------------


def test_no_organisations_leaves_an_empty_cluster() -> None:
    db = ClusterDatabase.in_memory()
    summary = build_demo(db, organisations=0, today=TODAY)
    assert summary == DemoSummary()
    assert db.counts() == dict.fromkeys(db.counts(), 0)
    for table in ("staff", "venues", "themes", "consents", "registrations", "stories"):
        assert rows(db, f"SELECT count(*) AS n FROM {table}")[0]["n"] == 0, table
    assert db.profile()["name"].startswith("Demo-Cluster ")


def test_a_database_with_organisations_is_refused(tmp_path) -> None:
    db = ClusterDatabase.open(tmp_path / "x.sqlite3", staff="test")
    db.organisations.create({"name": "Müller Anlagenbau GmbH", "city": "Essen"})
    profile = db.profile()
    with pytest.raises(ValueError, match="already holds 1 organisation. "):
        build_demo(db, organisations=10, today=TODAY)
    assert db.organisations.count() == 1
    assert db.contacts.count() == 0
    assert db.profile() == profile
    db.close()


def test_a_database_with_events_is_refused() -> None:
    db = ClusterDatabase.in_memory()
    db.events.create(
        {
            "title": "Netzwerktreffen",
            "starts_at": "2026-07-01T16:00:00Z",
            "ends_at": "2026-07-01T19:00:00Z",
        }
    )
    with pytest.raises(ValueError, match="empty database"):
        build_demo(db, organisations=10, today=TODAY)
    assert db.organisations.count() == 0


def test_a_second_demo_into_the_same_database_is_refused() -> None:
    db = ClusterDatabase.in_memory()
    build_demo(db, organisations=5, today=TODAY)
    with pytest.raises(ValueError, match="already holds"):
        build_demo(db, organisations=5, today=TODAY)


def test_existing_staff_members_are_kept() -> None:
    db = ClusterDatabase.in_memory()
    boss = db.staff_members.create({"username": "chefin", "display_name": "Die Chefin"})
    build_demo(db, organisations=5, today=TODAY)
    staff = db.staff_members.list(limit=None)
    assert boss["id"] in {member["id"] for member in staff}
    assert 4 <= len(staff) <= 6


@pytest.mark.parametrize("count", [-1, 2.5, True])
def test_a_wrong_count_is_refused(count: Any) -> None:
    with pytest.raises(ValueError, match="organisations"):
        build_demo(ClusterDatabase.in_memory(), organisations=count, today=TODAY)


# -- progress, files, layering --------------------------------------------------------------------


def test_progress_is_reported_batch_by_batch_up_to_the_total(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(demo_module, "BATCH", 10)
    calls: list[tuple[int, int]] = []
    db = ClusterDatabase.in_memory()
    summary = build_demo(
        db, organisations=25, today=TODAY, progress=lambda done, total: calls.append((done, total))
    )
    total = summary.organisations + summary.events
    assert calls == [(10, total), (20, total), (25, total), (total, total)]
    assert db.organisations.count() == 25


def test_a_demo_file_is_written_completely(tmp_path) -> None:
    path = tmp_path / "x.sqlite3"
    with ClusterDatabase.open(path, staff="test") as db:
        summary = build_demo(db, organisations=12, today=TODAY)
    with ClusterDatabase.open(path, create=False, staff="test") as db:
        assert db.organisations.count() == summary.organisations == 12
        assert db.contacts.count() == summary.contacts
        assert db.events.count() == summary.events == 6


def test_the_demo_module_does_not_import_qt() -> None:
    code = (
        "import sys, secretariat.demo; "
        "sys.exit(any(name.startswith(('PySide6', 'shiboken6')) for name in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_family_names_vary(db: ClusterDatabase) -> None:
    last_names = Counter(row["last_name"] for row in rows(db, "SELECT last_name FROM contacts"))
    assert last_names.most_common(1)[0][1] < len(list(last_names.elements())) / 5
