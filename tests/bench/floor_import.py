"""Floor of the contacts import: parse the CSV and ``executemany`` the rows into the
same (empty) database in one transaction, in plain sqlite3: the organisations once
each by name, then the contacts linked to them. The schema's own triggers (the
search index) run as they do for the program; there is no validation, no phone
formatting and no duplicate check.

    python tests/bench/floor_import.py DATABASE FILE.csv
"""

import csv
import sqlite3
import sys

SALUTATIONS = {"Ms": "ms", "Mr": "mr"}


def main(database: str, path: str) -> int:
    with open(path, encoding="utf-8", newline="") as file:
        reader = csv.reader(file)
        next(reader)
        rows = list(reader)
    organisations: dict[str, int] = {}
    new_organisations = []
    for row in rows:
        if row[0] not in organisations:
            organisations[row[0]] = len(organisations) + 1
            new_organisations.append((organisations[row[0]], row[0], row[9], row[10], row[11]))
    conn = sqlite3.connect(database, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO organisations (id, name, street, postcode, city) VALUES (?, ?, ?, ?, ?)",
        new_organisations,
    )
    conn.executemany(
        "INSERT INTO contacts (organisation_id, salutation, title, first_name, last_name,"
        " position, email, phone, mobile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                organisations[r[0]],
                SALUTATIONS.get(r[1], ""),
                r[2] or None,
                r[3],
                r[4],
                r[5] or None,
                r[6] or None,
                r[7] or None,
                r[8] or None,
            )
            for r in rows
        ),
    )
    conn.execute("COMMIT")
    conn.close()
    print(len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
