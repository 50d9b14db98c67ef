"""The index directory on disk: generations, the CURRENT pointer and the writer lock.

    var/index/
      CURRENT            name of the live generation (replaced atomically)
      .lock              held by the one running reindex or update (.lock.owner names it)
      gen-…/             a complete Whoosh index plus meta.json, files.json, checksums.json
      gen-….building/    a generation being written; never read

A rebuild writes a new generation beside the live one and switches CURRENT
with an atomic rename: readers of the old generation keep working, and a run
killed half-way leaves CURRENT untouched. A retired generation is kept while a
reader may still be opening it: the previous one always, older ones for
``GRACE_SECONDS`` after they stopped being live (so back-to-back rebuilds never
delete a generation between a reader reading CURRENT and opening it).
Abandoned ``.building`` directories are removed by the next run.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path

from . import platform

CURRENT = "CURRENT"
LOCK = ".lock"
META = "meta.json"
FILES = "files.json"
GRACE_SECONDS = 120.0          # far longer than any reader needs between reading CURRENT and opening
GENERATION_NAME = re.compile(r"gen-[0-9A-Za-z_-]{1,80}")


class IndexBusy(Exception):
    """Another reindex or update holds the lock."""


class NoIndex(Exception):
    """There is no usable live index; the message says why and what to run."""


class IndexDamaged(NoIndex):
    """The index exists but a part of it is garbled or missing; the message names the fix."""


class IndexLocationError(Exception):
    """The index location cannot hold an index (a file, a read-only mount)."""


def _location_error(root: Path, exc: OSError) -> IndexLocationError:
    why = "is not a directory" if isinstance(exc, (NotADirectoryError, FileExistsError)) else \
        f"cannot be written ({exc.strerror or exc})"
    return IndexLocationError(f"index location {root} {why}: choose another with --index or DANGJIAN_INDEX")


def ensure_root(root: Path) -> None:
    """Create the index directory, or raise IndexLocationError saying why it cannot be used."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        probe = root / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise _location_error(root, exc) from None


@contextmanager
def writer_lock(root: Path):
    """Hold the index's writer lock, or raise IndexBusy naming the holder.

    The lock dies with its process, so a killed run never leaves a stale lock.
    """
    ensure_root(root)
    try:
        with platform.exclusive_lock(root / LOCK):
            yield
    except platform.LockHeld as exc:
        raise IndexBusy(f"another reindex or update is running on {root} ({exc}); "
                        "wait for it to finish and try again") from None


def current_name(root: Path) -> str | None:
    """Return the live generation's name, None when there is none, or raise IndexDamaged."""
    path = root / CURRENT
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except NotADirectoryError as exc:
        raise _location_error(root, exc) from None
    except IsADirectoryError:
        raise IndexDamaged(f"{path} is a directory, not the index pointer: run `dangjian reindex`") from None
    except OSError as exc:
        raise IndexDamaged(f"cannot read {path} ({exc.strerror or exc}): run `dangjian reindex`") from None
    try:
        name = raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise IndexDamaged(f"{path} is garbled (not text): run `dangjian reindex`") from None
    if not name:
        return None
    if not GENERATION_NAME.fullmatch(name):
        raise IndexDamaged(f"{path} names {name[:40]!r}, which is not an index generation: "
                           "run `dangjian reindex`")
    return name


def current_dir(root: Path) -> Path:
    """Return the live generation's directory, or raise NoIndex / IndexDamaged."""
    name = current_name(root)
    if not name:
        raise NoIndex(f"no index at {root}: run `dangjian reindex` first")
    if not (root / name).is_dir():
        raise IndexDamaged(f"{root / CURRENT} names {name}, which does not exist: run `dangjian reindex`")
    return root / name


def live_name_or_none(root: Path) -> str | None:
    """Return the live generation's name, or None when there is none or it is unusable."""
    try:
        return current_dir(root).name
    except NoIndex:
        return None


def new_generation(root: Path) -> Path:
    """Create and return an empty ``.building`` directory for a new generation."""
    name = f"gen-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{time.monotonic_ns() % 10**6:06d}"
    path = root / f"{name}.building"
    path.mkdir(parents=True)
    return path


def publish(root: Path, building: Path) -> Path:
    """Make a finished generation live: rename it, then switch CURRENT atomically.

    A CURRENT that is not a file (damage) is moved aside first, so reindex repairs it.
    The generation it replaces is stamped with the time it retired, for the grace period.
    """
    previous = live_name_or_none(root)
    final = building.with_name(building.name.removesuffix(".building"))
    building.rename(final)
    platform.fsync_dir(root)
    pointer = root / CURRENT
    if pointer.is_dir():
        pointer.rename(root / f"{CURRENT}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    tmp = root / f"{CURRENT}.tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(final.name)
        handle.flush()
        os.fsync(handle.fileno())
    platform.replace(tmp, pointer)
    platform.fsync_dir(root)
    if previous and previous != final.name:
        os.utime(root / previous)                # retired now: the grace period starts
    return final


def clean_up(root: Path, keep_previous: str | None = None, grace: float | None = None) -> list[str]:
    """Remove abandoned builds, and retired generations past their grace period.

    Call only while holding the writer lock: every ``.building`` directory is then abandoned.
    """
    grace = GRACE_SECONDS if grace is None else grace
    keep = {live_name_or_none(root), keep_previous}
    removed = []
    for path in root.glob("gen-*"):
        if not path.is_dir() or path.name in keep:
            continue
        building = path.name.endswith(".building")
        if building or _retired_for(path) > grace:
            platform.remove_tree(path)
            removed.append(path.name)
    return removed


def _retired_for(path: Path) -> float:
    """Return how long ago a generation retired, by its stamp.

    Measured both ways: with the clock set back (a day, say), a stamp in the future is as far
    from now as one in the past, so generations retired before the change still expire rather
    than being kept for ever.
    """
    return abs(time.time() - path.stat().st_mtime)


def link_copy(src: Path, dst: Path) -> None:
    """Copy a generation: Whoosh's files by hard link, our own JSON files by value.

    Whoosh never rewrites a segment file in place, so a link is a safe, instant
    copy; meta.json and files.json are rewritten by the update, so they are copied.
    """
    for item in src.iterdir():
        if not item.is_file() or item.name.endswith((".lock", ".tmp")):
            continue
        if item.suffix == ".json":
            shutil.copy2(item, dst / item.name)
            continue
        try:
            os.link(item, dst / item.name)
        except OSError:
            shutil.copy2(item, dst / item.name)


def read_json(path: Path, default=None):
    """Return a JSON file's content, or default when it is missing or unreadable."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return default


def write_json(path: Path, data) -> None:
    """Write JSON atomically: a new file renamed over the old, never rewritten in place.

    In place would also rewrite every hard link to it — the previous generation's copy.
    Names that are not valid UTF-8 never reach here (reader.rel_path escapes them).
    """
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
        handle.flush()
        os.fsync(handle.fileno())
    platform.replace(tmp, path)
