# Minsheng — the two commands that matter are `make run` and `make test`.
SHELL := /bin/bash
CARGO ?= cargo
# PostgreSQL used by the store and API tests; each test run creates its own fresh databases there.
export MINSHENG_TEST_PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: test fmt lint unit frontend e2e web build run dev

## Everything that proves Minsheng works.
test: fmt lint unit frontend e2e

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
