"""List an archive's page files, and say why any file or folder is left out.

A listing never fails and never drops anything silently: a folder that cannot
be read, a link leaving the archive, a link loop and a non-regular file are
each reported with the reason, so the run's report and ``dangjian check`` can
show them, and ``update`` can keep the articles of a folder it cannot read now.
"""
from __future__ import annotations

import errno
import os
from dataclasses import dataclass, field
from pathlib import Path

from .formats import FORMATS

PAGE_SUFFIXES = (".txt", *FORMATS)      # text layers; PDF, HTML and Word files are read by index/parse/formats


@dataclass
class Listing:
    """The page files of an archive, and what could not be listed or followed, with why."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)     # (rel, reason)
    unreadable_dirs: list[str] = field(default_factory=list)         # rel, "" for the root


def rel_path(path: Path, root: Path) -> str:
    """Return path relative to root with forward slashes, always valid UTF-8.

    A file name that is not UTF-8 (bytes such as ``\xff`` from another system)
    arrives as lone surrogates, which no JSON file or terminal can hold; its
    bad bytes are spelled out as ``\xff`` instead, the same way on every run.
    """
    rel = path.relative_to(root).as_posix() if path != root else path.name
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def walk_archive(root: Path) -> Listing:
    """List the page files under root; report what cannot be listed or must not be followed.

    Symbolic links are followed only to files inside the archive root, never
    to directories (they would index pages twice or leave the archive).
    """
    listing, real_root = Listing(), root.resolve()

    def failed(exc: OSError) -> None:
        rel = rel_path(Path(exc.filename), root) if exc.filename and Path(exc.filename) != root else ""
        listing.unreadable_dirs.append(rel)
        listing.skipped.append((rel or ".", f"cannot list directory: {exc.strerror or exc}"))

    for folder, dirs, names in os.walk(root, onerror=failed):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not d.startswith(".") and _follow_dir(here / d, root, listing)]
        for name in names:
            path = here / name
            if name.startswith(".") or path.suffix.lower() not in PAGE_SUFFIXES:
                continue
            reason = not_a_page_file(path, real_root)
            if reason:
                listing.skipped.append((rel_path(path, root), reason))
            else:
                listing.files.append(path)
    listing.files.sort()
    listing.skipped.sort()
    return listing


def _follow_dir(path: Path, root: Path, listing: Listing) -> bool:
    if not path.is_symlink():
        return True
    listing.skipped.append((rel_path(path, root), "symbolic link to a directory: not followed"))
    return False


def not_a_page_file(path: Path, real_root: Path) -> str | None:
    """Return why path cannot be read as a page file, or None when it can."""
    try:
        target = path.resolve(strict=True)
    except RuntimeError:                       # Python < 3.13 reports a loop this way
        return "symbolic link loop"
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        return "broken symbolic link" if path.is_symlink() else f"cannot read: {exc.strerror or exc}"
    if path.is_symlink() and not target.is_relative_to(real_root):
        return f"symbolic link pointing outside the archive ({target}): not followed"
    if not target.is_file():
        return "not a regular file"
    return None


def iter_page_files(root: Path) -> list[Path]:
    """Return the page files under root, sorted so runs are reproducible."""
    if root.is_file():
        return [root]
    return walk_archive(root).files


