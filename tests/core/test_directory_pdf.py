"""The member directory PDF, judged by real readers: pdftotext finds the names that
belong in it (and not the others), pdffonts sees only embedded DejaVu fonts, qpdf
finds the file sound, pdfinfo reports the paper size; hostile text prints literally."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from secretariat.demo import build_demo
from secretariat.exports import ExportError, directory_pdf
from secretariat.exports.directory_pdf import ExportCancelled, MemberDirectoryPdf
from secretariat.exports.pdf_style import SOFT_BREAK, safe
from tests.pdf_readers import pdf_text as text_of
from tests.pdf_readers import pdf_words as words_of
from tests.pdf_readers import run

ON = date(2026, 11, 29)
CONSENTING = [("Łukasz", "Żółć"), ("Şükrü", "Ağaoğlu"), ("Ирина", "Петрова")]
HIDDEN = ("Verena", "Geheimhaltung")
LONG_DESCRIPTION = ("Kreislaufwirtschaft und Wasserstoff für den Mittelstand. " * 60)[:3000]
CONTROL_NAME = "Steuer\x00zeichen\x07 GmbH\x1b"


def member(db, name: str, **values) -> dict:
    record = {"name": name, "is_member": 1, "member_since": "2020-01-01", **values}
    return db.organisations.create(record)


def contact(db, organisation_id: int, first: str, last: str, *, consent: bool | None) -> dict:
    person = db.contacts.create(
        {"organisation_id": organisation_id, "first_name": first, "last_name": last}
    )
    if consent is not None:
        db.consents.create(
            {
                "contact_id": person["id"],
                "purpose": "directory",
                "granted": 1 if consent else 0,
                "recorded_on": "2026-01-01",
                "source": "Formular",
            }
        )
    return person


@pytest.fixture
def cluster(db):
    """A demo cluster of 40 organisations plus explicit members with hard names."""
    build_demo(db, organisations=40, seed=3, today=date(2026, 11, 1))
    org = member(
        db,
        "Zweirollen Ostwestfalen GmbH",
        sector="Werkstoffe",
        roles=["knowledge_generator", "ambassador"],
        street="Hauptstraße 1",
        postcode="33602",
        city="Bielefeld",
    )
    for first, last in CONSENTING:
        contact(db, org["id"], first, last, consent=True)
    contact(db, org["id"], *HIDDEN, consent=False)
    return db


@pytest.fixture
def hostile(db):
    """Members whose values look like markup, are very long, or hold control characters."""
    member(db, "Smith <Jr", sector="<b>Ana</b> & Co")
    member(db, "<b>Ana</b> & Co", description=LONG_DESCRIPTION)
    member(db, '<img src="/etc/passwd"/>', website="https://example.com")
    org = member(db, '<a href="javascript:x">Klick</a>')
    contact(db, org["id"], "Kontroll", "Zeichen\x01\x02Person", consent=True)
    member(db, "Langwort " + "X" * 280)
    return db


# -- safe() ----------------------------------------------------------------------------


def test_safe_escapes_markup_and_removes_control_characters():
    assert safe("Smith <Jr") == "Smith &lt;Jr"
    assert safe("<b>Ana</b> & Co") == "&lt;b&gt;Ana&lt;/b&gt; &amp; Co"
    assert "<" not in safe('<img src="/etc/passwd"/>')
    assert safe("a\x00b\x07c\x1bd") == "abcd"
    assert safe(None) == ""
    assert safe("eins\nzwei", line_breaks=True) == "eins<br/>zwei"


def test_safe_gives_long_words_break_opportunities():
    text = safe("X" * 400)
    assert SOFT_BREAK in text
    assert text.replace(SOFT_BREAK, "") == "X" * 400
    assert all(len(piece) <= 60 for piece in text.split(SOFT_BREAK))
    # ordinary web and e-mail addresses stay whole, so they can be copied
    assert SOFT_BREAK not in safe("thomas.grosse-wilde@rheinische-chemie.de")


# -- the document, read back ---------------------------------------------------------------


def test_published_directory_lists_consenting_contacts_only(cluster, tmp_path):
    path = tmp_path / "verzeichnis.pdf"
    count = MemberDirectoryPdf(cluster, on=ON).write(path)
    assert count == 25  # 24 demo members and Zweirollen
    text = words_of(path)
    for first, last in CONSENTING:
        assert f"{first} {last}" in text
    assert HIDDEN[1] not in text
    assert "INTERN" not in text
    assert "Zweirollen Ostwestfalen GmbH" in text
    assert "Hauptstraße 1 33602 Bielefeld" in text
    assert "Stand: 29.11.2026" in text
    pages = int(
        next(line for line in run("pdfinfo", str(path)).splitlines() if "Pages" in line).split()[-1]
    )
    assert f"Seite 1 von {pages}" in text
    assert f"Seite {pages} von {pages}" in text
    assert "Verzeichnis der Organisationen" in text


def test_internal_directory_lists_everyone_and_says_so_on_every_page(cluster, tmp_path):
    path = tmp_path / "intern.pdf"
    MemberDirectoryPdf(cluster, on=ON, internal=True).write(path)
    text = text_of(path)
    assert " ".join(HIDDEN) in " ".join(text.split())
    pages = text.split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) > 3
    assert all("INTERN – nicht zur Weitergabe" in page for page in pages)


def test_fonts_are_embedded_dejavu_only(cluster, tmp_path):
    path = tmp_path / "fonts.pdf"
    MemberDirectoryPdf(cluster, on=ON, internal=True).write(path)
    lines = run("pdffonts", str(path)).splitlines()[2:]
    assert lines, "pdffonts lists no fonts"
    for line in lines:
        assert "DejaVuSans" in line, line
        assert "Helvetica" not in line
        # columns: name, type (may be two words), encoding, emb, sub, uni, object, generation
        assert line.split()[-5] == "yes", f"not embedded: {line}"


def test_qpdf_finds_the_file_sound(cluster, tmp_path):
    path = tmp_path / "check.pdf"
    MemberDirectoryPdf(cluster, on=ON, group_by="role").write(path)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


@pytest.mark.parametrize(
    ("paper", "size"), [("A4", "595.276 x 841.89 pts (A4)"), ("Letter", "612 x 792 pts (letter)")]
)
def test_paper_size(cluster, tmp_path, paper, size):
    path = tmp_path / f"{paper}.pdf"
    MemberDirectoryPdf(cluster, on=ON, paper=paper).write(path)
    assert size in run("pdfinfo", str(path))


def test_unknown_paper_is_refused(db):
    with pytest.raises(ValueError, match="paper"):
        MemberDirectoryPdf(db, paper="A5")


def test_hostile_values_print_literally(hostile, tmp_path):
    path = tmp_path / "hostile.pdf"
    assert MemberDirectoryPdf(hostile, on=ON).write(path) == 5
    text = words_of(path)
    assert "Smith <Jr" in text
    assert "<b>Ana</b> & Co" in text
    assert '<img src="/etc/passwd"/>' in text
    assert '<a href="javascript:x">Klick</a>' in text
    assert "Langwort" in text and "X" * 280 in text.replace(" ", "")
    assert "Kontroll ZeichenPerson" in text
    assert " ".join(LONG_DESCRIPTION.split()) in text
    raw = path.read_bytes()
    assert b"javascript" not in raw  # no link was made (text is in subset glyph codes)
    assert b"/URI" not in raw
    assert b"/Subtype /Image" not in raw and b"/Subtype/Image" not in raw


def test_no_line_runs_off_the_page(hostile, tmp_path):
    path = tmp_path / "wrap.pdf"
    MemberDirectoryPdf(hostile, on=ON).write(path)
    bbox = run("pdftotext", "-bbox", str(path), "-")
    rights = [float(part.split('"')[1]) for part in bbox.split("xMax=")[1:]]
    assert rights and max(rights) <= 595.3 - 40  # inside the right margin


def test_group_by_role_lists_an_organisation_under_each_role(cluster, tmp_path):
    path = tmp_path / "rollen.pdf"
    MemberDirectoryPdf(cluster, on=ON, group_by="role").write(path)
    text = text_of(path)
    body = text.split("\f", 2)[2]  # after the cover and the contents
    body = body.split("Verzeichnis der Organisationen")[0]
    assert body.count("Zweirollen Ostwestfalen GmbH") == 2
    knowledge = body.index("Wissensproduzent")
    ambassador = body.index("Botschafter")
    first = body.index("Zweirollen Ostwestfalen GmbH")
    second = body.index("Zweirollen Ostwestfalen GmbH", first + 1)
    assert knowledge < first < ambassador < second or ambassador < first < knowledge < second
    index = text.split("Verzeichnis der Organisationen")[-1]
    line = next(line for line in index.splitlines() if "Zweirollen" in line)
    assert "," in line  # two page numbers in the index


def test_organisations_without_sector_come_under_weitere(db, tmp_path):
    member(db, "Ohne Branche GmbH")
    member(db, "Mit Branche GmbH", sector="Chemie")
    path = tmp_path / "weitere.pdf"
    MemberDirectoryPdf(db, on=ON).write(path)
    body = text_of(path).split("\f", 2)[2]
    assert body.index("Chemie") < body.index("Mit Branche") < body.index("Weitere")
    assert body.index("Weitere") < body.index("Ohne Branche GmbH")


def test_cancelling_writes_nothing(cluster, tmp_path):
    path = tmp_path / "abgebrochen.pdf"
    with pytest.raises(ExportCancelled) as raised:
        MemberDirectoryPdf(cluster, on=ON, cancelled=lambda: True).write(path)
    assert isinstance(raised.value, ExportError)
    assert list(tmp_path.iterdir()) == []


def test_cancelling_during_layout_writes_nothing(cluster, tmp_path):
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 40  # after the entries are read, while pages are laid out

    path = tmp_path / "abgebrochen.pdf"
    with pytest.raises(ExportCancelled):
        MemberDirectoryPdf(cluster, on=ON, cancelled=cancelled).write(path)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported(cluster):
    reports: list[tuple[int, int]] = []
    pdf = MemberDirectoryPdf(
        cluster, on=ON, progress=lambda done, total: reports.append((done, total))
    )
    data = pdf.to_bytes()
    assert data.startswith(b"%PDF")
    assert reports[0] == (0, 25)
    assert reports[-1] == (25, 25)
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_empty_cluster_and_logo(db, tmp_path):
    """No members still makes a valid document; a PNG logo is drawn, a broken one skipped."""
    png = (Path(__file__).parents[2] / "docs" / "screenshots" / "overview.png").read_bytes()
    profile = db.profile()
    db.update_profile(profile["version"], {"logo": png, "logo_mime_type": "image/png"})
    data = MemberDirectoryPdf(db, on=ON).to_bytes()
    assert data.startswith(b"%PDF") and b"/Image" in data
    profile = db.profile()
    db.update_profile(profile["version"], {"logo": b"not a picture"})
    assert MemberDirectoryPdf(db, on=ON).to_bytes().startswith(b"%PDF")


def test_unwritable_place_is_an_export_error(cluster, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        MemberDirectoryPdf(cluster, on=ON).write(tmp_path / "fehlt" / "x.pdf")


@pytest.mark.parametrize("group_by", ["sector", "role"])
def test_contents_and_index_name_the_pages_the_text_is_on(cluster, tmp_path, group_by):
    """The page numbers are filled in after the one layout pass: each must be a page
    on which pdftotext really finds that heading or organisation."""
    path = tmp_path / "seiten.pdf"
    MemberDirectoryPdf(cluster, on=ON, group_by=group_by).write(path)
    pages = text_of(path).split("\f")
    contents = [line for line in pages[1].splitlines()[1:] if line.strip() and "Seite" not in line]
    assert len(contents) >= 3
    for line in contents:
        title, number = line.rsplit(None, 1)
        assert title.strip() in pages[int(number) - 1], line
    index_start = next(
        number
        for number, page in enumerate(pages)
        if page.lstrip().startswith("Verzeichnis der Organisationen")
    )
    checked = 0
    for page in pages[index_start:]:
        for line in page.splitlines()[1:-1]:
            if "  " not in line.strip() or "Seite" in line:
                continue
            name, numbers = line.strip().rsplit("  ", 1)
            for number in numbers.split(","):
                shown = " ".join(pages[int(number) - 1].split())
                assert " ".join(name.split())[:30] in shown, line
            checked += 1
    assert checked >= 25


def test_the_story_is_read_while_it_is_laid_out(cluster):
    """A big directory never holds all its paragraphs: when the first page of
    organisations is drawn, only a few entries have been read from the database."""
    read = []
    first_page_read = []
    pdf = MemberDirectoryPdf(cluster, on=ON, progress=lambda done, total: read.append(done))
    template = directory_pdf._DirectoryTemplate
    original_after_page = template.afterPage

    def after_page(doc):
        if doc.page == 3:  # the first page of organisations is done
            first_page_read.append(read[-1])
        original_after_page(doc)

    template.afterPage = after_page
    try:
        pdf.to_bytes()
    finally:
        template.afterPage = original_after_page
    assert read[-1] == 25
    assert first_page_read and first_page_read[0] < 25 - 5


def test_the_index_sorts_as_the_lists_on_screen_do(db, tmp_path):
    """Łódź with the L's and Straße with Strasse, as domain/text.py orders them (the
    directory had its own copy of the order, without ß and Ł)."""
    for name in ("Straße & Söhne KG", "Łódź Tech Sp. z o.o.", "Lange GmbH", "Maier AG"):
        member(db, name, sector="Chemie")
    path = tmp_path / "order.pdf"
    MemberDirectoryPdf(db, on=ON).write(path)
    index = text_of(path).split("Verzeichnis der Organisationen")[-1]
    positions = [index.index(name) for name in ("Lange", "Łódź", "Maier", "Straße")]
    assert positions == sorted(positions)
