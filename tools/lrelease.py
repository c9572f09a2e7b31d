"""Qt Linguist .ts -> compiled .qm, in pure Python: the program's one translation compiler.

Used by ``tools/translations.py compile`` (``make translations``), the build hook
(``hatch_build.py``: every wheel, sdist build and editable install) and build.spec, so
that no build needs ``pyside6-lrelease`` (it is not in an isolated build environment).

It writes what ``pyside6-lrelease FILE.ts -qm FILE.qm`` (Qt 6, default options) writes,
byte for byte; tests/ui/test_qm_compiler.py holds the two side by side. The format, as
QTranslator reads it:

* 16 magic bytes, then sections: a tag byte, a big-endian 32-bit length, the data.
  In this order, each only when not empty: Language (0xa7, the .ts's language code in
  UTF-8), Dependencies (0x96), Hashes (0x42), Messages (0x69), NumerusRules (0x88).
* Messages: one record after the other, sorted by the UTF-8 bytes of (context, source,
  disambiguation). A record is its translations (tag 3, length in bytes, UTF-16BE; one
  per plural form; length 0xffffffff for an empty one, which QTranslator skips), then
  the disambiguation (tag 8), the source text (tag 6) and the context (tag 7), each
  with its length and UTF-8 bytes, and tag 1 to end it.
* Hashes: (ELF hash of source + disambiguation, offset of its record in Messages),
  eight bytes each, sorted; QTranslator finds a text by binary search on the hash.
* NumerusRules: how a number picks the plural form (German and English: "n == 1" is
  the first form, any other number the second).

Kept out of the .qm, as lrelease does: vanished and obsolete entries and unfinished
ones without a translation. An unfinished entry that has a translation is shown.
A disambiguation is dropped where the text has no plain entry of the same source in
its context (QTranslator then finds it with or without the disambiguation).
"""

from __future__ import annotations

import os
import struct
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# sections
_HASHES, _MESSAGES, _NUMERUS_RULES, _DEPENDENCIES, _LANGUAGE = 0x42, 0x69, 0x88, 0x96, 0xA7
# the parts of a message record
_END, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_NULL = 0xFFFFFFFF  # the length QDataStream writes for a null string

# How a number picks the plural form, per language (Qt's numerus rules): the rule
# bytes and the number of forms. "n == 1" -> first form, else the second.
_ENGLISH_STYLE = (bytes([0x01, 1]), 2)
NUMERUS = {"de": _ENGLISH_STYLE, "en": _ENGLISH_STYLE}


@dataclass
class Message:
    """One <message> of a .ts file."""

    context: str
    source: str
    comment: str = ""  # the disambiguation
    translations: list[str] = field(default_factory=list)  # one per plural form
    plural: bool = False
    kind: str = ""  # the translation's type: "", "unfinished", "vanished", "obsolete"


@dataclass
class Catalog:
    """A .ts file: its language, the catalogs it depends on, and its messages in order."""

    language: str
    messages: list[Message]
    dependencies: list[str] = field(default_factory=list)


# -- reading the .ts ---------------------------------------------------------------------


def _contents(element: ET.Element) -> str:
    """The text of an element; <byte value="x9"/> stands for a character XML cannot hold."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "byte":
            raise ValueError(f"unexpected <{child.tag}> in <{element.tag}>")
        value = child.get("value", "")
        number = int(value[1:], 16) if value.startswith("x") else int(value or "0")
        parts.append(chr(number) if number else "")
        parts.append(child.tail or "")
    return "".join(parts)


def _translation_text(element: ET.Element) -> str:
    """A translation's text; length variants are joined with U+009C, as Qt keeps them."""
    if element.get("variants") != "yes":
        return _contents(element)
    text = ""
    for variant in element:
        if variant.tag != "lengthvariant":
            raise ValueError(f"unexpected <{variant.tag}> in <translation>")
        if text:
            text += "\u009c"
        text += _contents(variant)
    return text


def read(path: Path) -> Catalog:
    """The messages of a .ts file, as lrelease reads them."""
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ValueError(f"{path}: not a Qt Linguist file (<{root.tag}>)")
    dependencies = [
        dependency.get("catalog", "")
        for dependencies in root.findall("dependencies")
        for dependency in dependencies.findall("dependency")
    ]
    messages = []
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        for element in context.findall("message"):
            if element.get("id"):
                raise ValueError(
                    f"{path}: id-based messages are not supported: {element.get('id')}"
                )
            message = Message(name, "", plural=element.get("numerus") == "yes")
            for part in element:
                if part.tag == "source":
                    message.source = _contents(part)
                elif part.tag == "comment":
                    message.comment = _contents(part)
                elif part.tag == "translation":
                    kind = part.get("type", "")
                    message.kind = kind if kind in ("unfinished", "vanished", "obsolete") else ""
                    if message.plural:
                        forms = [form for form in part if form.tag == "numerusform"]
                        message.translations = [_translation_text(form) for form in forms]
                    else:
                        message.translations = [_translation_text(part)]
            messages.append(message)
    return Catalog(root.get("language", ""), messages, dependencies)


