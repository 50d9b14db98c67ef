"""Parse one file under limits, so that a bad file costs only itself.

A decompression bomb, a page the parser needs minutes for, or a file that
exhausts memory must not stop a run: each file is parsed under a wall-clock
limit (SIGALRM in the worker) and, in worker processes, an address-space limit
(RLIMIT_AS). Running out of either becomes :class:`UnreadableFile` with the
reason, which the writer records as the file's skip reason like any other.
The caps on sizes inside a file (decompressed bytes, characters, pages,
paragraphs, nesting depth) are checked by the format readers themselves,
from the same :func:`current` settings.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from contextlib import contextmanager
from typing import TypeVar

from .config import Limits, load_limits
from .parse import UnreadableFile, use_caps

T = TypeVar("T")
_SETTINGS: Limits | None = None
_WORKER_CAPPED = False


class FileTimeout(BaseException):
    """Raised by the alarm inside a parse that ran too long.

    A BaseException, so that no ``except Exception`` inside a parser swallows it.
    """


def current() -> Limits:
    """Return this process's limits (read once from dangjian.toml's ``[limits]``)."""
    global _SETTINGS
    if _SETTINGS is None:
        use(load_limits())
    return _SETTINGS


def use(settings: Limits | None) -> None:
    """Set this process's limits (tests, and the CLI after reading the config); None re-reads them."""
    global _SETTINGS
    _SETTINGS = settings
    use_caps(settings.caps() if settings else None)


def limited(parse: Callable[..., T], *args) -> T:
    """Run parse(*args) under the per-file limits; raise UnreadableFile naming the one exceeded."""
    settings = current()
    _cap_worker_memory(settings)
    try:
        with _alarm(settings.seconds_per_file):
            return parse(*args)
    except FileTimeout:
        raise UnreadableFile(f"parsing took longer than {settings.seconds_per_file:g} s "
                             "(limits.seconds_per_file): skipped") from None
    except MemoryError:
        raise UnreadableFile(f"parsing needed more than {settings.memory_mb} MB "
                             "(limits.memory_mb): skipped") from None


@contextmanager
def _alarm(seconds: float):
    """Raise FileTimeout in this thread after seconds; a no-op where signals cannot be used."""
    usable = seconds > 0 and hasattr(signal, "setitimer") \
        and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum, frame):
        raise FileTimeout()
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _cap_worker_memory(settings: Limits) -> None:
    """Limit a worker process's address space once; never the main process (the CLI, a test run).

    The limit leaves room above what the worker already maps (its libraries and
    the jieba dictionary), so the budget is the parse's own.
    """
    global _WORKER_CAPPED
    if _WORKER_CAPPED or multiprocessing.parent_process() is None or settings.memory_mb <= 0:
        return
    _WORKER_CAPPED = True
    try:
        import resource
    except ImportError:          # Windows: no rlimits; the caps inside the readers still hold
        return
    budget = max(settings.memory_mb << 20, _mapped_bytes() + (256 << 20))
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        budget = min(budget, hard)
    resource.setrlimit(resource.RLIMIT_AS, (budget, hard))


def _mapped_bytes() -> int:
    """Return this process's address-space size (0 where /proc is missing)."""
    try:
        with open(f"/proc/{os.getpid()}/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def crowded_page(articles: list, most: int) -> str | None:
    """Return why a file's articles are too many for its pages, or None.

    The cap is per page: a PDF issue of 102 pages may hold 204 articles, but
    one page cut into hundreds is a dump, not a page's text layer.
    """
    per_page: dict = {}
    for article in articles:
        key = getattr(article, "pdf_page", None)
        per_page[key] = per_page.get(key, 0) + 1
    page, count = max(per_page.items(), key=lambda item: item[1], default=(None, 0))
    if count <= most:
        return None
    where = f"page {page} was" if page is not None else "it was"
    return f"{where} cut into {count} articles, more than a page holds ({most}): not one page's text layer"
