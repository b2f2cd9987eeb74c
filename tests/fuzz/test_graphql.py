"""Fuzzing the GraphQL API of a live Minsheng server.

Two generators, both working from the committed `schema.graphql` (introspection is off in
production, so the schema is read from the file):

- schemathesis builds requests for every root query and mutation field, with random arguments;
- Hypothesis, through hypothesis-graphql, builds whole documents: valid ones (positive mode) and
  ones with exactly one schema violation (negative mode).

Each request is sent as one of the demo city's people (or nobody), and every answer must be:
not a 5xx; a JSON GraphQL response; every error carrying one of the SPEC §11 codes; no
`INTERNAL` error at all (client input must never reach an internal failure); and no SQL, driver
or source-code detail in any message. `run.sh` also fails the run if the server logged a panic.

Environment (set by run.sh): MINSHENG_FUZZ_URL (the server), MINSHENG_FUZZ_EXAMPLES (examples
per schemathesis operation; Hypothesis documents get ten times as many).
"""

from __future__ import annotations

import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path

import hypothesis_graphql
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.graphql import nodes

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "schema.graphql"
BASE_URL = os.environ.get("MINSHENG_FUZZ_URL", "http://127.0.0.1:8080")
EXAMPLES = int(os.environ.get("MINSHENG_FUZZ_EXAMPLES", "3"))
DOCUMENT_EXAMPLES = EXAMPLES * 10

SPEC_CODES = {
    "UNAUTHENTICATED",
    "FORBIDDEN",
    "NOT_FOUND",
    "BAD_USER_INPUT",
    "INVALID_TRANSITION",
    "CONFLICT",
    "RATE_LIMITED",
    "INTERNAL",
}
LEAKS = [
    "select ",
    "insert into",
    "sqlx",
    "sqlite",
    "postgres",
    'relation "',
    "syntax error at",
    "violates",
    "panicked",
    "backtrace",
    ".rs:",
    "dberr",
]

# The demo city's people (`minsheng seed-demo`), all with the same password.
DEMO_PASSWORD = "minsheng-demo"
PEOPLE = {
    "resident": "resident@example.org",
    "agent": "agent@example.org",
    "staff": "staff@example.org",
    "supervisor": "supervisor@example.org",
    "admin": "admin@example.org",
}
ROLES = ["nobody", *PEOPLE]

# Custom scalars: RFC 3339 instants, and now and then something that is not one.
DATETIME = st.one_of(
    st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(timezone.utc)
    ).map(lambda d: nodes.String(d.isoformat())),
    st.text(max_size=30).map(nodes.String),
)
JSON_SCALAR = st.text(max_size=30).map(nodes.String)
schemathesis.graphql.scalar("DateTime", DATETIME)
schemathesis.graphql.scalar("JSON", JSON_SCALAR)

_session = requests.Session()
_tokens: dict[str, tuple[float, str]] = {}


def token(role: str) -> str | None:
    """A fresh access token for `role` (they last 15 minutes; renewed after 10)."""
    if role == "nobody":
        return None
    cached = _tokens.get(role)
    if cached and time.monotonic() - cached[0] < 600:
        return cached[1]
    res = _session.post(
        f"{BASE_URL}/graphql",
        json={
            "query": "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
            "variables": {"e": PEOPLE[role], "p": DEMO_PASSWORD},
        },
        timeout=30,
    )
    body = res.json()
    assert not body.get("errors"), f"cannot sign in the demo {role}: {body}"
    access = body["data"]["login"]["accessToken"]
    _tokens[role] = (time.monotonic(), access)
    return access


def headers(role: str) -> dict[str, str]:
    t = token(role)
    return {"Authorization": f"Bearer {t}"} if t else {}


def check(status: int, content: bytes, sent: str, role: str) -> None:
    """The invariants every answer must keep."""
    where = f"\nas {role}, for:\n{sent}\nanswer ({status}): {content[:2000]!r}"
    assert status < 500, f"a server error{where}"
    assert status == 200, f"a GraphQL request got HTTP {status}{where}"
    body = json.loads(content)
    assert isinstance(body, dict), where
    for error in body.get("errors") or []:
        code = (error.get("extensions") or {}).get("code")
        assert code in SPEC_CODES, f"an error without a SPEC §11 code{where}"
        assert code != "INTERNAL", f"client input reached an internal error{where}"
    text = json.dumps(body.get("errors") or [], ensure_ascii=False).lower()
    for word in LEAKS:
        assert word not in text, f"an error shows {word!r}{where}"


FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=False,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=list(HealthCheck),
)

schema = schemathesis.graphql.from_path(SCHEMA_PATH)
schema.config.update(base_url=f"{BASE_URL}/graphql")


@schema.parametrize()
@schema.given(role=st.sampled_from(ROLES))
@FUZZ_SETTINGS
def test_every_root_field(case, role):
    response = case.call(headers=headers(role), timeout=60)
    check(response.status_code, response.content, str(case.body), role)


SDL = SCHEMA_PATH.read_text(encoding="utf-8")
SCALARS = {"DateTime": DATETIME, "JSON": JSON_SCALAR}
DOCUMENTS = st.one_of(
    hypothesis_graphql.from_schema(SDL, custom_scalars=SCALARS),
    hypothesis_graphql.from_schema(SDL, custom_scalars=SCALARS, mode=hypothesis_graphql.Mode.NEGATIVE),
)


@given(document=DOCUMENTS, role=st.sampled_from(ROLES))
@settings(FUZZ_SETTINGS, max_examples=DOCUMENT_EXAMPLES)
def test_generated_documents(document, role):
    res = _session.post(
        f"{BASE_URL}/graphql", json={"query": document}, headers=headers(role), timeout=60
    )
    check(res.status_code, res.content, document, role)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"null",
        b"[]",
        b'"query"',
        b'{"query": null}',
        b'{"query": 1}',
        b'{"query": "{ me { id } }", "variables": []}',
        b'{"query": "{ me { id } }", "variables": "x"}',
        b'{"query": "{ me { id } }", "operationName": 5}',
        b'{"query": "{ me { id } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "x"}}}',
        b"\xff\xfe",
        b'{"query": "\\u0000"}',
    ],
)
def test_malformed_bodies(raw):
    res = _session.post(
        f"{BASE_URL}/graphql", data=raw, headers={"Content-Type": "application/json"}, timeout=30
    )
    assert res.status_code < 500, res.text
    body = res.json()
    for error in body.get("errors") or []:
        assert (error.get("extensions") or {}).get("code") in SPEC_CODES - {"INTERNAL"}, body
