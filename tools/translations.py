"""The program's translations: Qt Linguist files in resources/translations/.

    python tools/translations.py extract   # update secretariat_de.ts from the sources
    python tools/translations.py compile   # .ts -> .qm (German and the pseudo-locale)
    python tools/translations.py check     # list unfinished German entries (exit 1 if any)

``extract`` runs pyside6-lupdate over secretariat/ui/*.py and adds what lupdate
cannot see: strings translated through a module's own helper (``_tr("…")``), string
constants handed to ``self.tr(NAME)``, and the English texts that come from the core
(field labels, vocabularies, record nouns, validation messages, document names).
Translations already in the .ts are kept; entries whose source text disappeared
are kept as "vanished" while they hold a translation, so nothing typed is lost.

The "vocabulary" context is not typed here: ``extract`` fills it from the one source
of the German vocabulary, ``secretariat.exports.language.GERMAN_LABELS``, so the
screen shows the words the documents print. Where one English label stands for
different German words in two vocabularies ("Cancelled": an event "Abgesagt", a
project "Abgebrochen"), the differing one gets its own entry with the vocabulary's
class name as disambiguation (``translate("vocabulary", "Cancelled",
"ProjectStatus")``); Qt falls back to the plain entry for every other class.

``compile`` writes secretariat_de.qm and secretariat_pseudo.qm; the pseudo-locale
puts every source text in brackets, with accented letters and a third more length,
keeping {placeholders}, %1, <tags>, &entities; and & accelerators intact, to find
clipped labels. It needs no Qt tool: tools/lrelease.py writes the .qm files in pure
Python, byte for byte as pyside6-lrelease does, and the build hook (hatch_build.py)
calls the same ``compile_all`` for every wheel and editable install.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "secretariat" / "ui"
FOLDER = ROOT / "resources" / "translations"
GERMAN_TS = FOLDER / "secretariat_de.ts"
LANGUAGES = {"de": GERMAN_TS}
PSEUDO = "pseudo"
VALIDATION_SOURCE = ROOT / "secretariat" / "domain" / "validation.py"
FORMATTING = UI / "formatting.py"
GENERATED_BEGIN = "# BEGIN validation messages (tools/translations.py extract writes this block)"
GENERATED_END = "# END validation messages"
ERROR_SOURCES = (
    ROOT / "secretariat" / "store",
    ROOT / "secretariat" / "formats",
    ROOT / "secretariat" / "exports",
    ROOT / "secretariat" / "imports",
)
ERRORS_BEGIN = "# BEGIN error messages (tools/translations.py extract writes this block)"
ERRORS_END = "# END error messages"

# tr() calls whose text is not a literal nor a constant of the same module: where the
# texts come from (context, expression as written, file) -> the texts, gathered below.
DYNAMIC = {
    ("formatting.py", "field.label"): "fields",
    ("formatting.py", "member.label"): "vocabulary",
    ("formatting.py", "message"): "validation messages (formatting.VALIDATION_MESSAGES)",
    ("formatting.py", "template"): "validation messages (formatting.VALIDATION_MESSAGES)",
    ("formatting.py", "error.label"): "fields",
    ("formatting.py", "label"): "fields (a rejected import row's problems)",
    ("formatting.py", "error.message"): "validation messages (formatting.VALIDATION_MESSAGES)",
    ("formatting.py", "named[1]"): "nouns",
    ("formatting.py", "match[2]"): "counted (Dependent words of the store's tables)",
    ("formatting.py", "text"): "error messages (formatting.ERROR_MESSAGES)",
    ("formatting.py", "LANGUAGE_NAMES[code]"): "languages (formatting.LANGUAGE_NAMES)",
    ("pages.py", "kind.by_name[key].label"): "fields",
    ("export_dialog.py", "document.label"): "documents",
    ("export_dialog.py", "label"): "documents",
    ("export_dialog.py", "field.label"): "fields",
    ("import_wizard.py", "target.label"): "targets",
    ("profile_page.py", "functions"): "functions",
    ("profile_page.py", "competencies"): "functions",
    ("record_page.py", "kind.noun"): "nouns",
    ("audit_page.py", "kind.noun"): "nouns",
    ("record_page.py", "self.form.kind.noun"): "nouns",
    ("event_panels.py", "self.TITLE"): "class constants",
    ("event_panels.py", "self.ADDED"): "class constants",
    ("event_panels.py", "self.SAVED"): "class constants",
    ("event_panels.py", "self.REMOVED"): "class constants",
}


# -- finding the texts ------------------------------------------------------------------


class Found(dict):
    """(context, source) -> (file, line) of the first place it was seen, in order."""

    def add(self, context: str, source: str, where: tuple[str, int] = ("", 0)) -> None:
        if source and (context, source) not in self:
            self[(context, source)] = where


def _strings(node: ast.AST | None) -> list[str]:
    """The string constants in a constant expression (a str, tuple, list, dict values)."""
    if node is None:
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
        return _strings(node.args[1]) if len(node.args) > 1 else []
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [text for item in node.elts for text in _strings(item)]
    if isinstance(node, ast.Dict):
        return [text for item in node.values for text in _strings(item)]
    return []


def _helpers(tree: ast.Module) -> dict[str, tuple[str | None, int | None]]:
    """Module functions that return QCoreApplication.translate(context, text):
    name -> (fixed context or None, index of the context parameter or None)."""
    helpers = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Attribute)
                and inner.func.attr == "translate"
                and len(inner.args) == 2
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == node.args.args[0].arg
            ):
                context = inner.args[0]
                names = [a.arg for a in node.args.args]
                if isinstance(context, ast.Constant):
                    helpers[node.name] = (context.value, None)
                elif isinstance(context, ast.Name) and context.id in names:
                    index = names.index(context.id)
                    defaults = node.args.defaults
                    offset = len(names) - len(defaults)
                    fixed = defaults[index - offset].value if index >= offset else None
                    helpers[node.name] = (fixed, index)
    return helpers


def translated_calls(path: Path) -> Iterator[tuple[str | None, ast.expr, ast.Call, str | None]]:
    """Every translating call in ``path``: (context, text argument, call, class name)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = _helpers(tree)

    def visit(node: ast.AST, cls: str | None) -> Iterator:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef) and child.name in helpers and cls is None:
                continue
            inner_cls = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                if name == "tr" and isinstance(func, ast.Attribute) and child.args:
                    yield cls, child.args[0], child, cls
                elif name == "translate" and len(child.args) >= 2:
                    context = child.args[0]
                    if isinstance(context, ast.Constant):
                        yield context.value, child.args[1], child, cls
                elif name == "QT_TRANSLATE_NOOP" and len(child.args) >= 2:
                    yield child.args[0].value, child.args[1], child, cls
                elif name in helpers and isinstance(func, ast.Name) and child.args:
                    fixed, index = helpers[name]
                    context = fixed
                    if index is not None and len(child.args) > index:
                        given = child.args[index]
                        context = given.value if isinstance(given, ast.Constant) else None
                    yield context, child.args[0], child, cls
            yield from visit(child, inner_cls)

    yield from visit(tree, None)


