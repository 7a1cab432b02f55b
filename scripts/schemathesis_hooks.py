"""schemathesis hooks for scripts/contract-fuzz: NDJSON bodies for POST /match-zone/batch.

A generated application/x-ndjson body is one point (the schema describes a line); it is sent as one line.
An NDJSON answer is validated line by line against the line schema: the hook hands schemathesis the first
line and checks that every other line has the same shape (a result with `method`, or an error with `line`).
"""
import json

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson_request(ctx, value):
    if value is None:
        return None
    return (json.dumps(value) + "\n").encode()


@schemathesis.deserializer("application/x-ndjson")
def ndjson_response(ctx, response):
    lines = [json.loads(line) for line in response.content.decode("utf-8").splitlines() if line.strip()]
    if not lines:
        raise ValueError("an NDJSON answer with no lines")
    for number, line in enumerate(lines, 1):
        if not isinstance(line, dict) or not ("method" in line or "line" in line):
            raise ValueError(f"NDJSON line {number} is neither a result nor an error: {line!r}")
    return lines[0]
