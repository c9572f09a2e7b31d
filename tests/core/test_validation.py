"""Each validation rule, with good and bad values, and messages that name the field."""

from __future__ import annotations

from datetime import UTC, date, datetime

import email_validator
import pytest
from hypothesis import given
from hypothesis import strategies as st

from secretariat.domain import records
from secretariat.domain.validation import ValidationError, clean, format_phone


def problems(kind, values, **kwargs) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        clean(kind, values, **kwargs)
    return {error.field: str(error) for error in caught.value.errors}


def test_required_fields_are_named():
    found = problems(records.ORGANISATION, {"city": "Köln"})
    assert found == {"name": "Name: Please fill this in."}
    found = problems(records.CONTACT, {"first_name": "Anna", "last_name": "   "})
    assert found == {"last_name": "Last name: Please fill this in."}


def test_an_edit_need_not_repeat_required_fields():
    existing = {"name": "Müller GmbH", "country": "DE"}
    assert clean(records.ORGANISATION, {"city": "Bonn"}, existing=existing) == {"city": "Bonn"}


def test_the_error_summary_names_record_and_every_field():
    with pytest.raises(ValidationError) as caught:
        clean(records.ORGANISATION, {"name": "", "email": "a@", "postcode": "123"})
    text = str(caught.value)
    assert text.startswith("The organisation was not saved.")
    for label in ("Name", "E-mail", "Postcode"):
        assert f"{label}:" in text


def test_unknown_fields_are_refused():
    assert "colour" in problems(records.CONTACT, {"last_name": "X", "colour": "red"})


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("anna.mueller@example.de", "anna.mueller@example.de"),
        ("  Anna@Example.DE ", "Anna@example.de"),
        ("jürgen@müller.de", "jürgen@müller.de"),
    ],
)
def test_good_email_addresses(typed, stored):
    assert clean(records.CONTACT, {"last_name": "M", "email": typed})["email"] == stored


@pytest.mark.parametrize("typed", ["anna", "anna@", "@example.de", "anna@@example.de", "a b@x.de"])
def test_bad_email_addresses(typed):
    message = problems(records.CONTACT, {"last_name": "M", "email": typed})["email"]
    assert message.startswith("E-mail: ") and "is not an e-mail address" in message


# Addresses an import meets, plain and odd: whatever the program stores or says
# about them must be what email_validator itself stores or says, however often the
# same domain comes again.
EMAIL_CORNERS = [
    "anna.mueller@firma.de",
    "Anna.Mueller@Firma.DE",
    "INFO@firma.de",
    "Sales@Firma.de",
    "a+tag@x.de",
    "o'brien@firma.ie",
    "a..b@firma.de",
    ".anna@firma.de",
    "anna.@firma.de",
    "anna@firma",
    "anna@-firma.de",
    "anna@firma..de",
    "anna@firma.de.",
    "anna@[192.0.2.1]",
    '"anna mueller"@firma.de',
    "Anna <anna@firma.de>",
    "anna@xn--mller-kva.de",
    "anna@müller.de",
    "ánna@firma.de",
    "anna@localhost",
    "anna@firma.test",
    "anna@firma.invalid",
    "a@b@firma.de",
    "anna@fir_ma.de",
    "x" * 65 + "@firma.de",
    "x" * 64 + "@" + "d" * 62 + "." + "e" * 62 + "." + "f" * 62 + ".de",  # 256 characters
    "anna@" + "d" * 64 + ".de",
]


def _as_email_validator_has_it(typed: str) -> str:
    try:
        return email_validator.validate_email(typed, check_deliverability=False).normalized
    except email_validator.EmailNotValidError as problem:
        return f"E-mail: “{typed}” is not an e-mail address: {problem}"


@pytest.mark.parametrize("typed", EMAIL_CORNERS)
def test_email_addresses_are_judged_as_email_validator_judges_them(typed):
    expected = _as_email_validator_has_it(typed)
    for _ in range(2):  # the second time, the domain has been seen
        try:
            found = clean(records.CONTACT, {"last_name": "M", "email": typed})["email"]
        except ValidationError as error:
            found = str(error.errors[0])
        assert found == expected


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("0211 1234567", "+492111234567", "0211 1234567"),
        ("+49 (0)221 123456", "+49221123456", "0221 123456"),
        ("0171 1234567", "+491711234567", "0171 1234567"),
        ("+31 20 123 4567", "+31201234567", "+31 20 123 4567"),
    ],
)
def test_good_phone_numbers_are_stored_in_e164_and_shown_nationally(typed, stored, shown):
    assert clean(records.CONTACT, {"last_name": "M", "phone": typed})["phone"] == stored
    assert format_phone(stored) == shown


