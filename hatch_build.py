"""The build hook: compile the translations for every wheel and editable install.

The program finds its German texts in resources/translations/secretariat_de.qm, which
is built from the .ts (git keeps only the .ts). Without this hook, ``pip install .``,
a wheel, an sdist built into a wheel and ``pip install -e .`` would give an
English-only program under a German desktop: only ``make`` compiled the .qm files.

Before the wheel's files are collected, the hook writes secretariat_de.qm and
secretariat_pseudo.qm into resources/translations/ of the source tree (git ignores
them there), with ``compile_all`` of tools/translations.py — the same compiler that
``make translations`` and build.spec use, tools/lrelease.py, in pure Python: the
isolated build environment has no Qt and needs none. The wheel takes them through its
force-include of resources/ (secretariat/resources/translations/ in the wheel, where
secretariat.paths.shipped finds them); an editable install finds them in the source tree.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":  # the sdist ships the .ts and the compiler instead
            return
        root = Path(self.root)
        tool = root / "tools" / "translations.py"
        spec = importlib.util.spec_from_file_location("secretariat_tools_translations", tool)
        if spec is None or spec.loader is None or not tool.is_file():
            raise FileNotFoundError(f"{tool} is missing: the translations cannot be compiled")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
        for qm in module.compile_all(root / "resources" / "translations"):
            self.app.display_info(f"compiled {qm.relative_to(root)}")
