"""A territory change in process: 100,000 properties (10,000 with --quick), each with one customer, stored at uniform
random points over (a)'s zones in a fresh SQLite file; a draft that drops every tenth zone is previewed (median of
3) and published (one transaction moving about a tenth of the properties, with their events). The benchmark fails
unless the publish moves exactly the properties the preview listed and leaves none where the new set would not
put it."""
import json

from proc import log, run


def run_rezone(results, bench, zones_a, quick):
    count = 10_000 if quick else 100_000
    out, _, _ = run([bench, "rezone", "--zones", zones_a, "--properties", count, "--runs", "3"])
    r = results["rezone"] = json.loads(out.strip().splitlines()[-1])
    log(f"rezone, {r['properties']:,} properties, {r['zones']:,} zones ({r['store']}): preview "
        f"{r['preview_median_seconds']:.3f} s, publish {r['publish_seconds']:.3f} s, {r['moves']:,} moves")


def rows(r, row):
    """The preview (< 1 s) and publish (< 5 s) rows, targets for 100,000 properties."""
    if not r:
        return []
    scale = r["properties"] / 100_000
    preview = row("a", f"re-zoning preview, {r['properties']:,} properties ({r['moves']:,} moves), {r['store']}",
                  "Curbside (TerritoryService.impact)", "1 thread", r["preview_median_seconds"], unit="s (median)")
    preview["target"], preview["met"] = "< 1 s at 100,000", r["preview_median_seconds"] < 1 * scale
    publish = row("a", f"re-zoning publish, {r['properties']:,} properties ({r['moves']:,} moves), {r['store']}",
                  "Curbside (TerritoryService.publish)", "1 thread", r["publish_seconds"], unit="s")
    publish["target"], publish["met"] = "< 5 s at 100,000", r["publish_seconds"] < 5 * scale
    return [preview, publish]
