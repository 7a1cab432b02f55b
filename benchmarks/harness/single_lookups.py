"""Single lookups (issue 18): PostGIS answering one point per prepared statement under pgbench, against
`POST /match-zone` of the release server under wrk, on workload (a)'s zones with points uniform over (a)'s box;
then the refusals (401, 404, 422) and the framework's ceiling (benchmarks' hummingbird-floor), all under wrk.

Each ratio's two sides run next to each other: pgbench -c16, wrk -c16, pgbench -c64, wrk -c64, the floor -c64,
then the refusals at 64 connections."""
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

import numpy as np

from proc import StepFailed, log

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HTTP = os.path.join(HERE, "http")
CONNECTIONS = (16, 64)
LOOKUP = ("SELECT pos FROM zones WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)) "
          "ORDER BY rank LIMIT 1;")
STEPS = 1_000_000_000  # random(0, STEPS) scaled over the box's width and height


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _pgbench_script(bounds, path):
    min_lng, min_lat, max_lng, max_lat = bounds
    with open(path, "w") as f:
        f.write(f"\\set lng {min_lng!r} + random(0, {STEPS}) * {(max_lng - min_lng) / STEPS!r}\n"
                f"\\set lat {min_lat!r} + random(0, {STEPS}) * {(max_lat - min_lat) / STEPS!r}\n"
                f"{LOOKUP}\n")


def _pgbench(cluster, script, clients, seconds, work):
    prefix = os.path.join(work, f"pgbench-c{clients}")
    for old in os.listdir(work):
        if old.startswith(os.path.basename(prefix) + "."):
            os.remove(os.path.join(work, old))
    out = cluster.pgbench(script, clients, seconds, prefix)
    tps = float(re.search(r"tps = ([0-9.]+) \(without initial connection time\)", out).group(1))
    failed = re.search(r"number of failed transactions: (\d+)", out)
    logs = [os.path.join(work, n) for n in os.listdir(work) if n.startswith(os.path.basename(prefix) + ".")]
    # Log lines: client, transaction number (from 1), latency in µs, script, epoch seconds, µs.
    rows = np.concatenate([np.loadtxt(p, usecols=(0, 1, 2), dtype=np.int64, ndmin=2) for p in logs])
    # Each client's first transaction prepares the statement in a new backend (and loads PostGIS there): a pool's
    # connections would have done that long before, so it is left out of the percentiles.
    steady = rows[rows[:, 1] > 1, 2] / 1000.0
    return {"clients": clients, "threads": 1, "seconds": seconds, "lookups_per_second": tps,
            "transactions": int(len(rows)), "failed": int(failed.group(1)) if failed else 0,
            "p50_ms": float(np.percentile(steady, 50)), "p99_ms": float(np.percentile(steady, 99)),
            "mean_ms": float(steady.mean()), "first_transactions_left_out": int((rows[:, 1] <= 1).sum())}


def _wrk_ms(text):
    m = re.match(r"([0-9.]+)(us|ms|s|m)$", text)
    value, unit = float(m.group(1)), m.group(2)
    return {"us": value / 1000, "ms": value, "s": value * 1000, "m": value * 60000}[unit]


def _wrk(url, connections, seconds, script, env):
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", os.path.join(HTTP, script), url]
    result = subprocess.run(cmd, env=env, capture_output=True, text=True)
    out = result.stdout
    if result.returncode != 0 or "Requests/sec" not in out:
        raise StepFailed(f"wrk failed: {(result.stderr or out).strip()[-1000:]}")
    percentile = lambda p: _wrk_ms(re.search(rf"^\s+{p}%\s+(\S+)", out, re.M).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    return {"connections": connections, "threads": 1, "seconds": seconds,
            "requests_per_second": float(re.search(r"Requests/sec:\s+([0-9.]+)", out).group(1)),
            "requests": int(re.search(r"(\d+) requests in", out).group(1)),
            "non_2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": dict(zip(("connect", "read", "write", "timeout"), map(int, errors.groups())))
            if errors else {},
            "p50_ms": percentile(50), "p99_ms": percentile(99)}


def _request(url, token, method="GET", body=None):
    """(status, body) of one request."""
    headers = {"Authorization": f"Bearer {token}"}
    data = None
    if body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers, method=method),
                                    timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _bad_signature(token):
    """The token with its signature changed (its first character, so the decoded bytes differ)."""
    head, _, signature = token.rpartition(".")
    return f"{head}.{'B' if signature[0] == 'A' else 'A'}{signature[1:]}"


