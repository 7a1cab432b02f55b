#!/usr/bin/env python3
"""Writes COUNT match points around Austin to stdout: NDJSON lines (default) or a JSON batch body (--json)."""
import random
import sys

count = int(sys.argv[1])
as_json = "--json" in sys.argv[2:]
rng = random.Random(42)
out = sys.stdout
lines = []
for i in range(count):
    lat = 30.10 + rng.random() * 0.45
    lng = -97.95 + rng.random() * 0.40
    if i % 5 == 0:
        lines.append('{"id":%d,"lat":%.6f,"lng":%.6f,"zip":"78704"}' % (i, lat, lng))
    else:
        lines.append('{"id":%d,"lat":%.6f,"lng":%.6f}' % (i, lat, lng))
    if len(lines) >= 100_000 and not as_json:
        out.write("\n".join(lines) + "\n")
        lines = []
if as_json:
    out.write('{"points":[' + ",".join(lines) + "]}")
elif lines:
    out.write("\n".join(lines) + "\n")