# -- what goes into the .qm ----------------------------------------------------------------


def _numerus(language: str) -> tuple[bytes, int]:
    code = language.replace("-", "_").split("_")[0].lower()
    if code not in NUMERUS:
        raise ValueError(
            f"no plural rules for the language {language!r}: add them to NUMERUS in "
            "tools/lrelease.py (Qt's src/linguist/shared/numerus.cpp has every language's)"
        )
    return NUMERUS[code]


def _without_duplicates(messages: list[Message]) -> list[Message]:
    """The first of messages with the same context, source and disambiguation; it takes
    a later one's translations if it has none itself."""
    first: dict[tuple[str, str, str], Message] = {}
    kept = []
    for message in messages:
        key = (message.context, message.source, message.comment if message.source else "")
        if key in first:
            earlier = first[key]
            if not any(earlier.translations) and any(message.translations):
                earlier.translations = list(message.translations)
            continue
        first[key] = message
        kept.append(message)
    return kept


def _records(catalog: Catalog) -> dict[tuple[bytes, bytes, bytes], list[str]]:
    """(context, source, disambiguation) in UTF-8 -> the translations, for every message
    the .qm holds."""
    messages = _without_duplicates(catalog.messages)
    _rules, forms = _numerus(catalog.language)
    plain = {(m.context, m.source) for m in messages if not m.comment}
    records: dict[tuple[bytes, bytes, bytes], list[str]] = {}
    for message in messages:
        if message.kind in ("vanished", "obsolete"):
            continue
        wanted = forms if message.plural else 1
        translations = (message.translations + [""] * wanted)[:wanted]
        if message.kind == "unfinished" and not translations[0]:
            continue  # nothing to show: the source text stays
        context, source = message.context.encode(), message.source.encode()
        comment = message.comment.encode()
        keep_comment = not comment or not context or (message.context, message.source) in plain
        if not keep_comment and (context, source, b"") not in records:
            records[(context, source, b"")] = translations
            continue
        records.setdefault((context, source, comment), translations)
    return records


def _elf_hash(data: bytes) -> int:
    value = 0
    for byte in data.split(b"\0", 1)[0]:
        value = ((value << 4) + byte) & 0xFFFFFFFF
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & 0xFFFFFFFF
    return value or 1


def _bytes(data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + data


def _string(text: str) -> bytes:
    if not text:
        return struct.pack(">I", _NULL)
    return _bytes(text.encode("utf-16-be"))


def _section(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data if data else b""


def compile_catalog(catalog: Catalog) -> bytes:
    """The .qm file's bytes for a catalog."""
    rules, _forms = _numerus(catalog.language)
    records = _records(catalog)
    messages, hashes = bytearray(), []
    for context, source, comment in sorted(records):
        hashes.append((_elf_hash(source + comment), len(messages)))
        for translation in records[(context, source, comment)]:
            messages += bytes([_TRANSLATION]) + _string(translation)
        messages += bytes([_COMMENT]) + _bytes(comment)
        messages += bytes([_SOURCE]) + _bytes(source)
        messages += bytes([_CONTEXT]) + _bytes(context)
        messages += bytes([_END])
    table = b"".join(struct.pack(">II", *entry) for entry in sorted(hashes))
    dependencies = b"".join(_string(name) for name in catalog.dependencies)
    return (
        MAGIC
        + _section(_LANGUAGE, catalog.language.encode())
        + _section(_DEPENDENCIES, dependencies)
        + _section(_HASHES, table)
        + _section(_MESSAGES, bytes(messages))
        + _section(_NUMERUS_RULES, rules)
    )


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.chmod(scratch, 0o644)
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile ``ts`` into ``qm`` (what ``lrelease ts -qm qm`` does)."""
    write_atomically(qm, compile_catalog(read(ts)))
    return qm


if __name__ == "__main__":  # python tools/lrelease.py FILE.ts FILE.qm
    if len(sys.argv) != 3:
        sys.exit("usage: python tools/lrelease.py FILE.ts FILE.qm")
    compile_ts(Path(sys.argv[1]), Path(sys.argv[2]))
