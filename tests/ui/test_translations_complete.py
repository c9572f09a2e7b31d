"""Every text a person reads goes through Qt's translation, and the German .ts has
each of them translated, with the same {placeholders}.

When a check here fails: mark the text with self.tr() / QCoreApplication.translate,
run `python tools/translations.py extract`, translate the new entries in
resources/translations/secretariat_de.ts (Qt Linguist or an editor), and commit it.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from secretariat.domain import enums
from secretariat.exports.language import GERMAN_LABELS
from secretariat.ui import formatting

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "secretariat" / "ui"

# Files others are still writing; their texts are checked once they are finished.
IN_PROGRESS: set[str] = set()

# Methods and classes whose text arguments a person reads; with the argument
# positions that hold text (None: every positional argument and the text keywords).
SHOWN: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        [
            "setText",
            "setToolTip",
            "setWindowTitle",
            "setPlaceholderText",
            "setStatusTip",
            "setWhatsThis",
            "setTitle",
            "setSubTitle",
            "setLabelText",
            "setInformativeText",
            "setButtonText",
            "setSpecialValueText",
            "setSuffix",
            "setPrefix",
            "showMessage",
            "setAccessibleName",
            "setHeaderLabels",
            "setHorizontalHeaderLabels",
            "addItems",
        ],
        (0,),
    ),
    "addItem": (0,),
    "addAction": (0,),
    "addMenu": (0,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setItemText": (1,),
    "insertItem": (1,),
    "addButton": (0,),
    **dict.fromkeys(
        [
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
            "QToolButton",
            "QAction",
            "QMenu",
            "QListWidgetItem",
            "QTableWidgetItem",
            "QStandardItem",
            "QCommandLinkButton",
        ],
        (0,),
    ),
    "QMessageBox": (1, 2),
    **dict.fromkeys(["information", "warning", "question", "critical", "about"], (1, 2)),
    "getText": (1, 2),
    "getItem": (1, 2),
    **dict.fromkeys(["getOpenFileName", "getSaveFileName"], (1, 3)),
    "getExistingDirectory": (1,),
    "StoreError": (0, 1),
}
TEXT_KEYWORDS = {"text", "title", "toolTip", "windowTitle", "placeholderText", "caption"}

# Literal texts that stay as they are in every language, with the reason.
ALLOWED = {
    ("duplicates_dialog.py", "organisations"): "item data (the table), not its label",
    ("duplicates_dialog.py", "contacts"): "item data (the table), not its label",
    ("import_wizard.py", "contacts"): "item data (the import kind), not its label",
    ("import_wizard.py", "organisations"): "item data (the import kind), not its label",
    ("language.py", "Deutsch"): "a language is offered in its own name",
    ("language.py", "English"): "a language is offered in its own name",
    ("export_dialog.py", "US Letter"): "a paper size's name, the same in every language",
}


def load_tool():
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "tools" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("translations", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tool():
    return load_tool()


def _has_words(text: str) -> bool:
    return len(re.findall(r"[A-Za-zÄÖÜäöüß]", text)) >= 2


def unmarked_texts(path: Path) -> list[tuple[int, str]]:
    """Literal texts handed straight to something a person reads."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name not in SHOWN:
            continue
        positions = SHOWN[name]
        arguments = [
            argument
            for index, argument in enumerate(node.args)
            if positions is None or index in positions
        ]
        arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for argument in arguments:
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                text = argument.value
            elif isinstance(argument, ast.JoinedStr):
                text = "".join(v.value for v in argument.values if isinstance(v, ast.Constant))
            else:
                continue
            if _has_words(text) and (path.name, text) not in ALLOWED:
                found.append((argument.lineno, text))
    return found


def checked_files() -> list[Path]:
    return sorted(p for p in UI.glob("*.py") if p.name not in IN_PROGRESS)


def test_every_text_shown_in_the_ui_is_marked_for_translation():
    unmarked = [
        f"secretariat/ui/{path.name}:{line}: {text!r}"
        for path in checked_files()
        for line, text in unmarked_texts(path)
    ]
    assert not unmarked, "not marked for translation:\n" + "\n".join(unmarked)


def test_the_check_finds_an_unmarked_text(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label = QLabel('Hello there')\n"
        "label.setToolTip(self.tr('Marked'))\n"
        "button.setText(f'{count} found')\n"
        "combo.addItem(self.tr('Shown'), 'data only')\n",
        encoding="utf-8",
    )
    assert unmarked_texts(sample) == [(1, "Hello there"), (3, " found")]


def test_translated_variables_have_known_texts(tool):
    unknown = tool.unresolved_calls(checked_files())
    assert not unknown, "tr() of a text this tool cannot find (add it to DYNAMIC):\n" + "\n".join(
        f"{name}:{line}: {call}" for name, line, call in unknown
    )


def test_the_german_translation_is_complete(tool):
    unfinished = tool.unfinished(tool.GERMAN_TS)
    assert not unfinished, "unfinished in secretariat_de.ts:\n" + "\n".join(
        f"{context}: {source}" for context, source in unfinished
    )


