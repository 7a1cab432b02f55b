"""The assignment refresh after a zone change, in process: 100,000 properties (10,000 with --quick), each with one
customer, stored at uniform random points over (a)'s zones in a fresh SQLite file; the zones are replaced by a
distorted set (every 2nd zone grown by 1 % and the next shrunk) and back, and each replacement's refresh of every
property's boundary distance, reasons and assignment is timed (median of 3); so are a refresh that changes nothing
and one after a single zone's edit (the middle zone grown by 1 %)."""
import json

from proc import log, run


def run_assignment_refresh(results, bench, zones_a, quick):
    count = 10_000 if quick else 100_000
    out, _, _ = run([bench, "assignment-refresh", "--zones", zones_a, "--properties", count, "--runs", "3"])
    r = results["assignment_refresh"] = json.loads(out.strip().splitlines()[-1])
    log(f"assignment refresh, {r['properties']:,} properties, {r['zones']:,} zones ({r['store']}): median "
        f"{r['median_seconds']:.3f} s with {r['changed']:,} changed, {r['unchanged_median_seconds']:.3f} s unchanged, "
        f"{r['one_zone_seconds']:.3f} s after one zone's edit ({r['one_zone_changed']:,} changed)")
