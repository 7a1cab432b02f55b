"""What the benchmark ran on."""
import datetime
import os
import platform
import subprocess


def _first(path, key):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key):
                    return line.split(":", 1)[1].strip() if ":" in line else line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return None


def _command(cmd, cwd=None):
    try:
        return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def describe(root, mode):
    mem_kb = _first("/proc/meminfo", "MemTotal")
    swift = _command(["swift", "--version"]) or ""
    commit = _command(["git", "rev-parse", "--short", "HEAD"], cwd=root)
    # The committed results themselves don't make the measured code dirty.
    dirty = bool(_command(["git", "status", "--porcelain", "--untracked-files=no", "--", ".",
                           ":!benchmarks/results"], cwd=root))
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "mode": mode,
        "cpu": _first("/proc/cpuinfo", "model name") or platform.processor(),
        "cores": os.cpu_count(),
        "cores_usable": len(os.sched_getaffinity(0)),
        "ram_gib": round(int(mem_kb.split()[0]) / 1024 ** 2, 1) if mem_kb else None,
        "os": f"{_first('/etc/os-release', 'PRETTY_NAME=') or platform.system()}, kernel {platform.release()}",
        "swift": next((line for line in swift.splitlines() if "version" in line), swift),
        "python": platform.python_version(),
        "geos_system": _command(["pkg-config", "--modversion", "geos"]),
        "git_commit": f"{commit}{'+dirty' if dirty else ''}" if commit else None,
        "load_average_at_start": load_average(),
    }


def load_average():
    """The 1, 5 and 15 minute load averages: other work on the machine skews the timings."""
    try:
        with open("/proc/loadavg") as f:
            return [float(v) for v in f.read().split()[:3]]
    except OSError:
        return None
