"""Reading a Curbside zone file for the Python peers, with Curbside's precedence as a rank per zone."""
import json

import numpy as np
import shapely


def load(path):
    """The zones' geometries, ids, names, and each zone's rank (0 = best; -1 = inactive, never matches).

    Rank order is Curbside's precedence: highest `priority` first, then the zone defined earliest.
    """
    with open(path) as f:
        features = json.load(f)["features"]
    geometries = [shapely.geometry.shape(f["geometry"]) for f in features]
    props = [f.get("properties") or {} for f in features]
    ids = [str(p.get("id", i)) for i, p in enumerate(props)]
    names = [str(p.get("name", ids[i])) for i, p in enumerate(props)]
    rank, order = precedence(features)
    return geometries, ids, names, rank, order


def precedence(features):
    """Each zone's rank (0 = best, -1 = inactive) and the zone position of each rank."""
    props = [f.get("properties") or {} for f in features]
    priority = np.array([int(p.get("priority", 0)) for p in props])
    active = np.array([bool(p.get("is_active", True)) for p in props])
    positions = np.arange(len(features))
    order = [int(i) for i in np.lexsort((positions, -priority)) if active[i]]
    rank = np.full(len(features), -1, dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank, np.array(order, dtype=np.int32)


def best_zone(pairs, point_count, rank, order):
    """Reduces (point, zone) hit pairs to the best-ranked zone position per point, -1 where none."""
    points, zones = pairs
    ranks = rank[zones]
    keep = ranks >= 0
    best = np.full(point_count, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(best, points[keep], ranks[keep])
    result = np.full(point_count, -1, dtype=np.int32)
    hit = best != np.iinfo(np.int64).max
    result[hit] = order[best[hit]]
    return result
