"""Measuring: wall time and peak memory of a process tree, sizes, percentiles, the machine.

Peak memory is the largest sum, over a command's process and all its
descendants, of each process's proportional set size (PSS, from
``/proc/<pid>/smaps_rollup``: pages shared by forked workers count once), or of
its resident set size where PSS is not readable. It is sampled every 0.1 s at
first, then less often (at most every 0.5 s) as the command runs on: reading
every process's memory map costs this process CPU that a multi-process build
on a small machine would otherwise have (half a core at 0.1 s, measured on the
20,000-article build), and a long build's peak is not a 0.1 s event.
"""
from __future__ import annotations

import os
import platform
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

POLL_SECONDS = 0.1
POLL_MAX_SECONDS = 0.5


@dataclass
class Measured:
    wall: float            # seconds
    peak_bytes: int        # of the whole process tree; 0 where /proc is absent
    returncode: int
    stdout: str
    stderr: str


def _children() -> dict[int, list[int]]:
    """Return parent pid → child pids, from /proc."""
    out: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])    # the name may hold spaces
        out.setdefault(ppid, []).append(int(entry.name))
    return out


def _process_memory(pid: int) -> int:
    """Return a process's PSS in bytes (RSS if PSS is unreadable), 0 if it is gone."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(key):
                    return int(line.split()[1]) * 1024
        except (OSError, ValueError):
            continue
    return 0


def tree_memory(pid: int) -> int:
    """Return the memory of a process and all its descendants, in bytes."""
    children, total, todo = _children(), 0, [pid]
    while todo:
        current = todo.pop()
        total += _process_memory(current)
        todo.extend(children.get(current, ()))
    return total


def run_measured(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> Measured:
    """Run a command to its end; return its wall time, the tree's peak memory and its output."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=cwd)
    peak = [0]
    done = threading.Event()

    def poll():
        while not done.is_set():
            if os.path.isdir("/proc"):
                peak[0] = max(peak[0], tree_memory(proc.pid))
            done.wait(min(POLL_MAX_SECONDS, POLL_SECONDS + (time.perf_counter() - started) / 20))
    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - started
    done.set()
    poller.join()
    return Measured(wall, peak[0], proc.returncode, stdout, stderr)


def dir_size(path: Path) -> int:
    """Return the bytes of all regular files under path."""
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file() and not p.is_symlink())


def percentile(values: list[float], p: float) -> float:
    """Return the p-th percentile (0–100) by linear interpolation; nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def machine() -> dict:
    """Describe the machine: cores, memory, CPU, Python, OS."""
    mem = 0
    cpu = platform.processor() or platform.machine()
    try:
        mem = int(Path("/proc/meminfo").read_text().split()[1]) * 1024
        cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                    if line.startswith("model name")), cpu)
    except (OSError, IndexError, ValueError):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {"nproc": os.cpu_count(), "memory_gb": round(mem / 2**30, 1), "cpu": cpu,
            "python": sys.version.split()[0], "os": platform.platform(), "load_at_start": round(load, 2)}
