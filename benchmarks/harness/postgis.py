"""The PostGIS peer: a throwaway cluster on 127.0.0.1, zones with a GiST index, points, and one spatial join."""
import glob
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile

import numpy as np

import zones as zonefile

from proc import StepFailed, log

PACKAGES = ["postgresql-15", "postgresql-15-postgis-3"]
SETTINGS = {
    "listen_addresses": "127.0.0.1",
    "shared_buffers": "1GB",
    "work_mem": "256MB",
    "maintenance_work_mem": "1GB",
    "jit": "off",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
}
# Large polygons are cut with ST_Subdivide, as PostGIS advises: without it, each ST_Covers on a 15,000-position
# coastline zone detoasts and re-indexes the whole polygon (about 5 ms per point here).
SUBDIVIDE = 256
JOIN = ("SELECT p.id, coalesce(min(z.rank), -1) FROM points p "
        "LEFT JOIN zones z ON ST_Covers(z.geom, p.geom) GROUP BY p.id")


def _bindir():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found and glob.glob("/usr/share/postgresql/*/extension/postgis.control"):
        return os.path.dirname(found[-1])
    return None


def ensure_installed():
    """The PostgreSQL bin folder, installing PostgreSQL 15 and PostGIS 3 from Debian when missing (root only)."""
    if _bindir():
        return _bindir()
    if os.geteuid() != 0:
        raise StepFailed(f"PostGIS is missing; install {' '.join(PACKAGES)} (needs root)")
    log(f"installing {' '.join(PACKAGES)}")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if subprocess.run(["apt-get", "install", "-y", "-qq", *PACKAGES], env=env).returncode != 0:
        subprocess.run(["apt-get", "update", "-qq"], env=env, check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", *PACKAGES], env=env, check=True)
    if not _bindir():
        raise StepFailed("PostGIS still missing after apt-get install")
    return _bindir()


class Cluster:
    """A PostgreSQL cluster in a temporary folder, run as the `postgres` user when we are root."""

    def __init__(self):
        self.bindir = ensure_installed()
        self.folder = tempfile.mkdtemp(prefix="curbside-pg-")
        self.data = os.path.join(self.folder, "data")
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            shutil.chown(self.folder, "postgres", "postgres")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.running = False

    def start(self):
        initdb = [os.path.join(self.bindir, "initdb"), "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8"]
        subprocess.run(self.as_user + initdb, check=True, stdout=subprocess.DEVNULL)
        options = " ".join(f"-c {k}={v}" for k, v in SETTINGS.items())
        options += f" -p {self.port} -k {self.folder}"
        subprocess.run(self.as_user + [os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-w", "-o", options,
                                       "-l", os.path.join(self.folder, "log"), "start"],
                       check=True, stdout=subprocess.DEVNULL)
        self.running = True
        log(f"PostgreSQL up on 127.0.0.1:{self.port} ({self.folder})")
        self.psql("CREATE EXTENSION postgis;")

    def stop(self):
        if self.running:
            subprocess.run(self.as_user + [os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-m", "fast",
                                           "-w", "stop"], stdout=subprocess.DEVNULL)
            self.running = False
        shutil.rmtree(self.folder, ignore_errors=True)

    def psql(self, script):
        """Runs `script` with psql and returns its standard output."""
        cmd = [os.path.join(self.bindir, "psql"), "-X", "-q", "-h", "127.0.0.1", "-p", str(self.port),
               "-U", "postgres", "-v", "ON_ERROR_STOP=1", "-At"]
        result = subprocess.run(cmd, input=script, capture_output=True, text=True)
        if result.returncode != 0:
            raise StepFailed(f"psql failed: {result.stderr.strip()[-2000:]}")
        return result.stdout

    def pgbench(self, script, clients, seconds, log_prefix):
        """Runs pgbench with `script` (prepared statements, one thread, no vacuum) and a per-transaction log;
        returns pgbench's standard output."""
        cmd = [os.path.join(self.bindir, "pgbench"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
               "-n", "-M", "prepared", "-c", str(clients), "-j", "1", "-T", str(seconds), "-f", script,
               "-l", f"--log-prefix={log_prefix}", "postgres"]
        result = subprocess.run(cmd, capture_output=True, text=True, cwd=os.path.dirname(log_prefix))
        if result.returncode != 0:
            raise StepFailed(f"pgbench failed: {(result.stderr or result.stdout).strip()[-2000:]}")
        return result.stdout

    def versions(self):
        out = self.psql("SELECT version(); SELECT postgis_lib_version(); SELECT postgis_geos_version();")
        server, postgis, geos = out.strip().splitlines()[:3]
        return {"postgresql": server.split(",")[0], "postgis": postgis, "postgis_geos": geos}

    def load_zones(self, zones_path, work):
        """(Re)creates the `zones` table (rank, pos, geom) from a zone file: active zones only, cut with
        ST_Subdivide, GiST-indexed and analysed. Drops the points of an earlier workload. Returns (precedence
        order, index seconds, zone pieces)."""
        with open(zones_path) as f:
            features = json.load(f)["features"]
        rank, order = zonefile.precedence(features)
        tsv = os.path.join(work, "zones.tsv")
        with open(tsv, "w") as out:
            for pos, feature in enumerate(features):
                if rank[pos] >= 0:
                    out.write(f"{rank[pos]}\t{pos}\t{json.dumps(feature['geometry'], separators=(',', ':'))}\n")
        del features
        load = f"""
DROP TABLE IF EXISTS zones_raw, zones_whole, zones, points_raw, points;
CREATE UNLOGGED TABLE zones_raw (rank int, pos int, gj text);
\\copy zones_raw FROM '{tsv}'
CREATE UNLOGGED TABLE zones_whole AS SELECT rank, pos, ST_GeomFromGeoJSON(gj) AS geom FROM zones_raw;
DROP TABLE zones_raw;
SELECT extract(epoch FROM clock_timestamp()) AS t0 \\gset
CREATE UNLOGGED TABLE zones AS SELECT rank, pos, ST_Subdivide(geom, {SUBDIVIDE}) AS geom FROM zones_whole;
CREATE INDEX zones_geom ON zones USING GIST (geom);
SELECT extract(epoch FROM clock_timestamp()) - :t0;
SELECT count(*) FROM zones;
DROP TABLE zones_whole;
VACUUM ANALYZE zones;
"""
        index_seconds, pieces = self.psql(load).strip().splitlines()[-2:]
        return order, float(index_seconds), int(pieces)

    def run_workload(self, zones_path, points_csv, work):
        """Loads the zones and points and times the join; returns (measurements, zone position per point)."""
        clock = __import__("time").perf_counter
        start = clock()
        order, index_seconds, pieces = self.load_zones(zones_path, work)
        load = f"""
CREATE UNLOGGED TABLE points_raw (id bigint, lat float8, lng float8);
\\copy points_raw FROM '{points_csv}' WITH (FORMAT csv, HEADER true)
CREATE UNLOGGED TABLE points AS SELECT id, ST_SetSRID(ST_MakePoint(lng, lat), 4326) AS geom FROM points_raw;
DROP TABLE points_raw;
VACUUM ANALYZE points;
"""
        self.psql(load)
        load_seconds = clock() - start
        answers_csv = os.path.join(work, "postgis-answers.csv")
        join = f"""
SELECT pg_backend_pid() AS pid \\gset
EXPLAIN {JOIN};
SELECT extract(epoch FROM clock_timestamp()) AS t0 \\gset
\\o {answers_csv}
COPY ({JOIN}) TO STDOUT WITH (FORMAT csv);
\\o
SELECT 'join_seconds=' || (extract(epoch FROM clock_timestamp()) - :t0);
\\setenv PGBACKEND :pid
\\! grep VmHWM /proc/$PGBACKEND/status
"""
        out = self.psql(join)
        plan = [line for line in out.splitlines() if not line.startswith(("join_seconds=", "VmHWM"))]
        join_seconds = float(re.search(r"join_seconds=([0-9.eE+-]+)", out).group(1))
        hwm = re.search(r"VmHWM:\s+(\d+) kB", out)
        workers = re.search(r"Workers Planned: (\d+)", out)
        raw = np.loadtxt(answers_csv, delimiter=",", dtype=np.int64, ndmin=2)
        answers = np.full(int(raw[:, 0].max()) + 1 if len(raw) else 0, -1, dtype=np.int32)
        hit = raw[:, 1] >= 0
        answers[raw[:, 0]] = -1
        answers[raw[hit, 0]] = order[raw[hit, 1]]
        return {
            "load_seconds": load_seconds,
            "index_seconds": index_seconds,
            "zone_pieces": pieces,
            "subdivide_max_vertices": SUBDIVIDE,
            "join_seconds": join_seconds,
            "rows": int(len(raw)),
            "workers_planned": int(workers.group(1)) if workers else 0,
            "backend_peak_rss_bytes": int(hwm.group(1)) * 1024 if hwm else None,
            "plan": plan,
        }, answers
