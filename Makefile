# Minsheng — the two commands that matter are `make run` and `make test`.
SHELL := /bin/bash
CARGO ?= cargo
# PostgreSQL used by the store and API tests; each test run creates its own fresh databases there.
export MINSHENG_TEST_PG_URL ?= postgres://postgres@127.0.0.1:5432/postgres

.PHONY: test fmt lint unit build run

## Everything that proves Minsheng works.
test: fmt lint unit

fmt:
	$(CARGO) fmt --all --check

lint:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

unit:
	$(CARGO) test --workspace

build:
	$(CARGO) build --release -p minsheng-gateway

## The whole product on SQLite with demo data, at http://127.0.0.1:8080.
run:
	$(CARGO) run --release -p minsheng-gateway --bin minsheng -- serve
