# Secretariat — the two commands a newcomer needs are `make run` and `make test`.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
# the same, with the [dist] extra (PyInstaller) too; named apart so that either rule
# can renew its own stamp without removing the other's
DIST_STAMP := $(VENV)/.dist-installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
# the compiled translations (built, not committed)
QM     := resources/translations/secretariat_de.qm

.PHONY: run test lint system-packages venv lock screenshots dist dist-check clean bench translations

## run: create .venv if needed, then open the app on the default database
run: $(STAMP) $(QM)
	$(BIN)/secretariat $(ARGS)

## test: the whole suite, headless (Qt offscreen), plus ruff and mypy
test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)
	$(BIN)/ruff check secretariat tests tools
	$(BIN)/mypy

## bench: every daily job beside its library floor, writes docs/benchmarks.md (QUICK=1: each case once, small size, page in build/bench/)
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench $(if $(QUICK),--quick)

## translations: the German (and pseudo-locale) .qm files from resources/translations/*.ts
translations: $(QM)

# tools/translations.py compile writes every .qm (German and the pseudo-locale) at once,
# with tools/lrelease.py: the compiler the build hook (hatch_build.py) uses for wheels
$(QM): resources/translations/secretariat_de.ts tools/translations.py tools/lrelease.py | $(STAMP)
	$(BIN)/python tools/translations.py compile

lint: $(STAMP)
	$(BIN)/ruff check secretariat tests tools

system-packages:
	@bash tools/system-packages.sh

venv: $(STAMP)

# The virtual environment, with every package at the version pinned in requirements.lock.
$(STAMP): pyproject.toml requirements.lock | system-packages
	rm -f $(VENV)/.installed-*
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test]'
	touch $@

## lock: re-pin requirements.lock to what .venv holds (after changing pyproject.toml)
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^secretariat' > requirements.lock

## screenshots: the README's pictures, rendered offscreen from a demo database
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py docs/screenshots --lang de

## dist: the desktop bundle dist/Secretariat/ (PyInstaller, build.spec)
dist: $(DIST_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec
	@du -sh dist/Secretariat

## dist-check: build the bundle, then start it headless and check what it does
dist-check: dist
	$(BIN)/python tools/dist_check.py dist/Secretariat

$(DIST_STAMP): pyproject.toml requirements.lock | system-packages
	rm -f $(VENV)/.dist-installed-*
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e '.[test,dist]'
	touch $@

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
