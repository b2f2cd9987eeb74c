#!/usr/bin/env bash
# Minsheng benchmarks (issue 9): `make bench` runs this; `make bench-smoke` runs it with
# BENCH_SMOKE=1. See docs/benchmarks.md for what is measured and how.
#
# Everything is configurable from the environment:
#   BENCH_TICKETS=2000000         tickets generated in PostgreSQL
#   BENCH_SQLITE_TICKETS=…        tickets generated in SQLite (default: BENCH_TICKETS)
#   BENCH_RUNS=3                  runs per workload (the report shows medians)
#   BENCH_DURATION=10             seconds per run (after a 2 s warm-up)
#   BENCH_CONNECTIONS=16          concurrent connections
#   BENCH_W4_DUE=10000,100000,1000000   W4 sizes (capped by the open tickets there are)
#   BENCH_W5_RATES=100,200,400,800,1600 W5 arrival rates, ascending
#   BENCH_PG_URL=postgres://postgres@127.0.0.1:5432   server (trust auth, a superuser)
#   BENCH_DB=minsheng_bench       database created (dropped first) for the run; every system
#                                 connects to it with sslmode=disable
#   BENCH_POSTGRAPHILE=1          also measure PostGraphile (needs npm on first run)
#   BENCH_PGBENCH=1               also measure pgbench (BENCH_PGBENCH_WORKLOADS="w2 pk w3 w1")
#   BENCH_MS_PG=1                 measure Minsheng's W1–W3 on PostgreSQL
#   BENCH_SQLITE=1                also measure SQLite
#   BENCH_OUT=docs/benchmarks.md  the report
#   BENCH_NOTES=…                 a sentence for the report (e.g. other load on the machine)
#   BENCH_NO_BUILD=1              use the binaries already in target/ (do not run cargo)
#   BENCH_SMOKE=1                 tiny and quick: debug build, 2,000 tickets, 2 s runs, Minsheng
#                                 on both databases only; fails if any response has errors.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

SMOKE=${BENCH_SMOKE:-0}
if [ "$SMOKE" = 1 ]; then
  : "${BENCH_TICKETS:=2000}" "${BENCH_RUNS:=1}" "${BENCH_DURATION:=2}" "${BENCH_W4_DUE:=200}"
  : "${BENCH_W5_RATES:=20}" "${BENCH_POSTGRAPHILE:=0}" "${BENCH_PGBENCH:=0}" "${BENCH_DB:=minsheng_bench_smoke}"
  : "${BENCH_OUT:=target/bench-smoke/benchmarks.md}" "${BENCH_WARMUP:=0.5}" "${BENCH_W4_IDLE:=1}"
fi
TICKETS=${BENCH_TICKETS:-2000000}
SQLITE_TICKETS=${BENCH_SQLITE_TICKETS:-$TICKETS}
RUNS=${BENCH_RUNS:-3}
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-2}
CONNS=${BENCH_CONNECTIONS:-16}
W4_DUE=${BENCH_W4_DUE:-10000,100000,1000000}
W4_IDLE=${BENCH_W4_IDLE:-5}
W5_RATES=${BENCH_W5_RATES:-100,200,400,800,1600}
PG_URL=${BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
DB=${BENCH_DB:-minsheng_bench}
DO_PGL=${BENCH_POSTGRAPHILE:-1}
DO_PGBENCH=${BENCH_PGBENCH:-1}
DO_SQLITE=${BENCH_SQLITE:-1}
OUT=${BENCH_OUT:-docs/benchmarks.md}
MS_PORT=${BENCH_MS_PORT:-18080}
PGL_PORT=${BENCH_PGL_PORT:-15678}

WORK=$ROOT/target/bench-work
[ "$SMOKE" = 1 ] && WORK=$WORK-smoke
rm -rf "$WORK"
mkdir -p "$WORK"
RESULTS=$WORK/results.jsonl
: >"$RESULTS"
# Every system connects the same way, without TLS: PostGraphile's node-postgres does not encrypt
# unless told to, while libpq (pgbench) and sqlx (Minsheng) would negotiate TLS with a server
# that has it on (Debian's does), which cost Minsheng about a tenth of its CPU on W2 and PK.
DB_URL="$PG_URL/$DB?sslmode=disable"

log() { printf '\n== %s\n' "$*" >&2; }
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do
    [ -n "$p" ] && kill "$p" 2>/dev/null || true
  done
}
trap cleanup EXIT

# ---- tools -----------------------------------------------------------------------------------
if [ "$SMOKE" = 1 ]; then
  PROFILE=debug
  [ "${BENCH_NO_BUILD:-0}" = 1 ] || cargo build -q -p minsheng-gateway -p minsheng-bench
