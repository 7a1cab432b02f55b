"""Turning measurements into one table (terminal and Markdown), a JSON file and an SVG chart."""
import html
import json
import math
import os

import rezone
import webhooks

GIB = 1024 ** 3
COLUMNS = ["workload", "measurement", "engine", "threads", "throughput", "Curbside 1T ÷ peer",
           "Curbside all ÷ peer", "p50 ms", "p99 ms", "index build", "peak RSS", "target", "met"]


def _rate(points, seconds):
    return points / seconds if seconds and seconds > 0 else None


def _row(workload, measurement, engine, threads, throughput, unit="points/s", **extra):
    return dict(workload=workload, measurement=measurement, engine=engine, threads=threads,
                throughput=throughput, unit=unit, **extra)


def _workload_rows(key, w, cores):
    rows = []
    core, shapely, pg = w.get("core"), w.get("shapely"), w.get("postgis")
    c1 = call = None
    if core:
        c1 = _rate(core["points"], core["single_thread_seconds"])
        call = _rate(core["points"], core["all_cores_seconds"])
        build = core["build_seconds"]
        common = dict(build_s=build, first_query_s=core["first_query_seconds"], peak_rss=core["peak_rss_bytes"])
        rows.append(_row(key, "bulk coveringZonePositions", "Curbside core", "1 thread", c1, **common))
        rows.append(_row(key, "bulk coveringZonePositions", "Curbside core", f"all cores ({cores})", call, **common))
        rows.append(_row(key, f"single match(lat:lng:) ×{core['latency_sample']:,}", "Curbside core", "1 thread",
                         1 / (core["latency_mean_ms"] / 1000) if core["latency_mean_ms"] else None,
                         p50_ms=core["latency_p50_ms"], p99_ms=core["latency_p99_ms"]))
        if core.get("detail_single_thread_seconds"):
            rows.append(_row(key, "detail match, one thread", "Curbside core", "1 thread",
                             _rate(core["detail_points"], core["detail_single_thread_seconds"]),
                             build_s=core.get("detail_first_query_seconds")))  # the edge grid, built by the first detail query
    if shapely:
        tp = _rate(shapely["points"], shapely["query_seconds"] + shapely["reduce_seconds"])
        ratios = lambda tp: dict(ratio_1=c1 / tp if c1 and tp else None, ratio_all=call / tp if call and tp else None)
        rows.append(_row(key, 'STRtree.query(predicate="intersects")', f"shapely {shapely['shapely']}", "1 thread", tp,
                         build_s=shapely["build_seconds"], peak_rss=shapely["peak_rss_bytes"], **ratios(tp)))
        tp = _rate(shapely["points"], shapely["prepared_seconds"])
        rows.append(_row(key, "STRtree bbox query + prepared intersects_xy", f"shapely {shapely['shapely']}",
                         "1 thread", tp, build_s=shapely["build_seconds"] + shapely["prepare_seconds"],
                         peak_rss=shapely["peak_rss_bytes"], **ratios(tp)))
    if pg:
        tp = _rate(pg["rows"], pg["join_seconds"])
        workers = pg["workers_planned"]
        threads = f"1 backend + {workers} worker{'s' if workers > 1 else ''}" if workers else "1 backend, no workers"
        rows.append(_row(key, "ST_Subdivide + GiST, ST_Covers join", "PostGIS", threads, tp,
                         ratio_1=c1 / tp if c1 and tp else None, ratio_all=call / tp if call and tp else None,
                         build_s=pg["index_seconds"], peak_rss=pg["backend_peak_rss_bytes"]))
    return rows


def _whole_rows(d, cores):
    rows = []
    runs = d.get("runs", {})
    m1, mall, script = runs.get("curbside_match_1"), runs.get("curbside_match_all"), runs.get("shapely_match")
    rate = {name: _rate(d["points"], r["wall_seconds"]) for name, r in runs.items()}
    label = "CSV in → CSV out, whole process"
    if m1:
        rows.append(_row("d", label, "curbside match", "1 thread", rate["curbside_match_1"], peak_rss=m1["peak_rss_bytes"]))
    if mall:
        rows.append(_row("d", label, "curbside match", f"all cores ({cores})", rate["curbside_match_all"],
                         peak_rss=mall["peak_rss_bytes"]))
    if script:
        tp = rate["shapely_match"]
        rows.append(_row("d", label, "peers/shapely_match.py", "1 thread", tp,
                         ratio_1=rate.get("curbside_match_1", 0) / tp if m1 and tp else None,
                         ratio_all=rate.get("curbside_match_all", 0) / tp if mall and tp else None,
                         peak_rss=script["peak_rss_bytes"]))
    return rows


