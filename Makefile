# Minsheng — the two commands that matter are `make run` and `make test`.
SHELL := /bin/bash
CARGO ?= cargo
# PostgreSQL used by the store and API tests; each test run creates its own fresh databases there.
export MINSHENG_TEST_PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: test fmt lint unit frontend e2e web build run dev
.PHONY: deny fuzz-short fuzz
.PHONY: bench bench-smoke

## Everything that proves Minsheng works.
test: fmt lint deny unit fuzz-short bench-smoke frontend e2e

fmt:
	$(CARGO) fmt --all --check

lint:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

unit:
	$(CARGO) test --workspace

## The web app: codegen check, typecheck, unit tests and a production build.
frontend:
	./frontend/check.sh

## Browser end-to-end tests against the real server on SQLite (tests/e2e/README.md).
e2e:
	./tests/e2e/run.sh

## Supply chain: licences (policy in deny.toml), banned crates, crates.io only. `cargo fetch`
## first, so every platform's crates are there to check (a build downloads only this one's).
deny:
	$(CARGO) fetch --locked --quiet
	$(CARGO) deny --offline --log-level error check licenses bans sources

## GraphQL fuzzing (tests/fuzz/README.md): a short run in `make test`, a long one here.
fuzz-short:
	./tests/fuzz/run.sh short

fuzz:
	./tests/fuzz/run.sh long

## Builds the web app into frontend/dist (installing its packages when needed).
web:
	cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && npm run --silent build

build: web
	$(CARGO) build --release -p minsheng-gateway

## The whole product on SQLite with demo data, at http://127.0.0.1:8080.
run: web
	$(CARGO) run --release -p minsheng-gateway --bin minsheng -- serve

## The web app with hot reload, proxying the API to a gateway on :8080 (start `make run` first).
dev:
	cd frontend && npm run dev

## Benchmarks (issue 9): Minsheng against PostGraphile 5 and pgbench on the same PostgreSQL data,
## plus SQLite; writes docs/benchmarks.md. Long and CPU-heavy, so not part of `make test`.
## Sizes and durations: BENCH_TICKETS, BENCH_RUNS, BENCH_DURATION, … (top of bench/run.sh).
bench:
	./bench/run.sh

## The benchmark harness on a tiny city for a few seconds per workload (part of `make test`, so it
## cannot rot); fails if any response carries errors.
bench-smoke:
	BENCH_SMOKE=1 ./bench/run.sh