class _Server:
    """A child process listening on 127.0.0.1:port, stopped on exit."""

    def __init__(self, cmd, port, ready_url, log_path, env=None, ready=lambda url: _request(url, "")[0] < 500):
        self.port, self.log_path = port, log_path
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                if ready(ready_url):
                    return
            except OSError:
                pass
            time.sleep(0.05)
        self.stop()
        with open(log_path) as f:
            raise StepFailed(f"{os.path.basename(cmd[0])} did not come up: {f.read()[-1000:]}")

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def _cross_check(cluster, base, token, bounds, ids, count=200):
    """PostGIS's lookup and /match-zone's answer for `count` fixed points: (compared, disagreements, sample)."""
    rng = np.random.default_rng(18)
    lngs = [float(v) for v in rng.uniform(bounds[0], bounds[2], count)]
    lats = [float(v) for v in rng.uniform(bounds[1], bounds[3], count)]
    script = "".join(f"SELECT coalesce((SELECT pos FROM zones WHERE ST_Covers(geom, ST_SetSRID(ST_MakePoint({lng!r}, "
                     f"{lat!r}), 4326)) ORDER BY rank LIMIT 1), -1);\n" for lng, lat in zip(lngs, lats))
    positions = [int(line) for line in cluster.psql(script).split()]
    wrong = []
    for lng, lat, pos in zip(lngs, lats, positions):
        status, body = _request(f"{base}/match-zone", token, "POST", {"lat": lat, "lng": lng})
        zone = json.loads(body).get("zone_id") if status == 200 else f"HTTP {status}"
        expected = ids[pos] if pos >= 0 else None
        if zone != expected:
            wrong.append({"lat": lat, "lng": lng, "postgis": expected, "curbside": zone})
    return count, wrong


