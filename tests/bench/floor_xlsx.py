"""Floor of the XLSX directory: the same cell values (current members by name, their
listed contacts and their products; labels for the vocabularies, phone numbers in
national format with ``phonenumbers``, dates as dates) read with one query per sheet
and written with openpyxl in write-only mode, plain cells without styles.

    python tests/bench/floor_xlsx.py DATABASE OUT.xlsx
"""

import sqlite3
import sys
from datetime import date

import phonenumbers
from floor_queries import LISTED, MEMBERS  # beside this script
from openpyxl import Workbook

from secretariat.domain import enums


def labels(vocabulary):
    return {member.value: member.label for member in vocabulary}


def phone(value):
    if not value:
        return None
    try:
        number = phonenumbers.parse(value, "DE")
    except phonenumbers.NumberParseException:
        return value
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == "DE"
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    return phonenumbers.format_number(number, style)


def main(database: str, out: str) -> int:
    day = {"day": date.today().isoformat()}
    kinds, roles, sizes = (
        labels(enums.OrganisationKind),
        labels(enums.ClusterRole),
        labels(enums.SizeClass),
    )
    salutations, product_kinds = labels(enums.Salutation), labels(enums.ProductKind)
    conn = sqlite3.connect(database)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Organisations")
    sheet.append(
        [
            "Organisation",
            "Kind",
            "Sector",
            "Cluster roles",
            "Themes",
            "Size class",
            "Member since",
            "Street",
            "Postcode",
            "City",
            "Country",
            "Website",
            "E-mail",
            "Phone",
            "Description",
        ]
    )
    count = 0
    for row in conn.execute(
        "SELECT o.name, o.kind, o.sector,"
        " (SELECT group_concat(role) FROM organisation_roles WHERE organisation_id = o.id),"
        " (SELECT group_concat(t.name, ', ') FROM organisation_themes AS ot"
        "  JOIN themes AS t ON t.id = ot.theme_id WHERE ot.organisation_id = o.id),"
        " o.size_class, o.member_since, o.street, o.postcode, o.city, o.country, o.website,"
        f" o.email, o.phone, o.description {MEMBERS} ORDER BY o.name COLLATE NOCASE",
        day,
    ):
        sheet.append(
            [
                row[0],
                kinds.get(row[1], row[1]),
                row[2],
                ", ".join(roles.get(r, r) for r in (row[3] or "").split(",") if r),
                row[4],
                sizes.get(row[5], row[5]),
                date.fromisoformat(row[6]) if row[6] else None,
                *row[7:13],
                phone(row[13]),
                row[14],
            ]
        )
        count += 1
    sheet = book.create_sheet("Contacts")
    sheet.append(
        [
            "Organisation",
            "Salutation",
            "Title",
            "First name",
            "Last name",
            "Position",
            "E-mail",
            "Phone",
            "Mobile",
            "Language",
        ]
    )
    for row in conn.execute(
        "SELECT o.name, c.salutation, c.title, c.first_name, c.last_name, c.position,"
        " c.email, c.phone, c.mobile, c.language FROM contacts AS c"
        f" JOIN (SELECT o.id, o.name {MEMBERS}) AS o ON o.id = c.organisation_id"
        f" WHERE {LISTED} ORDER BY o.name COLLATE NOCASE, c.last_name COLLATE NOCASE",
        day,
    ):
        sheet.append(
            [
                row[0],
                salutations.get(row[1], "") if row[1] else None,
                *row[2:7],
                phone(row[7]),
                phone(row[8]),
                row[9],
            ]
        )
    sheet = book.create_sheet("Products")
    sheet.append(
        ["Organisation", "Product or service", "Kind", "Category", "Keywords", "Description"]
    )
    for row in conn.execute(
        "SELECT o.name, p.name, p.kind, p.category, p.keywords, p.description"
        f" FROM products AS p JOIN (SELECT o.id, o.name {MEMBERS}) AS o"
        " ON o.id = p.organisation_id ORDER BY o.name COLLATE NOCASE, p.name COLLATE NOCASE",
        day,
    ):
        sheet.append([row[0], row[1], product_kinds.get(row[2], row[2]), *row[3:]])
    book.save(out)
    print(count)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