def _first_answer_rows(f):
    """Time to the first answer: a duration, so the throughput column holds milliseconds and "met" is ≤ target."""
    rows = []
    for r in (f or {}).get("rows", []):
        row = _row("first", f"time to first answer, {r['name']}", "curbside match (1 point)", "all cores",
                   r["median_seconds"] * 1e3, unit="ms (median)")
        row["target"] = f"≤ {r['target_seconds'] * 1e3:.0f} ms"
        row["met"] = r["median_seconds"] <= r["target_seconds"]
        rows.append(row)
    return rows


def _coverage_rows(c):
    """The coverage report's duration on (a)'s zones: the throughput column holds seconds and "met" is < target."""
    rows = []
    for name, r in (c or {}).items():
        found = f"{r['overlaps']} overlaps, {r['gaps']} gaps, {r['slivers']} slivers"
        row = _row("a", f"coverage, {r['zones']:,} zones, {name} ({found})", "Curbside core (ZoneCoverage)",
                   "1 thread", r["median_seconds"], unit="s (median)")
        row["target"] = "< 2 s"
        row["met"] = r["median_seconds"] < 2
        rows.append(row)
    return rows


def _assignment_refresh_rows(r):
    """The assignment refresh after a zone change: the throughput column holds seconds; the < 2 s target is for
    100,000 properties."""
    if not r:
        return []
    row = _row("a", f"assignment refresh after a zone change, {r['properties']:,} properties ({r['changed']:,} changed), "
               f"{r['store']}", "Curbside (CustomerService.refreshAssignments)", "all cores", r["median_seconds"],
               unit="s (median)")
    row["target"] = "< 2 s at 100,000"
    row["met"] = r["median_seconds"] < 2 * r["properties"] / 100_000
    rows = [row]
    if "one_zone_seconds" in r:
        one = _row("a", f"assignment refresh after one zone's edit, {r['properties']:,} properties "
                   f"({r['one_zone_changed']:,} changed), {r['store']}", "Curbside (CustomerService.refreshAssignments)",
                   "all cores", r["one_zone_seconds"], unit="s")
        one["target"] = "< 2 s at 100,000"
        one["met"] = r["one_zone_seconds"] < 2 * r["properties"] / 100_000
        rows.append(one)
    return rows


def _apply_targets(rows, quick):
    scaled = " (quick: scaled-down workload)" if quick else ""
    for r in rows:
        w, engine, threads = r["workload"], r["engine"], r["threads"]
        if w == "a" and engine == "Curbside core" and threads == "1 thread" and r["measurement"].startswith("bulk"):
            r["target"], r["met"] = "≥ 20M points/s" + scaled, (r["throughput"] or 0) >= 20e6
        elif w == "a" and engine == "Curbside core" and r["measurement"] == "detail match, one thread":
            r["target"], r["met"] = "≥ 200,000 points/s" + scaled, (r["throughput"] or 0) >= 200_000
        elif w == "a" and engine.startswith("shapely"):
            r["target"], r["met"] = "Curbside 1T ≥ 100× shapely" + scaled, (r.get("ratio_1") or 0) >= 100
        elif w == "d" and engine.startswith("peers/shapely"):
            r["target"] = "curbside match (all cores, the CLI default) ≥ 25× script" + scaled
            r["met"] = (r.get("ratio_all") or 0) >= 25
        elif w == "b" and engine == "Curbside core" and threads == "1 thread" and r["measurement"].startswith("bulk"):
            r["target"] = "build < 5 s, peak RSS < 2 GiB" + scaled
            r["met"] = r["build_s"] < 5 and (r.get("peak_rss") or GIB * 99) < 2 * GIB


