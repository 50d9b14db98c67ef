"""What an archive's administrator adds to the parser: its own slogan terms and its corrections.

Both live at the archive root (``slogans.toml``, ``corrections.toml``) and are read once per
archive and run; :func:`use_archive` is called with the root of every file parsed, so each
worker process holds the facts of the archive it is parsing. Pages parsed without a root
(a page made in a test) get none.
"""
from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path

from .corrections import CORRECTIONS_FILE, Correction, CorrectionsError, read_corrections
from .slogans import ARCHIVE_SLOGANS, SlogansError, read_archive_slogans

_active: dict = {"root": None, "stamp": None, "slogans": (), "corrections": {}, "errors": []}


def use_archive(root: Path | None) -> None:
    """Make root's slogan list and corrections the ones metadata and the pipeline apply (re-read when a file changed)."""
    stamp = _stamp(root)
    if root is not None and (_active["root"], _active["stamp"]) == (str(root), stamp):
        return
    corrections: dict[str, list[Correction]] = {}
    errors, found, slogans = [], [], ()
    try:
        found = read_corrections(root) if root else []
    except CorrectionsError as exc:    # a bad file corrects nothing and costs no page; dangjian check names it
        errors.append(str(exc))
    try:
        slogans = read_archive_slogans(root) if root else ()
    except SlogansError as exc:
        errors.append(str(exc))
    for correction in found:
        corrections.setdefault(correction.file, []).append(correction)
    _active.update(root=str(root) if root else None, stamp=stamp, errors=errors, slogans=slogans,
                   corrections=corrections)


def _stamp(root: Path | None) -> tuple:
    if root is None:
        return ()
    out = []
    for name in (ARCHIVE_SLOGANS, CORRECTIONS_FILE):
        path = Path(root) / name
        out.append(path.stat().st_mtime_ns if path.is_file() else None)
    return tuple(out)


def active_slogans() -> tuple[str, ...]:
    """Return the archive's own slogan terms (added to the bundled list)."""
    return _active["slogans"]


def active_corrections(path: str) -> list[Correction]:
    """Return the corrections of one page (its archive-relative path)."""
    return _active["corrections"].get(path, [])


def archive_facts_digest(root: Path | None) -> str:
    """Return a hash of the archive's slogans.toml and corrections.toml: articles parsed with others may differ."""
    digest = hashlib.sha1()
    for name in (ARCHIVE_SLOGANS, CORRECTIONS_FILE):
        path = Path(root) / name if root else None
        digest.update(name.encode() + b"\0" + (path.read_bytes() if path and path.is_file() else b""))
    return digest.hexdigest()[:16]


def archive_file_errors() -> list[str]:
    """Return why the archive's corrections.toml or slogans.toml could not be used (empty when both could)."""
    return list(_active["errors"])


@contextlib.contextmanager
def corrections_set_aside():
    """Parse as if there were no corrections (to see the parser's own cut), then restore them."""
    kept = _active["corrections"]
    _active["corrections"] = {}
    try:
        yield
    finally:
        _active["corrections"] = kept
