"""The workloads and how to generate them (deterministic seeds, cached under results/tmp)."""
import hashlib
import json
import os
from dataclasses import asdict, dataclass

from proc import log, run


@dataclass
class Workload:
    key: str
    title: str
    kind: str  # voronoi or coastline
    zones: int
    vertices: int
    points: int
    zone_seed: int
    point_seed: int
    holes: int = 0
    hole_vertices: int = 0


def plan(quick):
    """The in-process workloads and the whole-process point count for one mode."""
    n = 200_000 if quick else 1_000_000
    workloads = [
        Workload("a", "1,000 Voronoi zones × ~200 vertices", "voronoi", 1000, 200, n, 1, 11),
        Workload("b", f"{20_000 if quick else 100_000:,} Voronoi zones × ~24 vertices", "voronoi",
                 20_000 if quick else 100_000, 24, n, 2, 12),
        # Quick mode gives (c) fewer points: shapely's query-predicate way manages only ~10k points/s there.
        Workload("c", "4 coastline zones × 12,000 vertices, 3 holes × 1,000 each", "coastline",
                 4, 12_000, 50_000 if quick else n, 3, 13, holes=3, hole_vertices=1000),
    ]
    # Issue 19: the whole process at 1M points, where the fixed cost (load, validate, index) weighs most.
    whole_process_points = 500_000 if quick else 1_000_000
    return workloads, whole_process_points


def _source_digest(root):
    """A digest of the generator sources, so a changed generator invalidates cached data."""
    digest = hashlib.sha256()
    for folder in ("Sources/ZoneSynthesis", "benchmarks/Sources/curbside-bench"):
        base = os.path.join(root, folder)
        for name in sorted(os.listdir(base)):
            with open(os.path.join(base, name), "rb") as f:
                digest.update(name.encode() + f.read())
    return digest.hexdigest()[:16]


def _cached(stamp_path, params):
    if not os.path.exists(stamp_path):
        return None
    with open(stamp_path) as f:
        stamp = json.load(f)
    return stamp if stamp.get("params") == params else None


def generate(workload, bench, root, tmp, fresh=False):
    """Writes zones.geojson, points.bin and points.csv for `workload`; returns their paths and zone facts."""
    folder = os.path.join(tmp, f"{workload.key}-{workload.zones}z-{workload.points}p")
    os.makedirs(folder, exist_ok=True)
    paths = {name: os.path.join(folder, name) for name in ("zones.geojson", "points.bin", "points.csv")}
    params = dict(asdict(workload), generator=_source_digest(root))
    stamp_path = os.path.join(folder, "stamp.json")
    stamp = None if fresh else _cached(stamp_path, params)
    if stamp and all(os.path.exists(p) for p in paths.values()):
        log(f"workload {workload.key}: cached in {folder}")
        return paths, stamp["facts"], stamp["seconds"]
    log(f"workload {workload.key}: generating {workload.title}, {workload.points:,} points")
    zone_cmd = [bench, "zones", "--kind", workload.kind, "--count", str(workload.zones),
                "--vertices", str(workload.vertices), "--seed", str(workload.zone_seed), "-o", paths["zones.geojson"]]
    if workload.kind == "coastline":
        zone_cmd += ["--holes", str(workload.holes), "--hole-vertices", str(workload.hole_vertices)]
    out, zone_seconds, _ = run(zone_cmd)
    facts = json.loads(out)
    bounds = ",".join(repr(v) for v in facts["bounds"])
    _, point_seconds, _ = run([bench, "points", f"--bounds={bounds}", "--count", str(workload.points),
                               "--seed", str(workload.point_seed), "--binary", paths["points.bin"],
                               "--csv", paths["points.csv"]])
    seconds = {"zones": zone_seconds, "points": point_seconds}
    with open(stamp_path, "w") as f:
        json.dump({"params": params, "facts": facts, "seconds": seconds}, f)
    return paths, facts, seconds


def whole_process_points(bench, bounds, count, tmp, root, fresh=False):
    """The CSV of `count` points over `bounds` for the whole-process runs."""
    path = os.path.join(tmp, f"d-{count}p.csv")
    params = {"bounds": bounds, "count": count, "seed": 14, "generator": _source_digest(root)}
    stamp_path = path + ".stamp.json"
    if not fresh and _cached(stamp_path, params) and os.path.exists(path):
        log(f"workload d: cached {path}")
        return path
    log(f"workload d: generating {count:,} points")
    run([bench, "points", "--bounds=" + ",".join(repr(v) for v in bounds), "--count", str(count),
         "--seed", "14", "--csv", path])
    with open(stamp_path, "w") as f:
        json.dump({"params": params, "facts": {}, "seconds": {}}, f)
    return path