def _http_rows(http):
    rows = []
    for h in http if isinstance(http, list) else []:
        rows.append(_row("http", str(h.get("name", "?")), str(h.get("engine", "curbside serve")), str(h.get("threads", "")),
                         h.get("value"), unit=str(h.get("unit", "")), p50_ms=h.get("p50_ms"), p99_ms=h.get("p99_ms"),
                         peak_rss=h.get("peak_rss_bytes")))
        row, name, value = rows[-1], str(h.get("name", "")), h.get("value") or 0
        if name.startswith("NDJSON batch"):
            row["target"] = "≥ 2M points/s"
            row["met"] = value >= 2_000_000
        elif name.startswith("JSON batch"):
            row["target"] = "≥ 1M points/s"
            row["met"] = value >= 1_000_000
        elif name.startswith("cached geocode in process"):
            row["target"] = "≥ 1M lookups/s"
            row["met"] = value >= 1_000_000
        elif name.startswith("uncached street-level geocode"):
            row["target"] = "≥ 100,000 geocodes/s"
            row["met"] = value >= 100_000
        elif name.startswith("TIGER/Line import"):
            row["target"] = "< 10 s"
            row["met"] = value < 10
    return rows


def _single_rows(s):
    """Single lookups on (a)'s zones: PostGIS under pgbench, POST /match-zone, the refusals and the floor under wrk.
    As elsewhere, a peer's row carries Curbside's rate divided by the peer's; targets sit on Curbside's rows."""
    rows = []
    pg, match, refusals, floor = s.get("postgis", {}), s.get("match_zone", {}), s.get("refusals", {}), s.get("floor")
    rate = lambda m: m["requests_per_second"] if m else None
    quick = f" ({s['seconds']} s runs)" if s.get("seconds", 10) < 10 else ""
    for clients in ("16", "64"):
        p, m = pg.get(clients), match.get(clients)
        if p:
            tp = p["lookups_per_second"]
            rows.append(_row("a", "1 point per prepared query, ST_Covers, ORDER BY rank", "PostGIS",
                             f"pgbench -M prepared -c{clients} -j1", tp, unit="lookups/s",
                             ratio_all=rate(m) / tp if m and tp else None, p50_ms=p["p50_ms"], p99_ms=p["p99_ms"]))
        if m:
            row = _row("a", "POST /match-zone, 1 point per request", "curbside serve",
                       f"wrk -t1 -c{clients}, server all cores", rate(m), unit="req/s",
                       p50_ms=m["p50_ms"], p99_ms=m["p99_ms"])
            if clients == "16":
                row["target"] = "≥ 1.5× PostGIS -c16, p99 ≤ PostGIS's" + quick
                row["met"] = rate(m) >= 1.5 * p["lookups_per_second"] and m["p99_ms"] <= p["p99_ms"] if p else None
            else:
                row["target"] = "≥ 50,000 req/s, p99 < 2 ms" + quick
                row["met"] = rate(m) >= 50_000 and m["p99_ms"] < 2
            rows.append(row)
    m64 = match.get("64")
    if floor:
        rows.append(_row("a", "POST /match-zone, fixed answer (framework ceiling)", "hummingbird-floor",
                         "wrk -t1 -c64, server all cores", rate(floor), unit="req/s",
                         ratio_all=rate(m64) / rate(floor) if m64 else None,
                         p50_ms=floor["p50_ms"], p99_ms=floor["p99_ms"]))
    for status in ("401", "404", "422"):
        r = refusals.get(status)
        if not r:
            continue
        row = _row("a", f"{status}: {r['what']}", "curbside serve", "wrk -t1 -c64, server all cores", rate(r),
                   unit="req/s", p50_ms=r["p50_ms"], p99_ms=r["p99_ms"])
        share = f" (here {rate(r) / rate(m64):.2f}×)" if m64 else ""
        row["target"] = "≥ POST /match-zone -c64" + share + quick
        row["met"] = rate(r) >= rate(m64) if m64 else None
        rows.append(row)
    return rows


