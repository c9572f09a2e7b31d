"""Timing a whole command, the statistics of the samples, and the machine they ran on."""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


class CaseFailed(Exception):
    """A command of a case did not do its job (non-zero exit, wrong output)."""


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_mb: float  # the process's peak resident set (ru_maxrss from wait4)
    stdout: str
    cpu: float = 0.0  # user + system CPU seconds of the process (less hurt by a busy machine)


def run(argv: list[str], env: dict[str, str], *, cwd: Path | None = None) -> Run:
    """Run ``argv`` to its end: wall time from before the fork to after the reap, and
    the child's own peak memory (``os.wait4``, so each run is measured alone)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, env=env, cwd=cwd, stdout=out, stderr=err)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode(errors="replace")
        if process.returncode != 0:
            tail = err.read().decode(errors="replace").strip().splitlines()[-12:]
            raise CaseFailed(
                f"{' '.join(argv[:4])} … exited with {process.returncode}:\n" + "\n".join(tail)
            )
    return Run(seconds, usage.ru_maxrss / 1024, stdout, usage.ru_utime + usage.ru_stime)


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def percentile(samples: list[float], share: float) -> float:
    """The ``share`` quantile (0.95 for p95), by linear interpolation."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        system = platform.freedesktop_os_release().get("PRETTY_NAME", "")
    except OSError:
        system = ""
    system = f"{system} ({platform.system()} {platform.release()})".strip()
    versions = subprocess.run(
        [
            sys.executable,
            "-c",
            "import PySide6, PySide6.QtCore as c, openpyxl, reportlab, icalendar;"
            "print(PySide6.__version__, c.qVersion(), openpyxl.__version__,"
            " reportlab.Version, icalendar.__version__)",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return {
        "CPU": f"{cpu}, {os.cpu_count()} logical cores",
        "RAM": memory,
        "OS": system,
        "Python": platform.python_version(),
        "Qt": f"{versions[1]} (PySide6 {versions[0]})",
        "SQLite": sqlite3.sqlite_version,
        "Libraries": f"openpyxl {versions[2]}, reportlab {versions[3]}, icalendar {versions[4]}",
        "Date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "Load average at the start (1, 5, 15 min)": load,
    }