else
  PROFILE=release
  log "building (release)"
  [ "${BENCH_NO_BUILD:-0}" = 1 ] || cargo build --release -p minsheng-gateway -p minsheng-bench
fi
# Where cargo put them: CARGO_TARGET_DIR when set (relative to the repository, as cargo reads it).
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
case "$TARGET" in /*) ;; *) TARGET=$ROOT/$TARGET ;; esac
MS=$TARGET/$PROFILE/minsheng
BENCH=$TARGET/$PROFILE/minsheng-bench

if [ "$DO_PGBENCH" = 1 ] && ! command -v pgbench >/dev/null; then
  log "installing pgbench"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib >/dev/null
fi
if [ "$DO_PGL" = 1 ]; then
  if [ ! -x bench/postgraphile/node_modules/.bin/node ] || [ ! -d bench/postgraphile/node_modules/postgraphile ]; then
    log "installing PostGraphile 5 and Node 22 (npm, bench/postgraphile)"
    (cd bench/postgraphile && npm install --no-audit --no-fund --loglevel=error)
  fi
fi
NODE=$ROOT/bench/postgraphile/node_modules/.bin/node

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 "$PG_URL/postgres" "$@"; }
psql_db() { psql -X -q -v ON_ERROR_STOP=1 "$DB_URL" "$@"; }

wait_port() { # port pid (bash's /dev/tcp: no curl needed)
  for _ in $(seq 1 1200); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { echo "server exited" >&2; return 1; }
    sleep 0.1
  done
  echo "timed out waiting for port $1" >&2
  return 1
}

MS_PID=
start_minsheng() { # database-url data-dir
  "$MS" serve --database-url "$1" --data-dir "$2" --listen "127.0.0.1:$MS_PORT" --no-workers \
    >>"$WORK/minsheng.log" 2>&1 &
  MS_PID=$!
  PIDS+=("$MS_PID")
  wait_port "$MS_PORT" "$MS_PID"
}
stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

load() { # system url db label workload
  "$BENCH" load --system "$1" --url "$2" --db "$3" --label "$4" --workload "$5" \
    --runs "$RUNS" --duration "$DURATION" --warmup "$WARMUP" --connections "$CONNS" --out "$RESULTS"
}

MS_GQL=http://127.0.0.1:$MS_PORT/graphql
PGL_GQL=http://127.0.0.1:$PGL_PORT/graphql

# ---- PostgreSQL data -------------------------------------------------------------------------
mkdir -p "$WORK/pg-data"
if [ "${BENCH_SKIP_DATA:-0}" = 1 ]; then
  # Reuse the database of an earlier run (its JWT secret is in BENCH_PG_DATA_DIR).
  log "PostgreSQL: reusing $DB"
  cp -r "${BENCH_PG_DATA_DIR:?}/." "$WORK/pg-data/"
  LOAD_SECS="reused from an earlier run"
else
  log "PostgreSQL: a fresh $DB with $TICKETS tickets"
  psql_admin -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
  psql_admin -c "CREATE DATABASE $DB"
  "$MS" seed-demo --database-url "$DB_URL" --data-dir "$WORK/pg-data" >/dev/null
  t0=$(date +%s)
  "$BENCH" data --db "$DB_URL" --tickets "$TICKETS"
  LOAD_SECS=$(( $(date +%s) - t0 ))
fi
psql_db -c "VACUUM ANALYZE" >/dev/null

# ---- Minsheng on PostgreSQL ------------------------------------------------------------------
if [ "${BENCH_MS_PG:-1}" = 1 ]; then
  log "Minsheng on PostgreSQL: W2, PK, W3, W1"
  start_minsheng "$DB_URL" "$WORK/pg-data"
  for w in w2 pk w3 w1; do load minsheng "$MS_GQL" "$DB_URL" postgres "$w"; done
  stop_pid "$MS_PID"
fi

# ---- PostGraphile ----------------------------------------------------------------------------
if [ "$DO_PGL" = 1 ]; then
  log "PostGraphile on the same database: W2, PK, W3, W1"
  psql_db -f bench/postgraphile/schema.sql >/dev/null
  DATABASE_URL=$DB_URL PORT=$PGL_PORT NODE_ENV=production "$NODE" bench/postgraphile/server.mjs \
    >"$WORK/postgraphile.log" 2>&1 &
  PGL_PID=$!
  PIDS+=("$PGL_PID")
  wait_port "$PGL_PORT" "$PGL_PID" || { cat "$WORK/postgraphile.log"; exit 1; }
  for w in w2 pk w3 w1; do load postgraphile "$PGL_GQL" "$DB_URL" postgres "$w"; done
  log "PostGraphile W5"
  "$BENCH" w5 --system postgraphile --url "$PGL_GQL" --db "$DB_URL" --label postgres --out "$RESULTS" \
    --rates "$W5_RATES" --duration "$DURATION" --pid "$PGL_PID" --connections "$CONNS"
  stop_pid "$PGL_PID"
fi

# ---- pgbench ---------------------------------------------------------------------------------
if [ "$DO_PGBENCH" = 1 ]; then
  log "pgbench with Minsheng's own SQL: W2, PK, W3, W1"
  # Parameters drawn from the data as the load driver draws them: departments in proportion to
  # their open queues, tickets at random. pgbench picks one per transaction from these tables.
  psql_db >/dev/null <<'SQL'
DROP TABLE IF EXISTS bench_ids, bench_depts;
CREATE UNLOGGED TABLE bench_ids AS SELECT row_number() OVER () AS n, id, department_id, category_id
  FROM (SELECT id, department_id, category_id FROM tickets
        WHERE department_id IS NOT NULL AND category_id IS NOT NULL ORDER BY random() LIMIT 20000) s;
CREATE UNIQUE INDEX ON bench_ids (n);
CREATE UNLOGGED TABLE bench_depts AS SELECT row_number() OVER () AS n, department_id AS id
  FROM (SELECT department_id, generate_series(1, greatest(1, round(1000.0 * count(*) / sum(count(*)) OVER ())::int))
        FROM tickets WHERE state IN ('dispatched', 'accepted', 'awaiting_resident', 'replied')
        AND department_id IS NOT NULL GROUP BY department_id) s;
CREATE UNIQUE INDEX ON bench_depts (n);
ANALYZE bench_ids;
ANALYZE bench_depts;
SQL
  NDEPT=$(psql_db -Atc "SELECT count(*) FROM bench_depts")
  NIDS=$(psql_db -Atc "SELECT count(*) FROM bench_ids")
  # W1 files into a category routed (city-wide) to a department with two staff, as the driver's can be.
  CAT=$(psql_db -Atc "SELECT r.category_id FROM routing_rules r JOIN users u ON u.department_id = r.department_id AND u.role = 'staff' WHERE r.district = '' GROUP BY 1 HAVING count(*) >= 2 ORDER BY 1 LIMIT 1")
  RDEPT=$(psql_db -Atc "SELECT department_id FROM routing_rules WHERE category_id = '$CAT' AND district = ''")
  CAL=$(psql_db -Atc "SELECT calendar_id FROM sla_policies WHERE is_default")
  RESIDENT=$(psql_db -Atc "SELECT id FROM users WHERE email = 'resident@example.org'")
  read -r S1 S2 <<<"$(psql_db -Atc "SELECT string_agg(id::text, ' ') FROM (SELECT id FROM users WHERE department_id = '$RDEPT' AND role = 'staff' AND active ORDER BY id LIMIT 2) s")"
  FROM=$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m-%d)
  TO=$(date -u +%Y-%m-01)
  for w in ${BENCH_PGBENCH_WORKLOADS:-w2 pk w3 w1}; do
    for run in $(seq 1 "$RUNS"); do
      rm -f "$WORK"/pgbench_log.*
      out=$(cd "$WORK" && pgbench -n -c "$CONNS" -j 2 -T "$DURATION" -M prepared -l --log-prefix=pgbench_log \
        -D ndept="$NDEPT" -D nids="$NIDS" -D cat="$CAT" -D rdept="$RDEPT" -D cal="$CAL" \
        -D resident="$RESIDENT" -D staff1="$S1" -D staff2="${S2:-$S1}" -D from="$FROM" -D to="$TO" \
        -f "$ROOT/bench/pgbench/$w.sql" "$DB_URL" 2>&1) || { echo "$out"; exit 1; }
      failed=$(echo "$out" | sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p')
      "$BENCH" pglog --workload "$(echo "$w" | tr a-z A-Z)" --run "$run" --duration "$DURATION" \
        --failed "${failed:-0}" --out "$RESULTS" "$WORK"/pgbench_log.*
    done
  done
  psql_db -c "DROP TABLE IF EXISTS bench_ids, bench_depts" >/dev/null
fi

# ---- W4 and W5 on PostgreSQL ------------------------------------------------------------------
log "Minsheng on PostgreSQL: W4 (sweep with W2) and W5 (mix at fixed rates)"
start_minsheng "$DB_URL" "$WORK/pg-data"
"$BENCH" sweep --url "$MS_GQL" --db "$DB_URL" --label postgres --out "$RESULTS" \
  --due "$W4_DUE" --idle "$W4_IDLE" --connections "$CONNS"
"$BENCH" w5 --system minsheng --url "$MS_GQL" --db "$DB_URL" --label postgres --out "$RESULTS" \
  --rates "$W5_RATES" --duration "$DURATION" --pid "$MS_PID" --connections "$CONNS"
stop_pid "$MS_PID"
EVENTS=$(psql_db -Atc "SELECT count(*) FROM ticket_events")
PG_TICKETS=$(psql_db -Atc "SELECT count(*) FROM tickets")
OPEN=$(psql_db -Atc "SELECT count(*) FROM tickets WHERE state NOT IN ('closed','refused','withdrawn','merged')")

# ---- SQLite ----------------------------------------------------------------------------------
if [ "$DO_SQLITE" = 1 ]; then
  log "SQLite: $SQLITE_TICKETS tickets, W2, PK, W3, W1, W4"
  mkdir -p "$WORK/sqlite-data"
  SQ_URL="sqlite://$WORK/sqlite-data/minsheng.db"
  "$MS" seed-demo --database-url "$SQ_URL" --data-dir "$WORK/sqlite-data" >/dev/null
  "$BENCH" data --db "$SQ_URL" --tickets "$SQLITE_TICKETS"
  start_minsheng "$SQ_URL" "$WORK/sqlite-data"
  for w in w2 pk w3 w1; do load minsheng "$MS_GQL" "$SQ_URL" sqlite "$w"; done
  SQ_DUE=$(echo "$W4_DUE" | cut -d, -f1-2)
  "$BENCH" sweep --url "$MS_GQL" --db "$SQ_URL" --label sqlite --out "$RESULTS" \
    --due "$SQ_DUE" --idle "$W4_IDLE" --connections "$CONNS"
  stop_pid "$MS_PID"
fi

# ---- report ----------------------------------------------------------------------------------
log "writing $OUT"
ver() { "$@" 2>/dev/null | head -1 || echo "–"; }
python3 - "$WORK/meta.json" <<EOF
import json, sys, os, platform, subprocess
def sh(c):
    try: return subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip() or "–"
    except Exception: return "–"
meta = {
  "date": sh("date -u '+%Y-%m-%d %H:%M'"),
  "machine": sh("lscpu | sed -n 's/^Model name: *//p' | head -1"),
  "cpus": sh("nproc"),
  "memory": sh("free -h | awk '/Mem:/{print \$2}'"),
  "os": sh(". /etc/os-release && echo \$PRETTY_NAME") + ", Linux " + platform.release(),
  "postgres": sh("psql -X -At '$DB_URL' -c 'show server_version'"),
  "sqlite": sh("grep -A1 'name = \"libsqlite3-sys\"' Cargo.lock | sed -n 's/version = //p' | tr -d '\"' | sed 's/^/libsqlite3-sys /'"),
  "rustc": sh("rustc --version"),
  "node": sh("'$NODE' --version") if "$DO_PGL" == "1" else "not run",
  "postgraphile": json.load(open("bench/postgraphile/node_modules/postgraphile/package.json"))["version"] if "$DO_PGL" == "1" else "not run",
  "pgbench": sh("pgbench --version") if "$DO_PGBENCH" == "1" else "not run",
  "tickets": "$PG_TICKETS (generated: $TICKETS, plus the demo city and W1 filings)",
  "sqlite_tickets": "$SQLITE_TICKETS generated" if "$DO_SQLITE" == "1" else "not run",
  "events": "$EVENTS",
  "open_tickets": "$OPEN",
  "load_secs": "$LOAD_SECS",
  "runs": "$RUNS",
  "duration": "$DURATION",
  "connections": "$CONNS",
  "w4_due": "$W4_DUE",
  "w5_rates": "$W5_RATES",
  "notes": os.environ.get("BENCH_NOTES", "–"),
  "results_file": "$RESULTS".replace("$ROOT/", ""),
  "method_file": "bench/METHOD.md",
  "analysis_file": "bench/ANALYSIS.md",
}
json.dump(meta, open(sys.argv[1], "w"), indent=1)
EOF
STRICT=
[ "$SMOKE" = 1 ] && STRICT=--strict
"$BENCH" report --results "$RESULTS" --meta "$WORK/meta.json" --out "$OUT" $STRICT
echo "$OUT"