def build_rows(results):
    cores = results["machine"]["cores_usable"]
    rows = []
    for key, w in results["workloads"].items():
        rows += _workload_rows(key, w, cores)
        if key == "a" and results.get("single_lookups"):
            rows += _single_rows(results["single_lookups"])
    if results.get("whole_process"):
        rows += _whole_rows(results["whole_process"], cores)
    rows += _coverage_rows(results.get("coverage"))
    rows += _assignment_refresh_rows(results.get("assignment_refresh"))
    rows += rezone.rows(results.get("rezone"), _row)
    rows += webhooks.rows(results.get("webhooks"), _row)
    rows += _first_answer_rows(results.get("first_answer"))
    rows += _http_rows(results.get("http"))
    _apply_targets(rows, results["machine"]["mode"] == "quick")
    return rows


def _si(value):
    if value is None:
        return "–"
    for scale, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= scale:
            return f"{value / scale:.3g}{suffix}"
    return f"{value:.3g}"


def _cells(r):
    unit = "/s" if r["unit"] == "points/s" else f" {r['unit']}"
    build = "–"
    if r.get("build_s") is not None:
        build = f"{r['build_s']:.3g} s"
        if r.get("first_query_s"):
            build += f" (+{r['first_query_s']:.3g} s 1st query)"
    ratio = lambda x: f"{x:.3g}×" if x else "–"
    ms = lambda x: f"{x:.3g}" if x is not None else "–"
    met = {True: "yes", False: "NO"}.get(r.get("met"), "")
    rss = f"{r['peak_rss'] / 1024 ** 2:,.0f} MiB" if r.get("peak_rss") else "–"
    return [r["workload"], r["measurement"], r["engine"], r["threads"], _si(r["throughput"]) + unit,
            ratio(r.get("ratio_1")), ratio(r.get("ratio_all")), ms(r.get("p50_ms")), ms(r.get("p99_ms")),
            build, rss, r.get("target", ""), met]


