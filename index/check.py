"""`dangjian check`: prove the live index accounts for every archive file, and is intact.

Every page file of the archive must be either indexed, with as many articles
in the index as files.json says, or listed as skipped with its reason. Files
added, changed or vanished since the build are reported (run ``update``);
damaged generation files, or an index that disagrees with its own files.json,
are damage (run ``reindex``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import generations as gens
from .checksums import verify_generation
from .config import Config
from .parse import UnreadableFile, fingerprint, rel_path, walk_archive
from .manifest import entry_warnings, usable_manifest
from .store import open_generation

SHOWN = 6           # examples shown per kind of discrepancy: the report fits on one screen


@dataclass
class CheckReport:
    generation: str
    archive: str
    files: int = 0                       # archive page files seen
    indexed_files: int = 0
    articles: int = 0
    checked_files: int = 0               # generation files verified against their checksums
    skipped: dict[str, str] = field(default_factory=dict)
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    damage: list[str] = field(default_factory=list)
    duplicates: list[list[str]] = field(default_factory=list)   # identical files, each indexed
    doubtful: list[str] = field(default_factory=list)    # pages whose cut looks doubtful (a hint only)
    warnings: dict[str, list[str]] = field(default_factory=dict)   # indexed all the same: a sidecar ignored

    @property
    def archive_differs(self) -> bool:
        return bool(self.new or self.changed or self.vanished)

    def exit_code(self) -> int:
        """Return 0 when all is accounted for, 1 when the archive moved on, 3 on damage."""
        return 3 if self.damage else 1 if self.archive_differs else 0

    def to_dict(self) -> dict:
        return {**{k: v for k, v in vars(self).items()}, "ok": self.exit_code() == 0}

    def lines(self) -> list[str]:
        """Return the one-screen report."""
        out = [f"index {self.generation}: {self.articles} articles from {self.indexed_files} files, "
               f"{len(self.skipped)} skipped; {self.checked_files} index files match their checksums"
               if not self.damage else f"index {self.generation}: DAMAGED",
               f"archive {self.archive}: {self.files} page files"]
        out += _section("damaged", self.damage)
        out += _section("new since the build", self.new)
        out += _section("changed since the build", self.changed)
        out += _section("vanished since the build", self.vanished)
        out += _section("skipped (with reason)", [f"{p}: {r}" for p, r in sorted(self.skipped.items())])
        out += _section("identical files, each indexed (the same articles more than once)",
                        [" = ".join(group) for group in self.duplicates])
        out += _section("doubtful cuts (see `dangjian parse --trace FILE`)", self.doubtful)
        out += _section("warnings (indexed all the same; fix the file and run `dangjian update`)",
                        [f"{p}: {w}" for p, ws in sorted(self.warnings.items()) for w in ws])
        out.append(_verdict(self))
        return out


def _section(title: str, items: list[str]) -> list[str]:
    if not items:
        return []
    more = [f"    … and {len(items) - SHOWN} more"] if len(items) > SHOWN else []
    return [f"  {title} ({len(items)}):"] + [f"    {item}" for item in items[:SHOWN]] + more


def _verdict(report: CheckReport) -> str:
    if report.damage:
        return "FAILED: the index is damaged: run `dangjian reindex` (the archive is untouched)"
    if report.archive_differs:
        return "FAILED: the archive changed since the build: run `dangjian update`"
    return "OK: every archive file is indexed with its articles or skipped with its reason"


def check_index(config: Config) -> CheckReport:
    """Check the live generation against its checksums, its files.json and the archive."""
    live = gens.current_dir(config.index)
    report = CheckReport(live.name, str(config.archive))
    report.damage = verify_generation(live, quick=False)
    report.checked_files = len(gens.read_json(live / "checksums.json", {}) or {})
    manifest = gens.read_json(live / gens.FILES)
    if not usable_manifest(manifest):
        report.damage.append("files.json is missing or garbled")
        return report
    if not report.damage:
        report.damage += _index_disagreements(live, manifest)
    _compare_archive(config.archive, manifest, report)
    report.doubtful = [f"{rel}: {'; '.join(map(str, e['doubts']))}" for rel, e in sorted(manifest.items())
                       if isinstance(e.get("doubts"), list) and e["doubts"]]
    report.warnings = {rel: entry_warnings(e) for rel, e in sorted(manifest.items())
                       if entry_warnings(e) and not e.get("skipped")}
    return report


def _indexed_counts(live: Path) -> Counter:
    store = open_generation(live)
    try:
        return Counter(record.path for record in store.catalogue())
    finally:
        store.close()


def _index_disagreements(live: Path, manifest: dict) -> list[str]:
    """Return every path whose article count in the index differs from files.json."""
    try:
        counts = _indexed_counts(live)
    except Exception as exc:   # noqa: BLE001 — an unreadable segment is damage, reported as such
        return [f"the index cannot be read: {type(exc).__name__}: {exc}"]
    listed = {rel: entry["articles"] for rel, entry in manifest.items() if entry["articles"]}
    return [f"{rel}: {counts.get(rel, 0)} articles in the index, {listed.get(rel, 0)} in files.json"
            for rel in sorted(set(counts) | set(listed), key=str) if counts.get(rel, 0) != listed.get(rel, 0)]


def _compare_archive(archive: Path, manifest: dict, report: CheckReport) -> None:
    listing = walk_archive(archive) if archive.exists() else None
    if listing is None:
        report.vanished = sorted(manifest)
        return
    seen, by_content = set(), {}
    for path in listing.files:
        rel = rel_path(path, archive)
        seen.add(rel)
        entry = manifest.get(rel)
        if entry is None:
            report.new.append(rel)
            continue
        now = _fingerprint(path)
        if now != entry.get("sha1"):
            report.changed.append(rel)
        elif now and entry.get("articles"):
            by_content.setdefault(now, []).append(rel)
    report.duplicates = sorted(sorted(group) for group in by_content.values() if len(group) > 1)
    for rel, reason in listing.skipped:
        seen.add(rel)
        if rel not in manifest:
            report.new.append(rel)
    report.files = len(listing.files)
    report.vanished = sorted(set(manifest) - seen)
    for rel, entry in manifest.items():
        if entry.get("skipped"):
            report.skipped[rel] = entry["skipped"]
        elif rel in seen:
            report.indexed_files += 1
            report.articles += entry["articles"]


def _fingerprint(path: Path) -> str | None:
    try:
        return fingerprint(path)
    except (OSError, UnreadableFile):
        return None
