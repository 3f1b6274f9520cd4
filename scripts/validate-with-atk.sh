#!/usr/bin/env bash
# Validates appPackage/manifest.json with Microsoft's own Agents Toolkit CLI, offline, as a second
# opinion beside the test suite's schema check (test/unit/teams-manifest.test.ts).
#
#   scripts/validate-with-atk.sh [--env <name> | --env-file <path>]     (default: --env dev)
#
# The CLI (@microsoft/m365agentstoolkit-cli) is about 450 MB installed, too big to be a
# devDependency, so it is installed on first use into a cache outside the repository
# (ATK_CACHE, default ~/.cache/datahub-atk; about 25 s once, with network) and reused after that.
# `atk validate --manifest-file` checks the manifest against the schema of the version it declares
# and the toolkit's validation rules without signing in; validating a built zip (--package-file)
# needs a Microsoft 365 sign-in, so it is not used here.
set -euo pipefail
cd "$(dirname "$0")/.."

ATK_VERSION="${ATK_VERSION:-1.1.17}"
ATK_CACHE="${ATK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/datahub-atk}"
ATK="$ATK_CACHE/node_modules/.bin/atk"

if [ $# -eq 0 ]; then set -- --env dev; fi
case "${1:-}" in
  --env|--env-file) [ $# -eq 2 ] || { echo "Usage: $0 [--env <name> | --env-file <path>]" >&2; exit 2; } ;;
  *) echo "Usage: $0 [--env <name> | --env-file <path>]" >&2; exit 2 ;;
esac
if [ "$1" = "--env-file" ]; then set -- --env-file "$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; fi

if [ ! -x "$ATK" ] || [ "$("$ATK" --version 2>/dev/null | tail -n 1)" != "$ATK_VERSION" ]; then
  echo "Installing @microsoft/m365agentstoolkit-cli@$ATK_VERSION into $ATK_CACHE (once)…"
  mkdir -p "$ATK_CACHE"
  [ -f "$ATK_CACHE/package.json" ] || echo '{"private":true}' > "$ATK_CACHE/package.json"
  # --ignore-scripts: the CLI needs none of its install scripts to validate (toolchain.md).
  npm install --prefix "$ATK_CACHE" --ignore-scripts --no-audit --no-fund --loglevel=error "@microsoft/m365agentstoolkit-cli@$ATK_VERSION"
fi

exec "$ATK" validate --manifest-file ./appPackage/manifest.json "$@" --telemetry false
