"""A generation's list of indexed files (files.json), and what update must do against it.

``files.json`` maps every archive path to its fingerprint and article count,
or to the reason it was skipped. Update trusts it only when it is well formed
and its article counts add up to the documents in the index; otherwise the
update would add every article a second time, so it rebuilds in full instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


from . import generations as gens
from .store import open_generation
from .parse import Listing, Report, UnreadableFile, fingerprint, rel_path


@dataclass
class Plan:
    """What an update does: files to add and re-read, paths to drop, articles kept as they were."""

    new_files: list[Path] = field(default_factory=list)
    changed_files: list[Path] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    now_skipped: list[str] = field(default_factory=list)     # had articles, now left out by the listing
    listing_skips: dict[str, dict] = field(default_factory=dict)
    kept: dict[str, str] = field(default_factory=dict)        # rel → why its old articles stay

    def nothing_to_do(self, manifest: dict) -> bool:
        return not (self.added or self.changed or self.removed or self.now_skipped) and \
            all(manifest.get(rel) == entry for rel, entry in self.listing_skips.items())


def listing_entries(listing: Listing) -> dict[str, dict]:
    """Return manifest entries for what the listing left out, with its reasons."""
    return {rel: {"sha1": None, "articles": 0, "skipped": reason} for rel, reason in listing.skipped}


def _fingerprint_or_none(path: Path) -> str | None:
    try:
        return fingerprint(path)
    except (OSError, UnreadableFile):
        return None


def _unlisted_folder(rel: str, folders: list[str]) -> str | None:
    """Return the unreadable folder rel lies in ("" for the root), or None."""
    for folder in folders:
        if folder == "" or rel.startswith(folder + "/"):
            return folder
    return None


def plan_update(archive: Path, manifest: dict, listing: Listing) -> Plan:
    """Compare the archive's listing with a generation's manifest.

    A file or folder that cannot be read now keeps its articles: a transient
    error (a share gone for a moment, a permission) must not empty the index.
    """
    plan = Plan(listing_skips=listing_entries(listing))
    seen = set(plan.listing_skips)
    for path in listing.files:
        rel = rel_path(path, archive)
        seen.add(rel)
        entry = manifest.get(rel)
        if entry is None:
            plan.new_files.append(path)
            plan.added.append(rel)
            continue
        now = _fingerprint_or_none(path)
        if now is None and entry.get("articles"):
            plan.kept[rel] = "cannot read it now"
        elif now != entry.get("sha1"):
            plan.changed_files.append(path)
            plan.changed.append(rel)
    for rel in sorted(set(manifest) - seen):
        folder = _unlisted_folder(rel, listing.unreadable_dirs)
        if folder is None:
            plan.removed.append(rel)
        elif manifest[rel].get("articles"):
            plan.kept[rel] = f"its folder {folder or 'the archive root'} cannot be listed now"
    plan.now_skipped = sorted(rel for rel in plan.listing_skips if (manifest.get(rel) or {}).get("articles"))
    return plan


def dropped_note(previous: dict | None, manifest: dict, listing: Listing) -> str | None:
    """Say which formerly indexed files a full rebuild could not read now, and lost for the time being."""
    if not usable_manifest(previous):
        return None
    lost = sorted(rel for rel, entry in previous.items() if entry["articles"] and (
        (rel not in manifest and _unlisted_folder(rel, listing.unreadable_dirs) is not None)
        or (manifest.get(rel) or {}).get("skipped", "").startswith("cannot read")))
    if not lost:
        return None
    articles = sum(previous[rel]["articles"] for rel in lost)
    return (f"{len(lost)} files indexed before cannot be read now (e.g. {lost[0]}): their {articles} articles "
            "are not in this generation; run `dangjian update` once they can be read again")


def manifest_report(manifest: dict, kept: dict[str, str] | None = None) -> Report:
    """Return the whole generation's report from its manifest (unchanged files included)."""
    report = Report(files_read=sum(1 for m in manifest.values() if not m.get("skipped")),
                    articles=sum(m["articles"] for m in manifest.values()))
    for path, entry in sorted(manifest.items()):
        if entry.get("skipped"):
            report.skip(path, entry["skipped"])
        for warning in entry_warnings(entry):
            report.warn(path, warning)
    for path, why in sorted((kept or {}).items()):
        report.skip(path, f"{why}; its {manifest[path]['articles']} articles from the last build are kept")
    return report


def entry_warnings(entry: dict) -> list[str]:
    """Return the warnings files.json keeps for an indexed file (a sidecar ignored, and why)."""
    warnings = entry.get("warnings")
    return [str(w) for w in warnings] if isinstance(warnings, list) else []


def usable_manifest(data) -> bool:
    """Return whether files.json content is well formed."""
    return isinstance(data, dict) and all(
        isinstance(rel, str) and isinstance(entry, dict)
        and isinstance(entry.get("articles"), int) and not isinstance(entry.get("articles"), bool)
        and entry["articles"] >= 0 and isinstance(entry.get("sha1"), (str, type(None)))
        for rel, entry in data.items())


def manifest_problem(generation: Path) -> str | None:
    """Return why a generation's files.json cannot be trusted, or None."""
    data = gens.read_json(generation / gens.FILES)
    if not usable_manifest(data):
        return "its list of indexed files (files.json) is missing or garbled"
    listed = sum(entry["articles"] for entry in data.values())
    indexed = open_generation(generation).info.articles
    if listed != indexed:
        return f"files.json lists {listed} articles but the index holds {indexed}"
    return None
