"""Drives Minsheng's Open311 GeoReport v2 endpoint with two third-party client libraries from PyPI,
neither written by us: `civicbot` (reads and files, JSON) and `georeport` (reads, JSON and XML).

Usage: open311_client.py BASE_URL API_KEY
BASE_URL is the endpoint root, e.g. http://127.0.0.1:PORT/open311/v2.

Prints one JSON object with what the libraries saw, for the Rust test to check against the
server's own state. Exits non-zero, with the reason on stderr, when a library call fails.
"""

import json
import sys

from civicbot.http import HttpError, HttpTransport, RateLimiter
from civicbot.open311 import CONFIRM_TOKEN, Open311Client
from civicbot.registry import Endpoint
from georeport import GeoReport


def as_list(x):
    """xmltodict gives one child element as a dict and several as a list."""
    if x is None:
        return []
    return x if isinstance(x, list) else [x]


def main(base_url: str, api_key: str) -> None:
    endpoint = Endpoint(id="minsheng", name="Minsheng", base_url=base_url, write=True)
    # No politeness delay against our own test server.
    transport = HttpTransport(rate_limiter=RateLimiter(min_interval=0.0))
    client = Open311Client(endpoint, transport=transport)
    out = {}

    services = client.list_services()
    out["service_codes"] = [s["service_code"] for s in services]
    out["definition"] = client.get_service_definition("street_light")

    # validate_remote=True makes civicbot check the payload against our service list first.
    prepared = client.create_request(
        "street_light",
        dry_run=False,
        confirm=CONFIRM_TOKEN,
        api_key=api_key,
        validate_remote=True,
        lat=39.9087,
        lng=116.3975,
        address_string="东城区东长安街 1 号",
        description="东长安街南侧人行道的路灯一整晚都不亮。",
        email="hanmeimei@example.org",
        first_name="梅梅",
        last_name="韩",
        phone="13912345678",
        media_url="https://img.example.org/lamp.jpg",
    )
    created = prepared.response[0]
    out["created"] = created
    request_id = created["service_request_id"]

    out["token"] = client.get_token(created["token"])
    out["request"] = client.get_request(request_id)
    out["open_street_lights"] = [
        r["service_request_id"]
        for r in client.list_requests(service_code="street_light", status="open")
    ]

    try:
        client.create_request(
            "street_light",
            dry_run=False,
            confirm=CONFIRM_TOKEN,
            api_key="ms311_not-a-key",
            address_string="东城区",
            description="x",
        )
        out["bad_key_status"] = None
    except HttpError as e:
        out["bad_key_status"] = e.status

    xml = GeoReport(base_url, output_format="xml")
    out["xml_service_codes"] = [s["service_code"] for s in as_list(xml.get_service_list())]
    out["xml_definition_code"] = xml.get_service_definition("street_light")["service_code"]
    out["xml_request"] = xml.get_service_request(request_id)
    out["xml_search"] = [
        r["service_request_id"]
        for r in as_list(xml.get_service_requests(service_request_id=request_id))
    ]

    js = GeoReport(base_url, output_format="json")
    out["json_request"] = js.get_service_request(request_id)
    out["json_search"] = [
        r["service_request_id"] for r in js.get_service_requests(status="open,closed")
    ]

    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: open311_client.py BASE_URL API_KEY")
    main(sys.argv[1], sys.argv[2])
