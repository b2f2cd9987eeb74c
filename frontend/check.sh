#!/usr/bin/env bash
# Everything that proves the web app is sound; `make test` runs it.
# Installs dependencies only when node_modules is missing or package-lock.json changed since.
set -euo pipefail
cd "$(dirname "$0")"

log() { printf '\n== frontend: %s\n' "$*"; }

stamp=node_modules/.package-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

log "codegen:check (src/gql/ matches ../schema.graphql)"
npm run --silent codegen:check

log "typecheck"
npm run --silent typecheck

log "unit tests"
npm test --silent

log "build"
npm run --silent build

# What the server ships: no source maps.
if find dist -name '*.map' | grep -q .; then
  echo "dist/ contains source maps" >&2
  exit 1
fi
