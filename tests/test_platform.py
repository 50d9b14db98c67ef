"""Portability: the lock, the worker start method, fsync and rename, on both branches where they can be simulated."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import pytest

from dangjian.index import platform
from dangjian.index.config import Config
from dangjian.index.writer import build_index

from .conftest import ROOT
from .test_writer import stored_docs


def test_lock_is_exclusive_names_its_holder_and_is_released(tmp_path):
    lock = tmp_path / ".lock"
    with platform.exclusive_lock(lock):
        with pytest.raises(platform.LockHeld, match=f"pid {os.getpid()}"):
            with platform.exclusive_lock(lock):
                pass
    with platform.exclusive_lock(lock):           # released on exit
        pass


def test_lock_of_a_killed_process_is_free(tmp_path):
    lock = tmp_path / ".lock"
    code = (f"from pathlib import Path; from dangjian.index.platform import exclusive_lock; import time\n"
            f"with exclusive_lock(Path({str(lock)!r})):\n    print('held', flush=True); time.sleep(120)")
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(platform.LockHeld, match=f"pid {holder.pid}"):
            with platform.exclusive_lock(lock):
                pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    with platform.exclusive_lock(lock):           # no stale lock after kill -9
        pass


def test_start_method_on_each_platform(monkeypatch):
    monkeypatch.delenv(platform.START_METHOD_ENV, raising=False)
    monkeypatch.setattr(platform, "IS_WINDOWS", True)
    assert platform.start_method() == "spawn"
    monkeypatch.setattr(platform, "IS_WINDOWS", False)
    assert platform.start_method() == "fork"       # this test runs on Linux, where fork exists
    monkeypatch.setenv(platform.START_METHOD_ENV, "spawn")
    assert platform.start_method() == "spawn"
    monkeypatch.setenv(platform.START_METHOD_ENV, "teleport")   # unknown: ignored
    monkeypatch.setattr(platform, "IS_WINDOWS", True)
    assert platform.start_method() == "spawn"


def test_spawned_workers_build_the_same_index_as_forked_ones(small_archive, tmp_path, monkeypatch):
    monkeypatch.setenv(platform.START_METHOD_ENV, "spawn")
    build_index(small_archive, processes=2)
    monkeypatch.setenv(platform.START_METHOD_ENV, "fork")
    forked = Config(small_archive.archive, tmp_path / "forked")
    build_index(forked, processes=2)
    assert stored_docs(small_archive.index) == stored_docs(forked.index) != {}


def test_fsync_dir_on_each_platform(tmp_path, monkeypatch):
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, flags: (opened.append(path), real_open(path, flags))[1])
    platform.fsync_dir(tmp_path)
    assert opened == [tmp_path]
    monkeypatch.setattr(platform, "IS_WINDOWS", True)      # Windows cannot open a directory: skipped
    platform.fsync_dir(tmp_path)
    assert opened == [tmp_path]


def test_replace_retries_only_on_windows(tmp_path, monkeypatch):
    src, dst = tmp_path / "a", tmp_path / "b"
    real_replace, failures = os.replace, []

    def busy_once(a, b):                      # a reader holds dst open for a moment (Windows)
        if not failures:
            failures.append(1)
            raise PermissionError(13, "in use")
        return real_replace(a, b)
    monkeypatch.setattr(os, "replace", busy_once)
    src.write_text("1")
    with pytest.raises(PermissionError):
        platform.replace(src, dst)            # POSIX: a PermissionError is real, not transient
    failures.clear()
    monkeypatch.setattr(platform, "IS_WINDOWS", True)
    platform.replace(src, dst)
    assert dst.read_text() == "1" and not src.exists()


def test_no_module_outside_platform_depends_on_fork_or_flock():
    sources = [p for folder in ("index", "search", "web", "dangjian") for p in (ROOT / folder).rglob("*.py")
               if p.name != "platform.py"]
    offending = [p.name for p in sources
                 if re.search(r"\bfcntl\b|get_context\(\s*[\"']fork|\bos\.fork\(", p.read_text(encoding="utf-8"))]
    assert offending == []