def run(results, attempt, cluster, quick, zones_path, bounds, curbside, floor):
    """Fills results["single_lookups"]; `cluster` (or None) is the running PostGIS cluster."""
    seconds = 3 if quick else 10
    section = results["single_lookups"] = {"seconds": seconds, "bounds": list(bounds), "zones": "a",
                                           "postgis": {}, "match_zone": {}, "refusals": {}, "floor": None,
                                           "query": LOOKUP}
    results.setdefault("notes", []).append(
        "Single lookups: PostGIS's p50/p99 leave out each pgbench client's first transaction (it prepares the "
        "statement in a new backend, which loads PostGIS); pgbench and wrk share the cores with the servers they load.")
    if not shutil.which("wrk"):
        log("installing wrk")
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True,
                       env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"), stdout=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="curbside-lookups-")
    servers = []
    try:
        pg_script = os.path.join(work, "lookup.sql")
        _pgbench_script(bounds, pg_script)
        if cluster is not None and attempt("single lookups: PostGIS zones of (a)",
                                           lambda: cluster.load_zones(zones_path, work)) is None:
            cluster = None

        secret = secrets.token_urlsafe(48)
        env = dict(os.environ, CURBSIDE_JWT_SECRET=secret)
        db = os.path.join(work, "bench.sqlite")
        imported = subprocess.run([curbside, "zones", "import", zones_path, "--tenant", "bench", "--db", db], env=env,
                                  capture_output=True, text=True)
        if imported.returncode != 0:
            raise StepFailed(f"curbside zones import: {imported.stderr.strip()[-1000:]}")
        token = subprocess.run([curbside, "token", "--tenant", "bench", "--ttl", "7200", "--db", db], env=env,
                               check=True, capture_output=True, text=True).stdout.strip()
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        servers.append(_Server([curbside, "serve", "--host", "127.0.0.1", "--port", str(port), "--metrics-port", "0",
                                "--db", db, "--geocoder", "offline"], port, f"{base}/healthz",
                               os.path.join(work, "server.log"), env=env))
        box = ",".join(repr(v) for v in bounds)
        wrk_env = dict(os.environ, TOKEN=token, BOX=box, ZIP_EVERY="0")

        with open(zones_path) as f:
            ids = [str((z.get("properties") or {}).get("id", i)) for i, z in enumerate(json.load(f)["features"])]

        def check():
            compared, wrong = _cross_check(cluster, base, token, bounds, ids)
            results["checks"].append({"what": "(a) single lookups: PostGIS's prepared query vs POST /match-zone",
                                      "compared": compared, "disagreements": len(wrong), "sample": wrong[:5]})
            log(f"check single lookups PostGIS vs /match-zone: {len(wrong)} disagreements in {compared}")

        if cluster is not None:
            attempt("single lookups: PostGIS vs /match-zone answers", check)

        # Warm both sides (shared buffers and catalog caches; the zone index, connections), unmeasured.
        if cluster is not None:
            cluster.pgbench(pg_script, 16, 1, os.path.join(work, "warm"))
        _wrk(f"{base}/match-zone", 16, 1, "match-zone.lua", wrk_env)

        def pg(clients):
            m = section["postgis"][str(clients)] = _pgbench(cluster, pg_script, clients, seconds, work)
            log(f"single lookups: PostGIS -c{clients}: {m['lookups_per_second']:,.0f} lookups/s, "
                f"p50 {m['p50_ms']:.3g} ms, p99 {m['p99_ms']:.3g} ms")
            if m["failed"]:
                raise StepFailed(f"pgbench -c{clients}: {m['failed']} failed transactions")

        def match(clients):
            m = section["match_zone"][str(clients)] = _wrk(f"{base}/match-zone", clients, seconds, "match-zone.lua",
                                                          wrk_env)
            log(f"single lookups: POST /match-zone -c{clients}: {m['requests_per_second']:,.0f} req/s, "
                f"p50 {m['p50_ms']:.3g} ms, p99 {m['p99_ms']:.3g} ms")
            if m["non_2xx"]:
                raise StepFailed(f"POST /match-zone -c{clients}: {m['non_2xx']} non-2xx answers")

        for clients in CONNECTIONS:
            if cluster is not None:
                attempt(f"single lookups: pgbench -c{clients}", lambda: pg(clients))
            attempt(f"single lookups: POST /match-zone -c{clients}", lambda: match(clients))

        def ceiling():
            port = _free_port()
            url = f"http://127.0.0.1:{port}/match-zone"
            server = _Server([floor, str(port)], port, url, os.path.join(work, "floor.log"),
                             ready=lambda u: _request(u, "", "POST", {"lat": 30.0, "lng": -97.0})[0] == 200)
            servers.append(server)
            try:
                m = section["floor"] = _wrk(url, 64, seconds, "match-zone.lua", wrk_env)
            finally:
                server.stop()
            log(f"single lookups: hummingbird-floor -c64: {m['requests_per_second']:,.0f} req/s, "
                f"p99 {m['p99_ms']:.3g} ms")
            if m["non_2xx"]:
                raise StepFailed(f"hummingbird-floor: {m['non_2xx']} non-2xx answers")

        if floor and os.access(floor, os.X_OK):
            attempt("single lookups: hummingbird-floor", ceiling)
        else:
            results["failures"].append(f"single lookups: no {floor}; build it with "
                                       "`swift build -c release --product hummingbird-floor` in benchmarks/")

        refusals = [
            ("401", "POST /match-zone, token with a wrong signature", "/match-zone", "match-zone.lua",
             dict(wrk_env, TOKEN=_bad_signature(token)),
             lambda: _request(f"{base}/match-zone", _bad_signature(token), "POST", {"lat": 30.5, "lng": -97.5})),
            ("404", "GET of an unrouted path, valid token", "/no-such-route", "get-with-token.lua", wrk_env,
             lambda: _request(f"{base}/no-such-route", token)),
            ("422", "POST /match-zone with lat 300, valid token", "/match-zone", "match-zone.lua",
             dict(wrk_env, LAT="300"),
             lambda: _request(f"{base}/match-zone", token, "POST", {"lat": 300, "lng": -97.5})),
        ]
        for status, what, path, script, env_, probe in refusals:
            def refusal():
                got, body = probe()
                if str(got) != status:
                    raise StepFailed(f"expected HTTP {status}, got {got}: {body[:200]}")
                m = _wrk(f"{base}{path}", 64, seconds, script, env_)
                m.update(status=int(status), what=what, probe_body=body[:200])
                section["refusals"][status] = m
                log(f"single lookups: {status} -c64: {m['requests_per_second']:,.0f} req/s, p99 {m['p99_ms']:.3g} ms")
                if m["non_2xx"] != m["requests"]:
                    raise StepFailed(f"only {m['non_2xx']} of {m['requests']} answers were non-2xx")
            attempt(f"single lookups: HTTP {status}", refusal)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
