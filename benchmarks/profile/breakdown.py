#!/usr/bin/env python3
"""Where a server's CPU time goes, per request: reads `perf script` output of a `perf record -g` of the server
and charges each sample to the innermost frame of its call stack that names a part of the request's path.

    perf record -F 1999 -g -p PID -o server.data -- sleep 8      # while wrk loads one route
    benchmarks/profile/breakdown.py server.data [--requests N]    # N: requests served while recording

Prints each part's share of the samples (and, with --requests, of one request's CPU time in microseconds,
from the samples' frequency)."""
import argparse
import collections
import re
import subprocess

# (part, pattern): the first pattern that matches a frame, walking from the leaf towards the root, names the part.
PARTS = [
    ("kernel: socket write", r"^(__GI___writev|writev|__libc_writev|__send|send)$"),
    ("kernel: socket read", r"^(__GI___readv|readv|__GI___libc_read|read|__libc_read|recv)$"),
    ("kernel: epoll / wake-ups", r"^(epoll_wait|__GI_epoll_wait|eventfd_write|__GI___eventfd_write|futex|__futex_abstimed_wait|syscall)$"),
    ("match (ZoneIndex, GEOS)", r"^\$s9ZoneIndex|^GEOS|geos::"),
    ("parse body (point JSON)", r"PointJSONParser|decodePoint|decodeBatch"),
    ("encode answer (JSON)", r"MatchResultJSON|PointBatchAnswers|JSONStringLiteral"),
    ("metrics", r"MetricsMiddleware|APIMetrics|10Prometheus"),
    ("logging", r"^\$s7Logging|DeferredStreamLogHandler|RequestID"),
    ("error middleware (refusal bodies, 405 check)", r"ErrorMiddleware|APIError|RouteTable"),
    ("auth (token, role)", r"TokenAuthority|AuthenticationMiddleware|AccessPolicy|6JWTKit|VerifiedTokenCache|TokenHeader|Base64URL|6Crypto|CCryptoBoringSSL"),
    ("handler (other)", r"MatchZoneController|GeocodeController|SystemController"),
    ("HTTP/1 parse", r"llhttp|HTTPDecoder|BetterHTTPParser|HTTP1ToHTTPServerCodecC11channelRead|ToHTTPServerCodecC11channelRead"),
    ("HTTP/1 encode", r"HTTPResponseEncoder|ToHTTPServerCodecC5write|HTTPServerResponseEncoder"),
    ("Swift tasks and async channels", r"^swift_task|^swift_job|AsyncTask|^_dispatch|NIOAsyncChannel|NIOThrowingAsyncSequenceProducer|NIOAsyncWriter|NIOAsyncSequenceProducer"),
    ("router and the rest of Hummingbird", r"Hummingbird"),
    ("the rest of SwiftNIO", r"NIO"),
]


def samples(data):
    out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym"], capture_output=True, text=True).stdout
    stack = []
    for line in out.splitlines():
        line = line.strip()
        if not line:
            if stack:
                yield stack
            stack = []
            continue
        parts = line.split(None, 1)
        stack.append(parts[1] if len(parts) == 2 else parts[0])
    if stack:
        yield stack


def part_of(stack):
    for frame in stack:
        for name, pattern in PARTS:
            if re.search(pattern, frame):
                return name
    return "other (runtime, libc, kernel)"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data")
    parser.add_argument("--requests", type=int, help="requests served while recording")
    parser.add_argument("--frequency", type=int, default=1999, help="perf record -F (samples per second per CPU)")
    args = parser.parse_args()
    counts = collections.Counter(part_of(s) for s in samples(args.data))
    total = sum(counts.values())
    order = [name for name, _ in PARTS] + ["other (runtime, libc, kernel)"]
    for name in order:
        if counts[name]:
            line = f"{100 * counts[name] / total:5.1f}%  {name}"
            if args.requests:
                line += f"  ({counts[name] / args.frequency / args.requests * 1e6:.1f} µs a request)"
            print(line)
    print(f"{total} samples" + (f", {total / args.frequency / args.requests * 1e6:.1f} µs of CPU a request" if args.requests else ""))


if __name__ == "__main__":
    main()
