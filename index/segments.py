"""Write a generation's segments in parallel: each worker process parses, tokenizes and writes its own.

Whoosh's single writer replays every document in one process and merges one
posting pool at commit — minutes at 20,000 articles, in a process that grows
with the archive. Here every worker takes page files from a shared queue,
adds their articles to a Whoosh segment of its own and finishes that segment
(sorting and writing its postings) in its own process, starting a new one
after ``SEGMENT_ARTICLES`` articles. The main process only collects per-file
results and the finished segment objects, and names them in the table of
contents (:func:`commit_segments`): nothing is merged at the end, and memory
is bounded per worker (the posting pool spills to disk past ``POOL_MB``)
whatever the archive's size.

Workers get only picklable strings and run a module-level function, so the
``spawn`` start method (Windows) works as well as ``fork``.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.writing import NO_MERGE, SegmentWriter

from . import grams, platform, postings

SEGMENT_ARTICLES = 5000   # fewer, larger segments: each term's block overhead is paid once per segment
# Postings per block: a search decodes a word's whole posting list (search/postings.py), so few large
# blocks beat Whoosh's 128, which suit skipping from document to document.
BLOCK_POSTINGS = 1024
POOL_MB = 128             # a worker's posting pool spills sorted runs to disk past this
PARENT_POLL = 1.0         # seconds between checks that the parent is alive / a worker has not died


@dataclass(frozen=True)
class FileResult:
    """One page file's outcome: its fingerprint, the articles written from it, or why it was skipped."""

    rel: str
    sha1: str | None
    articles: int
    error: str | None
    doubts: tuple[str, ...] = ()        # why the page's cut looks doubtful (issue 15), listed by check


Prepare = Callable[[tuple[str, str]], tuple[str, str | None, list[dict] | None, str | None]]


class WorkerFailed(Exception):
    """A worker process failed while writing its segment (not a bad page: those are skipped)."""


# ------------------------------------------------------------------ one segment

class _SegmentWriter(SegmentWriter):
    """Whoosh's segment writer, finishing its postings through :mod:`.postings` (same bytes, faster)."""

    def _flush_segment(self):
        if not postings.supports(self.codec):
            return super()._flush_segment()
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        postings.add_postings(self.fieldwriter, self.schema, _field_length(lengths), self.pool.iter_postings())
        self.fieldwriter.close()
        if lengths:
            lengths.close()


def _field_length(reader):
    """Return doc_field_length(docnum, field), read once per document and field rather than per posting."""
    if reader is None:
        return lambda docnum, fieldname: 0
    cache: dict = {}

    def length(docnum: int, fieldname: str) -> int:
        key = (docnum, fieldname)
        if key not in cache:
            cache[key] = reader.doc_field_length(docnum, fieldname)
        return cache[key]
    return length


class SegmentBuilder:
    """Add documents to one new segment of an index, without locking it or touching its TOC."""

    def __init__(self, index_dir: str, pool_mb: int = POOL_MB):
        self.ix = whoosh_index.open_dir(index_dir)
        self.pool_mb = pool_mb
        self.writer: _SegmentWriter | None = None

    def add_file(self, docs: list[dict]) -> str | None:
        """Add one file's documents; return why they could not be indexed, or None."""
        if self.writer is None:
            # _lk=False: the parent holds the index; temp runs have random names, so sharing the dir is safe.
            self.writer = _SegmentWriter(self.ix, _lk=False, limitmb=self.pool_mb, compound=False,
                                         codec=W3Codec(blocklimit=BLOCK_POSTINGS))
        try:
            for doc in docs:
                self.writer.add_document(**doc)
        except Exception as exc:   # a value Whoosh refuses costs this file, never the run
            return f"cannot index: {type(exc).__name__}: {exc}"
        return None

    def documents(self) -> int:
        return self.writer.doc_count() if self.writer else 0

    def finish(self):
        """Sort and write the postings; return the finished segment (None when nothing was added)."""
        writer, self.writer = self.writer, None
        if writer is None or not writer.doc_count():
            if writer is not None:
                writer._close_segment()
            return None
        segment = writer._finalize_segment()
        grams.build_segment(Path(self.ix.storage.folder), self.ix.schema, segment)   # here, in the worker
        return segment


# ------------------------------------------------------------------ a worker

def run_worker(index_dir: str, root: str, jobs, results, prepare: Prepare,
               segment_articles: int = SEGMENT_ARTICLES) -> None:
    """Take (order, path) jobs until None; report each file; send every finished segment."""
    parent = os.getppid()
    try:
        for event in _work(index_dir, root, _jobs(jobs, parent), prepare, segment_articles):
            results.put(event)
        results.put(("done", None))
    except BaseException as exc:   # noqa: BLE001 — the parent turns it into one clear error
        results.put(("failed", (getattr(exc, "errno", None), f"{type(exc).__name__}: {exc}")))


