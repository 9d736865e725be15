# The commands of the README: `make run` (install + build the seed), `make test` and `make lint`.
PYTHON ?= python3
VENV ?= .venv
STORE ?= kg-store
KG = $(VENV)/bin/kg

.PHONY: run install test lint clean

run: install
	$(KG) build seeds/ --store $(STORE) --query approved-options

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test,dev,train]'
	touch $@

test: install
	$(VENV)/bin/pytest -q

lint: install
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy src/kg

clean:
	rm -rf $(STORE) $(VENV)
