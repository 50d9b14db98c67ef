"""Write a generation's parts in parallel: each worker process parses, tokenizes and stores its own.

Every worker takes page files from the parent, parses and analyses them
and hands each file's articles to an article sink of its own
(:class:`~dangjian.index.store.ArticleSink`, made from the store writer's
picklable :class:`~dangjian.index.store.SinkSpec`), which writes a part of the
generation (the embedded store: a Whoosh segment, sorted and written in the
worker) every ``PART_ARTICLES`` articles. The main process only collects
per-file results and the finished parts, in archive order, for the store
writer to commit: nothing is merged at the end, and memory is bounded per
worker whatever the archive's size.

Workers get only picklable values and run a module-level function, so the
``spawn`` start method (Windows) works as well as ``fork``. How the parent
hands out files and stops a worker stuck on one: index/crew.py.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import platform
from .store import SinkSpec

PART_ARTICLES = 5000      # fewer, larger parts: each term's block overhead is paid once per segment
PARENT_POLL = 1.0         # seconds between checks that the parent is alive / a worker has not died


@dataclass(frozen=True)
class FileResult:
    """One page file's outcome: its fingerprint, the articles written from it, or why it was skipped."""

    rel: str
    sha1: str | None
    articles: int
    error: str | None
    doubts: tuple[str, ...] = ()        # why the page's cut looks doubtful (issue 15), listed by check
    warnings: tuple[str, ...] = ()      # read all the same: a sidecar ignored, and why (issue 18)


# (rel, fingerprint, analysed articles, error[, doubts, warnings])
Prepare = Callable[[tuple[str, str]], tuple]


class WorkerFailed(Exception):
    """A worker process failed while writing its part (not a bad page: those are skipped)."""


# ------------------------------------------------------------------ a worker

def run_worker(spec: SinkSpec, root: str, inbox, outbox, prepare: Prepare,
               part_articles: int = PART_ARTICLES) -> None:
    """Take (order, path) jobs from inbox until None; say when each starts, report each file; send
    every finished part. Everything goes over outbox, this worker's own pipe, synchronously: what
    was sent before a file blocks the worker has reached the parent (index/crew.py)."""
    parent = os.getppid()
    try:
        for event in _work(spec, root, _jobs(inbox, parent, lambda job: outbox.send(("start", job[0]))),
                           prepare, part_articles):
            outbox.send(event)
        outbox.send(("done", None))
    except BaseException as exc:   # noqa: BLE001 — the parent turns it into one clear error
        outbox.send(("failed", (getattr(exc, "errno", None), f"{type(exc).__name__}: {exc}")))


def _work(spec: SinkSpec, root, jobs, prepare, part_articles) -> Iterator[tuple[str, object]]:
    """Yield ("file", FileResult) per job and ("part", (first job, part)) per finished part."""
    sink, first = spec.make(), None
    for order, path in jobs:
        rel, sha1, docs, error, *notes = prepare((path, root))
        if docs and not error:
            first = order if first is None else first
            error = sink.add_file(docs)
        doubts, warnings = (tuple(n) for n in (notes + [(), ()])[:2])
        yield "file", FileResult(rel, sha1, 0 if error else len(docs or ()), error, doubts, warnings)
        if sink.pending() >= part_articles:
            yield "part", (first, sink.finish())
            first = None
    part = sink.finish()
    if part is not None:
        yield "part", (first, part)


def _jobs(inbox, parent: int, started: Callable[[tuple[int, str]], None]) -> Iterator[tuple[int, str]]:
    # Poll, so a worker orphaned by a kill -9 of its parent stops instead of waiting forever.
    while True:
        if not inbox.poll(PARENT_POLL):
            if os.getppid() != parent:
                return
            continue
        job = inbox.recv()
        if job is None:
            return
        started(job)
        yield job


# ------------------------------------------------------------------ the parent

def write_parts(spec: SinkSpec, files: list[Path], root: Path, processes: int,
                prepare: Prepare, part_articles: int | None = None) -> Iterator[FileResult | list]:
    """Write the files' articles as new parts, through sinks made from spec.

    Yield a :class:`FileResult` per file as it is done, then, last, the list of
    finished parts in the order of their first file (so documents keep the
    archive's order within a part, and the run is reproducible with one worker).
    A file parsed again, because the worker holding its articles was stopped,
    is yielded again: its last result is the one that counts.
    """
    part_articles = part_articles or PART_ARTICLES     # read now, so tests can lower it
    if processes <= 1 or len(files) < 4:
        yield from _write_here(spec, files, root, prepare, part_articles)
        return
    yield from _write_in_workers(spec, files, root, min(processes, len(files)), prepare, part_articles)


def _write_here(spec, files, root, prepare, part_articles):
    parts = []
    for kind, value in _work(spec, str(root), enumerate(map(str, files)), prepare, part_articles):
        if kind == "file":
            yield value
        else:
            parts.append(value)
    yield _ordered(parts)


def _write_in_workers(spec, files, root, processes, prepare, part_articles):
    from .crew import Crew         # the crew builds on this module's records
    ctx = multiprocessing.get_context(platform.start_method())
    crew = Crew(ctx, run_worker, (spec, str(root)), (prepare, part_articles), list(map(str, files)), Path(root))
    try:
        crew.hire(processes)
        parts = yield from crew.collect()
        yield _ordered(parts)
    finally:
        crew.stop()


def _ordered(parts: list[tuple[int, object]]) -> list:
    return [part for _, part in sorted(parts, key=lambda item: item[0])]
