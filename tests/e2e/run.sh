#!/usr/bin/env bash
# Browser end-to-end tests of Minsheng: builds the web app and the server, starts `minsheng serve`
# on a free port with a fresh SQLite data directory (the demo city is seeded on start), runs the
# tests in headless Debian Chromium through playwright-core with Node's test runner, and always
# stops the server. Screenshots, axe reports and the server log go to tests/e2e/artifacts/.
#
#   tests/e2e/run.sh                      everything
#   tests/e2e/run.sh tests/story.test.js  some test files only
#   MINSHENG_E2E_SKIP_BUILD=1 tests/e2e/run.sh   reuse frontend/dist and the built binary
#   MINSHENG_E2E_URL=http://127.0.0.1:8080 tests/e2e/run.sh   against a server you started
set -euo pipefail

E2E="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$E2E/../.." && pwd)"
ARTIFACTS="${MINSHENG_E2E_ARTIFACTS:-$E2E/artifacts}"
CHROMIUM="${MINSHENG_E2E_CHROMIUM:-/usr/bin/chromium}"
CARGO="${CARGO:-cargo}"
# Test files run one after another by default; 2 runs two browsers side by side.
CONCURRENCY="${MINSHENG_E2E_CONCURRENCY:-1}"
READY_TIMEOUT="${MINSHENG_E2E_READY_TIMEOUT:-90}"

started=$SECONDS
phase() { printf '\n== e2e: %s (%ss)\n' "$*" "$((SECONDS - started))"; }

if [ ! -x "$CHROMIUM" ]; then
  echo "e2e: no Chromium at $CHROMIUM (apt-get install chromium; never a downloaded browser)" >&2
  exit 1
fi

rm -rf "$ARTIFACTS"
mkdir -p "$ARTIFACTS"
export MINSHENG_E2E_ARTIFACTS="$ARTIFACTS" MINSHENG_E2E_CHROMIUM="$CHROMIUM"

phase "test packages"
cd "$E2E"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

server_pid=""
data_dir=""
cleanup() {
  local status=$?
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  [ -n "$data_dir" ] && rm -rf "$data_dir"
  printf '\n== e2e: finished in %ss (exit %s); artifacts in %s\n' "$((SECONDS - started))" "$status" "$ARTIFACTS"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -z "${MINSHENG_E2E_URL:-}" ]; then
  if [ "${MINSHENG_E2E_SKIP_BUILD:-0}" != 1 ]; then
    phase "build the web app (make web)"
    make -C "$ROOT" --no-print-directory web
    phase "build the server (cargo build -p minsheng-gateway --bin minsheng)"
    (cd "$ROOT" && "$CARGO" build --quiet -p minsheng-gateway --bin minsheng)
  fi
  if [ ! -f "$ROOT/frontend/dist/index.html" ]; then
    echo "e2e: frontend/dist is missing: run make web" >&2
    exit 1
  fi
  # The binary cargo built, wherever the target directory is.
  bin="$(cd "$ROOT" && "$CARGO" build --quiet -p minsheng-gateway --bin minsheng --message-format=json 2>/dev/null |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const l of s.split("\n")){try{const m=JSON.parse(l);if(m.reason==="compiler-artifact"&&m.target?.name==="minsheng"&&m.executable){console.log(m.executable)}}catch{}}})' |
    tail -n 1)"
  if [ -z "$bin" ] || [ ! -x "$bin" ]; then
    echo "e2e: could not find the minsheng binary" >&2
    exit 1
  fi

  phase "start the server"
  port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  data_dir="$(mktemp -d -t minsheng-e2e.XXXXXX)"
  url="http://127.0.0.1:$port"
  # Only this run's settings: no database, mail server or seeding choice from the environment.
  unset_env=()
  while read -r name; do unset_env+=(-u "$name"); done < <(compgen -e | grep -E '^(MINSHENG_|DATABASE_URL$)' || true)
  env "${unset_env[@]}" RUST_LOG="${RUST_LOG:-info}" "$bin" serve \
    --data-dir "$data_dir" \
    --listen "127.0.0.1:$port" \
    --public-url "$url" \
    --static-dir "$ROOT/frontend/dist" \
    >"$ARTIFACTS/server.log" 2>&1 &
  server_pid=$!

  # Poll /readyz (bounded) while the server migrates and seeds the demo city.
  deadline=$((SECONDS + READY_TIMEOUT))
  until node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "$url/readyz"; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "e2e: the server exited before it was ready; its log:" >&2
      tail -n 50 "$ARTIFACTS/server.log" >&2
      exit 1
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "e2e: the server was not ready within ${READY_TIMEOUT}s; its log:" >&2
      tail -n 50 "$ARTIFACTS/server.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  export MINSHENG_E2E_URL="$url"
  phase "server ready at $url"
fi

# The web app must be there, not only the API (the gateway serves --static-dir only if it exists
# when it starts).
if ! node -e 'fetch(process.argv[1]).then(async r=>{const b=await r.text();process.exit(r.ok&&b.includes("<div id=\"root\"")?0:1)},()=>process.exit(1))' "$MINSHENG_E2E_URL/"; then
  echo "e2e: $MINSHENG_E2E_URL/ does not serve the web app (was frontend/dist built before the server started?)" >&2
  exit 1
fi

phase "run the tests against $MINSHENG_E2E_URL"
cd "$E2E"
if [ "$#" -gt 0 ]; then files=("$@"); else files=(tests/*.test.js); fi
node --test --test-concurrency="$CONCURRENCY" --test-timeout=240000 "${files[@]}"