def module_constants(tree: ast.Module) -> dict[str, ast.expr]:
    constants: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    constants[target.id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            constants[node.target.id] = node.value
    return constants


def class_constants(tree: ast.Module, name: str) -> list[str]:
    """String values of class attributes called ``name`` in any class of the module."""
    texts = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.Assign) and any(
                    getattr(t, "id", None) == name for t in item.targets
                ):
                    texts.extend(_strings(item.value))
    return texts


def resolve(argument: ast.expr, tree: ast.Module) -> list[str] | None:
    """The texts a tr() argument can be, or None when they come from elsewhere."""
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return [argument.value]
    constants = module_constants(tree)
    if isinstance(argument, ast.Subscript):
        argument = argument.value
    if isinstance(argument, ast.Name) and argument.id in constants:
        return _strings(constants[argument.id]) or None
    if (
        isinstance(argument, ast.Attribute)
        and isinstance(argument.value, ast.Name)
        and argument.value.id == "self"
        and argument.attr.isupper()
    ):
        return class_constants(tree, argument.attr) or None
    return None


def unresolved_calls(paths: Iterable[Path]) -> list[tuple[str, int, str]]:
    """tr() calls whose texts this tool cannot find and DYNAMIC does not explain."""
    problems = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for context, argument, call, _cls in translated_calls(path):
            if context is None and not isinstance(call.func, ast.Attribute):
                continue
            texts = resolve(argument, tree)
            if texts is None and (path.name, ast.unparse(argument)) not in DYNAMIC:
                problems.append((path.name, call.lineno, ast.unparse(call)))
    return problems


