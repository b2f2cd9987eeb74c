#!/usr/bin/env bash
# GraphQL fuzzing against the real server with the demo city loaded (tests/fuzz/README.md).
#
#   tests/fuzz/run.sh short   the run inside `make test`: a few examples per operation, SQLite and
#                             PostgreSQL, about a minute
#   tests/fuzz/run.sh long    `make fuzz`: many more examples, both databases
#
# Builds `minsheng` (as tests/e2e/run.sh does), and for each database starts `minsheng serve` on
# a free port with a fresh database holding the demo city, runs tests/fuzz/test_graphql.py
# against it, and fails if the server logged a panic. PostgreSQL is MINSHENG_TEST_PG_URL (a new
# database per run, dropped afterwards). MINSHENG_FUZZ_EXAMPLES and MINSHENG_FUZZ_DBS
# ("sqlite postgres") override the mode's settings.
set -euo pipefail

MODE="${1:-short}"
FUZZ="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$FUZZ/../.." && pwd)"
CARGO="${CARGO:-cargo}"
PG_URL="${MINSHENG_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

case "$MODE" in
  short) examples="${MINSHENG_FUZZ_EXAMPLES:-5}" ;;
  long) examples="${MINSHENG_FUZZ_EXAMPLES:-60}" ;;
  *) echo "usage: $0 short|long" >&2; exit 2 ;;
esac
dbs="${MINSHENG_FUZZ_DBS:-sqlite postgres}"

started=$SECONDS
phase() { printf '\n== fuzz: %s (%ss)\n' "$*" "$((SECONDS - started))"; }

phase "build the server (cargo build -p minsheng-gateway --bin minsheng)"
bin="$(cd "$ROOT" && "$CARGO" build --quiet -p minsheng-gateway --bin minsheng --message-format=json |
  python3 -c 'import json,sys
for line in sys.stdin:
    try: m = json.loads(line)
    except ValueError: continue
    if m.get("reason") == "compiler-artifact" and m.get("target", {}).get("name") == "minsheng" and m.get("executable"):
        print(m["executable"])' | tail -n 1)"
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
  echo "fuzz: could not find the minsheng binary" >&2
  exit 1
fi

server_pid=""
data_dir=""
pg_db=""
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
  if [ -n "$pg_db" ]; then
    psql "$PG_URL" -qAtc "DROP DATABASE IF EXISTS \"$pg_db\" WITH (FORCE)" >/dev/null 2>&1 || true
    pg_db=""
  fi
  [ -n "$data_dir" ] && rm -rf "$data_dir"
  data_dir=""
}
cleanup() {
  local status=$?
  stop_server
  printf '\n== fuzz: finished in %ss (exit %s)\n' "$((SECONDS - started))" "$status"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Only this run's settings reach the server.
unset_env=()
while read -r name; do unset_env+=(-u "$name"); done < <(compgen -e | grep -E '^(MINSHENG_|DATABASE_URL$)' || true)

for db in $dbs; do
  data_dir="$(mktemp -d -t minsheng-fuzz.XXXXXX)"
  log="$data_dir/server.log"
  case "$db" in
    sqlite)
      # `serve` loads the demo city into an empty embedded database on its first start.
      db_url="sqlite://$data_dir/minsheng.db"
      ;;
    postgres)
      pg_db="minsheng_fuzz_$(python3 -c 'import secrets; print(secrets.token_hex(6))')"
      psql "$PG_URL" -qAtc "CREATE DATABASE \"$pg_db\"" >/dev/null
      db_url="$(python3 -c 'import sys, urllib.parse as u
p = u.urlsplit(sys.argv[1]); print(u.urlunsplit(p._replace(path="/" + sys.argv[2])))' "$PG_URL" "$pg_db")"
      phase "load the demo city into PostgreSQL ($pg_db)"
      env "${unset_env[@]}" "$bin" seed-demo --database-url "$db_url" --data-dir "$data_dir" >"$data_dir/seed.log" 2>&1 \
        || { cat "$data_dir/seed.log" >&2; exit 1; }
      ;;
    *) echo "fuzz: unknown database $db" >&2; exit 2 ;;
  esac

  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  url="http://127.0.0.1:$port"
  env "${unset_env[@]}" RUST_LOG="${RUST_LOG:-warn}" "$bin" serve \
    --database-url "$db_url" \
    --data-dir "$data_dir" \
    --listen "127.0.0.1:$port" \
    --public-url "$url" \
    --static-dir "$data_dir/no-web-app" \
    >"$log" 2>&1 &
  server_pid=$!
  deadline=$((SECONDS + 120))
  until python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' "$url/readyz" 2>/dev/null; do
    if ! kill -0 "$server_pid" 2>/dev/null || [ "$SECONDS" -ge "$deadline" ]; then
      echo "fuzz: the server on $db did not become ready; its log:" >&2
      tail -n 50 "$log" >&2
      exit 1
    fi
    sleep 0.2
  done

  phase "fuzz the API on $db ($examples examples per operation) at $url"
  set +e
  # Nothing is left in the work tree: no bytecode, no Hypothesis example database.
  (cd "$FUZZ" && MINSHENG_FUZZ_URL="$url" MINSHENG_FUZZ_EXAMPLES="$examples" \
    PYTHONDONTWRITEBYTECODE=1 HYPOTHESIS_STORAGE_DIRECTORY="$data_dir/hypothesis" \
    python3 -m pytest -q -p no:cacheprovider --tb=short -x test_graphql.py)
  status=$?
  set -e
  if grep -qE 'panicked|a request handler panicked' "$log"; then
    echo "fuzz: the server panicked on $db:" >&2
    grep -E -A5 'panicked' "$log" | head -n 40 >&2
    status=1
  fi
  if [ "$status" != 0 ]; then
    echo "fuzz: failed on $db; the server's last log lines:" >&2
    tail -n 20 "$log" >&2
    exit "$status"
  fi
  stop_server
done
