#!/usr/bin/env bash
# Starts the local Data Hub: installs what it needs, builds the tab, and serves it with the
# local tenant on one origin. Stop with Ctrl+C; data persists in .tenant-data/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # SQLite (better-sqlite3) compiles from source here: -O1 halves that, with the same throughput.
  CFLAGS=-O1 CXXFLAGS=-O1 npm ci --no-audit --no-fund
fi
npx vite build --logLevel warn
exec npx tsx tenant/src/cli.ts --port "${PORT:-4100}" --data "${DATAHUB_DATA:-.tenant-data}" --app dist