def ui_texts(paths: Iterable[Path]) -> Found:
    found = Found()
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for context, argument, call, _cls in translated_calls(path):
            if not context:
                continue
            for text in resolve(argument, tree) or []:
                found.add(context, text, (str(path.relative_to(ROOT)), call.lineno))
    return found


def core_texts() -> Found:
    """English texts from the core (and tables of the UI) that the UI translates."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from secretariat.domain import enums, records
    from secretariat.domain.fields import RecordKind

    found = Found()
    kinds = [value for value in vars(records).values() if isinstance(value, RecordKind)]
    for kind in kinds:
        for field in kind.fields:
            found.add("fields", field.label)
    for kind in kinds:
        found.add("nouns", kind.noun)
        found.add("RecordPage", kind.noun)
        found.add("records", kind.noun)
    for value in vars(enums).values():
        if isinstance(value, type) and issubclass(value, enums.Vocabulary):
            for member in value:
                found.add("vocabulary", member.label)
    found.add("values", "yes")
    for template in validation_templates():
        found.add("validation", template)
    for template in error_templates():
        found.add("errors", template)
    for word in counted_words():
        found.add("counted", word)
    from secretariat.ui.formatting import LANGUAGE_NAMES, REASON_MESSAGES

    for template in REASON_MESSAGES:
        found.add("reasons", template)
    for name in LANGUAGE_NAMES.values():
        found.add("languages", name)
    try:
        from secretariat.imports.mapping import TARGET_LABELS

        for label in TARGET_LABELS.values():
            found.add("MappingPage", label)
    except ImportError:  # pragma: no cover
        pass
    from secretariat.ui.export_dialog import DOCUMENTS
    from secretariat.ui.profile_page import FUNCTIONS

    for document in DOCUMENTS.values():
        found.add("ExportDialog", document.label)
        for _key, label, _suffix in document.formats:
            found.add("ExportDialog", label)
    for pair in FUNCTIONS.values():
        for text in pair:
            found.add("ClusterProfilePage", text)
    return found


# -- validation messages ----------------------------------------------------------------


def _placeholder(node: ast.expr) -> str:
    """A name for an f-string's expression: {text}, {longest}, {country}, {length}."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        return _placeholder(node.value)
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name) and node.func.id == "len":
            return "length"
        if isinstance(node.func, ast.Attribute):
            return _placeholder(node.func.value)
    return "value"


