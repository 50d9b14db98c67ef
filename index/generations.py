"""The index directory on disk: generations, the CURRENT pointer and the writer lock.

    var/index/
      CURRENT            name of the live generation (replaced atomically)
      .lock              flock'd by the one running reindex or update
      gen-…/             a complete Whoosh index plus meta.json and files.json
      gen-….building/    a generation being written; never read

A rebuild writes a new generation beside the live one and switches CURRENT
with ``os.replace``: readers of the old generation keep working, and a run
killed half-way leaves CURRENT untouched. The previous generation is kept for
readers still using it; older ones and abandoned ``.building`` directories are
removed by the next run.
"""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

CURRENT = "CURRENT"
LOCK = ".lock"
META = "meta.json"
FILES = "files.json"


class IndexBusy(Exception):
    """Another reindex or update holds the lock."""


class NoIndex(Exception):
    """There is no live index yet."""


@contextmanager
def writer_lock(root: Path):
    """Hold the index's writer lock, or raise IndexBusy naming the holder.

    flock dies with its process, so a killed run never leaves a stale lock.
    """
    root.mkdir(parents=True, exist_ok=True)
    handle = open(root / LOCK, "a+")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise IndexBusy(f"another reindex or update is running on {root} ({holder}); "
                            "wait for it to finish and try again")
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        yield
    finally:
        handle.close()


def current_name(root: Path) -> str | None:
    try:
        name = (root / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name or None


def current_dir(root: Path) -> Path:
    """Return the live generation's directory, or raise NoIndex."""
    name = current_name(root)
    if not name or not (root / name).is_dir():
        raise NoIndex(f"no index at {root}: run `dangjian reindex` first")
    return root / name


def new_generation(root: Path) -> Path:
    """Create and return an empty ``.building`` directory for a new generation."""
    name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    path = root / f"{name}.building"
    path.mkdir(parents=True)
    return path


def publish(root: Path, building: Path) -> Path:
    """Make a finished generation live: rename it, then switch CURRENT atomically."""
    final = building.with_name(building.name.removesuffix(".building"))
    building.rename(final)
    tmp = root / f"{CURRENT}.tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(final.name)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, root / CURRENT)
    _fsync_dir(root)
    return final


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def clean_up(root: Path, keep_previous: str | None = None) -> list[str]:
    """Remove abandoned builds and generations older than the live and previous ones."""
    keep = {current_name(root), keep_previous}
    removed = []
    for path in root.glob("gen-*"):
        if path.is_dir() and path.name not in keep:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    return removed


def read_json(path: Path, default=None):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return default


def write_json(path: Path, data) -> None:
    """Write JSON atomically: a new file renamed over the old, never rewritten in place.

    In place would also rewrite every hard link to it — the previous generation's copy.
    """
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)
