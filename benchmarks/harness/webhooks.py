"""Webhook delivery in process: 10,000 events (2,000 with --quick) about 2,000 records, queued for one subscription
in a fresh SQLite file and delivered by `WebhookWorker` over HTTP to a loopback Hummingbird receiver; target
≥ 1,000 deliveries/s."""
import json

from proc import log, run


def run_webhooks(results, bench, quick):
    count = 2_000 if quick else 10_000
    out, _, _ = run([bench, "webhook-delivery", "--events", count])
    r = results["webhooks"] = json.loads(out.strip().splitlines()[-1])
    log(f"webhook delivery: {r['events']:,} events in {r['seconds']:.2f} s, {r['per_second']:,.0f}/s")


def rows(r, row):
    if not r:
        return []
    delivery = row("-", f"webhook deliveries to a loopback receiver, {r['events']:,} events, sqlite",
                   "Curbside (WebhookWorker, AsyncHTTPClient)", "all cores", r["per_second"], unit="deliveries/s")
    delivery["target"], delivery["met"] = "≥ 1,000/s", r["per_second"] >= 1_000
    return [delivery]
