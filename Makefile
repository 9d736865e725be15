# The two commands of the README: `make run` (install + build the seed) and `make test`.
PYTHON ?= python3
VENV ?= .venv
STORE ?= kg-store
KG = $(VENV)/bin/kg

.PHONY: run install test clean

run: install
	$(KG) build seeds/ --store $(STORE) --query approved-options

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[test]'
	touch $@

test: install
	$(VENV)/bin/pytest -q

clean:
	rm -rf $(STORE) $(VENV)
