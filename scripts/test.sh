#!/usr/bin/env bash
# The project's whole check, from a fresh clone: install into .venv, then
# ruff, mypy --strict, Sphinx (doctests and HTML, warnings as errors) and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[dev]'
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/sphinx-build -q -W --keep-going -b doctest docs docs/_build/doctest
.venv/bin/sphinx-build -q -W --keep-going -b html docs docs/_build/html
.venv/bin/pytest
