"""``secretariat gdpr``: a person's data, their erasure, and the stale contacts.

    secretariat gdpr export CONTACT_ID OUT.pdf|OUT.json
    secretariat gdpr erase CONTACT_ID [--yes]
    secretariat gdpr stale [--years N]

:func:`add_commands` adds the subcommand to the parser of :mod:`secretariat.cli`;
:func:`run` carries it out. Expected problems end with one line on stderr
("secretariat gdpr: ...") and exit status 1; usage mistakes with status 2.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from secretariat import paths
from secretariat.exports import ExportError
from secretariat.store import ClusterDatabase, StoreError

EXIT_OK = 0
EXIT_PROBLEM = 1
YES = ("y", "yes", "j", "ja")


class _Refused(Exception):
    """An expected problem of a gdpr command: its text is the one line on stderr."""


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database_parent: argparse.ArgumentParser,
) -> None:
    """Add ``gdpr`` with ``export``, ``erase`` and ``stale`` to ``commands``."""
    from secretariat.privacy.retention import DEFAULT_YEARS

    gdpr = commands.add_parser(
        "gdpr",
        parents=[database_parent],
        help="data protection: a person's data (export), erasure, stale contacts",
        description="Data protection (GDPR): everything stored about a person as PDF or "
        "JSON (Art. 15 and 20), erasing a person everywhere (Art. 17), and the contacts "
        "without activity for years.",
    )
    actions = gdpr.add_subparsers(
        dest="gdpr_action", metavar="ACTION", parser_class=type(gdpr), required=True
    )
    export = actions.add_parser(
        "export",
        parents=[database_parent],
        help="everything stored about a person, as .pdf (to read) or .json (for programs)",
        description="Write everything stored about the contact CONTACT_ID: the record, "
        "organisation, roles, consents with their history, event registrations, "
        "interactions, speaker slots, projects of their organisation, staff accounts with "
        "the same e-mail and the change history. The ending of OUT chooses the format.",
    )
    export.add_argument("contact_id", metavar="CONTACT_ID", type=_contact_id, help="the number")
    export.add_argument(
        "out", metavar="OUT", type=_report_path, help="the .pdf or .json file to write"
    )
    export.set_defaults(usage_error=export.error)

    erase = actions.add_parser(
        "erase",
        parents=[database_parent],
        help="anonymise a person everywhere (after a backup); cannot be undone",
        description="Erase the contact CONTACT_ID: name, e-mail, phones and notes are "
        "removed everywhere (texts and change history included) and the old bytes are "
        "wiped from the file; event registrations stay as anonymous counts. A backup is "
        "taken first. Asks for confirmation on a terminal; without one, --yes is required.",
    )
    erase.add_argument("contact_id", metavar="CONTACT_ID", type=_contact_id, help="the number")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(usage_error=erase.error)

    stale = actions.add_parser(
        "stale",
        parents=[database_parent],
        help="the contacts without activity for N years, one line each",
        description="List the contacts with no registration, interaction, consent or edit "
        "for N years: one line each with number, name and the day of the last activity.",
    )
    stale.add_argument(
        "--years",
        type=_years,
        default=DEFAULT_YEARS,
        metavar="N",
        help=f"how many years without activity (default {DEFAULT_YEARS})",
    )
    stale.set_defaults(usage_error=stale.error)


def run(args: argparse.Namespace) -> int:
    """Carry out ``secretariat gdpr ...`` as parsed; returns the exit status."""
    database = paths.database_path(getattr(args, "db", None))
    try:
        if not database.exists():
            raise _Refused(f"There is no database at “{database}”.")
        if args.gdpr_action == "export":
            return _export(database, args.contact_id, args.out)
        if args.gdpr_action == "erase":
            return _erase(database, args.contact_id, args.yes)
        return _stale(database, args.years)
    except (StoreError, ExportError, _Refused) as problem:
        print(f"secretariat gdpr: {problem}", file=sys.stderr)
        return EXIT_PROBLEM


def _export(database: Path, contact_id: int, out: Path) -> int:
    from secretariat.exports.personal_data import PersonalDataReport

    with ClusterDatabase.open(database, create=False) as db:
        report = PersonalDataReport(db, contact_id)
        report.write(out)
        name = report.data.name or f"#{contact_id}"
    _printable()
    print(f"Personal data of {name} (#{contact_id}) written to {out}")
    return EXIT_OK


def _erase(database: Path, contact_id: int, confirmed: bool) -> int:
    from secretariat.privacy.erasure import erase_contact, erasure_preview

    with ClusterDatabase.open(database, create=False) as db:
        preview = erasure_preview(db, contact_id)
        _printable()
        if preview.already_erased:
            result = erase_contact(db, contact_id)  # finishes wiping, if that was held up
            print(f"Contact #{contact_id} was already erased on {preview.erased_at[:10]}.")
            _warn_unless_wiped(result.wiped)
            return EXIT_OK
        if not confirmed:
            if not (sys.stdin.isatty() and sys.stdout.isatty()):
                raise _Refused(
                    f"Erasing {preview.description()} cannot be undone; nothing was erased. "
                    "Add --yes to erase without a question."
                )
            print(preview.sentence())
            answer = input("Erase? [y/N] ")
            if answer.strip().lower() not in YES:
                raise _Refused("Nothing was erased.")
        result = erase_contact(db, contact_id)
    print(f"Erased {preview.description()}: {result.text()}.")
    for moved in result.moved_up:
        print(
            f"Registration #{moved['id']} (contact #{moved['contact_id']}) moved up from the "
            f"waitlist of event #{moved['event_id']}: please tell them."
        )
    _warn_unless_wiped(result.wiped)
    return EXIT_OK


def _warn_unless_wiped(wiped: bool) -> None:
    if not wiped:
        print(
            "Warning: another program has the database open, so the old data could not be "
            "wiped from the file yet; close the other program and run this command again.",
            file=sys.stderr,
        )


def _stale(database: Path, years: int) -> int:
    from secretariat.privacy.retention import stale_contacts

    with ClusterDatabase.open(database, create=False) as db:
        people = stale_contacts(db, years)
    _printable()
    width = len(str(max((person.id for person in people), default=0)))
    for person in people:
        organisation = f" ({person.organisation})" if person.organisation else ""
        print(f"{person.id:>{width}}  {person.name}{organisation}  {person.last_day}")
    return EXIT_OK


def _printable() -> None:
    """Letters the console cannot show become "?" instead of an error."""
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding not in ("utf8", "utf8sig") and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")


def _contact_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a contact number")
    return int(text)


def _report_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in (".pdf", ".json"):
        raise argparse.ArgumentTypeError(
            f"“{text}” does not end in .pdf or .json; the ending chooses the format"
        )
    return path


def _years(text: str) -> int:
    from secretariat.privacy.retention import MAX_YEARS

    if not text.isdigit() or not 1 <= int(text) <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of years from 1 to {MAX_YEARS}")
    return int(text)
