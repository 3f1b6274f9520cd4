#!/usr/bin/env bash
# The whole test suite from a fresh clone: installs what it needs (Debian's chromium for the
# browser tests; browser downloads by npm packages fail offline), type-checks, builds, tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian's chromium for the browser tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# A fresh clone has no SharePoint package yet. Its build is mostly webparts/'s own npm install and
# webpack, so it runs beside the type check, lint and tab build instead of inside the test run;
# the web parts test then reads the package it made (and rebuilds only if sources change later).
webparts_pid=""
if [ ! -f webparts/sharepoint/solution/data-hub-webparts.sppkg ]; then
  webparts_log="$(mktemp)"
  npm run -s build:webparts >"$webparts_log" 2>&1 &
  webparts_pid=$!
fi

npx tsc -p tsconfig.json --noEmit
npx eslint .
npx vite build --logLevel warn

if [ -n "$webparts_pid" ] && ! wait "$webparts_pid"; then
  tail -n 80 "$webparts_log"
  echo "npm run build:webparts failed (the lines above are the end of its output)." >&2
  exit 1
fi
# Two workers on two cores: a browser test spends much of its time waiting on Chromium, its own
# process, so a second worker uses that time (Jest's CI default is one worker on two cores).
npx jest --ci --maxWorkers=2 "$@"