@pytest.mark.parametrize("typed", ["12", "hello", "0211", "+49 123"])
def test_bad_phone_numbers(typed):
    message = problems(records.CONTACT, {"last_name": "M", "mobile": typed})["mobile"]
    assert message.startswith("Mobile: ") and "area code" in message


def test_a_phone_number_typed_again_gets_the_same_answer():
    for _ in range(2):  # a list repeats the switchboard's number for many people
        assert clean(records.CONTACT, {"last_name": "M", "phone": "0211 1234567"}) == {
            "last_name": "M",
            "phone": "+492111234567",
        }
        assert problems(records.CONTACT, {"last_name": "M", "phone": "hello"})["phone"] == (
            "Phone: “hello” is not a phone number. Enter it with the area code, "
            "e.g. 0211 1234567 or +49 211 1234567."
        )
        assert problems(records.CONTACT, {"last_name": "M", "phone": "+49 123"})["phone"] == (
            "Phone: “+49 123” is not a valid phone number. Enter it with the area code, "
            "e.g. 0211 1234567 or +49 211 1234567."
        )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.example.de", "https://www.example.de"),
        ("HTTP://Example.DE/Path?q=1", "http://example.de/Path?q=1"),
        ("https://cluster.nrw/mitglieder", "https://cluster.nrw/mitglieder"),
    ],
)
def test_good_web_addresses(typed, stored):
    assert clean(records.ORGANISATION, {"name": "X", "website": typed})["website"] == stored


@pytest.mark.parametrize(
    "typed", ["example", "ftp://example.de", "javascript:alert(1)", "www .x.de"]
)
def test_bad_web_addresses(typed):
    assert (
        "is not a web address"
        in problems(records.ORGANISATION, {"name": "X", "website": typed})["website"]
    )


@pytest.mark.parametrize(
    ("country", "typed"),
    [
        ("DE", "40210"),
        ("DE", "01067"),
        ("NL", "1012 AB"),
        ("PL", "00-950"),
        ("AT", "1010"),
        ("GB", "SW1A 1AA"),
        ("US", "10001"),
    ],
)
def test_good_postcodes_keep_leading_zeros(country, typed):
    cleaned = clean(records.ORGANISATION, {"name": "X", "country": country, "postcode": typed})
    assert cleaned["postcode"] == typed


@pytest.mark.parametrize(
    ("country", "typed", "hint"),
    [
        ("DE", "4021", "5 digits"),
        ("DE", "402100", "5 digits"),
        ("DE", "4O210", "5 digits"),
        ("PL", "00950", "00-950"),
        ("GB", "!!", "does not look like a postcode"),
    ],
)
def test_bad_postcodes(country, typed, hint):
    message = problems(records.ORGANISATION, {"name": "X", "country": country, "postcode": typed})
    assert hint in message["postcode"]


def test_postcode_is_checked_against_the_stored_country_on_edit():
    existing = {"name": "X", "country": "NL"}
    assert clean(records.ORGANISATION, {"postcode": "1012 AB"}, existing=existing)
    assert "postcode" in problems(
        records.ORGANISATION, {"postcode": "1012 AB"}, existing={"name": "X"}
    )


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("2026-06-12", "2026-06-12"),
        ("12.06.2026", "2026-06-12"),
        ("1.2.2025", "2025-02-01"),
        (date(2024, 2, 29), "2024-02-29"),
    ],
)
def test_good_dates(typed, stored):
    assert (
        clean(records.ORGANISATION, {"name": "X", "member_since": typed})["member_since"] == stored
    )


@pytest.mark.parametrize("typed", ["31.02.2026", "2026-13-01", "yesterday", "12/06/2026"])
def test_bad_dates(typed):
    assert (
        "is not a date"
        in problems(records.ORGANISATION, {"name": "X", "member_since": typed})["member_since"]
    )


def test_an_end_before_its_start_is_refused_naming_the_end():
    found = problems(
        records.ORGANISATION,
        {"name": "X", "member_since": "2025-01-01", "member_until": "2024-12-31"},
    )
    assert found == {
        "member_until": "Member until: This is before “Member since”. Please check both dates."
    }
    found = problems(
        records.EVENT,
        {"title": "T", "starts_at": "12.06.2026 14:00", "ends_at": "12.06.2026 13:59"},
    )
    assert set(found) == {"ends_at"}


