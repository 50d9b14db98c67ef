"""Build and update index generations.

Parsing, tokenizing (jieba is the slow part) and writing run in worker
processes, one per core, each handing its articles to a sink of the store
(index/workers.py, index/store/); the main process keeps the report and the
manifest and has the store writer commit the finished parts — nothing is
merged at the end.

Nothing is lost or doubled: a failed run (disk full, kill -9) leaves the live
generation untouched and removes its partial one; update rebuilds in full
whenever it cannot trust what it would build on (versions changed, files.json
unusable, the live generation damaged); a file or folder that cannot be read
now keeps the articles it had; an archive that lists nothing is refused.
"""
from __future__ import annotations

import errno
import functools
import os
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import generations as gens
from . import limits, platform, sources
from .analysis import analysis_version, pretokenize
from .checksums import damage_message, record_checksums, verify_generation
from .config import Config
from .manifest import Plan, dropped_note, listing_entries, manifest_problem, manifest_report, plan_update
from .parse import (Listing, ReadFailed, Report, UnreadableFile, fingerprint, parser_version, rel_path,
                    walk_archive)
from .parse import (NO_CONTEXT, PROFILE_FILE, ArchiveContext, archive_facts_digest, doubtful_cut,  # issue 15
                    learn_archive)
from .words import segmenter_name
from .schema import searchable_tokens
from .store import AnalysedArticle, SinkSpec, StoreWriter, backend, store_name
from .workers import FileResult, write_parts

Progress = Callable[[int, int, str, int], None]   # files done, files, file, articles so far
MAX_ARTICLES_PER_PAGE = 200      # a page holds a few dozen; thousands mean a dump, not a page


class ArchiveEmpty(Exception):
    """The archive lists no page file: refused rather than emptying the index."""


class IndexWriteError(Exception):
    """Writing the new generation failed (disk full, I/O error); the live one is untouched."""


@dataclass
class BuildResult:
    report: Report
    generation: str | None
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {**self.report.to_dict(), "generation": self.generation, "added": self.added,
                "changed": self.changed, "removed": self.removed, "seconds": round(self.seconds, 2),
                "notes": self.notes}


def build_version() -> str:
    """Return the version of the parser and of the schemas (the facets', the embedded store's):
    articles or fields may differ when it changes."""
    import hashlib
    here = Path(__file__).parent
    schema = (here / "schema.py").read_bytes() + (here / "store" / "whoosh" / "schema.py").read_bytes()
    return hashlib.sha1(parser_version().encode() + schema).hexdigest()[:16]


def store_of(config: Config) -> str:
    """Return the name of the store a build writes (the config's ``backend``; default the embedded one)."""
    return backend(getattr(config, "backend", None)).name


def prepare_page(job: tuple[str, str], context: ArchiveContext = NO_CONTEXT, texts: str | None = None) -> tuple:
    """Parse and tokenize one file (runs in a worker): (rel, fingerprint, analysed articles, error, doubts,
    warnings).

    The fingerprint is of the bytes parsed, so a page changed meanwhile is seen by the next update.
    context is what the run learned of the archive's publications, the same in every worker.
    """
    path, root = Path(job[0]), Path(job[1])
    rel = rel_path(path, root)
    try:
        page, articles, pages = limits.limited(sources.parse_keeping_texts, path, root, context)
        if crowded := limits.crowded_page(articles, MAX_ARTICLES_PER_PAGE):
            return rel, page.fingerprint, None, crowded
        docs = [AnalysedArticle(a, page.sha1, searchable_tokens(a, pretokenize(a.title, a.body))) for a in articles]
        if texts:                     # the page texts the source view shows (index/sources.py)
            sources.keep(Path(texts), rel, page.sha1, pages)
        return rel, page.fingerprint, docs, None, tuple(doubtful_cut(articles)), page.warnings
    except ReadFailed as exc:
        return rel, None, None, str(exc)
    except UnreadableFile as exc:
        return rel, _fingerprint_or_none(path), None, str(exc)
    except Exception as exc:   # a parser bug costs one file, never the run
        return rel, _fingerprint_or_none(path), None, f"internal error while parsing: {type(exc).__name__}: {exc}"


def prepare_file(job: tuple[str, str], context: ArchiveContext = NO_CONTEXT
                 ) -> tuple[str, str | None, list[AnalysedArticle] | None, str | None]:
    """Return (rel, fingerprint, analysed articles, error) of one file: :func:`prepare_page` without its doubts."""
    return prepare_page(job, context)[:4]


def _fingerprint_or_none(path: Path) -> str | None:
    try:
        return fingerprint(path)
    except (OSError, UnreadableFile):
        return None


