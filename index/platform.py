"""Everything that differs between POSIX and Windows, in one place.

The offices that keep these archives often run Windows servers, so no code
path may rest on ``fork`` or ``fcntl.flock`` alone. The writer lock comes from
``filelock`` (flock on POSIX, a locked byte on Windows: both die with their
process, so a kill -9 never leaves a stale lock); workers start with ``spawn``
where ``fork`` does not exist; directories are fsynced only where the OS lets
one open them; and a rename over a file a reader holds open is retried on
Windows, where that fails for a moment instead of succeeding.

``IS_WINDOWS`` is read at call time, so tests simulate the other platform by
setting it.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import filelock

IS_WINDOWS = os.name == "nt"
START_METHOD_ENV = "DANGJIAN_START_METHOD"     # fork | spawn | forkserver: tests force spawn with it
REPLACE_RETRIES = 20


class LockHeld(Exception):
    """The lock is held by another process; the message names the holder."""


@contextmanager
def exclusive_lock(path: Path):
    """Hold an exclusive, non-blocking lock on path, or raise LockHeld naming the holder.

    The holder is written to a separate ``<path>.owner`` file: opening the
    lock file itself may truncate it, so it cannot carry the holder's name.
    """
    owner = path.with_name(path.name + ".owner")
    lock = filelock.FileLock(str(path), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise LockHeld(_read_owner(owner)) from None
    try:
        owner.write_text(f"pid {os.getpid()}, started {time.strftime('%Y-%m-%d %H:%M:%S')}",
                         encoding="utf-8")
        yield
    finally:
        lock.release()


def _read_owner(owner: Path) -> str:
    try:
        return owner.read_text(encoding="utf-8", errors="replace").strip() or "another process"
    except OSError:
        return "another process"


def start_method() -> str:
    """Return the multiprocessing start method for parsing workers.

    fork is cheapest where it exists (the parent holds no threads or open
    indexes while it starts the pool); spawn everywhere else. Workers only get
    picklable (path, root) strings and a module-level function, so both work.
    """
    forced = os.environ.get(START_METHOD_ENV)
    if forced in multiprocessing.get_all_start_methods():
        return forced
    if IS_WINDOWS or "fork" not in multiprocessing.get_all_start_methods():
        return "spawn"
    return "fork"


def fsync_dir(path: Path) -> None:
    """Make a directory's entries (a rename, a new file) durable; a no-op on Windows.

    Windows cannot open a directory as a file, and NTFS journals renames itself.
    """
    if IS_WINDOWS:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace(src: Path, dst: Path) -> None:
    """Rename src over dst atomically; on Windows retry while a reader holds dst open."""
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if not IS_WINDOWS or attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def remove_tree(path: Path) -> bool:
    """Remove a directory tree; return False when some of it could not be removed.

    On Windows a file a reader still holds open cannot be deleted: what is left
    is removed by a later run, so this never fails the caller.
    """
    shutil.rmtree(path, ignore_errors=True)
    return not path.exists()


# ------------------------------------------------------------ server workers

def can_fork() -> bool:
    """Whether worker processes can be forked (POSIX); elsewhere one process serves with threads."""
    return not IS_WINDOWS and hasattr(os, "fork")


def fork_worker(run) -> int:
    """Run ``run()`` in a forked child and return its pid; the child never returns into the caller."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            run()
        except BaseException:          # noqa: BLE001 — a worker never returns into the parent's code
            code = 1
        os._exit(code)
    return pid


def kill_process(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def wait_process(pid: int) -> None:
    while True:
        try:
            os.waitpid(pid, 0)
            return
        except InterruptedError:
            continue
        except ChildProcessError:
            return
