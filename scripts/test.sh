#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs what it needs (Debian's chromium for the
# browser tests; browser downloads by npm packages fail offline), type-checks, builds, tests.
#
# On a fresh clone three slow steps are independent, so they overlap on the two cores:
# - web parts: their own npm install and the SharePoint package build (about 3 min alone);
# - install scripts: better-sqlite3 compiles SQLite from source, since its prebuilt binaries come
#   from GitHub, which is out of reach here (about 100 s on one core);
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
# (and rebuilds only if sources change later). Its install does not touch the root's node_modules.
if [ ! -f webparts/sharepoint/solution/data-hub-webparts.sppkg ]; then
  step "building the SharePoint package in the background"
  background "npm run build:webparts" node webparts/scripts/build.mjs
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci"
  # Packages first, their install scripts (the SQLite compile) beside the checks below.
  npm ci --no-audit --no-fund --ignore-scripts
  background "npm rebuild (install scripts)" npm rebuild
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
  # The unit tests (pure logic, no browser, no SharePoint package) run while the SharePoint package
  # still builds, on the core its build leaves free; the integration and browser tests wait for it
  # (Teams-hosted tab tests ran out of time beside the build), and so do the web parts' unit tests,
  # whose imports resolve from webparts/node_modules, which the build is installing.
  step "waiting for the SQLite compile"
  wait_for_background "npm rebuild*"
  step "unit tests"
  run_jest --selectProjects unit --testPathIgnorePatterns "/test/unit/webparts-"
  step "waiting for the other background steps"
  wait_for_background
  step "integration, browser and the web parts' unit tests"
  run_jest --testPathIgnorePatterns "/test/unit/(?!webparts-)"
else
  step "waiting for the background steps"
  wait_for_background
  step "jest"
  run_jest "$@"
fi
step "done"
