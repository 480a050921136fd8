#!/usr/bin/env bash
# A browser for printing the agreement to PDF (print_pdf, the printing tests): does
# nothing when one is already there (PARTNERSHIP_MODEL_CHROMIUM, or chromium,
# chromium-browser, google-chrome or google-chrome-stable on the PATH), else installs
# Debian's chromium with apt-get, as root or through sudo. Prints the browser found.
# Usage: bash tools/install_browser.sh   (run it again: it finds the browser and stops)
set -euo pipefail

if [ -n "${PARTNERSHIP_MODEL_CHROMIUM:-}" ]; then
  if browser="$(command -v -- "$PARTNERSHIP_MODEL_CHROMIUM")"; then
    echo "browser: $browser"
    exit 0
  fi
  echo "PARTNERSHIP_MODEL_CHROMIUM=$PARTNERSHIP_MODEL_CHROMIUM names no executable" >&2
  exit 1
fi

find_browser() {
  local name
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v -- "$name" && return 0
  done
  return 1
}

if browser="$(find_browser)"; then
  echo "browser: $browser"
  exit 0
fi

if ! command -v apt-get > /dev/null; then
  echo "no browser found, and no apt-get to install one: install Chromium or Google Chrome," >&2
  echo "or set PARTNERSHIP_MODEL_CHROMIUM to its executable" >&2
  exit 1
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo > /dev/null; then
    echo "no browser found: run this script as root to install Debian's chromium" >&2
    exit 1
  fi
  as_root=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
# Chromium and its sandbox (for users other than root) without what a desktop wants (a GPU
# driver, power and printer daemons), but with the fonts the stylesheet asks for, which
# Debian only recommends.
packages=(chromium chromium-sandbox fonts-dejavu-core fonts-liberation)
# The package lists may be missing or stale on a fresh machine: update them only then.
if ! "${as_root[@]}" apt-get install -y --no-install-recommends "${packages[@]}"; then
  "${as_root[@]}" apt-get update
  "${as_root[@]}" apt-get install -y --no-install-recommends "${packages[@]}"
fi

browser="$(find_browser)" || {
  echo "chromium was installed but is not on the PATH" >&2
  exit 1
}
echo "browser: $browser"
