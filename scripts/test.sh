#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs what it needs (Debian's chromium for the
# browser tests; browser downloads by npm packages fail offline), type-checks, builds, tests.
#
# On a fresh clone the slow steps are independent, so they overlap on the two cores:
# - web parts: their own npm install, then the SharePoint package build (about 3 min alone), which
#   runs beside the tests; only the one test that reads the package waits for it;
# - install scripts: better-sqlite3 compiles SQLite from source, since its prebuilt binaries come
#   from GitHub, which is out of reach here (at -O1: 38 s on one core instead of 72 s at -O3, with
#   the tenant's throughput unchanged within noise, `npm run bench -- --only tenant`);
# - the type check and lint (side by side), then the tab build.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
step() { echo "test.sh: $1 ($((SECONDS - started)) s)"; }
pids=()
logs=()
# Runs a step in the background with its output kept, to show only if it fails.
background() {
  local name="$1"
  shift
  local log
  log="$(mktemp)"
  "$@" >"$log" 2>&1 &
  pids+=("$!")
  logs+=("$name|$log")
}
# Waits for the background steps whose names match the pattern (all of them by default).
wait_for_background() {
  local pattern="${1:-*}" i failed=0
  for i in "${!pids[@]}"; do
    local name="${logs[$i]%%|*}" log="${logs[$i]#*|}"
    # shellcheck disable=SC2053 # the pattern is a glob on purpose
    [[ $name == $pattern ]] || continue
    if ! wait "${pids[$i]}"; then
      tail -n 80 "$log" >&2
      echo "test.sh: $name failed (the lines above are the end of its output)." >&2
      failed=1
    fi
    unset "pids[$i]" "logs[$i]"
  done
  return "$failed"
}

install_chromium() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
}
if [ ! -x /usr/bin/chromium ]; then
  step "installing Debian's chromium for the browser tests"
  background "apt-get install chromium" install_chromium
fi

# A fresh clone has no SharePoint package yet. The web parts test reads the package this makes
# (and rebuilds only if sources change later); the charts' React 17 test and the web parts' unit
# tests need only the web parts' packages. Their install does not touch the root's node_modules.
SPPKG=webparts/sharepoint/solution/data-hub-webparts.sppkg
PACKAGE_TEST="/test/integration/webparts-package"
build_later=0
if [ ! -f "$SPPKG" ]; then
  if [ "$#" -eq 0 ]; then
    step "installing the web parts' packages in the background"
    background "web parts' packages" node webparts/scripts/build.mjs --install-only
    build_later=1
  else
    step "building the SharePoint package in the background"
    background "npm run build:webparts" node webparts/scripts/build.mjs
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  # Packages first, their install scripts (the SQLite compile) beside the checks below.
  npm ci --no-audit --no-fund --ignore-scripts
  background "npm rebuild (install scripts)" env CFLAGS=-O1 CXXFLAGS=-O1 npm rebuild
fi

# The type check and lint each keep one core busy for most of a minute: side by side.
step "type check and lint"
background "lint" npx eslint .
npx tsc -p tsconfig.json --noEmit
step "tab build"
npx vite build --logLevel warn
wait_for_background "lint"
# Two workers on two cores: a browser test spends much of its time waiting on Chromium, its own
# process, so a second worker uses that time (Jest's CI default is one worker on two cores).
run_jest() { npx jest --ci --maxWorkers=2 "$@"; }
if [ "$#" -eq 0 ]; then
  step "waiting for the SQLite compile and the packages"
  wait_for_background
  if [ "$build_later" -eq 1 ]; then
    step "building the SharePoint package in the background"
    background "npm run build:webparts" node webparts/scripts/build.mjs
  fi
  step "all tests but the SharePoint package's"
  run_jest --testPathIgnorePatterns "$PACKAGE_TEST"
  step "waiting for the SharePoint package"
  wait_for_background
  step "the SharePoint package's test"
  run_jest --testPathPatterns "$PACKAGE_TEST"
else
  step "waiting for the background steps"
  wait_for_background
  step "jest"
  run_jest "$@"
fi
step "done"
