"""Reading the PDFs we write with tools we did not write: poppler's pdftotext,
pdfinfo and pdffonts, and qpdf."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from secretariat.exports.pdf_style import SOFT_BREAK


def run(*command: str) -> str:
    if shutil.which(command[0]) is None:  # a test that cannot read its PDF fails, never skips
        pytest.fail(
            f"{command[0]} is needed to read the PDFs: apt-get install poppler-utils qpdf "
            "(tools/system-packages.sh has the list)"
        )
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"{command[0]} failed: {result.stderr}"
    return result.stdout


def pdf_text(path: Path, *, layout: bool = True, page: int | None = None) -> str:
    """What pdftotext reads, without the invisible break opportunities in long words."""
    options = ["-layout"] if layout else []
    if page is not None:
        options += ["-f", str(page), "-l", str(page)]
    text = run("pdftotext", "-enc", "UTF-8", *options, str(path), "-")
    return text.replace(SOFT_BREAK, "")


def pdf_words(path: Path, *, layout: bool = True) -> str:
    """The text with every run of white space one space, so wrapped values read whole."""
    return " ".join(pdf_text(path, layout=layout).split())


def pdf_pages(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", str(path)), re.M).group(1))


def assert_sound(path: Path, *, a4: bool = False) -> None:
    """qpdf finds nothing wrong, and every font is an embedded DejaVu (no Helvetica)."""
    run("qpdf", "--check", str(path))
    fonts = run("pdffonts", str(path)).splitlines()[2:]
    assert fonts, "the PDF lists no fonts"
    for line in fonts:
        assert "DejaVuSans" in line, line
        assert line.split()[-5] == "yes", f"not embedded: {line}"  # the emb column
    assert "Helvetica" not in "\n".join(fonts)
    if a4:
        assert "(A4)" in run("pdfinfo", str(path))


def assert_sound_a4(path: Path) -> None:
    assert_sound(path, a4=True)