def text_table(rows):
    cells = [COLUMNS] + [_cells(r) for r in rows]
    widths = [max(len(c[i]) for c in cells) for i in range(len(COLUMNS))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths)).rstrip() for line in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(results, rows):
    m = results["machine"]
    out = [f"# Curbside benchmark ({m['mode']} run, {m['date']})", "",
           f"{m['cpu']}, {m['cores_usable']} cores, {m['ram_gib']} GiB RAM; {m['os']}; {m['swift']}; "
           f"commit {m['git_commit']}. Load average (1, 5, 15 min) at start {m.get('load_average_at_start')}, "
           f"at end {m.get('load_average_at_end')}: the cores are shared, so other work skews the timings.", ""]
    out.append("## Workloads")
    for key, w in results["workloads"].items():
        out.append(f"- **({key})** {w['title']}: {w['zones']:,} zones, {w['positions']:,} positions, "
                   f"{w['points']:,} uniform points over the zones' box ({w.get('matched', 0):,} inside a zone).")
    d = results.get("whole_process")
    if d:
        out.append(f"- **(d)** zones of (a), {d['points']:,} points as CSV through whole processes.")
    single = results.get("single_lookups")
    if single:
        out.append(f"- **single lookups** on the zones of (a): one point per query or request, uniform over (a)'s "
                   f"box; pgbench and wrk each {single['seconds']} s per load, on the same cores as the servers.")
    out += ["", "## Results", "", "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in _cells(r)) + " |" for r in rows]
    out += ["", "## Answer checks (zone per point, against Curbside core on one thread)", ""]
    for c in results["checks"]:
        out.append(f"- {c['what']}: {c['disagreements']:,} disagreements in {c['compared']:,} points")
    for f in results["failures"]:
        out.append(f"- FAILED: {f}")
    out += ["", "Notes: " + " ".join(results.get("notes", [])), ""]
    return "\n".join(out)


COLORS = {"Curbside core": "#1f5fa8", "curbside match": "#4f8fd8", "shapely": "#e07b17", "PostGIS": "#2e9b46",
          "peers/shapely_match.py": "#e07b17", "curbside serve": "#7d4fb0"}


def svg(rows):
    bars = [r for r in rows if r["unit"] == "points/s" and r["throughput"]]
    if not bars:
        return '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><text x="10" y="25">no data</text></svg>'
    lo = math.floor(math.log10(min(r["throughput"] for r in bars)))
    hi = math.ceil(math.log10(max(r["throughput"] for r in bars)))
    hi = max(hi, lo + 1, 8 if any(r["workload"] == "a" for r in bars) else 0)  # leave room for the 20M target
    left, width, row_h, top = 460, 480, 20, 50
    x = lambda v: left + width * (math.log10(v) - lo) / (hi - lo)
    height = top + row_h * len(bars) + 14 * len({r["workload"] for r in bars}) + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 90}" height="{height}" '
             'font-family="sans-serif" font-size="11">',
             '<rect width="100%" height="100%" fill="white"/>',
             '<text x="10" y="20" font-size="14" font-weight="bold">Points per second (log scale), by workload and engine</text>']
    for e in range(lo, hi + 1):
        parts.append(f'<line x1="{x(10 ** e):.1f}" y1="{top - 10}" x2="{x(10 ** e):.1f}" y2="{height - 30}" stroke="#ddd"/>')
        parts.append(f'<text x="{x(10 ** e):.1f}" y="{height - 16}" text-anchor="middle">{_si(10 ** e)}</text>')
    if lo <= 7.301 <= hi:
        tx = x(2e7)
        parts.append(f'<line x1="{tx:.1f}" y1="{top - 10}" x2="{tx:.1f}" y2="{height - 30}" stroke="#c00" stroke-dasharray="4 3"/>')
        parts.append(f'<text x="{tx:.1f}" y="{top - 14}" fill="#c00" text-anchor="middle">target (a) 20M/s</text>')
    y, current = top, None
    for r in bars:
        if r["workload"] != current:
            current = r["workload"]
            y += 14
            parts.append(f'<text x="10" y="{y - 3}" font-weight="bold">workload ({current})</text>')
        color = next((c for k, c in COLORS.items() if r["engine"].startswith(k)), "#888")
        label = html.escape(f"{r['engine']}, {r['threads']}: {r['measurement']}"[:72])
        parts.append(f'<text x="{left - 6}" y="{y + 14}" text-anchor="end">{label}</text>')
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{max(1.0, x(r["throughput"]) - left):.1f}" height="{row_h - 6}" fill="{color}"/>')
        parts.append(f'<text x="{x(r["throughput"]) + 4:.1f}" y="{y + 14}">{_si(r["throughput"])}/s</text>')
        y += row_h
    parts.append("</svg>")
    return "\n".join(parts)


PERFORMANCE_DOC = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                               "docs", "performance.md")
TABLE_START, TABLE_END = "<!-- benchmarks/run writes the table below -->", "<!-- end of the table benchmarks/run writes -->"


def update_performance_doc(results, rows, path=PERFORMANCE_DOC):
    """Replaces the table between the markers in docs/performance.md with this run's, with its date and commit."""
    if not os.path.exists(path):
        return False
    with open(path) as f:
        text = f.read()
    if TABLE_START not in text or TABLE_END not in text:
        return False
    m = results["machine"]
    table = [TABLE_START, "",
             f"Full run of {m['date']}, commit {m['git_commit']}; load average at start {m.get('load_average_at_start')}, "
             f"at end {m.get('load_average_at_end')}.", "",
             "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    table += ["| " + " | ".join(c.replace("|", "\\|") for c in _cells(r)) + " |" for r in rows]
    table += ["", TABLE_END]
    before, rest = text.split(TABLE_START, 1)
    after = rest.split(TABLE_END, 1)[1]
    with open(path, "w") as f:
        f.write(before + "\n".join(table) + after)
    return True


def write_all(results, rows, folder):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "latest.json"), "w") as f:
        json.dump(dict(results, rows=rows), f, indent=2, default=str)
        f.write("\n")
    with open(os.path.join(folder, "latest.md"), "w") as f:
        f.write(markdown(results, rows))
    with open(os.path.join(folder, "latest.svg"), "w") as f:
        f.write(svg(rows) + "\n")
    if results["machine"]["mode"] == "full" and not results["failures"]:
        update_performance_doc(results, rows)
