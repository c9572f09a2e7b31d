"""The ``secretariat`` command: opens the desktop app, or runs one job headless.

    secretariat [--db PATH]                 open the app
    secretariat demo [--organisations N]    fill a new database with a demo cluster
    secretariat check                       integrity check and schema version
    secretariat backup OUT                  a consistent copy, also while the app is open
    secretariat restore IN                  replace the database with a backup

``--db`` and the ``SECRETARIAT_DB`` variable choose the database for every
subcommand. Jobs ask no questions when their input is not a terminal. Expected
problems end with one line on stderr and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from secretariat import __version__, paths
from secretariat.store import ClusterDatabase, StoreError, inspect, restore

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """An expected problem: its text is printed as the one line on stderr."""


class _Parser(argparse.ArgumentParser):
    """argparse, with bad input reported in one line (and the exit status 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


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
    parser.add_argument("--version", action="version", version=f"Secretariat {__version__}")
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
        help="write a consistent copy of the database to OUT",
        description="Write a consistent, checked copy of the database to OUT, using SQLite's "
        "backup API: safe while the app is open.",
    )
    backup.add_argument("out", metavar="OUT", help="the file to write")

    restore_command = commands.add_parser(
        "restore",
        parents=[database],
        help="replace the database with the backup IN (keeps a copy of the current one)",
        description="Replace the database with the backup IN. IN is checked first; the "
        "current database is copied to its backups folder before it is replaced.",
    )
    restore_command.add_argument("backup", metavar="IN", help="the backup file to restore")
    restore_command.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser


def _count(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError("the number of organisations cannot be negative")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = parser.parse_args(argv)
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
            return _backup(database, Path(arguments.out))
        if command == "restore":
            return _restore(database, Path(arguments.backup), arguments.yes)
    except (StoreError, CommandError) as problem:
        print(f"secretariat {command}: {problem}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        print(
            f"secretariat {command}: interrupted; nothing half-written was kept.", file=sys.stderr
        )
        return 130
    raise AssertionError(command)  # pragma: no cover


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


def _backup(database: Path, out: Path) -> int:
    if not database.exists():
        raise CommandError(f"There is no database at “{database}” to back up.")
    if out.exists() and out.is_dir():
        out = out / f"{database.stem}.backup.sqlite3"
    with ClusterDatabase.open(database, create=False) as db:
        written = db.backup(out)
    print(f"Backup written to {written}")
    return EXIT_OK


def _restore(database: Path, backup: Path, confirmed: bool) -> int:
    if not backup.exists():
        raise CommandError(f"There is no backup at “{backup}”.")
    if database.exists() and not confirmed and sys.stdin.isatty():
        answer = input(f"Replace “{database}” with “{backup}”? A copy is kept. [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            raise CommandError("Nothing was restored.")
    _ensure_default_folder(database)
    kept = restore(database, backup)
    message = f"Restored {backup} into {database}"
    if kept:
        message += f"; the previous database was kept as {kept}"
    print(message)
    return EXIT_OK


def _ensure_default_folder(database: Path) -> None:
    """The default data folder is created on demand; a folder the user named is not."""
    if database.parent == paths.data_dir():
        database.parent.mkdir(parents=True, exist_ok=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
