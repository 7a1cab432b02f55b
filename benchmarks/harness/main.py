"""Curbside benchmark harness: builds, generates the workloads, runs Curbside and its peers on the same data,
checks that every engine gives the same zone for every point, and writes the report."""
import argparse
import hashlib
import json
import os
import signal
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, "peers"))

import numpy as np  # noqa: E402

import machine  # noqa: E402
import postgis  # noqa: E402
import report  # noqa: E402
import first_answer  # noqa: E402
import single_lookups  # noqa: E402
import streets  # noqa: E402
import workloads  # noqa: E402
import zone_coverage  # noqa: E402
import assignment_refresh  # noqa: E402
import rezone  # noqa: E402
import webhooks  # noqa: E402
from proc import log, run  # noqa: E402

TMP = os.path.join(HERE, "results", "tmp")
CURBSIDE = os.path.join(ROOT, ".build", "release", "curbside")
BENCH = os.path.join(HERE, ".build", "release", "curbside-bench")
FLOOR = os.path.join(HERE, ".build", "release", "hummingbird-floor")
PYTHON = sys.executable


def build(skip):
    if skip:
        return
    for cmd, cwd in ((["swift", "build", "-c", "release", "--product", "curbside"], ROOT),
                     (["swift", "build", "-c", "release", "--product", "curbside-bench"], HERE),
                     (["swift", "build", "-c", "release", "--product", "hummingbird-floor"], HERE)):
        log(f"building: {' '.join(cmd)} (in {cwd})")
        _, seconds, _ = run(cmd, cwd=cwd, capture=False)
        log(f"built in {seconds:.0f} s")


class Checks:
    """Answer comparisons; any disagreement fails the run."""

    def __init__(self, results):
        self.list = results["checks"]

    def compare(self, what, reference, other):
        n = min(len(reference), len(other))
        diff = np.nonzero(reference[:n] != other[:n])[0]
        count = int(len(diff)) + abs(len(reference) - len(other))
        sample = [{"point": int(i), "curbside": int(reference[i]), "peer": int(other[i])} for i in diff[:5]]
        self.list.append({"what": what, "compared": int(max(len(reference), len(other))), "disagreements": count,
                          "sample": sample})
        (log if count == 0 else lambda m: log("!!! " + m))(f"check {what}: {count} disagreements")


def attempt(results, what, step):
    """Runs `step`, recording a failure instead of stopping the whole run."""
    try:
        return step()
    except Exception as error:  # noqa: BLE001 (recorded and reported; the run then fails)
        message = f"{what}: {error}"
        log("!!! FAILED " + message)
        results["failures"].append(message)
        return None


def run_workload(results, checks, w, cluster, fresh):
    paths, facts, gen_seconds = workloads.generate(w, BENCH, ROOT, TMP, fresh)
    folder = os.path.dirname(paths["zones.geojson"])
    entry = results["workloads"].setdefault(w.key, {})
    entry.update(title=w.title, zones=facts["zones"], positions=facts["positions"],
                 min_positions=facts["min_positions"], holes=facts["holes"], bounds=facts["bounds"],
                 points=w.points, generation_seconds=gen_seconds, seeds=[w.zone_seed, w.point_seed])
    if w.kind == "coastline":
        out, _, _ = run([CURBSIDE, "zones", "validate", paths["zones.geojson"]])
        entry["validate"] = out.strip()
        log(f"workload {w.key}: curbside zones validate: {out.strip()}")

    def core():
        answers = os.path.join(folder, "answers-core.i32")
        out, _, _ = run([BENCH, "core", "--zones", paths["zones.geojson"], "--points", paths["points.bin"],
                         "--answers", answers, "--latency-sample", str(min(100_000, w.points))])
        entry["core"] = json.loads(out)
        entry["matched"] = entry["core"]["matched"]
        log(f"workload {w.key}: core {entry['core']['points'] / entry['core']['single_thread_seconds']:,.0f} points/s on 1 thread")
        if entry["core"].get("detail_single_thread_seconds"):
            log(f"workload {w.key}: detail match {entry['core']['detail_points'] / entry['core']['detail_single_thread_seconds']:,.0f} points/s on 1 thread")
        if entry["core"]["threads_disagreements"] or entry["core"]["latency_disagreements"] or entry["core"].get("detail_disagreements"):
            results["failures"].append(f"{w.key}: core threads/latency answers disagree: {entry['core']}")
        return np.fromfile(answers, dtype="<i4")

    reference = attempt(results, f"{w.key}: Curbside core", core)
    if reference is None:
        return

    def shapely():
        answers = os.path.join(folder, "answers-shapely.i32")
        prepared = os.path.join(folder, "answers-shapely-prepared.i32")
        out, _, _ = run([PYTHON, os.path.join(HERE, "peers", "shapely_bench.py"), "--zones", paths["zones.geojson"],
                         "--points", paths["points.bin"], "--answers", answers, "--answers-prepared", prepared])
        entry["shapely"] = json.loads(out)
        checks.compare(f"({w.key}) shapely query(predicate) vs Curbside core", reference,
                       np.fromfile(answers, dtype="<i4"))
        checks.compare(f"({w.key}) shapely prepared intersects_xy vs Curbside core", reference,
                       np.fromfile(prepared, dtype="<i4"))

    attempt(results, f"{w.key}: shapely", shapely)

    def pg():
        measured, answers = cluster.run_workload(paths["zones.geojson"], paths["points.csv"], folder)
        entry["postgis"] = measured
        checks.compare(f"({w.key}) PostGIS vs Curbside core", reference, answers)

    if cluster is not None:
        attempt(results, f"{w.key}: PostGIS", pg)


