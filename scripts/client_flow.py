#!/usr/bin/env python3
"""A short flow through the Python client openapi-python-client generated from /openapi.json.

    scripts/client_flow.py <base_url> <token>

scripts/client-check generates the client (package `curbside_client`), installs it and runs this against a
`curbside serve --demo` on loopback. Every call goes through the generated functions and models, looked up by
the document's tags and operation ids (api/<tag>/<snake_case(operationId)>.py): a missing module or model is
reported by name. Steps: every generated module imports; createServiceZone (a small Polygon near lng -100,
lat 45, far from the Austin zones); createCustomer with an Austin address; matchZone on a point inside the new
zone; listCustomers finds the new customer; listServiceZones lists the new zone. Each step checks the status
and the parsed, typed response and prints one line; the first failure exits 1.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import types
import uuid
from http import HTTPStatus
from typing import Any, NoReturn

PACKAGE = "curbside_client"
ZONE_RING = [[-100.1, 44.9], [-99.9, 44.9], [-99.9, 45.1], [-100.1, 45.1], [-100.1, 44.9]]
INSIDE = {"lat": 45.0, "lng": -100.0}
ADDRESS = "1100 Congress Ave, Austin, TX 78701"


class FlowError(Exception):
    pass


LAST_REQUEST: list[str] = []


def fail(message: str, response: Any = None) -> NoReturn:
    if response is not None:
        body = getattr(response, "content", b"")[:600].decode("utf-8", "replace")
        if LAST_REQUEST:
            message += f"\n  request: {LAST_REQUEST[-1]}"
        message += f"\n  HTTP {int(response.status_code)}: {body}"
    raise FlowError(message)


def check(condition: bool, message: str, response: Any = None) -> None:
    if not condition:
        fail(message, response)


def module_name(operation_id: str) -> str:
    """The module the generator writes an operation to (its own rule, from the venv it runs in)."""
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(operation_id, "field_"))


def operation(tag: str, operation_id: str) -> types.ModuleType:
    module = module_name(operation_id)
    name = f"{PACKAGE}.api.{tag}.{module}"
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        if error.name not in (name, f"{PACKAGE}.api.{tag}"):
            raise
        try:
            folder = importlib.import_module(f"{PACKAGE}.api.{tag}")
            present = sorted(m.name for m in pkgutil.iter_modules(folder.__path__))
        except ModuleNotFoundError:
            present = []
        fail(
            f"the generated client has no operation {operation_id} (module {name}): the document lacks that "
            f"operationId under tag {tag!r}, or the generator dropped it (see its warnings); "
            f"api/{tag}/ holds: {', '.join(present) or 'nothing'}"
        )


def model(name: str) -> type:
    models = importlib.import_module(f"{PACKAGE}.models")
    cls = getattr(models, name, None)
    if cls is None:
        fail(
            f"the generated client has no model {name}: the document lacks components/schemas/{name}, or the "
            "generator dropped it (see its warnings)"
        )
    return cls


def step(name: str, detail: str) -> None:
    print(f"[client] ok  {name}: {detail}", flush=True)


def run(base_url: str, token: str) -> None:
    import httpx

    client_module = importlib.import_module(f"{PACKAGE}.client")

    def record(request: httpx.Request) -> None:
        LAST_REQUEST.append(f"{request.method} {request.url.raw_path.decode('ascii')}")

    client = client_module.AuthenticatedClient(
        base_url=base_url,
        token=token,
        timeout=httpx.Timeout(30.0),
        raise_on_unexpected_status=True,
        httpx_args={"event_hooks": {"request": [record]}},
    )

    # 0. Every generated module imports (a generator bug can emit code that does not).
    package = importlib.import_module(PACKAGE)
    names = [m.name for m in pkgutil.walk_packages(package.__path__, f"{PACKAGE}.")]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as error:  # noqa: BLE001 - any import failure is the finding
            fail(f"the generated module {name} does not import: {type(error).__name__}: {error}")
    api_count = sum(1 for n in names if n.startswith(f"{PACKAGE}.api.") and n.count(".") == 3)
    step("import", f"{len(names)} generated modules, {api_count} operations")

    create_zone = operation("zones", "createServiceZone")
    list_zones = operation("zones", "listServiceZones")
    match_zone = operation("zones", "matchZone")
    create_customer = operation("customers", "createCustomer")
    list_customers = operation("customers", "listCustomers")
    ServiceZoneInput = model("ServiceZoneInput")
    ServiceZone = model("ServiceZone")
    ServiceZoneList = model("ServiceZoneList")
    MatchRequest = model("MatchRequest")
    Match = model("Match")
    MatchMethod = model("MatchMethod")
    CustomerInput = model("CustomerInput")
    Customer = model("Customer")
    CustomerPage = model("CustomerPage")
    Polygon = model("Polygon")
    PolygonType = model("PolygonType")

    # 1. createServiceZone: a GeoJSON Polygon built from the generated models.
    suffix = uuid.uuid4().hex[:8]
    zone_name = f"Client check {suffix}"
    boundary = Polygon(type_=PolygonType.POLYGON, coordinates=[[list(p) for p in ZONE_RING]])
    response = create_zone.sync_detailed(client=client, body=ServiceZoneInput(name=zone_name, boundary=boundary))
    check(response.status_code == HTTPStatus.CREATED, "createServiceZone did not answer 201", response)
    zone = response.parsed
    check(
        isinstance(zone, ServiceZone), f"createServiceZone parsed to {type(zone).__name__}, not ServiceZone", response
    )
    check(isinstance(zone.id, str) and zone.id.startswith("sz_"), f"the new zone's id is {zone.id!r}", response)
    check(zone.name == zone_name, f"the new zone's name is {zone.name!r}", response)
    check(
        isinstance(zone.boundary, Polygon),
        f"the new zone's boundary parsed to {type(zone.boundary).__name__}",
        response,
    )
    echoed = [[[float(c) for c in p] for p in ring] for ring in zone.boundary.coordinates]
    check(echoed == [ZONE_RING], f"the new zone's boundary came back as {echoed}", response)
    step("createServiceZone", f"201, ServiceZone {zone.id} with a {type(zone.boundary).__name__} boundary")

    # 2. createCustomer with an address (geocoded by the server's offline geocoder).
    customer_name = f"Client Check {suffix}"
    response = create_customer.sync_detailed(client=client, body=CustomerInput(name=customer_name, address=ADDRESS))
    check(response.status_code == HTTPStatus.CREATED, "createCustomer did not answer 201", response)
    customer = response.parsed
    check(isinstance(customer, Customer), f"createCustomer parsed to {type(customer).__name__}, not Customer", response)
    check(isinstance(customer.id, str) and customer.id != "", f"the new customer's id is {customer.id!r}", response)
    check(
        customer.name == customer_name and customer.address == ADDRESS,
        f"the new customer is {customer.name!r} at {customer.address!r}",
        response,
    )
    check(
        isinstance(customer.lat, float)
        and isinstance(customer.lng, float)
        and 29.9 < customer.lat < 30.7
        and -98.1 < customer.lng < -97.4,
        f"the new customer was not located in Austin: lat {customer.lat!r}, lng {customer.lng!r}",
        response,
    )
    step("createCustomer", f"201, Customer {customer.id} at {customer.lat}, {customer.lng}")

    # 3. matchZone: a point inside the new zone.
    response = match_zone.sync_detailed(client=client, body=MatchRequest(**INSIDE))
    check(response.status_code == HTTPStatus.OK, "matchZone did not answer 200", response)
    match = response.parsed
    check(isinstance(match, Match), f"matchZone parsed to {type(match).__name__}, not Match", response)
    check(match.zone_id == zone.id, f"matchZone answered zone {match.zone_id!r}, not {zone.id}", response)
    check(match.method == MatchMethod.POLYGON, f"matchZone's method is {match.method!r}, not polygon", response)
    step("matchZone", f"200, Match {match.zone_id} ({match.zone_name}) by {match.method.value}")

    # 4. listCustomers: a search for the new customer's whole name lists it (httpx sends its spaces as "+", as
    # HTML forms do).
    response = list_customers.sync_detailed(client=client, search=customer_name)
    check(response.status_code == HTTPStatus.OK, "listCustomers did not answer 200", response)
    page = response.parsed
    check(isinstance(page, CustomerPage), f"listCustomers parsed to {type(page).__name__}, not CustomerPage", response)
    check(all(isinstance(c, Customer) for c in page.data), "listCustomers' data are not all Customer", response)
    plus = (
        " (the query spells its spaces '+': does the server decode '+' as a space?)" if "+" in LAST_REQUEST[-1] else ""
    )
    check(any(c.id == customer.id for c in page.data), f"listCustomers does not list {customer.id}{plus}", response)
    step("listCustomers", f"200, CustomerPage with {len(page.data)} of {page.total}, including {customer.id}")

    # 5. listServiceZones: the new zone is listed beside the demo's.
    response = list_zones.sync_detailed(client=client)
    check(response.status_code == HTTPStatus.OK, "listServiceZones did not answer 200", response)
    zones = response.parsed
    check(
        isinstance(zones, ServiceZoneList),
        f"listServiceZones parsed to {type(zones).__name__}, not ServiceZoneList",
        response,
    )
    check(
        all(isinstance(z, ServiceZone) for z in zones.data), "listServiceZones' data are not all ServiceZone", response
    )
    check(any(z.id == zone.id for z in zones.data), f"listServiceZones does not list {zone.id}", response)
    step("listServiceZones", f"200, ServiceZoneList of {len(zones.data)}, including {zone.id}")


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        run(sys.argv[1].rstrip("/"), sys.argv[2])
    except FlowError as error:
        print(f"[client] FAIL {error}", file=sys.stderr)
        return 1
    except Exception as error:  # noqa: BLE001 - the generated code raising is a failure of the flow
        import traceback

        traceback.print_exc()
        print(f"[client] FAIL the flow raised {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print("[client] flow passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
