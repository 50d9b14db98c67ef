"""Report a build's progress: a bar with rate and ETA on a terminal, plain lines otherwise.

    reindex [########------------]  41%  3,562/8,700 files · 8,190 articles · 61.3 articles/s · ETA 1m24s

A log file or a pipe gets one plain line every 5% of the files (and at the
end) instead of carriage returns, so cron mails and CI logs stay readable.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO

BAR_WIDTH = 20
PLAIN_STEPS = 20          # plain lines: one every 5%
REDRAW_SECONDS = 0.2      # a terminal is redrawn at most this often (and always at the end)


def format_duration(seconds: float) -> str:
    """Return a short duration: 45s, 3m05s, 2h07m.

    >>> format_duration(185)
    '3m05s'
    """
    seconds = max(0, int(round(seconds)))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


class ProgressBar:
    """A progress callback ``(n, total, rel, articles)`` for build_index and update_index."""

    def __init__(self, label: str, stream: TextIO | None = None, clock=time.monotonic):
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.clock = clock
        self.started = clock()          # the rate counts from the start of the run, not its first file
        self.drawn = 0.0

    def __call__(self, n: int, total: int, rel: str = "", articles: int = 0) -> None:
        now = self.clock()
        if self.tty:
            if n == total or now - self.drawn >= REDRAW_SECONDS:
                self.drawn = now
                end = "\n" if n == total else ""
                self.stream.write("\r" + self.line(n, total, articles, now) + "\x1b[K" + end)
                self.stream.flush()
        elif n == total or n % max(1, total // PLAIN_STEPS) == 0:
            self.stream.write(self.line(n, total, articles, now, bar=False) + "\n")
            self.stream.flush()

    def line(self, n: int, total: int, articles: int, now: float, bar: bool = True) -> str:
        """Return the progress line for n of total files done."""
        elapsed = max(now - self.started, 1e-9)
        parts = [f"{self.label} {n:,}/{total:,} files"]
        if bar:
            filled = int(BAR_WIDTH * n / total) if total else BAR_WIDTH
            share = f"{100 * n // total if total else 100:3d}%"
            parts[0] = f"{self.label} [{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {share}  {n:,}/{total:,} files"
        parts.append(f"{articles:,} articles")
        if n and elapsed >= 0.5:
            parts.append(f"{articles / elapsed:,.1f} articles/s")
            parts.append(f"ETA {format_duration(elapsed / n * (total - n))}" if n < total
                         else f"took {format_duration(elapsed)}")
        return " · ".join(parts)
