"""Running child processes and measuring their wall time and peak resident memory."""
import os
import subprocess
import sys
import time


class StepFailed(RuntimeError):
    """A command the harness needs exited non-zero."""


def log(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


def run(cmd, *, cwd=None, env=None, stdin=None, capture=True, check=True):
    """Runs `cmd` and returns (stdout text, wall seconds, peak RSS bytes of that child)."""
    out = subprocess.PIPE if capture else None
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=stdin, stdout=out, text=True)
    stdout = proc.stdout.read() if capture else ""
    # wait4 gives the resource use of this very child (ru_maxrss in KiB on Linux).
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if check and proc.returncode != 0:
        raise StepFailed(f"{' '.join(map(str, cmd))} exited {proc.returncode}")
    return stdout, wall, usage.ru_maxrss * 1024
