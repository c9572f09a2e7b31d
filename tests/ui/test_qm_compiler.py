"""tools/lrelease.py, the pure-Python .ts -> .qm compiler that every build uses (make,
the build hook of wheels and editable installs, build.spec), against Qt's own
pyside6-lrelease: the same bytes, and QTranslator translates every entry the same."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
GERMAN_TS = ROOT / "resources" / "translations" / "secretariat_de.ts"
NUMBERS = (-1, 0, 1, 2, 5, 21)

# What the project's .ts does not hold (yet): distinct plural forms, a missing and an
# extra one, entries kept out of the .qm, a duplicate, a disambiguation without a plain
# entry, an empty context, a control character, length variants, characters beyond
# the Basic Multilingual Plane, whitespace and markup kept as typed.
EDGES = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Edge</name>
    <message>
        <source>Plain</source>
        <translation>Schlicht ÄÖÜäöüß „zitiert“ … 😀</translation>
    </message>
    <message>
        <source>Plain</source>
        <comment>other</comment>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Lonely</source>
        <comment>only</comment>
        <translation>Allein</translation>
    </message>
    <message><source>Twice</source><comment>one</comment><translation>Eins</translation></message>
    <message><source>Twice</source><comment>two</comment><translation>Zwei</translation></message>
    <message><source>Empty but finished</source><translation></translation></message>
    <message><source>No translation at all</source></message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished">Halb fertig</translation>
    </message>
    <message><source>Untranslated</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">Weg</translation></message>
    <message><source>Old</source><translation type="obsolete">Alt</translation></message>
    <message><source>Doubled</source><translation type="unfinished"></translation></message>
    <message><source>Doubled</source><translation>Doppelt</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation>
        <numerusform>%n Datei</numerusform>
        <numerusform>%n Dateien</numerusform>
    </translation></message>
    <message numerus="yes"><source>%n form</source><translation>
        <numerusform>%n Form</numerusform>
    </translation></message>
    <message numerus="yes"><source>%n forms</source><translation>
        <numerusform>eine</numerusform><numerusform>zwei</numerusform><numerusform>drei</numerusform>
    </translation></message>
    <message>
        <source>Tab<byte value="x9"/>here</source>
        <translation>Tab<byte value="x9"/>hier</translation>
    </message>
    <message><source>Variants</source><translation variants="yes">
        <lengthvariant>Eine lange Variante</lengthvariant><lengthvariant>Kurz</lengthvariant>
    </translation></message>
    <message><source>  spaces &amp; &lt;b&gt;tags&lt;/b&gt;
and a new line  </source><translation>  Leerzeichen &amp; &lt;b&gt;Tags&lt;/b&gt;
und eine neue Zeile  </translation></message>
</context>
<context>
    <name></name>
    <message>
        <source>No context</source>
        <comment>but a disambiguation</comment>
        <translation>Ohne Kontext</translation>
    </message>
</context>
<context>
    <name>Other</name>
    <message><source>Plain</source><translation>Woanders schlicht</translation></message>
    <message>
        <source>Gone</source>
        <comment>x</comment>
        <translation>Mit Kommentar</translation>
    </message>
</context>
</TS>
"""


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compiler():
    return load("secretariat_tools_lrelease", ROOT / "tools" / "lrelease.py")


def qt_lrelease(ts: Path, qm: Path) -> Path:
    tool = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def translator(qm: Path) -> QTranslator:
    loaded = QTranslator()
    assert loaded.load(str(qm)), f"QTranslator cannot load {qm}"
    return loaded


def both(compiler, ts: Path, folder: Path) -> tuple[Path, Path]:
    ours = compiler.compile_ts(ts, folder / "python.qm")
    theirs = qt_lrelease(ts, folder / "lrelease.qm")
    return ours, theirs


def questions(compiler, ts: Path) -> list[tuple[str, str, str | None, int]]:
    """Every (context, source, disambiguation, n) of the .ts, with and without the
    disambiguation and for several numbers where the entry has plural forms; plus a
    disambiguation the file does not have, and a text it does not have."""
    asked = []
    for message in compiler.read(ts).messages:
        numbers = NUMBERS if message.plural else (-1,)
        for comment in dict.fromkeys((message.comment or None, None, "not in the file")):
            asked += [(message.context, message.source, comment, n) for n in numbers]
        asked.append((message.context, message.source + " (not in the file)", None, -1))
    return asked


