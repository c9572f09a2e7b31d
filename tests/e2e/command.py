"""Running ``python -m secretariat`` as a user does: a separate process, no
terminal unless a test types into it, and the output read as UTF-8."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def secretariat(
    *arguments: str,
    env: dict[str, str] | None = None,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "secretariat", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=300,
    )


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, f"expected one line, got: {text!r}"
    return lines[0]
