"""The ``secretariat`` command: opens the desktop app, or runs one job headless.

    secretariat [--db PATH]                 open the app
    secretariat demo [--organisations N]    fill a new database with a demo cluster
    secretariat check                       integrity check and schema version
    secretariat backup [OUT]                a checked backup into the backups folder (or OUT),
                                            also while the app is open
    secretariat restore IN | --list         replace the database with a backup; list them
    secretariat export calendar OUT.ics     the events as an iCalendar file
    secretariat export directory OUT        the member directory: .pdf .xlsx .csv .vcf
    secretariat export event ID KIND OUT    an event's papers: participants, signin, labels,
                                            badges, programme, certificates
    secretariat export labels OUT.pdf       address labels of the organisations
    secretariat list events [--json]        the events, one line each (or JSON)
    secretariat import organisations|contacts FILE
                                            bring in a CSV, XLSX or vCard file, without
                                            duplicates; one summary line (or --json)
    secretariat import undo BATCH_ID        take an import (or a merge) back as a whole
    secretariat gdpr export CONTACT_ID OUT.pdf|OUT.json
                                            everything stored about a person
    secretariat gdpr erase CONTACT_ID [--yes]
                                            anonymise a person everywhere
    secretariat gdpr stale [--years N]      contacts without activity for N years

Documents are German unless ``--lang en`` is given.

``--db`` and the ``SECRETARIAT_DB`` variable choose the database for every
subcommand. Jobs ask no questions when their input is not a terminal. Expected
problems end with one line on stderr and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from secretariat import paths, version
from secretariat.store import ClusterDatabase, StoreError, backups, inspect

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """An expected problem: its text is printed as the one line on stderr."""


class _Parser(argparse.ArgumentParser):
    """argparse, with bad input reported in one line (and the exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _VersionAction(argparse.Action):
    """``--version``: the number is looked up only when it is asked for."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs) -> None:
        kwargs.setdefault("help", "show the program's version number and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> NoReturn:
        print(f"Secretariat {version()}")
        parser.exit()


def _database_option() -> argparse.ArgumentParser:
    parent = _Parser(add_help=False)
    parent.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"the database file (default: ${paths.DB_ENV_VAR}, else {paths.database_path()})",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    database = _database_option()
    parser = _Parser(
        prog="secretariat",
        description="The back office of a business-cluster secretariat. "
        "Without a subcommand, opens the desktop app.",
        parents=[database],
    )
    parser.add_argument("--version", action=_VersionAction)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("gui", parents=[database], help="open the desktop app (the default)")

    demo = commands.add_parser(
        "demo",
        parents=[database],
        help="create a database filled with a realistic demo cluster",
        description="Create a database filled with a realistic demo cluster around NRW cities. "
        "The same seed gives the same data on the same day.",
    )
    demo.add_argument(
        "--organisations",
        type=_count,
        default=100,
        metavar="N",
        help="how many organisations (default 100; 0 makes an empty cluster database)",
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")

    commands.add_parser(
        "check",
        parents=[database],
        help="check the database's integrity and schema version (exit 0 when sound)",
        description="Check the database without changing it: integrity, foreign keys and "
        "schema version. Prints one line; exits 0 when the database is sound.",
    )

    backup = commands.add_parser(
        "backup",
        parents=[database],
        help="take a backup into the backups folder (or write one to OUT)",
        description="Take a consistent, checked backup of the database with SQLite's backup "
        "API (safe while the app is open) into the backups folder beside it, where the "
        "rotation keeps every backup for two weeks and one a week for two months; prints "
        "its path. With OUT, write the copy there instead (outside the rotation).",
    )
    backup.add_argument("out", metavar="OUT", nargs="?", help="the file to write (optional)")
    backup.add_argument(
        "--keep-daily",
        type=_kept_for(1),
        metavar="DAYS",
        help="from now on keep every backup for DAYS days (default 14)",
    )
    backup.add_argument(
        "--keep-weekly",
        type=_kept_for(0),
        metavar="WEEKS",
        help="then keep one backup a week until WEEKS weeks have passed (default 8)",
    )

    restore_command = commands.add_parser(
        "restore",
        parents=[database],
        help="replace the database with the backup IN (keeps a copy of the current one)",
        description="Replace the database with the backup IN. IN is checked first; the "
        'current database is kept as a backup ("before restore") before it is replaced. '
        "--list shows the backups in the backups folder, newest first.",
    )
    restore_command.add_argument(
        "backup", metavar="IN", nargs="?", help="the backup file to restore"
    )
    restore_command.add_argument(
        "--list", action="store_true", help="list the backups (time, reason, size, file)"
    )
    restore_command.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore_command.set_defaults(usage_error=restore_command.error)

    _add_export_commands(commands, database)
    _add_list_commands(commands, database)
    _add_import_commands(commands, database)
    from secretariat.cli import privacy as privacy_cli

    privacy_cli.add_commands(commands, database)
    return parser


def _add_export_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database: argparse.ArgumentParser,
) -> None:
    """``secretariat export DOCUMENT ...``: one nested subcommand per document."""
    export = commands.add_parser(
        "export",
        parents=[database],
        help="write a document from the database (calendar, directory, event, labels)",
        description="Write a document from the database. Choose the document; each has its "
        "own --help.",
    )
    documents = export.add_subparsers(
        dest="document", metavar="DOCUMENT", parser_class=_Parser, required=True
    )
    calendar = documents.add_parser(
        "calendar",
        parents=[database],
        help="the events as an iCalendar file (.ics) for Outlook, Thunderbird and co.",
        description="Write the events as an iCalendar file (RFC 5545) that calendar programs "
        "import or subscribe to. Each event keeps its UID from one export to the next, so "
        "importing a newer file updates the entries instead of doubling them.",
    )
    calendar.add_argument("out", metavar="OUT", type=_ics_path, help="the .ics file to write")
    _add_day_range(calendar, "export")
    _add_language(calendar)
    calendar.set_defaults(usage_error=calendar.error)

    directory = documents.add_parser(
        "directory",
        parents=[database],
        help="the member directory as .pdf, .xlsx, .csv (contacts) or .vcf (vCards)",
        description="Write the directory of the current members. The file name's ending "
        "chooses the format: .pdf (to print or publish), .xlsx (Excel), .csv (contacts "
        "with their organisation, for mail merge; German Excel by default) or .vcf "
        "(vCard 3.0, for address books). Only contacts who agreed to be listed are "
        "included, unless --internal.",
    )
    directory.add_argument(
        "out", metavar="OUT", type=_directory_path, help="the .pdf, .xlsx, .csv or .vcf to write"
    )
    directory.add_argument(
        "--group-by",
        choices=("sector", "role"),
        default="sector",
        help="PDF only: group the organisations by sector (default) or cluster role",
    )
    directory.add_argument(
        "--internal",
        action="store_true",
        help="list every contact, also those without consent to be listed; the document "
        "is marked as internal",
    )
    directory.add_argument(
        "--comma",
        action="store_true",
        help="CSV only: separate with commas, UTF-8 without BOM (default: German Excel, "
        "semicolons, UTF-8 with BOM)",
    )
    directory.add_argument(
        "--letter", action="store_true", help="PDF only: US Letter paper instead of A4"
    )
    _add_language(directory)
    directory.set_defaults(usage_error=directory.error, first_day=None, last_day=None)

    event = documents.add_parser(
        "event",
        parents=[database],
        help="an event's papers: participant list (.pdf/.xlsx), sign-in sheet, labels, "
        "badges, programme, certificates",
        description="Write a paper for the event EVENT_ID (see: secretariat list events). "
        "participants: the internal participant list with e-mail addresses, status and "
        "counts, as .pdf or .xlsx; signin: the sign-in sheet of the people expected, "
        "with empty rows for walk-ins (.pdf); labels: one address label per person "
        "expected, with their organisation's address (.pdf); badges: one name badge per "
        "person expected (.pdf); programme: the programme flyer (.pdf); certificates: one "
        "attendance certificate per person marked as attended (.pdf).",
    )
    event.add_argument("event_id", metavar="EVENT_ID", type=_event_id, help="the event's number")
    event.add_argument(
        "paper",
        metavar="KIND",
        choices=EVENT_PAPERS,
        help="participants, signin, labels, badges, programme or certificates",
    )
    event.add_argument("out", metavar="OUT", type=Path, help="the .pdf (or .xlsx) to write")
    event.add_argument(
        "--layout",
        choices=tuple(LABEL_LAYOUTS),
        default="3x8",
        help="labels only: 3x8 labels of 70 x 36 mm (default) or 2x7 of 99.1 x 38.1 mm",
    )
    event.add_argument(
        "--size",
        choices=BADGE_SIZES,
        default="90x55",
        help="badges only: 90x55 mm (default, 2x5 a page), 85x54 mm (credit card, 2x5) "
        "or 100x70 mm (2x4)",
    )
    event.add_argument(
        "--public",
        action="store_true",
        help="participants .pdf only: the list to hand out (people expected, no e-mail "
        "addresses) instead of the internal one",
    )
    _add_language(event)
    event.set_defaults(usage_error=event.error, first_day=None, last_day=None)

    labels = documents.add_parser(
        "labels",
        parents=[database],
        help="address labels of the organisations on A4 sheets (.pdf)",
        description="Write one address label per organisation (German postal order) on A4 "
        "label sheets: 3x8 labels of 70 x 36 mm or 2x7 of 99.1 x 38.1 mm.",
    )
    labels.add_argument("out", metavar="OUT", type=_pdf_path, help="the .pdf to write")
    labels.add_argument(
        "--layout",
        choices=tuple(LABEL_LAYOUTS),
        default="3x8",
        help="3x8 labels of 70 x 36 mm (default) or 2x7 of 99.1 x 38.1 mm",
    )
    labels.add_argument("--members-only", action="store_true", help="only the member organisations")
    _add_language(labels)
    labels.set_defaults(usage_error=labels.error, first_day=None, last_day=None)

    story = documents.add_parser(
        "story",
        parents=[database],
        help="a story as a press release (.pdf)",
        description="Write the story STORY_ID as a press release on the cluster's letterhead.",
    )
    story.add_argument("story_id", metavar="STORY_ID", type=_record_id, help="the story's number")
    story.add_argument("out", metavar="OUT", type=_pdf_path, help="the .pdf to write")
    _add_language(story)
    story.set_defaults(usage_error=story.error, first_day=None, last_day=None)

    report = documents.add_parser(
        "report",
        parents=[database],
        help="the annual activity report for YEAR (.pdf)",
        description="Write the annual activity report for YEAR: members by kind, role and size, "
        "members joined and left, events held, participants and organisations reached, "
        "interactions, projects and stories, with charts.",
    )
    report.add_argument("year", metavar="YEAR", type=_year, help="the year, e.g. 2026")
    report.add_argument("out", metavar="OUT", type=_pdf_path, help="the .pdf to write")
    _add_language(report)
    report.set_defaults(usage_error=report.error, first_day=None, last_day=None)


def _add_language(parser: argparse.ArgumentParser) -> None:
    """``--lang de|en``: the language the document is written in (German by default)."""
    from secretariat.exports.language import DEFAULT_LANGUAGE, LANGUAGES

    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=DEFAULT_LANGUAGE,
        help="the document's language: de (German, the default) or en (English); "
        "headings, page numbers, dates and money follow it",
    )


def _add_list_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database: argparse.ArgumentParser,
) -> None:
    """``secretariat list RECORDS ...``: one nested subcommand per kind of record."""
    listing = commands.add_parser(
        "list",
        parents=[database],
        help="print records from the database (events)",
        description="Print records from the database, one line each, or as JSON.",
    )
    kinds = listing.add_subparsers(
        dest="records", metavar="RECORDS", parser_class=_Parser, required=True
    )
    events = kinds.add_parser(
        "events",
        parents=[database],
        help="the events in order of their start",
        description="Print the events in order of their start, one line each: id, start "
        "(DD.MM.YYYY HH:MM in the event's local time), title and (status).",
    )
    events.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array of {id, title, event_type, status, starts_at, ends_at, "
        "time_zone, venue, room}; times in UTC as stored",
    )
    _add_day_range(events, "list")
    events.set_defaults(usage_error=events.error)


def _add_import_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    database: argparse.ArgumentParser,
) -> None:
    """``secretariat import organisations|contacts FILE`` and ``import undo BATCH_ID``."""
    importing = commands.add_parser(
        "import",
        parents=[database],
        help="bring in organisations or contacts from a CSV, XLSX or vCard file",
        description="Bring in organisations or contacts from a CSV, XLSX or vCard file. Rows "
        "are checked first; duplicates (same e-mail, same organisation name, same person at "
        "the same organisation) are skipped, updated or created as you choose. The import "
        "is one transaction after a backup and can be undone as a whole.",
    )
    what = importing.add_subparsers(
        dest="records", metavar="WHAT", parser_class=_Parser, required=True
    )
    for kind in ("organisations", "contacts"):
        command = what.add_parser(
            kind,
            parents=[database],
            help=f"import {kind} from FILE",
            description=f"Import {kind} from FILE (.csv, .xlsx or .vcf). Ends with one line: "
            "imported N, updated U, skipped S, rejected R. Exits non-zero only when the file "
            "cannot be read at all.",
        )
        command.add_argument("file", metavar="FILE", type=Path, help="the file to read")
        command.add_argument(
            "--mapping",
            default="auto",
            metavar="auto|MAPPING.json",
            help="which column goes into which field: 'auto' (recognised from the headers, "
            "the default) or a mapping saved from the import wizard",
        )
        command.add_argument("--sheet", metavar="NAME", help="the sheet of an XLSX file")
        command.add_argument(
            "--dry-run", action="store_true", help="check everything, write nothing"
        )
        command.add_argument(
            "--on-duplicate",
            choices=("skip", "update", "create"),
            default="skip",
            help="what to do with a row that matches a record already there (or an earlier "
            "row): skip it (default), update the record's empty fields, or create anyway",
        )
        command.add_argument(
            "--rejects",
            metavar="OUT.csv",
            type=Path,
            help="write the rejected rows with their reasons to OUT.csv, to fix and import",
        )
        command.add_argument(
            "--json", action="store_true", help="print the summary as a JSON object"
        )
        command.set_defaults(usage_error=command.error)
    undo = what.add_parser(
        "undo",
        parents=[database],
        help="take back an import or a merge as a whole",
        description="Take back import or merge BATCH_ID: what it created is removed, what it "
        "changed is restored. Refused when someone has changed those records since.",
    )
    undo.add_argument("batch", metavar="BATCH_ID", type=_record_id, help="the batch's number")
    undo.set_defaults(usage_error=undo.error)


def _add_day_range(parser: argparse.ArgumentParser, verb: str) -> None:
    parser.add_argument(
        "--from",
        dest="first_day",
        type=_day,
        metavar="DATE",
        help=f"{verb} only events starting on or after this day (2026-06-12 or 12.06.2026)",
    )
    parser.add_argument(
        "--to",
        dest="last_day",
        type=_day,
        metavar="DATE",
        help=f"{verb} only events starting on or before this day (the whole day counts)",
    )


def _day(text: str) -> date:
    """A day as 2026-06-12 or 12.06.2026 (days are Europe/Berlin days)."""
    german = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text.strip())
    try:
        if german:
            day, month, year = (int(part) for part in german.groups())
            return date(year, month, day)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{text}” is not a date; write it as 2026-06-12 or 12.06.2026"
        ) from None


def _ics_path(text: str) -> Path:
    if not text.lower().endswith(".ics"):
        raise argparse.ArgumentTypeError(f"“{text}” does not end in .ics; name the file *.ics")
    return Path(text)


DIRECTORY_FORMATS = (".pdf", ".xlsx", ".csv", ".vcf")


def _directory_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in DIRECTORY_FORMATS:
        raise argparse.ArgumentTypeError(
            f"“{text}” does not end in .pdf, .xlsx, .csv or .vcf; the ending chooses the format"
        )
    return path


EVENT_PAPERS = ("participants", "signin", "labels", "badges", "programme", "certificates")
BADGE_SIZES = ("90x55", "85x54", "100x70")
LABEL_LAYOUTS = ("3x8", "2x7")


def _event_id(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not an event number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not an event number")
    return number


def _pdf_path(text: str) -> Path:
    if not text.lower().endswith(".pdf"):
        raise argparse.ArgumentTypeError(f"“{text}” does not end in .pdf; name the file *.pdf")
    return Path(text)


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError("the number of organisations cannot be negative")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    plain = _plain_gui(sys.argv[1:] if argv is None else list(argv))
    if plain is not None:  # the app, at once: no parser of every job needs building
        arguments = argparse.Namespace(command="gui")
        database = paths.database_path(plain[0])
    else:
        arguments = build_parser().parse_args(argv)
        database = paths.database_path(getattr(arguments, "db", None))
    command = arguments.command or "gui"
    try:
        if command == "gui":
            return _gui(database)
        if command == "demo":
            return _demo(database, arguments.organisations, arguments.seed)
        if command == "check":
            return _check(database)
        if command == "backup":
            return _backup(database, arguments)
        if command == "restore":
            if arguments.list == (arguments.backup is not None):
                arguments.usage_error("name the backup IN to restore, or --list (not both)")
            if arguments.list:
                return _list_backups(database)
            return _restore(database, Path(arguments.backup), arguments.yes)
        if command == "export":
            _check_day_range(arguments)
            return _EXPORTS[arguments.document](database, arguments)
        if command == "list":
            _check_day_range(arguments)
            return _LISTS[arguments.records](database, arguments)
        if command == "gdpr":
            from secretariat.cli import privacy as privacy_cli

            return privacy_cli.run(arguments)
        if command == "import":
            if arguments.records == "undo":
                return _import_undo(database, arguments.batch)
            return _import(database, arguments)
    except (StoreError, _export_error(), CommandError) as problem:
        print(f"secretariat {command}: {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print(
            f"secretariat {command}: interrupted; nothing half-written was kept.", file=sys.stderr
        )
        return 130
    raise AssertionError(command)  # pragma: no cover


def _export_error() -> type[Exception]:
    """The exports' problem (looked up only when something went wrong: the exports'
    modules are not loaded to open the app)."""
    from secretariat.exports import ExportError

    return ExportError


def _plain_gui(argv: list[str]) -> tuple[str | None] | None:
    """(the ``--db`` given, or None) for the plain ways of opening the app —
    ``secretariat``, ``secretariat gui`` and either with ``--db PATH`` — else None,
    and the whole parser reads the command line (with its help and its errors)."""
    words = list(argv)
    if words[:1] == ["gui"]:
        words = words[1:]
    elif words[-1:] == ["gui"]:
        words = words[:-1]
    if not words:
        return (None,)
    if len(words) == 1 and words[0].startswith("--db=") and len(words[0]) > len("--db="):
        return (words[0][len("--db=") :],)
    if len(words) == 2 and words[0] == "--db" and words[1] and not words[1].startswith("-"):
        return (words[1],)
    return None


def _gui(database: Path) -> int:
    _ensure_default_folder(database)
    from secretariat.ui.app import run  # Qt is loaded only for the app

    return run(database)


def _demo(database: Path, organisations: int, seed: int) -> int:
    from secretariat.demo import build_demo

    if database.exists() and database.stat().st_size > 0:
        with ClusterDatabase.open(database, create=False) as existing:
            if existing.organisations.count():
                raise CommandError(
                    f"“{database}” already holds organisations; demo data goes into a new "
                    "database only. Choose another file with --db."
                )
    _ensure_default_folder(database)
    with ClusterDatabase.open(database) as db:
        interactive = sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if interactive:
                print(f"\r{done:,} of {total:,} organisations", end="", file=sys.stderr)

        summary = build_demo(db, organisations=organisations, seed=seed, progress=progress)
        if interactive:
            print(file=sys.stderr)
    print(f"{summary} written to {database}")
    return EXIT_OK


def _check(database: Path) -> int:
    health = inspect(database)
    print(health.summary())
    return EXIT_OK if health.sound else EXIT_PROBLEM


def _backup(database: Path, arguments: argparse.Namespace) -> int:
    if not database.exists():
        raise CommandError(f"There is no database at “{database}” to back up.")
    if arguments.keep_daily is not None or arguments.keep_weekly is not None:
        current = backups.rotation_for(database)
        rotation = backups.Rotation(
            current.daily_days if arguments.keep_daily is None else arguments.keep_daily,
            current.weekly_weeks if arguments.keep_weekly is None else arguments.keep_weekly,
        )
        backups.save_rotation(database, rotation)
        print(f"Backups of {database.name} are kept from now on: {rotation.describe()}.")
    with ClusterDatabase.open(database, create=False) as db:
        if arguments.out is None:
            written = backups.take_backup(db, backups.BY_HAND)
        else:
            out = Path(arguments.out)
            if out.is_dir():
                out = out / f"{database.stem}.backup.sqlite3"
            written = backups.save_copy(db, out)
    print(f"Backup written to {written}")
    return EXIT_OK


def _list_backups(database: Path) -> int:
    found = backups.list_backups(database)
    if not found:
        print(f"No backups of {database.name} yet in {paths.backup_dir_for(database)}.")
    for backup in found:
        taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{taken}  {backup.reason:<15} {_size(backup.size):>9}  {backup.path}")
    return EXIT_OK


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} B"
    if count < 1024 * 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count / 1024 / 1024:.1f} MB"


def _kept_for(minimum: int):
    def number(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"{value} is too few; the least is {minimum}")
        return value

    return number


def _restore(database: Path, backup: Path, confirmed: bool) -> int:
    if not backup.exists():
        raise CommandError(f"There is no backup at “{backup}”.")
    if database.exists() and not confirmed and sys.stdin.isatty():
        answer = input(f"Replace “{database}” with “{backup}”? A copy is kept. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            raise CommandError("Nothing was restored.")
    _ensure_default_folder(database)
    kept = backups.restore_backup(database, backup)
    message = f"Restored {backup} into {database}"
    if kept:
        message += f"; the previous database was kept as {kept}"
    print(message)
    return EXIT_OK


def _check_day_range(arguments: argparse.Namespace) -> None:
    first, last = arguments.first_day, arguments.last_day
    if first is not None and last is not None and first > last:
        arguments.usage_error(
            f"--from {first:%d.%m.%Y} is after --to {last:%d.%m.%Y}; nothing would be chosen"
        )


def _export_calendar(database: Path, arguments: argparse.Namespace) -> int:
    from secretariat.exports.calendar import EventCalendar

    out: Path = arguments.out
    with ClusterDatabase.open(database, create=False) as db:
        calendar = EventCalendar(
            db,
            first_day=arguments.first_day,
            last_day=arguments.last_day,
            language=arguments.lang,
        )
        count = calendar.write(out)
    print(f"{count} {'event' if count == 1 else 'events'} written to {out}")
    return EXIT_OK


def _export_directory(database: Path, arguments: argparse.Namespace) -> int:
    out: Path = arguments.out
    kind = out.suffix.lower()
    if arguments.comma and kind != ".csv":
        arguments.usage_error("--comma applies to .csv files only")
    if kind != ".pdf" and (arguments.letter or arguments.group_by != "sector"):
        arguments.usage_error("--group-by and --letter apply to .pdf files only")
    with ClusterDatabase.open(database, create=False) as db:
        if kind == ".pdf":
            from secretariat.exports.directory_pdf import MemberDirectoryPdf

            paper = "Letter" if arguments.letter else "A4"
            count = MemberDirectoryPdf(
                db,
                group_by=arguments.group_by,
                internal=arguments.internal,
                paper=paper,
                language=arguments.lang,
            ).write(out)
        elif kind == ".xlsx":
            from secretariat.exports.directory_tables import MemberDirectoryXlsx

            count = MemberDirectoryXlsx(
                db, internal=arguments.internal, language=arguments.lang
            ).write(out)
        elif kind == ".csv":
            from secretariat.exports.directory_tables import MemberDirectoryCsv

            dialect = "comma" if arguments.comma else "excel-de"
            count = MemberDirectoryCsv(
                db, dialect=dialect, internal=arguments.internal, language=arguments.lang
            ).write(out)
        else:
            from secretariat.exports.vcards import ContactCards

            cards = ContactCards(db, internal=arguments.internal)  # no words: --lang is moot
            cards.write(out)
            count = cards.organisations
    print(f"{count} {'organisation' if count == 1 else 'organisations'} written to {out}")
    return EXIT_OK


def _export_event(database: Path, arguments: argparse.Namespace) -> int:
    out: Path = arguments.out
    kind = out.suffix.lower()
    paper = arguments.paper
    allowed = (".pdf", ".xlsx") if paper == "participants" else (".pdf",)
    if kind not in allowed:
        endings = " or ".join(allowed)
        arguments.usage_error(f"“{out}” does not end in {endings}; the {paper} paper is {endings}")
    if arguments.layout != "3x8" and paper != "labels":
        arguments.usage_error("--layout applies to labels only")
    if arguments.size != "90x55" and paper != "badges":
        arguments.usage_error("--size applies to badges only")
    if arguments.public and (paper != "participants" or kind != ".pdf"):
        arguments.usage_error("--public applies to the participants .pdf only")
    from secretariat.exports.event_documents import (
        AttendanceCertificatesPdf,
        NameBadgesPdf,
        ProgrammeFlyerPdf,
    )
    from secretariat.exports.event_papers import (
        ParticipantListPdf,
        ParticipantListXlsx,
        SignInSheetPdf,
    )
    from secretariat.exports.labels import AddressLabelsPdf

    language = {"language": arguments.lang}
    with ClusterDatabase.open(database, create=False) as db:
        if paper == "signin":
            count = SignInSheetPdf(db, arguments.event_id, **language).write(out)
        elif paper == "labels":
            count = AddressLabelsPdf(
                db, layout=arguments.layout, event_id=arguments.event_id, **language
            ).write(out)
        elif paper == "badges":
            count = NameBadgesPdf(db, arguments.event_id, size=arguments.size, **language).write(
                out
            )
        elif paper == "programme":
            count = ProgrammeFlyerPdf(db, arguments.event_id, **language).write(out)
        elif paper == "certificates":
            count = AttendanceCertificatesPdf(db, arguments.event_id, **language).write(out)
        elif kind == ".xlsx":
            count = ParticipantListXlsx(db, arguments.event_id, **language).write(out)
        else:
            count = ParticipantListPdf(
                db, arguments.event_id, internal=not arguments.public, **language
            ).write(out)
    nouns = {
        "labels": ("label", "labels"),
        "badges": ("badge", "badges"),
        "programme": ("programme item", "programme items"),
        "certificates": ("certificate", "certificates"),
    }
    singular, plural = nouns.get(paper, ("person", "people"))
    noun = singular if count == 1 else plural
    print(f"{count} {noun} written to {out}")
    return EXIT_OK


def _export_story(database: Path, arguments: argparse.Namespace) -> int:
    from secretariat.exports.press_release import PressReleasePdf

    with ClusterDatabase.open(database, create=False) as db:
        PressReleasePdf(db, arguments.story_id, language=arguments.lang).write(arguments.out)
    print(f"Press release written to {arguments.out}")
    return EXIT_OK


def _export_report(database: Path, arguments: argparse.Namespace) -> int:
    from secretariat.exports.annual_report import AnnualReportPdf

    with ClusterDatabase.open(database, create=False) as db:
        pages = AnnualReportPdf(db, arguments.year, language=arguments.lang).write(arguments.out)
    print(f"Annual report {arguments.year} ({pages} pages) written to {arguments.out}")
    return EXIT_OK


def _record_id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"“{text}” is not a record number")
    return int(text)


def _year(text: str) -> int:
    if not (text.isdigit() and 1900 <= int(text) <= 9999):
        raise argparse.ArgumentTypeError(f"“{text}” is not a year")
    return int(text)


def _export_labels(database: Path, arguments: argparse.Namespace) -> int:
    from secretariat.exports.labels import AddressLabelsPdf

    out: Path = arguments.out
    with ClusterDatabase.open(database, create=False) as db:
        count = AddressLabelsPdf(
            db,
            layout=arguments.layout,
            members_only=arguments.members_only,
            language=arguments.lang,
        ).write(out)
    print(f"{count} {'label' if count == 1 else 'labels'} written to {out}")
    return EXIT_OK


def _list_events(database: Path, arguments: argparse.Namespace) -> int:
    from secretariat.domain.enums import EventStatus
    from secretariat.domain.validation import DEFAULT_TIME_ZONE, moment_in_zone
    from secretariat.exports.calendar import select_events

    with ClusterDatabase.open(database, create=False) as db:
        events = select_events(db, first_day=arguments.first_day, last_day=arguments.last_day)
    if arguments.json:
        rows = [
            {
                "id": event["id"],
                "title": event["title"],
                "event_type": event["event_type"],
                "status": event["status"],
                "starts_at": event["starts_at"],
                "ends_at": event["ends_at"],
                "time_zone": event["time_zone"],
                "venue": event.get("venue_name"),
                "room": event.get("room"),
            }
            for event in events
        ]
        # \u escapes keep the JSON exact where the output cannot take every letter
        print(json.dumps(rows, ensure_ascii=not _stdout_is_utf8(), indent=2))
        return EXIT_OK
    if not _stdout_is_utf8() and isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="replace")  # "?" for what a Windows console lacks
    width = len(str(max((event["id"] for event in events), default=0)))
    for event in events:
        try:
            starts = moment_in_zone(event["starts_at"], event["time_zone"] or DEFAULT_TIME_ZONE)
        except (KeyError, ValueError):  # a zone this computer does not know
            starts = moment_in_zone(event["starts_at"], DEFAULT_TIME_ZONE)
        try:
            status = EventStatus(event["status"]).label
        except ValueError:
            status = str(event["status"])
        print(f"{event['id']:>{width}}  {starts:%d.%m.%Y %H:%M}  {event['title']}  ({status})")
    return EXIT_OK


def _import(database: Path, arguments: argparse.Namespace) -> int:
    from secretariat.imports.mapping import ColumnMapping, MappingError
    from secretariat.imports.plan import ImportCancelled
    from secretariat.imports.rows import UnreadableFileError
    from secretariat.imports.run import import_file

    kind = arguments.records
    mapping = None
    try:
        if arguments.mapping != "auto":
            mapping = ColumnMapping.load(arguments.mapping)
            if mapping.kind != kind:
                raise CommandError(
                    f"“{arguments.mapping}” is a mapping for {mapping.kind}, not for {kind}."
                )
        with ClusterDatabase.open(database, create=False) as db:
            outcome = import_file(
                db,
                kind,
                arguments.file,
                mapping=mapping,
                sheet=arguments.sheet,
                on_duplicate=arguments.on_duplicate,
                dry_run=arguments.dry_run,
                rejects=arguments.rejects,
            )
    except (UnreadableFileError, MappingError, OSError) as problem:
        raise CommandError(str(problem)) from None
    except ImportCancelled as problem:  # pragma: no cover (no one cancels a command)
        raise CommandError(str(problem)) from None
    if arguments.json:
        print(json.dumps(outcome.as_dict(), ensure_ascii=not _stdout_is_utf8()))
        return EXIT_OK
    for reason in outcome.reasons:
        print(reason, file=sys.stderr)
    line = outcome.summary.text()
    if outcome.batch_id is None:
        line += " (dry run: nothing was written)"
    else:
        line += (
            f" (batch {outcome.batch_id}; undo with: secretariat import undo {outcome.batch_id})"
        )
    print(line)
    return EXIT_OK


def _import_undo(database: Path, batch_id: int) -> int:
    from secretariat.imports.undo import undo_batch

    with ClusterDatabase.open(database, create=False) as db:
        result = undo_batch(db, batch_id)
    print(f"batch {batch_id} undone: {result.text()}")
    return EXIT_OK


def _stdout_is_utf8() -> bool:
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    return encoding in ("utf8", "utf8sig")


# One entry per document or kind of record; the parser has a subcommand for each.
_EXPORTS = {
    "calendar": _export_calendar,
    "directory": _export_directory,
    "event": _export_event,
    "labels": _export_labels,
    "story": _export_story,
    "report": _export_report,
}
_LISTS = {"events": _list_events}


def _ensure_default_folder(database: Path) -> None:
    """The default data folder is created on demand; a folder the user named is not."""
    if database.parent == paths.data_dir():
        database.parent.mkdir(parents=True, exist_ok=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
