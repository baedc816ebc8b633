# Diag Habitat — the two set-up commands are `make run` and `make test` (see README.md).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

.PHONY: run test lint bench tables clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# A stamp per install flavour, redone when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/diag-app gui --demo-if-empty

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

bench: $(VENV)/.installed-dev
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# Regenerates the project's DPE tables from the official spreadsheets in ../shared (developers only).
tables: $(VENV)/.installed-dev
	$(PY) tools/build_dpe_tables.py --source ../shared/data/dpe/reference/tables --out calculators/dpe/tables/data

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