def _template(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(value.value.replace("{", "{{").replace("}", "}}"))
            else:
                parts.append("{" + _placeholder(value.value) + "}")
        return "".join(parts)
    return None


def validation_templates(source: Path = VALIDATION_SOURCE) -> list[str]:
    """The sentences validation.py shows, with {placeholders} for what varies:
    texts raised as _Invalid, given to FieldError, the postcode hints, the hints
    kept in variables, and the summary of a ValidationError."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    templates: list[str] = []

    def add(text: str | None) -> None:
        if text and text not in templates and re.search(r"[A-Za-z]{2}", text):
            templates.append(text)

    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None)
            if name == "_Invalid" and node.args:
                add(_template(node.args[0]))
            elif name == "FieldError" and len(node.args) >= 3:
                add(_template(node.args[2]))
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            if getattr(target, "id", None) == "hint":
                add(_template(node.value))
            elif getattr(target, "id", None) == "POSTCODE_FORMATS":
                for value in node.value.values:  # type: ignore[attr-defined]
                    add(_template(value.elts[1]))
        elif isinstance(node, ast.FunctionDef) and node.name == "summary":
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return):
                    add(_template(inner.value))  # type: ignore[arg-type]
    return templates


def _quoted(text: str) -> str:
    """A Python string literal, in double quotes as the code is formatted."""
    if '"' in text or "\\" in text:
        return repr(text)
    return f'"{text}"'


def generated_block(templates: list[str]) -> str:
    lines = [GENERATED_BEGIN, "VALIDATION_MESSAGES = ("]
    lines += [f"    {_quoted(text)}," for text in templates]
    lines += [")", GENERATED_END]
    return "\n".join(lines)


def write_validation_block() -> bool:
    """Bring the list of validation messages in formatting.py up to date."""
    text = FORMATTING.read_text(encoding="utf-8")
    start, end = text.index(GENERATED_BEGIN), text.index(GENERATED_END) + len(GENERATED_END)
    new = text[:start] + generated_block(validation_templates()) + text[end:]
    if new != text:
        FORMATTING.write_text(new, encoding="utf-8")
        return True
    return False


# -- the store's and the exports' error messages -------------------------------------------


def _error_classes(trees: list[ast.Module]) -> set[str]:
    """StoreError, ExportError, the import's file and mapping errors, and every class
    derived from them in these modules."""
    names = {"StoreError", "ExportError", "UnreadableFileError", "MappingError"}
    changed = True
    while changed:
        changed = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {getattr(base, "id", getattr(base, "attr", "")) for base in node.bases}
                    if bases & names:
                        names.add(node.name)
                        changed = True
    return names


def _unique_template(node: ast.expr) -> str | None:
    """Like _template, but different expressions get different names ({where},
    {where2}), so that the matcher does not take them for one value."""
    if not isinstance(node, ast.JoinedStr):
        return _template(node)
    parts, names = [], {}
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(value.value.replace("{", "{{").replace("}", "}}"))
            continue
        source = ast.unparse(value.value)
        if source not in names:
            name, number = _placeholder(value.value), 2
            while name in names.values():
                name = f"{_placeholder(value.value)}{number}"
                number += 1
            names[source] = name
        parts.append("{" + names[source] + "}")
    return "".join(parts)


def _texts_of(
    node: ast.expr | None, scope: ast.AST, functions: dict[str, ast.FunctionDef]
) -> list[str]:
    """The templates an argument of an error can be: a string, an f-string, either
    branch of a conditional, or a variable of the function (or what a function of the
    module that is called for it returns)."""
    if node is None:
        return []
    if isinstance(node, ast.Constant | ast.JoinedStr):
        text = _unique_template(node)
        return [text] if text else []
    if isinstance(node, ast.IfExp):
        return _texts_of(node.body, scope, functions) + _texts_of(node.orelse, scope, functions)
    if isinstance(node, ast.BoolOp):
        return [text for value in node.values for text in _texts_of(value, scope, functions)]
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in functions:
        function = functions[node.func.id]
        return [
            text
            for inner in ast.walk(function)
            if isinstance(inner, ast.Return)
            for text in _texts_of(inner.value, function, {})
        ]
    if isinstance(node, ast.Name):
        texts = []
        for inner in ast.walk(scope):
            if isinstance(inner, ast.Assign) and any(
                getattr(target, "id", None) == node.id for target in inner.targets
            ):
                texts += _texts_of(inner.value, scope, functions)
        return texts
    return []


def error_templates(sources: Iterable[Path] = ERROR_SOURCES) -> list[str]:
    """The sentences (message and hint) of every StoreError, ExportError or derived
    error the store and the exports raise, with {placeholders} for what varies."""
    paths = sorted(path for folder in sources for path in folder.glob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    classes = _error_classes(trees)
    templates: list[str] = []

    def add(text: str) -> None:
        if text.strip() and text not in templates and re.search(r"[A-Za-z]{2}", text):
            templates.append(text)

    def visit(node: ast.AST, scope: ast.AST, functions: dict, cls: ast.ClassDef | None) -> None:
        for child in ast.iter_child_nodes(node):
            inner_scope = child if isinstance(child, ast.FunctionDef) else scope
            inner_cls = child if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                func = child.func
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                is_super = (
                    name == "__init__"
                    and isinstance(func, ast.Attribute)
                    and isinstance(func.value, ast.Call)
                    and getattr(func.value.func, "id", None) == "super"
                    and cls is not None
                    and cls.name in classes
                )
                if name in classes or is_super:
                    arguments = list(child.args[:2]) + [
                        keyword.value
                        for keyword in child.keywords
                        if keyword.arg in ("message", "hint")
                    ]
                    for argument in arguments:
                        for text in _texts_of(argument, scope, functions):
                            add(text)
                elif name == "Dependent":  # the hint of a refused delete
                    hints = child.args[4:5] + [k.value for k in child.keywords if k.arg == "hint"]
                    for argument in hints:
                        for text in _texts_of(argument, scope, functions):
                            add(text)
            visit(child, inner_scope, functions, inner_cls)

    for tree in trees:
        functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
        visit(tree, tree, functions, None)
    return templates


def counted_words() -> list[str]:
    """What a refused or confirmed delete counts ("3 contacts"): the singular and
    plural words of every Dependent the store's tables name."""
    sys.path.insert(0, str(ROOT))
    from secretariat.store import tables
    from secretariat.store.repository import Dependent, TableSpec

    words: list[str] = []
    for spec in vars(tables).values():
        if isinstance(spec, TableSpec):
            for dependent in (*spec.dependents, *spec.cascades):
                assert isinstance(dependent, Dependent)
                for word in (dependent.one, dependent.many):
                    if word not in words:
                        words.append(word)
    return words


def write_generated_block(begin: str, end: str, name: str, templates: list[str]) -> bool:
    """Bring a generated list of message templates in formatting.py up to date."""
    text = FORMATTING.read_text(encoding="utf-8")
    start, stop = text.index(begin), text.index(end) + len(end)
    lines = [begin, f"{name} = ("]
    for template in templates:
        line = f"    {_quoted(template)},"
        lines.append(line if len(line) <= 100 else line + "  # noqa: E501")
    lines += [")", end]
    new = text[:start] + "\n".join(lines) + text[stop:]
    if new != text:
        FORMATTING.write_text(new, encoding="utf-8")
        return True
    return False


# -- the .ts file -------------------------------------------------------------------------


def read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type) of a .ts file ("" type: finished)."""
    entries: dict[tuple[str, str], tuple[str, str]] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.findtext("comment"):
                continue  # a disambiguated entry: see read_disambiguated
            translation = message.find("translation")
            forms = [] if translation is None else translation.findall("numerusform")
            text = forms[0].text or "" if forms else ""
            if not forms:
                text = "" if translation is None else (translation.text or "")
            kind = "" if translation is None else translation.get("type", "")
            entries[(name, message.findtext("source") or "")] = (text, kind)
    return entries


def read_disambiguated(path: Path) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation of a .ts file's entries that
    carry a disambiguation (a <comment>)."""
    entries: dict[tuple[str, str, str], str] = {}
    if not path.exists():
        return entries
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            comment = message.findtext("comment")
            if comment:
                source = message.findtext("source") or ""
                entries[(name, source, comment)] = message.findtext("translation") or ""
    return entries