def test_moments_are_stored_in_utc_from_berlin_time():
    cleaned = clean(
        records.EVENT,
        {"title": "T", "starts_at": "12.06.2026 14:30", "ends_at": datetime(2026, 12, 1, 9, 0)},
    )
    assert cleaned["starts_at"] == "2026-06-12T12:30:00Z"  # summer time, UTC+2
    assert cleaned["ends_at"] == "2026-12-01T08:00:00Z"  # winter time, UTC+1
    aware = datetime(2026, 6, 12, 10, 0, tzinfo=UTC)
    assert (
        clean(records.EVENT, {"starts_at": aware}, existing={})["starts_at"]
        == "2026-06-12T10:00:00Z"
    )


def test_moments_follow_the_events_time_zone():
    cleaned = clean(
        records.EVENT,
        {
            "title": "T",
            "time_zone": "Europe/London",
            "starts_at": "2026-06-12 14:30",
            "ends_at": "2026-06-12 15:30",
        },
    )
    assert cleaned["starts_at"] == "2026-06-12T13:30:00Z"
    assert (
        "time zone"
        in problems(
            records.EVENT,
            {
                "title": "T",
                "time_zone": "Mars/Olympus",
                "starts_at": "2026-06-12 14:30",
                "ends_at": "2026-06-12 15:30",
            },
        )["starts_at"]
    )


@pytest.mark.parametrize(
    ("typed", "cents"),
    [("49,50", 4950), ("1.234,56 €", 123456), ("12.5", 1250), (300, 300), ("0", 0)],
)
def test_good_money(typed, cents):
    assert clean(records.EVENT, {"fee_cents": typed}, existing={})["fee_cents"] == cents


@pytest.mark.parametrize("typed", ["zwölf", "-5", "1,234", True])
def test_bad_money(typed):
    assert "fee_cents" in problems(records.EVENT, {"fee_cents": typed}, existing={})


def test_integers_and_their_minimum():
    assert clean(records.ORGANISATION, {"name": "X", "employees": "1.200"})["employees"] == 1200
    assert (
        "at least 0" in problems(records.ORGANISATION, {"name": "X", "employees": -1})["employees"]
    )
    assert (
        "whole number"
        in problems(records.ORGANISATION, {"name": "X", "employees": "viele"})["employees"]
    )
    assert (
        "whole number"
        in problems(records.ORGANISATION, {"name": "X", "employees": 2.5})["employees"]
    )


def test_enum_values_and_their_labels():
    assert (
        clean(records.ORGANISATION, {"name": "X", "size_class": "small"})["size_class"] == "small"
    )
    assert clean(records.ORGANISATION, {"name": "X", "kind": "University"})["kind"] == "university"
    message = problems(records.ORGANISATION, {"name": "X", "size_class": "huge"})["size_class"]
    assert "“huge” is not one of: Micro (under 10), Small (10–49)" in message
    for _ in range(2):  # an import asks thousands of times
        assert clean(records.CONTACT, {"last_name": "X", "salutation": "MS"})["salutation"] == "ms"
        message = problems(records.CONTACT, {"last_name": "X", "salutation": "Dr."})["salutation"]
        assert message == "Salutation: “Dr.” is not one of: Ms, Mr, Mx."


def test_several_choices_are_deduplicated_and_checked():
    cleaned = clean(
        records.ORGANISATION,
        {
            "name": "X",
            "roles": ["facilitator", "Ambassador", "facilitator"],
            "themes": "KI, ki,  Logistik",
        },
    )
    assert cleaned["roles"] == ["facilitator", "ambassador"]
    assert cleaned["themes"] == ["KI", "Logistik"]
    assert "roles" in problems(records.ORGANISATION, {"name": "X", "roles": ["astronaut"]})


def test_flags_accept_german_and_english_words():
    for word, value in (("ja", 1), ("Nein", 0), ("yes", 1), (True, 1), (0, 0), ("", 0)):
        assert clean(records.ORGANISATION, {"name": "X", "is_member": word})["is_member"] == value
    assert (
        "neither yes nor no"
        in problems(records.ORGANISATION, {"name": "X", "is_member": "vielleicht"})["is_member"]
    )