def _work(index_dir, root, jobs, prepare, segment_articles) -> Iterator[tuple[str, object]]:
    """Yield ("file", FileResult) per job and ("segment", (first job, segment)) per finished segment."""
    builder, first = SegmentBuilder(index_dir), None
    for order, path in jobs:
        rel, sha1, docs, error, *doubts = prepare((path, root))
        if docs and not error:
            first = order if first is None else first
            error = builder.add_file(docs)
        yield "file", FileResult(rel, sha1, 0 if error else len(docs or ()), error, tuple(doubts[0]) if doubts else ())
        if builder.documents() >= segment_articles:
            yield "segment", (first, builder.finish())
            first = None
    segment = builder.finish()
    if segment is not None:
        yield "segment", (first, segment)


def _jobs(jobs, parent: int) -> Iterator[tuple[int, str]]:
    # Poll, so a worker orphaned by a kill -9 of its parent stops instead of waiting forever.
    while True:
        try:
            job = jobs.get(timeout=PARENT_POLL)
        except queue.Empty:
            if os.getppid() != parent:
                return
            continue
        if job is None:
            return
        yield job


# ------------------------------------------------------------------ the parent

def write_segments(index_dir: Path, files: list[Path], root: Path, processes: int,
                   prepare: Prepare, segment_articles: int | None = None) -> Iterator[FileResult | list]:
    """Write the files' articles as new segments of the index at index_dir.

    Yield a :class:`FileResult` per file as it is done, then, last, the list of
    finished segments in the order of their first file (so documents keep the
    archive's order within a segment, and the run is reproducible with one worker).
    """
    segment_articles = segment_articles or SEGMENT_ARTICLES     # read now, so tests can lower it
    if processes <= 1 or len(files) < 4:
        yield from _write_here(index_dir, files, root, prepare, segment_articles)
        return
    yield from _write_in_workers(index_dir, files, root, min(processes, len(files)), prepare, segment_articles)


def _write_here(index_dir, files, root, prepare, segment_articles):
    segments = []
    for kind, value in _work(str(index_dir), str(root), enumerate(map(str, files)), prepare, segment_articles):
        if kind == "file":
            yield value
        else:
            segments.append(value)
    yield _ordered(segments)


def _write_in_workers(index_dir, files, root, processes, prepare, segment_articles):
    ctx = multiprocessing.get_context(platform.start_method())
    jobs, results = ctx.Queue(), ctx.Queue()
    workers = [ctx.Process(target=run_worker, daemon=True,
                           args=(str(index_dir), str(root), jobs, results, prepare, segment_articles))
               for _ in range(processes)]
    for worker in workers:
        worker.start()
    try:
        for job in enumerate(map(str, files)):
            jobs.put(job)
        for _ in workers:
            jobs.put(None)
        segments = yield from _collect(results, workers)
        yield _ordered(segments)
    finally:
        _stop(workers)


def _collect(results, workers) -> Iterator[FileResult]:
    segments, done = [], 0
    while done < len(workers):
        try:
            kind, value = results.get(timeout=PARENT_POLL)
        except queue.Empty:
            if any(w.exitcode not in (None, 0) for w in workers):
                raise WorkerFailed("a worker process died while writing its segment") from None
            continue
        if kind == "file":
            yield value
        elif kind == "segment":
            segments.append(value)
        elif kind == "done":
            done += 1
        else:
            number, message = value
            raise OSError(number, message) if number else WorkerFailed(message)
    return segments


def _stop(workers) -> None:
    for worker in workers:
        worker.join(timeout=PARENT_POLL if worker.exitcode is None else None)
        if worker.is_alive():
            worker.terminate()
            worker.join()


def _ordered(segments: list[tuple[int, object]]) -> list:
    return [segment for _, segment in sorted(segments, key=lambda item: item[0])]


# ------------------------------------------------------------------ the TOC

def commit_segments(ix, segments: list, delete_paths=(), merge: bool = False) -> None:
    """Name the new segments in the index's table of contents, after deleting the given paths' documents.

    The deletions apply to the existing segments only (the new ones hold the
    replacements). ``merge`` lets Whoosh merge small existing segments, as its
    own commit does; the new segments are never merged here.
    """
    writer = ix.writer(compound=False)
    try:
        for path in delete_paths:
            writer.delete_by_term("path", path)
        # The same steps as SegmentWriter.commit, plus the workers' segments (as Whoosh's MpWriter does).
        final = writer._merge_segments(None if merge else NO_MERGE, None, None)
        if writer._added:
            final.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(final + list(segments))
    except BaseException:
        try:
            writer.cancel()
        except Exception:   # noqa: BLE001 — cancelling on a full disk fails too; the directory goes anyway
            pass
        raise
    writer._finish()
