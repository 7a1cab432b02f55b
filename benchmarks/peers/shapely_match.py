"""The shapely counterpart of `curbside match --input P.csv --output O.csv`, for whole-process timing.

Reads a CSV with a header naming id, lat and lng (plain, unquoted fields), matches every point with a shapely 2
STRtree and prepared polygons, and writes id,zone_id,zone_name,method in input order, as Curbside does. Single-threaded.
"""
import argparse
import sys

import numpy as np
import shapely

import zones as zonefile


def escape(text):
    """One CSV field, quoted when it holds a comma, quote or line break (as Curbside writes it)."""
    if any(c in text for c in ',"\n\r'):
        return '"' + text.replace('"', '""') + '"'
    return text


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--zones", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    geometries, ids, names, rank, order = zonefile.load(args.zones)
    tree = shapely.STRtree(geometries)

    with open(args.input) as f:
        header = [h.strip() for h in f.readline().split(",")]
        rows = f.read().splitlines()
    col = {name: header.index(name) for name in ("id", "lat", "lng")}
    fields = [row.split(",") for row in rows]
    point_ids = [r[col["id"]] for r in fields]
    coords = np.empty((len(fields), 2))
    coords[:, 0] = np.array([r[col["lng"]] for r in fields], dtype=np.float64)
    coords[:, 1] = np.array([r[col["lat"]] for r in fields], dtype=np.float64)
    del fields, rows

    # Bounding-box candidates, then point-in-polygon on prepared polygons (far faster than a query predicate,
    # which would prepare the points instead).
    shapely.prepare(tree.geometries)
    candidates = tree.query(shapely.points(coords))
    inside = shapely.intersects_xy(tree.geometries[candidates[1]], coords[candidates[0], 0], coords[candidates[0], 1])
    answers = zonefile.best_zone(candidates[:, inside], len(coords), rank, order)

    suffix = [f",{escape(i)},{escape(n)},polygon\n" for i, n in zip(ids, names)] + [",,,none\n"]
    picks = np.where(answers >= 0, answers, len(ids)).tolist()
    with open(args.output, "w") as out:
        out.write("id,zone_id,zone_name,method\n")
        chunk = 1 << 16
        for start in range(0, len(point_ids), chunk):
            out.write("".join(p + suffix[z] for p, z in zip(point_ids[start:start + chunk], picks[start:start + chunk])))
    print(f"matched {int((answers >= 0).sum())} of {len(answers)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
