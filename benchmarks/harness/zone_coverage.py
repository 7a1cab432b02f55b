"""The coverage report on (a)'s 1,000 zones, in process: as generated (a tessellation: no overlaps, no gaps) and
distorted (every 10th zone grown by 1 %, overlapping its neighbours, and every 10th from the 5th shrunk by 1 %,
leaving gaps), the median of 3 runs each."""
import json

from proc import log, run


def run_coverage(results, bench, zones_a):
    out, _, _ = run([bench, "coverage", "--zones", zones_a, "--runs", "3"])
    d = results["coverage"] = json.loads(out.strip().splitlines()[-1])
    for name, r in d.items():
        log(f"coverage, {r['zones']:,} zones ({name}): median {r['median_seconds']:.3f} s, "
            f"{r['overlaps']} overlaps, {r['gaps']} gaps, {r['slivers']} slivers")
