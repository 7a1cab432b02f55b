"""In-process shapely 2 peer, two ways, both vectorised over all points:

- query: `STRtree.query(points, predicate="intersects")` (shapely prepares the query geometry, a point, so each
  candidate test walks the whole polygon);
- prepared: `STRtree.query(points)` for bounding-box candidates, then `intersects_xy` on prepared polygons.

Each is reduced to one zone per point with Curbside's precedence. Prints the measurements as JSON and writes each
point's zone position (int32, -1 for none) per way. shapely runs GEOS on the calling thread only: single-threaded.
"""
import argparse
import json
import time

import numpy as np
import shapely

import zones as zonefile


def peak_rss():
    """VmHWM in bytes (ru_maxrss would count the memory of the process that started this one)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--zones", required=True)
    parser.add_argument("--points", required=True, help="float64 lng, lat pairs")
    parser.add_argument("--answers", required=True, help="answers of the query way")
    parser.add_argument("--answers-prepared", required=True, help="answers of the prepared way")
    args = parser.parse_args()

    start = time.perf_counter()
    geometries, _, _, rank, order = zonefile.load(args.zones)
    load_seconds = time.perf_counter() - start
    coords = np.fromfile(args.points, dtype="<f8").reshape(-1, 2)

    start = time.perf_counter()
    points = shapely.points(coords)
    points_seconds = time.perf_counter() - start

    start = time.perf_counter()
    tree = shapely.STRtree(geometries)
    tree.query(shapely.points([[0.0, 0.0]]))  # make sure the tree is built inside the timing
    build_seconds = time.perf_counter() - start

    start = time.perf_counter()
    pairs = tree.query(points, predicate="intersects")
    query_seconds = time.perf_counter() - start
    start = time.perf_counter()
    answers = zonefile.best_zone(pairs, len(points), rank, order)
    reduce_seconds = time.perf_counter() - start
    answers.astype("<i4").tofile(args.answers)

    start = time.perf_counter()
    shapely.prepare(geometries)
    prepare_seconds = time.perf_counter() - start
    start = time.perf_counter()
    candidates = tree.query(points)
    inside = shapely.intersects_xy(tree.geometries[candidates[1]],
                                   coords[candidates[0], 0], coords[candidates[0], 1])
    prepared_answers = zonefile.best_zone(candidates[:, inside], len(points), rank, order)
    prepared_seconds = time.perf_counter() - start
    prepared_answers.astype("<i4").tofile(args.answers_prepared)

    print(json.dumps({
        "zones": len(geometries),
        "points": len(points),
        "matched": int((answers >= 0).sum()),
        "pairs": int(pairs.shape[1]),
        "load_seconds": load_seconds,
        "points_seconds": points_seconds,
        "build_seconds": build_seconds,
        "query_seconds": query_seconds,
        "reduce_seconds": reduce_seconds,
        "prepare_seconds": prepare_seconds,
        "prepared_seconds": prepared_seconds,
        "prepared_matched": int((prepared_answers >= 0).sum()),
        "candidates": int(candidates.shape[1]),
        "peak_rss_bytes": peak_rss(),
        "shapely": shapely.__version__,
        "geos": shapely.geos_version_string,
        "numpy": np.__version__,
    }))


if __name__ == "__main__":
    main()