def _digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 22), b""):
            h.update(block)
    return h.hexdigest()


def _zone_column(path):
    with open(path) as f:
        f.readline()
        return [line.split(",", 2)[1] for line in f]


def run_whole_process(results, checks, count, cores):
    a = results["workloads"]["a"]
    zones_path = os.path.join(TMP, f"a-{a['zones']}z-{a['points']}p", "zones.geojson")
    csv = workloads.whole_process_points(BENCH, a["bounds"], count, TMP, ROOT)
    d = results["whole_process"] = {"points": count, "zones": "a", "runs": {}}
    outputs = {}
    runs = [("curbside_match_1", [CURBSIDE, "match", "--threads", "1"]),
            ("curbside_match_all", [CURBSIDE, "match", "--threads", str(cores)]),
            ("shapely_match", [PYTHON, os.path.join(HERE, "peers", "shapely_match.py")])]
    for name, cmd in runs:
        out_path = os.path.join(TMP, f"d-{name}.csv")
        cmd = cmd + ["--zones", zones_path, "--input", csv, "--output", out_path]

        def step():
            _, wall, rss = run(cmd, capture=False)
            d["runs"][name] = {"wall_seconds": wall, "peak_rss_bytes": rss,
                               "command": " ".join(os.path.relpath(c, ROOT) if c.startswith(ROOT) else c for c in cmd)}
            outputs[name] = out_path
            log(f"whole process {name}: {count / wall:,.0f} points/s, peak RSS {rss / 2 ** 20:,.0f} MiB")
        attempt(results, f"d: {name}", step)
    reference = outputs.get("curbside_match_1")
    for name in ("curbside_match_all", "shapely_match"):
        if reference and name in outputs:
            what = f"(d) {name} vs curbside match 1 thread (whole output file)"
            if _digest(reference) == _digest(outputs[name]):
                checks.list.append({"what": what, "compared": count, "disagreements": 0, "sample": []})
                log(f"check {what}: identical")
            else:
                ref, other = _zone_column(reference), _zone_column(outputs[name])
                ids = {z: i for i, z in enumerate(sorted(set(ref) | set(other)))}
                checks.compare(what, np.array([ids[z] for z in ref]), np.array([ids[z] for z in other]))


def run_http(results, quick, zones_path):
    script = os.path.join(HERE, "http", "run-http")
    if not (os.path.isfile(script) and os.access(script, os.X_OK)):
        results["notes"].append("No HTTP section: benchmarks/http/run-http is not there yet.")
        return
    target = os.path.join(TMP, "http.json")
    if os.path.exists(target):
        os.remove(target)
    env = dict(os.environ, BENCH_MODE="quick" if quick else "full", CURBSIDE_BIN=CURBSIDE, BENCH_TMP=TMP,
               BENCH_ZONES=zones_path or "")
    # POST /match-zone is measured by the single-lookups section (beside PostGIS and the floor), not here.
    arguments = [script, "--no-match-zone"] + (["--quick"] if quick else []) + \
        (["--zones", zones_path] if zones_path else [])
    run(arguments, env=env, capture=False)
    with open(target) as f:
        data = json.load(f)
    results["http"] = data.get("rows", data) if isinstance(data, dict) else data


def run_geocode(results, quick):
    out, _, _ = run([BENCH, "geocode", "--lookups", 200_000 if quick else 2_000_000])
    results.setdefault("http", [])
    if not isinstance(results["http"], list):
        results["http"] = []
    results["http"].append(json.loads(out.strip().splitlines()[-1]))


