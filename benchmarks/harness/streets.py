"""Street-level geocoding offline: importing a county of TIGER/Line address ranges with `curbside geocoder
import-tiger`, and uncached street-level geocodes in process (issue 20)."""
import json
import os
import shutil

from proc import log, run

EDGES = 60_000


def _http_list(results):
    results.setdefault("http", [])
    if not isinstance(results["http"], list):
        results["http"] = []
    return results["http"]


def run_import(results, curbside, bench, tmp):
    """A synthetic county of about 60,000 edges (a street grid, ADDRFEAT fields and types), written by ogr2ogr as
    the zipped shapefile the Census Bureau publishes, imported into a new SQLite file."""
    directory = os.path.join(tmp, "tiger")
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    name = "tl_2024_99999_addrfeat"
    csv = os.path.join(directory, name + ".csv")
    out, _, _ = run([bench, "street-county", "--edges", EDGES, "--output", csv])
    edges = int(out.strip().splitlines()[-1])
    zipped = os.path.join(directory, name + ".shp.zip")
    run(["ogr2ogr", "-f", "ESRI Shapefile", "-a_srs", "EPSG:4269", "-oo", "GEOM_POSSIBLE_NAMES=WKT",
         "-oo", "KEEP_GEOM_COLUMNS=NO", "-nln", name, zipped, csv])
    archive = os.path.join(directory, name + ".zip")
    os.rename(zipped, archive)
    database = os.path.join(directory, "tiger.sqlite")
    _, seconds, rss = run([curbside, "geocoder", "import-tiger", archive, "--database", database], capture=False)
    log(f"imported {edges} edges in {seconds:.1f} s")
    _http_list(results).append({
        "name": f"TIGER/Line import, one county ({edges:,} edges, SQLite)", "value": seconds, "unit": "s",
        "threads": "1", "engine": "curbside geocoder import-tiger", "peak_rss_bytes": rss,
    })


def run_geocode(results, bench, quick):
    out, _, _ = run([bench, "street-geocode", "--edges", EDGES, "--lookups", 100_000 if quick else 1_000_000])
    _http_list(results).append(json.loads(out.strip().splitlines()[-1]))