def test_the_german_file_holds_every_text_of_the_program(tool):
    entries = tool.read_ts(tool.GERMAN_TS)
    found = tool.ui_texts(checked_files())
    for key, where in tool.core_texts().items():
        found.add(*key, where)
    missing = [
        f"{context}: {source}"
        for (context, source) in found
        if entries.get((context, source), ("", "vanished"))[1] == "vanished"
    ]
    assert not missing, "run tools/translations.py extract, then translate:\n" + "\n".join(missing)


def test_the_validation_messages_are_those_the_core_shows(tool):
    assert list(formatting.VALIDATION_MESSAGES) == tool.validation_templates(), (
        "validation.py changed: run tools/translations.py extract"
    )


def test_the_error_messages_are_those_the_store_and_the_exports_raise(tool):
    assert list(formatting.ERROR_MESSAGES) == tool.error_templates(), (
        "an error message of the store or the exports changed: run tools/translations.py extract"
    )


def test_translations_keep_placeholders_and_accelerators(tool):
    wrong = []
    for (context, source), (text, kind) in tool.read_ts(tool.GERMAN_TS).items():
        if kind == "vanished" or not text:
            continue
        names = sorted(set(re.findall(r"\{\w*\}|%n|%\d", source)))
        if names != sorted(set(re.findall(r"\{\w*\}|%n|%\d", text))):
            wrong.append(f"{context}: {source!r} -> {text!r}")
        if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
            wrong.append(f"{context}: & in {source!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_german_words_of_a_secretariat(tool):
    german = {source: text for (_c, source), (text, _k) in tool.read_ts(tool.GERMAN_TS).items()}
    assert german["Sign-in sheet"] == "Anwesenheitsliste"
    assert german["Participant list"] == "Teilnehmerliste"
    assert german["Name badges"] == "Namensschilder"
    assert german["Waitlist"] == "Warteliste"
    assert german["Certificates of attendance"] == "Teilnahmebescheinigungen"
    assert german["Contacts"] == "Ansprechpartner"
    formal = [t for t in german.values() if re.search(r"\b(du|dein|deine|dich|dir)\b", t, re.I)]
    assert not formal, formal


def vocabularies() -> list[type[enums.Vocabulary]]:
    return [
        value
        for value in vars(enums).values()
        if isinstance(value, type)
        and issubclass(value, enums.Vocabulary)
        and value is not enums.Vocabulary
    ]


def test_the_screen_shows_the_vocabulary_the_documents_print(tool):
    """The .ts "vocabulary" context mirrors GERMAN_LABELS (extract writes it from
    there): a value's label, disambiguated by its class where one English label has
    two German words."""
    plain = tool.read_ts(tool.GERMAN_TS)
    special = tool.read_disambiguated(tool.GERMAN_TS)
    wrong = []
    for vocabulary in vocabularies():
        for member in vocabulary:
            shown = special.get(("vocabulary", member.label, vocabulary.__name__))
            if shown is None:
                shown = plain.get(("vocabulary", member.label), ("", ""))[0]
            printed = GERMAN_LABELS[vocabulary][member.value]
            if shown != printed:
                wrong.append(f"{vocabulary.__name__}.{member.name}: {shown!r}, printed {printed!r}")
    assert not wrong, "run tools/translations.py extract:\n" + "\n".join(wrong)


def test_a_label_with_two_german_words_reads_right_in_each_vocabulary(tool, tmp_path):
    """Compiled, each vocabulary finds its own word through Qt's disambiguation and
    the plain word where it has none of its own."""
    from PySide6.QtCore import QTranslator

    qm = tmp_path / "de.qm"
    tool._lrelease(tool.GERMAN_TS, qm)
    translator = QTranslator()
    assert translator.load(str(qm))
    wrong = []
    for vocabulary in vocabularies():
        for member in vocabulary:
            shown = translator.translate("vocabulary", member.label, vocabulary.__name__)
            printed = GERMAN_LABELS[vocabulary][member.value]
            if shown != printed:
                wrong.append(f"{vocabulary.__name__}.{member.name}: {shown!r}, printed {printed!r}")
    assert not wrong, "\n".join(wrong)
    assert translator.translate("vocabulary", "Cancelled", "ProjectStatus") == "Abgebrochen"
    assert translator.translate("vocabulary", "Cancelled", "EventStatus") == "Abgesagt"


def test_the_secretariats_words_for_the_vocabulary():
    german = {v.__name__: labels for v, labels in GERMAN_LABELS.items()}
    assert german["ClusterRole"]["knowledge_generator"] == "Wissensproduzent"
    assert german["ClusterRole"]["facilitator"] == "Vermittler"
    assert german["ClusterRole"]["ambassador"] == "Botschafter/in"
    assert german["ProjectStatus"]["cancelled"] == "Abgebrochen"
    assert german["Channel"]["social"] == "Social Media"
    assert german["InteractionKind"]["meeting"] == "Treffen"
    assert german["EventType"]["ceo_interview"] == "Geschäftsführergespräch"
