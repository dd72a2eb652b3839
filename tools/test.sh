#!/usr/bin/env bash
# The one command that runs every test: unit, site and browser.
#   tools/test.sh [extra dotnet test arguments, e.g. --filter ...]
# It also installs Debian's nodejs when node is missing (the search script's tests run under node --test).
# The browser tests drive a real Chromium. If none is found (CHROME_PATH, /usr/bin/chromium, another Chromium or
# Chrome on PATH, or Playwright's own download), this installs Debian's when it can, or prints the one command to run.
# Last line of output: "N passed, N failed" (", N skipped" when any), summed over every test project.
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo" || exit 2

have_playwright_browser() {
  local dir
  for dir in "${PLAYWRIGHT_BROWSERS_PATH:-}" "$HOME/.cache/ms-playwright" "$HOME/Library/Caches/ms-playwright"; do
    [ -n "$dir" ] && compgen -G "$dir/chromium*" > /dev/null && return 0
  done
  return 1
}

find_chromium() {
  if [ -n "${CHROME_PATH:-}" ]; then
    [ -x "$CHROME_PATH" ] && return 0
    echo "CHROME_PATH is '$CHROME_PATH', but there is no executable there. Point it at Chrome or Chromium, or unset it." >&2
    exit 2
  fi
  [ -x /usr/bin/chromium ] && return 0
  local name
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    if command -v "$name" > /dev/null 2>&1; then
      CHROME_PATH="$(command -v "$name")"
      export CHROME_PATH
      return 0
    fi
  done
  have_playwright_browser
}

# Installs one Debian package for the tests: apt_install PACKAGE WHAT-FOR. Exits 2 with the command to run when it
# cannot (no apt-get, or neither root nor sudo); returns 1 when there is no apt-get, so the caller can advise.
apt_install() {
  command -v apt-get > /dev/null 2>&1 || return 1
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo > /dev/null 2>&1; then
      echo "No $1 for $2. Run this as root, then run tools/test.sh again:" >&2
      echo "  apt-get update && apt-get install -y $1" >&2
      exit 2
    fi
    sudo="sudo"
  fi
  echo "No $1 for $2; installing Debian's $1 package..." >&2
  if ! { $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q &&
         $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1"; }; then
    echo "Installing $1 failed. Run: sudo apt-get install -y $1" >&2
    exit 2
  fi
}

if ! find_chromium && ! apt_install chromium "the browser tests"; then
  echo "No Chromium for the browser tests. Install Chrome or Chromium and point CHROME_PATH at it, e.g. on macOS:" >&2
  echo "  brew install --cask chromium && export CHROME_PATH=/Applications/Chromium.app/Contents/MacOS/Chromium" >&2
  exit 2
fi

# The search script's own tests (tests/ClinicSite.Tests/Search) run under Node.js's built-in test runner.
if ! command -v node > /dev/null 2>&1 && ! apt_install nodejs "the search script's tests"; then
  echo "No Node.js for the search script's tests. Install Node.js 18 or later and put node on PATH." >&2
  exit 2
fi

results="$repo/TestResults/test-sh"
rm -rf "$results"
mkdir -p "$results"

dotnet test "$repo/ClinicSite.sln" --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" "$@"
status=$?

# Sum the <Counters> of every project's TRX file; grep and awk only, nothing to install.
counts="$(cat "$results"/*.trx 2> /dev/null | grep -o '<Counters [^>]*>' | awk '
  {
    for (i = 1; i <= NF; i++) {
      split($i, kv, "=")
      value = kv[2]; gsub(/[^0-9]/, "", value)
      if (value != "") sum[kv[1]] += value
    }
  }
  END {
    failed = sum["failed"] + sum["error"] + sum["timeout"] + sum["aborted"]
    printf "%d %d %d\n", sum["passed"], failed, sum["notExecuted"]
  }')"
read -r passed failed skipped <<< "${counts:-0 0 0}"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test failed before all tests could report (build error or crashed test host); see the output above." >&2
  failed=1
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"

if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ]; then
  exit 1
fi
exit 0
