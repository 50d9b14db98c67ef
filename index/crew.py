"""The worker processes of one indexing run, as the parent sees them: who holds which file, and
the watchdog that stops a worker stuck on one (issue 18).

The per-file alarm (SIGALRM, index/limits.py) cannot reach a worker blocked in a C call that never
returns — a regex, an lxml parse: no Python signal handler runs until it does. So the parent
watches: a worker that has not reported its file within ``seconds_per_file`` +
``worker_grace_seconds`` is killed by pid, its file skipped with the reason, and another worker
takes its place. A worker that dies on a file (a crash in C) is treated the same way.

For that the parent must know at every moment what each worker holds, whatever becomes of it:
- it hands each worker its files itself, ``PREFETCH`` at a time, over a pipe of the worker's own;
- each worker answers over another pipe of its own, synchronously: no feeder thread that a worker
  holding the GIL in C would stop with events unsent, no lock shared with the other workers that a
  killed one could leave held. What a worker sent before it blocked has reached the parent, and
  the end of its pipe says it is gone, after its last event;
- a worker's articles sit in its unfinished part until it sends that part: the files they came
  from are parsed again by the others when it is lost, and only parts that arrived are committed.
So nothing is lost or doubled: the writer counts the last result of a file parsed twice.
"""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from pathlib import Path

from . import limits
from .parse import UnreadableFile, fingerprint, rel_path
from .workers import PARENT_POLL, FileResult, WorkerFailed

PREFETCH = 2              # files handed to a worker ahead: it never waits for the parent between two

Job = tuple[int, str]     # (place in the archive's order, path)


@dataclass
class Hand:
    """One worker process: the two ends of its pipes the parent keeps, and the files it holds."""

    process: object
    inbox: object                       # files to the worker
    outbox: object                      # events from the worker
    handed: deque[Job] = field(default_factory=deque)   # handed out, no result yet, in the worker's order
    since: float | None = None          # when it said it started handed[0]
    unsent: list[Job] = field(default_factory=list)      # reported; their articles wait in its unsent part
    done: bool = False


class Crew:
    """The workers of one run: hire them, hand out files, collect what they send, replace the lost."""

    def __init__(self, ctx, target: Callable, head: tuple, tail: tuple, files: list[str], root: Path):
        self.ctx, self.target, self.head, self.tail = ctx, target, head, tail
        self.root, self.waiting = root, deque(enumerate(files))
        self.hands: list[Hand] = []
        self.total, self.finished = len(files), set()      # orders of files with their (last) result
        self.parts: list = []
        self.closed = False
        settings = limits.current()
        # None: no watchdog (seconds_per_file = 0 turns the per-file limit off)
        self.patience = settings.seconds_per_file + settings.worker_grace_seconds \
            if settings.seconds_per_file > 0 else None

    # ---- the workers

    def hire(self, count: int = 1) -> None:
        for _ in range(count):
            worker_inbox, inbox = self.ctx.Pipe(duplex=False)
            outbox, worker_outbox = self.ctx.Pipe(duplex=False)
            process = self.ctx.Process(target=self.target, daemon=True,
                                       args=(*self.head, worker_inbox, worker_outbox, *self.tail))
            process.start()
            worker_inbox.close()            # the worker's ends: its pipe ends (EOF) when it does
            worker_outbox.close()
            self.hands.append(Hand(process, inbox, outbox))

    def stop(self) -> None:
        for hand in self.hands:
            process = hand.process
            process.join(timeout=PARENT_POLL if process.exitcode is None else None)
            if process.is_alive():
                process.terminate()
                process.join()

    # ---- the run

    def collect(self) -> Iterator[FileResult]:
        """Yield each file's result as it arrives (again, for a file parsed again); return the parts."""
        self._hand_out()
        while not all(hand.done for hand in self.hands):
            ready = wait([hand.outbox for hand in self.hands if not hand.done], timeout=PARENT_POLL)
            for hand in [h for h in self.hands if h.outbox in ready]:
                yield from self._receive(hand)
            for hand in self._overdue():
                yield self._lose(hand, f"parsing did not finish within {self.patience:g} s "
                                       "(limits.seconds_per_file + limits.worker_grace_seconds); the worker was stopped")
            self._hand_out()
        return self.parts

    def _receive(self, hand: Hand) -> Iterator[FileResult]:
        try:
            kind, value = hand.outbox.recv()
        except (EOFError, OSError):         # gone, and every event it sent was read before this
            hand.process.join()
            yield self._lose(hand, f"the worker parsing it died ({_exit_reason(hand.process)})")
            return
        if kind == "start":
            hand.since = time.monotonic()
        elif kind == "file":
            job = hand.handed.popleft()
            hand.since = None
            self.finished.add(job[0])
            if value.articles:
                hand.unsent.append(job)
            yield value
        elif kind == "part":
            self.parts.append(value)
            hand.unsent = []
        elif kind == "done":
            hand.done = True
        else:
            number, message = value
            raise OSError(number, message) if number else WorkerFailed(message)

    def _overdue(self) -> list[Hand]:
        """Kill (by pid) each worker on one file longer than the watchdog's patience; return them."""
        now, late = time.monotonic(), []
        for hand in self.hands:
            if hand.since is not None and self.patience is not None and now - hand.since > self.patience:
                hand.process.kill()          # SIGKILL (TerminateProcess on Windows)
                hand.process.join()
                late.append(hand)
        return late

    def _lose(self, hand: Hand, reason: str) -> FileResult:
        """Skip the file a lost worker was on; give its other files back to the queue; replace it."""
        self.hands.remove(hand)
        hand.process.join()
        hand.inbox.close()
        hand.outbox.close()
        if hand.since is None:               # not on a file: it died writing its part
            raise WorkerFailed("a worker process died while writing its part")
        order, path = hand.handed.popleft()
        for job in reversed(list(hand.handed) + hand.unsent):
            self.finished.discard(job[0])    # parsed again by another worker, reported again
            self.waiting.appendleft(job)
        self.finished.add(order)
        self.hire()
        return FileResult(rel_path(Path(path), self.root), _fingerprint_or_none(Path(path)), 0, reason)

    def _hand_out(self) -> None:
        """Give each worker files up to PREFETCH; once every file has its result, tell them all to finish."""
        for hand in self.hands:
            while self.waiting and len(hand.handed) < PREFETCH and not self.closed:
                job = self.waiting.popleft()
                hand.handed.append(job)
                try:
                    hand.inbox.send(job)
                except OSError:              # died meanwhile: its pipe's end will say so, and give the job back
                    break
        if not self.closed and len(self.finished) == self.total:
            self.closed = True
            for hand in self.hands:
                try:
                    hand.inbox.send(None)
                except OSError:              # died meanwhile: its pipe's end says so
                    pass


def _fingerprint_or_none(path: Path) -> str | None:
    # With the fingerprint in files.json, check lists the file as skipped and update leaves it be.
    try:
        return fingerprint(path)
    except (OSError, UnreadableFile):
        return None


def _exit_reason(process) -> str:
    code = process.exitcode
    return "exit status unknown" if code is None else f"signal {-code}" if code < 0 else f"exit status {code}"