def _write_files(spec: SinkSpec, files: list[Path], root: Path, report: Report, manifest: dict,
                 processes: int, progress: Progress | None, context: ArchiveContext = NO_CONTEXT,
                 texts: Path | None = None) -> list:
    """Write the files' articles as new parts (in worker processes); return the parts.

    Each file's outcome goes into the report and the manifest once the parts are
    all in: a file parsed again after the watchdog stopped the worker holding its
    articles (index/workers.py) is reported twice, and its last result counts.
    """
    outcomes: dict[str, FileResult] = {}
    articles = 0
    prepare = functools.partial(prepare_page, context=context, texts=str(texts) if texts else None)
    for item in write_parts(spec, files, root, processes, prepare):
        if isinstance(item, list):
            for outcome in outcomes.values():
                _account(outcome, report, manifest)
            return item
        before = outcomes.pop(item.rel, None)
        outcomes[item.rel] = item
        articles += item.articles - (before.articles if before else 0)
        if progress:
            progress(len(outcomes), len(files), item.rel, articles)
    return []


def _account(item: FileResult, report: Report, manifest: dict) -> None:
    if item.error:
        report.skip(item.rel, item.error)
        manifest[item.rel] = {"sha1": item.sha1, "articles": 0, "skipped": item.error}
        return
    report.files_read += 1
    report.articles += item.articles
    manifest[item.rel] = {"sha1": item.sha1, "articles": item.articles}
    if item.doubts:
        manifest[item.rel]["doubts"] = list(item.doubts)
    if item.warnings:                 # indexed all the same; check lists them from files.json
        manifest[item.rel]["warnings"] = list(item.warnings)
        for warning in item.warnings:
            report.warn(item.rel, warning)


def _finish(building: Path, store: StoreWriter, config: Config, report: Report, manifest: dict, started: float,
            kind: str, linked_from: Path | None = None, context: ArchiveContext = NO_CONTEXT) -> None:
    # ---- The generation's documents are committed and final here. Files derived from them (the
    # ---- per-generation read model) are written at this point: before checksums cover every file
    # ---- of the generation and before CURRENT names it. Both reindex and update pass through here.
    gens.write_json(building / gens.FILES, manifest)
    gens.write_json(building / gens.META, {
        "analysis_version": analysis_version(),
        "parser_version": build_version(),
        "archive_context": context.digests(),     # what was learned of each publication (issue 15)
        "archive_facts": archive_facts_digest(config.archive),   # slogans.toml and corrections.toml
        "word_segmenter": segmenter_name(),       # jieba or rjieba: same tokens, not part of the version
        "store": store_of(config),
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "archive": str(config.archive.resolve()),
        "kind": kind,
        "seconds": round(time.monotonic() - started, 2),
        "report": report.to_dict(),
    })
    store.finish()                                # derived files (the read model): before the checksums cover them
    record_checksums(building, linked_from)       # also fsyncs every file before CURRENT names it


def _listing(config: Config, allow_empty: bool) -> Listing:
    """List the archive; refuse one that lists no page file unless allow_empty."""
    listing = walk_archive(config.archive) if config.archive.exists() else Listing()
    if listing.files or allow_empty:
        return listing
    why = ("does not exist" if not config.archive.exists() else
           "cannot be read" if "" in listing.unreadable_dirs else "holds no page files")
    raise ArchiveEmpty(f"the archive {config.archive} {why}; refusing to replace the index with an "
                       "empty one (an unmounted share?). Check the archive location, or pass --allow-empty")


def _new_generation(root: Path) -> Path:
    try:
        return gens.new_generation(root)
    except OSError as exc:
        raise IndexWriteError(_write_error(root, exc)) from None


@contextmanager
def _abandon_on_failure(root: Path, building: Path):
    """Remove a generation that failed to build; turn OS errors into one clear IndexWriteError."""
    try:
        yield
    except BaseException as exc:
        final = building.with_name(building.name.removesuffix(".building"))
        for path in (building, final):
            if path.exists() and gens.live_name_or_none(root) != path.name:
                platform.remove_tree(path)
        if isinstance(exc, OSError):
            raise IndexWriteError(_write_error(root, exc)) from None
        raise


def _write_error(root: Path, exc: OSError) -> str:
    what = ("the disk is full" if exc.errno in (errno.ENOSPC, errno.EDQUOT)
            else f"writing failed ({exc.strerror or exc})")
    return (f"cannot build the new index generation in {root}: {what}. The partial generation was removed "
            "and the live index is untouched; free space and run again")


def build_index(config: Config, progress: Progress | None = None, processes: int | None = None,
                allow_empty: bool = False) -> BuildResult:
    """Rebuild the whole index from the archive into a new generation, then switch to it."""
    with gens.writer_lock(config.index):
        return _build_locked(config, progress, processes, allow_empty)