def german_vocabulary() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """The "vocabulary" context from the one source: English label -> German (the
    first vocabulary's word where several share a label), and (label, class name) ->
    German for a vocabulary whose word differs from that."""
    sys.path.insert(0, str(ROOT))
    from secretariat.domain import enums
    from secretariat.exports.language import GERMAN_LABELS

    plain: dict[str, str] = {}
    special: dict[tuple[str, str], str] = {}
    for value in vars(enums).values():
        if not (isinstance(value, type) and issubclass(value, enums.Vocabulary)):
            continue
        for member in value:
            german = GERMAN_LABELS[value][member.value]
            plain.setdefault(member.label, german)
            if plain[member.label] != german:
                special[(member.label, value.__name__)] = german
    return plain, special


def lupdate_texts(paths: list[Path]) -> Found:
    """What pyside6-lupdate finds (class contexts; its empty context is left out: a
    module-level tr() there is one of our helpers, found with its real context)."""
    found = Found()
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    with tempfile.TemporaryDirectory() as scratch:
        target = Path(scratch) / "found.ts"
        subprocess.run(
            [str(tool), "-silent", "-locations", "none", *map(str, paths), "-ts", str(target)],
            check=True,
            cwd=ROOT,
        )
        for (context, source), _ in read_ts(target).items():
            if context:
                found.add(context, source)
    return found


def ui_files() -> list[Path]:
    return sorted(path for path in UI.glob("*.py") if path.name != "__init__.py")


