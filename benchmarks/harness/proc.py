"""Running child processes and measuring their wall time and peak resident memory."""
import shutil
import subprocess
import sys
import tempfile
import time

# A child's own ru_maxrss starts from the RSS of the process that forked it, so peak memory is read through
# /usr/bin/time, a small process, rather than from this (large) Python process's wait4.
TIME = shutil.which("time", path="/usr/bin:/bin")


class StepFailed(RuntimeError):
    """A command the harness needs exited non-zero."""


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def run(cmd, *, cwd=None, env=None, capture=True, check=True):
    """Runs `cmd`; returns (stdout text, wall seconds, peak RSS bytes of the command or None if unknown).

    Without `capture`, the command's output goes to standard error, keeping standard output for the report.
    """
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        full = [TIME, "-q", "-f", "%M", "-o", rss_file.name, *map(str, cmd)] if TIME else list(map(str, cmd))
        start = time.perf_counter()
        result = subprocess.run(full, cwd=cwd, env=env, text=True,
                                stdout=subprocess.PIPE if capture else sys.stderr)
        wall = time.perf_counter() - start
        if check and result.returncode != 0:
            raise StepFailed(f"{' '.join(map(str, cmd))} exited {result.returncode}")
        text = rss_file.read().strip().splitlines() if TIME else []
        rss = int(text[-1]) * 1024 if text and text[-1].isdigit() else None
    return result.stdout or "", wall, rss