def test_choices_accept_the_german_words_as_well():
    contact = clean(records.CONTACT, {"last_name": "Muster", "salutation": "Frau"})
    assert contact["salutation"] == "ms"
    assert clean(records.CONTACT, {"last_name": "M", "salutation": "herr"})["salutation"] == "mr"
    organisation = clean(
        records.ORGANISATION,
        {
            "name": "X",
            "kind": "Hochschule",
            "size_class": "Mittleres Unternehmen (50–249)",  # as the documents print it
            "roles": ["Wissensproduzent", "Botschafter/in", "facilitator"],
        },
    )
    assert organisation["kind"] == "university"
    assert organisation["size_class"] == "medium"
    assert organisation["roles"] == ["knowledge_generator", "ambassador", "facilitator"]
    assert "salutation" in problems(records.CONTACT, {"last_name": "M", "salutation": "Fräulein"})


def test_colours_and_codes():
    profile = clean(records.CLUSTER_PROFILE, {"primary_colour": "#1f4e79"})
    assert profile == {"primary_colour": "#1F4E79"}
    assert (
        "#RRGGBB" in problems(records.CLUSTER_PROFILE, {"primary_colour": "blue"})["primary_colour"]
    )
    assert clean(records.ORGANISATION, {"name": "X", "country": "nl"})["country"] == "NL"
    assert (
        "two letters"
        in problems(records.ORGANISATION, {"name": "X", "country": "Gnuland"})["country"]
    )
    assert (
        "two letters"
        in problems(records.CONTACT, {"last_name": "X", "language": "Deutsch"})["language"]
    )


def test_text_is_tidied_and_limited():
    cleaned = clean(
        records.ORGANISATION, {"name": "  Müller \t GmbH\x00 ", "description": "a\r\nb\x07"}
    )
    assert cleaned == {"name": "Müller GmbH", "description": "a\nb"}
    assert "at most 300" in problems(records.ORGANISATION, {"name": "x" * 301})["name"]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Müller GmbH", "Müller GmbH"),
        ("Müller  GmbH", "Müller GmbH"),
        (" Müller GmbH", "Müller GmbH"),
        ("Müller\u00a0GmbH", "Müller GmbH"),
        ("Müller\u3000GmbH\u2028", "Müller GmbH"),
        ("Mu\u0308ller GmbH", "Müller GmbH"),
        ("Müller\x1f GmbH", "Müller GmbH"),
        ("Müller\tGmbH", "Müller GmbH"),
    ],
)
def test_one_line_of_text_is_tidied_whatever_its_spaces(typed, stored):
    assert clean(records.ORGANISATION, {"name": typed})["name"] == stored


def test_unicode_names_are_kept_composed():
    decomposed = "Z\u0307o\u0301\u0142c\u0301"  # Żółć typed with combining accents
    assert clean(records.CONTACT, {"last_name": decomposed})["last_name"] == "Żółć"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_dates_survive_both_spellings(day):
    german = day.strftime("%d.%m.%Y")
    assert (
        clean(records.PROJECT, {"name": "P", "starts_on": german})["starts_on"] == day.isoformat()
    )
    assert clean(records.PROJECT, {"name": "P", "starts_on": day.isoformat()})["starts_on"] == (
        day.isoformat()
    )


@given(st.text(max_size=60))
def test_any_typed_text_is_accepted_or_refused_with_a_sentence(text):
    values = {"name": text, "website": text, "email": text, "phone": text, "postcode": text}
    try:
        cleaned = clean(records.ORGANISATION, values)
    except ValidationError as error:
        assert error.errors and all(str(e).split(": ", 1)[1] for e in error.errors)
    else:
        assert clean(records.ORGANISATION, cleaned) == cleaned  # cleaning is stable


def test_a_blank_entry_stores_the_fields_default():
    cleaned = clean(records.CONTACT, {"last_name": "Nowak", "first_name": " ", "language": ""})
    assert cleaned == {"last_name": "Nowak", "first_name": "", "language": "de"}
    assert clean(records.ORGANISATION, {"country": ""}, existing={"name": "X"}) == {"country": "DE"}
    assert clean(records.ORGANISATION, {"size_class": ""}, existing={"name": "X"}) == {
        "size_class": None
    }


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Deutschland", "DE"),
        ("germany", "DE"),
        ("Niederlande", "NL"),
        ("Österreich", "AT"),
        ("Oesterreich", "AT"),
        ("  The   Netherlands ", "NL"),
        ("nl", "NL"),
        ("UK", "GB"),
    ],
)
def test_countries_may_be_typed_by_name(typed, code):
    cleaned = clean(records.ORGANISATION, {"name": "X", "country": typed})
    assert cleaned["country"] == code


def test_an_unknown_country_name_asks_for_the_code():
    with pytest.raises(ValidationError) as raised:
        clean(records.ORGANISATION, {"name": "X", "country": "Gnuland"})
    assert "Use two letters" in raised.value.for_field("country").message
