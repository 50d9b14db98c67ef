"""Checksums of a generation's files: written at build time, verified by `check`, on open and by update.

Whoosh reads a damaged segment without noticing, or fails deep inside with
an error that names nothing useful. Each finished generation therefore gets a
``checksums.json`` (size and SHA-256 of every file); every file is fsynced as
it is hashed, so nothing of a generation can be lost in a crash after CURRENT
names it. Opening a generation checks what is cheap: every file is there with
its size, and small files (the table of contents, segment headers, our JSON)
are hashed. ``dangjian check`` and ``update`` hash everything.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from . import generations as gens

CHECKSUMS = "checksums.json"
QUICK_HASH_BYTES = 64 * 1024       # files this small are hashed even by the quick check
_NOT_COVERED = (CHECKSUMS,)


def digest_file(path: Path, fsync: bool = False) -> str:
    """Return the SHA-256 of a file, read in chunks; fsync it first when asked."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        if fsync:
            os.fsync(handle.fileno())
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _covered(generation: Path) -> list[Path]:
    return sorted(p for p in generation.iterdir()
                  if p.is_file() and p.name not in _NOT_COVERED and not p.name.endswith((".tmp", ".lock")))


def record_checksums(generation: Path, linked_from: Path | None = None) -> dict:
    """Hash and fsync every file of a finished generation and write checksums.json.

    Files hard-linked from ``linked_from`` (an update) reuse its verified entries.
    """
    known = (read_checksums(linked_from) or {}) if linked_from else {}
    sums = {}
    for path in _covered(generation):
        old = linked_from / path.name if linked_from else None
        if path.name in known and old is not None and old.exists() and os.path.samefile(old, path):
            sums[path.name] = known[path.name]
        else:
            sums[path.name] = {"size": path.stat().st_size, "sha256": digest_file(path, fsync=True)}
    gens.write_json(generation / CHECKSUMS, sums)
    return sums


def read_checksums(generation: Path) -> dict | None:
    """Return a generation's checksums, or None when it has none or they are garbled."""
    data = gens.read_json(generation / CHECKSUMS)
    if not isinstance(data, dict) or not all(_entry_ok(e) for e in data.values()):
        return None
    return data


def _entry_ok(entry) -> bool:
    return (isinstance(entry, dict) and isinstance(entry.get("size"), int)
            and isinstance(entry.get("sha256"), str))


def verify_generation(generation: Path, quick: bool = True) -> list[str]:
    """Return what is wrong with a generation's files (empty when intact).

    quick: presence and size of every file, hashes of small files only.
    A generation built before checksums were kept passes a quick check.
    """
    if not (generation / CHECKSUMS).exists():
        return [] if quick else [f"{CHECKSUMS} is missing (built by an older version)"]
    sums = read_checksums(generation)
    if sums is None:
        return [f"{CHECKSUMS} is garbled"]
    problems = []
    for name, entry in sorted(sums.items()):
        problem = _check_file(generation / name, entry, quick)
        if problem:
            problems.append(f"{name} {problem}")
    return problems


def _check_file(path: Path, entry: dict, quick: bool) -> str | None:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return "is missing"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if size != entry["size"]:
        return f"is {size} bytes, {entry['size']} expected (truncated or overwritten)"
    if quick and size > QUICK_HASH_BYTES:
        return None
    try:
        return None if digest_file(path) == entry["sha256"] else "fails its checksum (damaged)"
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"


def damage_message(generation: Path, problems: list[str]) -> str:
    """Return the one-line message for a damaged generation, naming the fix."""
    more = f" and {len(problems) - 1} more" if len(problems) > 1 else ""
    return (f"the index generation {generation.name} is damaged: {problems[0]}{more}; "
            "run `dangjian reindex` to rebuild it from the archive")


def ensure_intact(generation: Path, quick: bool = True) -> None:
    """Raise IndexDamaged with the fix when a generation's files are damaged."""
    problems = verify_generation(generation, quick)
    if problems:
        raise gens.IndexDamaged(damage_message(generation, problems))