def write_ts(
    path: Path,
    language: str,
    found: Found,
    old: dict[tuple[str, str], tuple[str, str]],
    vocabulary: tuple[dict[str, str], dict[tuple[str, str], str]] | None = None,
) -> tuple[int, int]:
    """Write the .ts: every found text, with its translation if it had one; with
    ``vocabulary`` (german_vocabulary()), the "vocabulary" context from it."""
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, list[tuple[str, tuple[str, str], str]]] = {}
    words, special = vocabulary or ({}, {})
    for (context, source), _where in found.items():
        text, kind = old.get((context, source), ("", "unfinished"))
        kind = "unfinished" if not text else ("" if kind in ("vanished", "obsolete") else kind)
        if context == "vocabulary" and source in words:
            text, kind = words[source], ""
        contexts.setdefault(context, []).append((source, (text, kind), ""))
        if context == "vocabulary":
            for (label, name), german in special.items():
                if label == source:
                    contexts[context].append((source, (german, ""), name))
    for (context, source), (text, _kind) in old.items():
        if (context, source) not in found and text:
            contexts.setdefault(context, []).append((source, (text, "vanished"), ""))
    unfinished = 0
    for name in sorted(contexts):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = name
        for source, (text, kind), comment in contexts[name]:
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            if comment:
                ET.SubElement(message, "comment").text = comment
            translation = ET.SubElement(message, "translation")
            if "%n" in source:  # tr(text, "", n): one sentence for every number here
                message.set("numerus", "yes")
                for _form in range(2):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            if kind:
                translation.set("type", kind)
            unfinished += kind == "unfinished"
    ET.indent(root, "    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return len(found), unfinished


def extract() -> int:
    files = ui_files()
    if write_validation_block():
        print("formatting.py: validation messages updated")
    if write_generated_block(ERRORS_BEGIN, ERRORS_END, "ERROR_MESSAGES", error_templates()):
        print("formatting.py: error messages updated")
    found = Found()
    for part in (lupdate_texts(files), ui_texts(files), core_texts()):
        for key, where in part.items():
            found.add(*key, where)
    for language, path in LANGUAGES.items():
        vocabulary = german_vocabulary() if language == "de" else None
        total, unfinished = write_ts(path, language, found, read_ts(path), vocabulary)
        print(f"{path.relative_to(ROOT)}: {total} texts, {unfinished} unfinished")
    for name, line, call in unresolved_calls(files):
        print(f"secretariat/ui/{name}:{line}: texts of {call} unknown (see DYNAMIC)")
    return 0


# -- compiling ------------------------------------------------------------------------------

_KEEP = re.compile(r"\{\{|\}\}|\{[^{}]*\}|%\d|%n|<[^>]*>|&[a-zA-Z#0-9]+;|&&|&(?=\w)|\*\.\w+|\\n|\n")
_ACCENTS = str.maketrans("AaCcEeIiNnOoUuYySsZz", "ÀàÇçÉéÎîÑñÖöÛûÝýŜŝŽž")


def pseudo(text: str) -> str:
    """``text`` in brackets, accented and a third longer; markup and placeholders kept."""
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(_ACCENTS))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTS))
    body = "".join(parts)
    padding = "~" * max(1, -(-len(text) // 3) - 3)
    return f"[{body} {padding}]"


def _lrelease(ts: Path, qm: Path) -> None:
    """``lrelease ts -qm qm`` through tools/lrelease.py (this file's neighbour, loaded by
    its path: this file is run as a script, by the tests and by the build hook)."""
    name = "secretariat_tools_lrelease"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("lrelease.py"))
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    module.compile_ts(ts, qm)


def compile_all(folder: Path = FOLDER) -> list[Path]:
    """secretariat_de.qm from its .ts, and secretariat_pseudo.qm from the sources."""
    written = []
    for language, ts in LANGUAGES.items():
        qm = folder / f"secretariat_{language}.qm"
        _lrelease(ts, qm)
        written.append(qm)
    found = Found()
    for key in read_ts(GERMAN_TS):
        found.add(*key)
    with tempfile.TemporaryDirectory() as scratch:
        ts = Path(scratch) / "secretariat_pseudo.ts"
        old = {key: (pseudo(key[1]), "") for key in found}
        write_ts(ts, "en", found, old)
        qm = folder / f"secretariat_{PSEUDO}.qm"
        _lrelease(ts, qm)
        written.append(qm)
    return written


def unfinished(path: Path = GERMAN_TS) -> list[tuple[str, str]]:
    return [
        key
        for key, (text, kind) in read_ts(path).items()
        if kind == "unfinished" or (not text.strip() and kind != "vanished")
    ]


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "extract":
        return extract()
    if command == "compile":
        for qm in compile_all():
            print(qm.relative_to(ROOT))
        return 0
    if command == "check":
        missing = unfinished()
        for context, source in missing:
            print(f"{context}: {source}")
        return 1 if missing else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