def _build_locked(config: Config, progress, processes, allow_empty) -> BuildResult:
    started, root = time.monotonic(), config.index
    previous = gens.live_name_or_none(root)
    gens.clean_up(root, keep_previous=previous)
    listing = _listing(config, allow_empty)
    report, manifest = Report(), listing_entries(listing)
    for rel, entry in manifest.items():
        report.skip(rel, entry["skipped"])
    context = _learn(config, listing, report)
    building = _new_generation(root)
    with _abandon_on_failure(root, building):
        store = backend(store_of(config)).create(building)
        parts = _write_files(store.sink_spec(), listing.files, config.archive, report, manifest,
                             processes or os.cpu_count() or 1, progress, context, texts=building)
        store.commit(parts)
        _finish(building, store, config, report, manifest, started, "reindex", context=context)
        final = gens.publish(root, building)
    gens.clean_up(root, keep_previous=previous)
    result = BuildResult(report, final.name, added=sorted(manifest), seconds=time.monotonic() - started)
    note = dropped_note(gens.read_json(root / previous / gens.FILES) if previous else None, manifest, listing)
    result.notes += [note] if note else []
    return result


def _learn(config: Config, listing: Listing, report: Report) -> ArchiveContext:
    """Learn the publications' furniture and profiles once per run; a bad publications.toml is reported."""
    context, problem = learn_archive(config.archive, listing.files)
    if problem:
        report.skip(PROFILE_FILE, problem)
    return context


def _context_changed(config: Config, live: Path) -> str | None:
    """Return why articles of unchanged pages may differ now: what a publication shows changed."""
    meta = gens.read_json(live / gens.META, {})
    if meta.get("archive_facts") != archive_facts_digest(config.archive):
        return "the archive's slogans.toml or corrections.toml changed since the last build"
    before = meta.get("archive_context")
    changed = _learn(config, _listing(config, allow_empty=True), Report()).changed_since(before)
    if changed:
        return (f"what the archive shows of {', '.join(changed[:3])} changed "
                "(recurring furniture or publications.toml)")
    return None


def _rebuild_reason(live: Path, config: Config) -> str | None:
    """Return why update cannot build on the live generation, or None when it can."""
    if store_name(live) != store_of(config):
        return f"the store changed (the live generation is {store_name(live)}'s, the configuration says {store_of(config)})"
    meta = gens.read_json(live / gens.META, {})
    if not isinstance(meta, dict) or \
            (meta.get("analysis_version"), meta.get("parser_version")) != (analysis_version(), build_version()):
        return "the parser or the analyzer changed since the last build (or meta.json is unusable)"
    problems = verify_generation(live, quick=False)
    if problems:
        return damage_message(live, problems).split(";")[0]
    return manifest_problem(live)


def update_index(config: Config, progress: Progress | None = None, processes: int | None = None,
                 allow_empty: bool = False) -> BuildResult:
    """Apply only new, changed and removed files; rebuild in full when the live index is not usable."""
    with gens.writer_lock(config.index):
        live = gens.live_name_or_none(config.index)
        reason = _rebuild_reason(config.index / live, config) if live else "there is no usable index yet"
        reason = reason or _context_changed(config, config.index / live)
        if reason:
            result = _build_locked(config, progress, processes, allow_empty)
            result.notes.append(f"rebuilt in full: {reason}")
            return result
        return _update_locked(config, config.index / live, progress, processes, allow_empty)


def _update_locked(config: Config, live: Path, progress, processes, allow_empty) -> BuildResult:
    started, root = time.monotonic(), config.index
    manifest = gens.read_json(live / gens.FILES)
    plan = plan_update(config.archive, manifest, _listing(config, allow_empty))
    result = BuildResult(Report(), live.name, plan.added, plan.changed, plan.removed)
    if plan.nothing_to_do(manifest):
        result.report = manifest_report(manifest, plan.kept)
        result.seconds = time.monotonic() - started
        return result
    gens.clean_up(root, keep_previous=live.name)
    context = _learn(config, _listing(config, allow_empty), Report())
    building = _new_generation(root)
    with _abandon_on_failure(root, building):
        gens.link_copy(live, building)
        store = _apply_plan(building, config, plan, manifest, result, processes, progress, context)
        result.report = manifest_report(manifest, plan.kept)
        _finish(building, store, config, result.report, manifest, started, "update", linked_from=live,
                context=context)
        result.generation = gens.publish(root, building).name
    gens.clean_up(root, keep_previous=live.name)
    result.seconds = time.monotonic() - started
    return result


def _apply_plan(building: Path, config: Config, plan: Plan, manifest: dict, result: BuildResult,
                processes, progress, context: ArchiveContext = NO_CONTEXT) -> StoreWriter:
    store = backend(store_of(config)).extend(building)
    deleted = plan.removed + plan.changed + plan.now_skipped
    for path in deleted:
        manifest.pop(path, None)
    parts = _write_files(store.sink_spec(), plan.new_files + plan.changed_files, config.archive, Report(), manifest,
                         processes or os.cpu_count() or 1, progress, context, texts=building)
    store.commit(parts, delete_paths=deleted)
    manifest.update(plan.listing_skips)
    return store