def answers(qm: Path, asked) -> list[str]:
    loaded = translator(qm)
    return [loaded.translate(context, source, comment, n) for context, source, comment, n in asked]


def test_the_german_qm_is_what_lrelease_writes(compiler, tmp_path):
    ours, theirs = both(compiler, GERMAN_TS, tmp_path)
    assert ours.read_bytes() == theirs.read_bytes(), (
        "tools/lrelease.py no longer writes what pyside6-lrelease writes (a new Qt?): "
        "compare the two files section by section (the module's docstring has the format)"
    )


def test_qtranslator_translates_every_german_entry_as_from_lrelease(compiler, tmp_path):
    ours, theirs = both(compiler, GERMAN_TS, tmp_path)
    asked = questions(compiler, GERMAN_TS)
    assert answers(ours, asked) == answers(theirs, asked)


def test_the_german_qm_says_what_the_ts_says(compiler, tmp_path):
    loaded = translator(compiler.compile_ts(GERMAN_TS, tmp_path / "secretariat_de.qm"))
    assert loaded.language() == "de"
    assert loaded.translate("MainWindow", "&File") == "&Datei"
    assert loaded.translate("MainWindow", "&Open…") == "Ö&ffnen…"  # non-ASCII both ways
    # one English word, two German ones: the disambiguated entry and the plain one
    assert loaded.translate("vocabulary", "Cancelled", "ProjectStatus") == "Abgebrochen"
    assert loaded.translate("vocabulary", "Cancelled", "EventStatus") == "Abgesagt"
    assert loaded.translate("vocabulary", "Cancelled") == "Abgesagt"
    shown = 0
    for message in compiler.read(GERMAN_TS).messages:
        if message.kind or not message.translations[0]:
            continue
        for n, text in zip((1, 2), message.translations, strict=False):
            got = loaded.translate(message.context, message.source, message.comment or None, n)
            assert got == text, (message, n)
        shown += 1
    assert shown > 900


def test_the_edge_cases_come_out_as_from_lrelease(compiler, tmp_path):
    ts = tmp_path / "edges.ts"
    ts.write_text(EDGES, encoding="utf-8")
    ours, theirs = both(compiler, ts, tmp_path)
    assert ours.read_bytes() == theirs.read_bytes()
    asked = questions(compiler, ts)
    assert answers(ours, asked) == answers(theirs, asked)

    loaded = translator(ours)
    assert loaded.translate("Edge", "Plain") == "Schlicht ÄÖÜäöüß „zitiert“ … 😀"
    assert loaded.translate("Edge", "Plain", "other") == "Anders"
    assert loaded.translate("Edge", "Lonely", "only") == "Allein"
    assert loaded.translate("Edge", "%n file(s)", None, 1) == "%n Datei"
    assert loaded.translate("Edge", "%n file(s)", None, 3) == "%n Dateien"
    assert loaded.translate("Edge", "Unfinished") == "Halb fertig"
    assert loaded.translate("Edge", "Doubled") == "Doppelt"
    assert loaded.translate("Edge", "Tab\there") == "Tab\thier"
    for missing in ("Untranslated", "Gone", "Old", "Empty but finished", "No translation at all"):
        assert loaded.translate("Edge", missing) == "", missing


def test_compile_writes_the_german_and_the_pseudo_locale_qm(tmp_path):
    tool = load("translations", ROOT / "tools" / "translations.py")
    written = tool.compile_all(tmp_path)
    assert [path.name for path in written] == ["secretariat_de.qm", "secretariat_pseudo.qm"]
    assert translator(written[0]).translate("MainWindow", "&File") == "&Datei"
    pseudo = translator(written[1])
    assert pseudo.translate("MainWindow", "&File") == tool.pseudo("&File")
    assert pseudo.translate("vocabulary", "Cancelled") == tool.pseudo("Cancelled")
