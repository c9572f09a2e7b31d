"""Start the frozen desktop bundle headless and check that it really works.

    python tools/dist_check.py [dist/Secretariat]      (make dist-check)

Runs the program in the bundle, not this Python: with an empty PATH (no Python to fall
back on), PYTHONPATH/PYTHONHOME unset, HOME and the XDG folders in a temporary folder
(so nothing of the user's is read or written) and QT_QPA_PLATFORM=offscreen. Each step
is one entry in STEPS: the program's arguments and a check of what it wrote. The steps
run in order on the same (default) database; every one must exit 0. Afterwards nothing
inside the bundle may have changed.

Prints one line per step with its time, and the bundle's size. Exits 1 on the first
failure, showing the program's stderr. This script itself runs in the project's .venv
(it reads the results with openpyxl, icalendar and poppler's pdffonts).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP_TIMEOUT = 180  # seconds; a dialog nobody answers would otherwise hang the check


class CheckFailed(Exception):
    """What a step's check found wrong, in one sentence."""


@dataclass
class Step:
    name: str
    args: list[str]
    check: Callable[[subprocess.CompletedProcess[str]], None] | None = None
    env: dict[str, str] = field(default_factory=dict)


@dataclass
class Sandbox:
    """The temporary folders the program runs in instead of the user's."""

    root: Path

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def data(self) -> Path:
        return self.root / "xdg-data"

    @property
    def state(self) -> Path:
        return self.root / "xdg-state"

    def environment(self) -> dict[str, str]:
        folders = {
            "HOME": "home",
            "XDG_CONFIG_HOME": "xdg-config",
            "XDG_DATA_HOME": "xdg-data",
            "XDG_CACHE_HOME": "xdg-cache",
            "XDG_STATE_HOME": "xdg-state",
            "XDG_RUNTIME_DIR": "xdg-runtime",
            "TMPDIR": "tmp",
            "PATH": "empty-bin",  # an empty folder: no python3, nothing else either
        }
        env = {name: str(self.root / folder) for name, folder in folders.items()}
        env.update(LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
        return env

    def create(self) -> None:
        for folder in self.environment().values():
            if folder.startswith(str(self.root)):
                Path(folder).mkdir(mode=0o700, parents=True, exist_ok=True)
        self.out.mkdir()


def pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return tomllib.load(file)["project"]["version"]


# --- the checks of what a step wrote -------------------------------------------------


def expect_stdout(expected: str) -> Callable[[subprocess.CompletedProcess[str]], None]:
    def check(result: subprocess.CompletedProcess[str]) -> None:
        if result.stdout.strip() != expected:
            raise CheckFailed(f"printed {result.stdout.strip()!r}, expected {expected!r}")

    return check


def expect_file(path: Path, reader: Callable[[Path], None]):
    def check(result: subprocess.CompletedProcess[str]) -> None:
        if not path.is_file() or path.stat().st_size == 0:
            raise CheckFailed(f"{path.name} was not written")
        reader(path)

    return check


def pdf_fonts_embedded(path: Path) -> None:
    """Every font embedded (pdffonts' "emb" column), and no Helvetica at all."""
    if shutil.which("pdffonts") is None:
        raise CheckFailed("pdffonts is missing: install poppler-utils (make system-packages)")
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    header, rows = listing[0], listing[2:]  # the header, a line of dashes, the fonts
    emb = header.index(" emb ") + 1
    if not rows:
        raise CheckFailed(f"{path.name} lists no fonts")
    for row in rows:
        if not row[emb:].startswith("yes") or "helvetica" in row.lower():
            raise CheckFailed(f"{path.name}: font not embedded or Helvetica: {row.strip()}")


def xlsx_opens(path: Path) -> None:
    import openpyxl

    workbook = openpyxl.load_workbook(path)
    rows = sum(
        1
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        if any(cell.value is not None for cell in row)
    )
    if rows < 2:
        raise CheckFailed(f"{path.name} has no rows below the header")


def ics_parses(path: Path) -> None:
    import icalendar

    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    if not calendar.walk("VEVENT"):
        raise CheckFailed(f"{path.name} holds no event")


def gui_painted(sandbox: Sandbox):
    def check(result: subprocess.CompletedProcess[str]) -> None:
        if "Traceback" in result.stderr:
            raise CheckFailed("the app reported an error")
        log = sandbox.state / "Secretariat" / "log" / "secretariat.log"
        if not log.parent.is_dir():
            raise CheckFailed(f"no log folder at {log.parent}")

    return check


def spoke_german(sandbox: Sandbox):
    """The app started in German with its own and Qt's translations from the bundle."""

    def check(result: subprocess.CompletedProcess[str]) -> None:
        gui_painted(sandbox)(result)
        log = sandbox.state / "Secretariat" / "log" / "secretariat.log"
        text = log.read_text(encoding="utf-8")
        lines = [line for line in text.splitlines() if "language" in line]
        if not lines or not all(name in lines[-1] for name in ("secretariat_de", "qtbase_de")):
            raise CheckFailed(f"German translations not loaded: {lines[-1:] or 'no log line'}")

    return check


def contact_list(folder: Path) -> Path:
    """A German Excel contact list (UTF-8 with BOM, ";") with one new person."""
    path = folder / "kontakte.csv"
    path.write_text(
        "Firma;Vorname;Nachname;E-Mail\r\n"
        "Importprobe GmbH;Łukasz;Żółć;lukasz.zolc@importprobe.example\r\n",
        encoding="utf-8-sig",
    )
    return path


def imported(count: int):
    def check(result: subprocess.CompletedProcess[str]) -> None:
        import json

        summary = json.loads(result.stdout)
        if summary.get("imported") != count or summary.get("rejected") != 0:
            raise CheckFailed(f"expected {count} imported, none rejected: {result.stdout.strip()}")

    return check


def database_in_data_folder(sandbox: Sandbox):
    def check(result: subprocess.CompletedProcess[str]) -> None:
        database = sandbox.data / "Secretariat" / "cluster.sqlite3"
        if not database.is_file():
            raise CheckFailed(f"the demo database is not at {database}")

    return check


# --- the steps -----------------------------------------------------------------------


def steps(sandbox: Sandbox) -> list[Step]:
    """What the frozen program is asked to do, in order, on the default database."""
    out = sandbox.out
    return [
        Step("--version", ["--version"], expect_stdout(f"Secretariat {pyproject_version()}")),
        Step("demo", ["demo", "--organisations", "12"], database_in_data_folder(sandbox)),
        Step("check", ["check"]),
        # after the demo, so that the exports below also show what it brought in
        Step(
            "import contacts .csv",
            ["import", "contacts", str(contact_list(out)), "--json"],
            imported(1),
        ),
        Step(
            "export directory .pdf",
            ["export", "directory", str(out / "directory.pdf")],
            expect_file(out / "directory.pdf", pdf_fonts_embedded),
        ),
        Step(
            "export directory .xlsx",
            ["export", "directory", str(out / "directory.xlsx")],
            expect_file(out / "directory.xlsx", xlsx_opens),
        ),
        Step(
            "export calendar .ics",
            ["export", "calendar", str(out / "events.ics")],
            expect_file(out / "events.ics", ics_parses),
        ),
        Step(
            "GUI to first paint",
            [],
            gui_painted(sandbox),
            env={"SECRETARIAT_EXIT_AFTER_FIRST_PAINT": "1"},
        ),
        Step(
            "GUI in German",
            [],
            spoke_german(sandbox),
            env={"SECRETARIAT_EXIT_AFTER_FIRST_PAINT": "1", "SECRETARIAT_LANGUAGE": "de"},
        ),
    ]


# --- running -------------------------------------------------------------------------


def listing(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder below ``folder``: its size and modification time."""
    found = {}
    for path in [folder, *folder.rglob("*")]:
        info = path.lstat()
        found[str(path.relative_to(folder))] = (info.st_size, info.st_mtime_ns)
    return found


def size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file()) / 1_000_000


def fail(step: str, why: str, result: subprocess.CompletedProcess[str] | None = None) -> int:
    print(f"FAIL  {step}: {why}", flush=True)
    if result is not None:
        if result.stdout.strip():
            print("--- stdout ---\n" + result.stdout.rstrip()[-4000:])
        print("--- stderr ---\n" + (result.stderr.rstrip()[-8000:] or "(empty)"))
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default=str(ROOT / "dist" / "Secretariat"))
    bundle = Path(parser.parse_args(argv).bundle).resolve()
    program = bundle / ("Secretariat.exe" if os.name == "nt" else "Secretariat")
    if not program.is_file():
        return fail("bundle", f"{program} does not exist: run make dist first")
    print(f"bundle: {bundle} ({size_mb(bundle):.0f} MB)", flush=True)

    before = listing(bundle)
    with tempfile.TemporaryDirectory(prefix="secretariat-dist-check-") as temporary:
        sandbox = Sandbox(Path(temporary))
        sandbox.create()
        started = time.monotonic()
        for step in steps(sandbox):
            began = time.monotonic()
            try:
                result = subprocess.run(
                    [str(program), *step.args],
                    env={**sandbox.environment(), **step.env},
                    cwd=sandbox.root / "home",
                    capture_output=True,
                    text=True,
                    timeout=STEP_TIMEOUT,
                    stdin=subprocess.DEVNULL,
                )
            except subprocess.TimeoutExpired as timeout:
                stderr = (timeout.stderr or b"").decode("utf-8", "replace")
                result = subprocess.CompletedProcess(timeout.cmd, -1, "", stderr)
                return fail(step.name, f"still running after {STEP_TIMEOUT} s", result)
            if result.returncode != 0:
                return fail(step.name, f"exit status {result.returncode}", result)
            if step.check is not None:
                try:
                    step.check(result)
                except CheckFailed as problem:
                    return fail(step.name, str(problem), result)
            print(f"ok  {time.monotonic() - began:6.2f} s  {step.name}", flush=True)

    after = listing(bundle)
    changed = sorted(
        name for name in before.keys() | after.keys() if before.get(name) != after.get(name)
    )
    if changed:
        return fail(
            "bundle unchanged",
            "the program wrote inside its own folder: " + ", ".join(changed[:20]),
        )
    print(f"ok  nothing written inside {bundle.name}/")
    print(f"all steps passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