def main():
    parser = argparse.ArgumentParser(prog="benchmarks/run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller point counts; under 2 minutes after builds")
    parser.add_argument("--skip-build", action="store_true", help="use the existing release builds")
    parser.add_argument("--fresh", action="store_true", help="regenerate cached workload files")
    parser.add_argument("--only", default="abcd", help="workloads to run, e.g. ac (default abcd)")
    parser.add_argument("--no-postgis", action="store_true", help="leave out the PostGIS peer")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    os.makedirs(TMP, exist_ok=True)
    build(args.skip_build)
    mode = "quick" if args.quick else "full"
    results = {"machine": machine.describe(ROOT, mode), "workloads": {}, "checks": [], "failures": [],
               "notes": ["Ratios divide Curbside's points/s by the peer's (above 1: Curbside is faster).",
                         "shapely and peers/shapely_match.py run on one thread (GEOS calls hold the GIL).",
                         "PostGIS runs one query in one backend, plus the parallel workers its planner picks."]}
    checks = Checks(results)
    plan, whole_count = workloads.plan(args.quick)
    cluster = None
    started = __import__("time").perf_counter()
    try:
        if not args.no_postgis:
            cluster = attempt(results, "PostGIS setup", postgis.Cluster)
            if cluster is not None:
                attempt(results, "PostGIS start", cluster.start)
                if not cluster.running:
                    cluster.stop()
                    cluster = None
            if cluster is not None:
                results["machine"].update(attempt(results, "PostGIS versions", cluster.versions) or {})
                results["postgis_settings"] = postgis.SETTINGS
        for w in plan:
            if w.key in args.only:
                attempt(results, f"workload {w.key}", lambda: run_workload(results, checks, w, cluster, args.fresh))
        a = results["workloads"].get("a")
        if a:
            zones_a = os.path.join(TMP, f"a-{a['zones']}z-{a['points']}p", "zones.geojson")
            attempt(results, "single lookups", lambda: single_lookups.run(
                results, lambda what, step: attempt(results, what, step), cluster, args.quick, zones_a, a["bounds"],
                CURBSIDE, FLOOR))
        else:
            results["notes"].append("No single-lookups section: it needs workload (a).")
    finally:
        if cluster is not None:
            cluster.stop()
    cores = results["machine"]["cores_usable"]
    if "d" in args.only and "a" in results["workloads"]:
        run_whole_process(results, checks, whole_count, cores)
    a = results["workloads"].get("a")
    zones_a = os.path.join(TMP, f"a-{a['zones']}z-{a['points']}p", "zones.geojson") if a else None
    b = results["workloads"].get("b")
    zones_b = os.path.join(TMP, f"b-{b['zones']}z-{b['points']}p", "zones.geojson") if b and not args.quick else None
    if zones_a:
        attempt(results, "coverage report", lambda: zone_coverage.run_coverage(results, BENCH, zones_a))
        attempt(results, "assignment refresh", lambda: assignment_refresh.run_assignment_refresh(
            results, BENCH, zones_a, args.quick))
        attempt(results, "re-zoning", lambda: rezone.run_rezone(results, BENCH, zones_a, args.quick))
    attempt(results, "webhook delivery", lambda: webhooks.run_webhooks(results, BENCH, args.quick))
    attempt(results, "time to first answer", lambda: first_answer.run_first_answer(
        results, CURBSIDE, TMP, zones_a, a["bounds"] if a else None, zones_b, b["bounds"] if b else None))
    attempt(results, "HTTP section", lambda: run_http(results, args.quick, zones_a))
    attempt(results, "cached geocode in process", lambda: run_geocode(results, args.quick))
    attempt(results, "TIGER/Line import", lambda: streets.run_import(results, CURBSIDE, BENCH, TMP))
    attempt(results, "uncached street geocodes", lambda: streets.run_geocode(results, BENCH, args.quick))
    for w in results["workloads"].values():
        if "shapely" in w:
            results["machine"].update(shapely=w["shapely"]["shapely"], shapely_geos=w["shapely"]["geos"],
                                      numpy=w["shapely"]["numpy"])
    results["seconds_after_build"] = __import__("time").perf_counter() - started
    results["machine"]["load_average_at_end"] = machine.load_average()
    rows = report.build_rows(results)
    report.write_all(results, rows, os.path.join(HERE, "results"))
    print(report.text_table(rows))
    print(f"\n{mode} run: {results['seconds_after_build']:.0f} s after builds; "
          f"results in benchmarks/results/latest.{{json,md,svg}}")
    bad = [c for c in results["checks"] if c["disagreements"]]
    for c in bad:
        print(f"!!! DISAGREEMENT {c['what']}: {c['disagreements']:,} points, e.g. {c['sample']}", file=sys.stderr)
    for f in results["failures"]:
        print(f"!!! FAILED {f}", file=sys.stderr)
    return 1 if bad or results["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
