"""Time to the first answer: `curbside match` on one point, from process start to its answer on standard output
(load the zone file, validate, index, match), for (a)'s zones as GeoJSON and as a Shapefile (converted here with
ogr2ogr), and for (b)'s 100,000 zones as GeoJSON. The median of several runs, after one untimed run that warms the
page cache. Also the whole process on 1M points against the shapely script, the issue-19 form of workload (d)."""
import os
import shutil
import statistics

from proc import log, run

RUNS = 7


def _median_wall(cmd, runs=RUNS):
    run(cmd)  # the page cache, not the process, is what the first run would measure
    walls = [run(cmd)[1] for _ in range(runs)]
    return statistics.median(walls), min(walls)


def _shapefile(zones_path, tmp):
    """(a)'s zones as a zipped Shapefile, made once with ogr2ogr; None when ogr2ogr is missing."""
    ogr2ogr = shutil.which("ogr2ogr")
    if not ogr2ogr:
        return None
    out_dir = os.path.join(tmp, "first-answer-shp")
    shp = os.path.join(out_dir, "zones.shp")
    if not os.path.exists(shp) or os.path.getmtime(shp) < os.path.getmtime(zones_path):
        shutil.rmtree(out_dir, ignore_errors=True)
        os.makedirs(out_dir)
        run([ogr2ogr, "-f", "ESRI Shapefile", shp, zones_path, "-lco", "ENCODING=UTF-8"])
    return shp


def run_first_answer(results, curbside, tmp, zones_a, bounds_a, zones_b, bounds_b):
    d = results["first_answer"] = {"runs": RUNS, "rows": []}

    def measure(name, zones, bounds, target_s):
        lng, lat = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
        cmd = [curbside, "match", "--zones", zones, "--lat", repr(lat), "--lng", repr(lng)]
        median, best = _median_wall(cmd)
        d["rows"].append({"name": name, "median_seconds": median, "best_seconds": best, "target_seconds": target_s,
                          "command": " ".join(os.path.basename(c) if c.startswith("/") else c for c in cmd)})
        log(f"first answer, {name}: median {median * 1e3:.0f} ms (best {best * 1e3:.0f} ms), target ≤ {target_s * 1e3:.0f} ms")

    if zones_a:
        measure("1,000 zones (a), GeoJSON", zones_a, bounds_a, 0.060)
        shp = _shapefile(zones_a, tmp)
        if shp:
            measure("1,000 zones (a), Shapefile", shp, bounds_a, 0.060)
        else:
            results["notes"].append("No Shapefile first-answer row: ogr2ogr (gdal-bin) is missing.")
    if zones_b:
        measure("100,000 zones (b), GeoJSON", zones_b, bounds_b, 1.5)
