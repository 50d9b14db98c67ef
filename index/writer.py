"""Build and update index generations.

Parsing and tokenizing (jieba is the slow part) run in a pool of worker
processes, one per core; the main process only replays the ready tokens into
Whoosh, so each article is tokenized exactly once for all its fields.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import index as whoosh_index

from . import generations as gens
from .analysis import analysis_version, pretokenize
from .config import Config
from .pipeline import parse_file, parser_version
from .reader import UnreadableFile, fingerprint, iter_page_files
from .records import Report
from .schema import build_schema, to_document

Progress = Callable[[int, int, str], None]


@dataclass
class BuildResult:
    report: Report
    generation: str | None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {**self.report.to_dict(), "generation": self.generation, "added": self.added,
                "changed": self.changed, "removed": self.removed, "seconds": round(self.seconds, 2)}


def prepare_file(job: tuple[str, str]) -> tuple[str, str | None, list[dict] | None, str | None]:
    """Parse and tokenize one file (runs in a worker): (rel, fingerprint, documents, error)."""
    path, root = Path(job[0]), Path(job[1])
    rel = path.relative_to(root).as_posix()
    try:
        page, articles = parse_file(path, root)
        docs = [to_document(a, page.sha1, pretokenize(a.title, a.body)) for a in articles]
        return rel, _fingerprint_or_none(path), docs, None
    except UnreadableFile as exc:
        return rel, _fingerprint_or_none(path), None, str(exc)
    except Exception as exc:   # a parser bug costs one file, never the run
        return rel, _fingerprint_or_none(path), None, f"internal error while parsing: {type(exc).__name__}: {exc}"


def _fingerprint_or_none(path: Path) -> str | None:
    try:
        return fingerprint(path)
    except OSError:
        return None


def _prepared(files: list[Path], root: Path, processes: int):
    jobs = [(str(f), str(root)) for f in files]
    if processes <= 1 or len(jobs) < 4:
        yield from map(prepare_file, jobs)
        return
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(processes) as pool:
        yield from pool.imap(prepare_file, jobs, chunksize=2)


def _write_files(writer, files: list[Path], root: Path, report: Report, manifest: dict,
                 processes: int, progress: Progress | None) -> None:
    for n, (rel, sha1, docs, error) in enumerate(_prepared(files, root, processes), start=1):
        if progress:
            progress(n, len(files), rel)
        if error:
            report.skip(rel, error)
            manifest[rel] = {"sha1": sha1, "articles": 0, "skipped": error}
            continue
        try:
            for doc in docs:
                writer.add_document(**doc)
        except Exception as exc:   # a value Whoosh refuses costs this file, never the run
            report.skip(rel, f"cannot index: {type(exc).__name__}: {exc}")
            manifest[rel] = {"sha1": sha1, "articles": 0, "skipped": str(exc)}
            continue
        report.files_read += 1
        report.articles += len(docs)
        manifest[rel] = {"sha1": sha1, "articles": len(docs)}


def _finish(building: Path, config: Config, report: Report, manifest: dict, started: float,
            kind: str) -> None:
    gens.write_json(building / gens.FILES, manifest)
    gens.write_json(building / gens.META, {
        "analysis_version": analysis_version(),
        "parser_version": parser_version(),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "archive": str(config.archive.resolve()),
        "kind": kind,
        "seconds": round(time.monotonic() - started, 2),
        "report": report.to_dict(),
    })


def build_index(config: Config, progress: Progress | None = None,
                processes: int | None = None) -> BuildResult:
    """Rebuild the whole index from the archive into a new generation, then switch to it."""
    started = time.monotonic()
    root = config.index
    with gens.writer_lock(root):
        previous = gens.current_name(root)
        gens.clean_up(root, keep_previous=previous)
        building = gens.new_generation(root)
        ix = whoosh_index.create_in(str(building), build_schema())
        report, manifest = Report(), {}
        files = iter_page_files(config.archive) if config.archive.exists() else []
        writer = ix.writer(limitmb=256, compound=False)
        try:
            _write_files(writer, files, config.archive, report, manifest,
                         processes or os.cpu_count() or 1, progress)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        _finish(building, config, report, manifest, started, "reindex")
        final = gens.publish(root, building)
        gens.clean_up(root, keep_previous=previous)
    return BuildResult(report, final.name, added=sorted(manifest), seconds=time.monotonic() - started)


def _link_copy(src: Path, dst: Path) -> None:
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


def plan_update(config: Config, manifest: dict) -> tuple[list[Path], list[Path], list[str]]:
    """Return (new files, changed files, removed paths) against a generation's manifest."""
    root = config.archive
    files = iter_page_files(root) if root.exists() else []
    new, changed, seen = [], [], set()
    for path in files:
        rel = path.relative_to(root).as_posix()
        seen.add(rel)
        if rel not in manifest:
            new.append(path)
        elif manifest[rel].get("sha1") != _fingerprint_or_none(path):
            changed.append(path)
    removed = sorted(set(manifest) - seen)
    return new, changed, removed


def _manifest_report(manifest: dict) -> Report:
    """The whole generation's report, from its manifest (unchanged files included)."""
    report = Report(files_read=sum(1 for m in manifest.values() if not m.get("skipped")),
                    articles=sum(m["articles"] for m in manifest.values()))
    for path, entry in sorted(manifest.items()):
        if entry.get("skipped"):
            report.skip(path, entry["skipped"])
    return report


def update_index(config: Config, progress: Progress | None = None,
                 processes: int | None = None) -> BuildResult:
    """Apply only new, changed and removed files; fall back to a rebuild when there is no usable index."""
    root = config.index
    try:
        live = gens.current_dir(root)
    except gens.NoIndex:
        return build_index(config, progress, processes)
    meta = gens.read_json(live / gens.META, {})
    if (meta.get("analysis_version"), meta.get("parser_version")) != (analysis_version(), parser_version()):
        return build_index(config, progress, processes)     # never mix two versions' articles
    started = time.monotonic()
    with gens.writer_lock(root):
        live = gens.current_dir(root)
        manifest = gens.read_json(live / gens.FILES, {})
        new, changed, removed = plan_update(config, manifest)
        rel = lambda p: p.relative_to(config.archive).as_posix()   # noqa: E731
        result = BuildResult(Report(), live.name, [rel(p) for p in new],
                             [rel(p) for p in changed], removed)
        if not (new or changed or removed):
            result.seconds = time.monotonic() - started
            return result
        gens.clean_up(root, keep_previous=live.name)
        building = gens.new_generation(root)
        _link_copy(live, building)
        ix = whoosh_index.open_dir(str(building))
        writer = ix.writer(limitmb=256, compound=False)
        try:
            for path in removed + result.changed:
                writer.delete_by_term("path", path)
                manifest.pop(path, None)
            _write_files(writer, new + changed, config.archive, result.report, manifest,
                         processes or os.cpu_count() or 1, progress)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
        result.report = _manifest_report(manifest)
        _finish(building, config, result.report, manifest, started, "update")
        final = gens.publish(root, building)
        gens.clean_up(root, keep_previous=live.name)
        result.generation = final.name
        result.seconds = time.monotonic() - started
    return result
