"""Faults with real processes: kill -9 at random points, back-to-back rebuilds under searches, a full disk.

Every run is bounded (a fixed number of kills, timeouts on every wait); the
random kill points come from a seed printed with any failure.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dangjian.index import generations as gens
from dangjian.index.check import check_index
from dangjian.index.config import Config
from dangjian.index.writer import IndexWriteError, build_index, update_index
from dangjian.search.engine import Engine, SearchRequest

from .conftest import BUNDLED

KILLS = 10
CLI = [sys.executable, "-c", "from dangjian.cli import main; main()"]


def env_for(config: Config) -> dict:
    return {**os.environ, "DANGJIAN_ARCHIVE": str(config.archive), "DANGJIAN_INDEX": str(config.index)}


def start(config: Config, *args: str) -> subprocess.Popen:
    return subprocess.Popen([*CLI, *args], env=env_for(config), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True)


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)             # the run and its parsing workers
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def assert_intact(config: Config, seed: int, n: int) -> None:
    """The live index answers, agrees with its files.json and checksums, and the lock is free."""
    report = check_index(config)
    assert report.damage == [], (seed, n, report.damage)
    with gens.writer_lock(config.index):                # the killed run's lock died with it
        pass
    manifest = gens.read_json(gens.current_dir(config.index) / gens.FILES)
    listed = sum(entry["articles"] for entry in manifest.values())
    assert Engine(config.index).search(SearchRequest("")).total == listed, (seed, n)


def doc_ids(config: Config) -> set[str]:
    from whoosh import index as whoosh_index
    with whoosh_index.open_dir(str(gens.current_dir(config.index))).reader() as reader:
        return {fields["id"] for _, fields in reader.iter_docs()}


def archive_of(root: Path, copies: int) -> Path:
    for n in range(copies):
        shutil.copytree(BUNDLED, root / f"copy{n}", dirs_exist_ok=True)
    return root


@pytest.mark.parametrize("command", ["reindex", "update"])
def test_kill_9_at_random_points_never_loses_the_live_index(tmp_path, command):
    seed = random.randrange(10**6)
    rng = random.Random(seed)
    config = Config(archive_of(tmp_path / "archive", 1), tmp_path / "index")
    build_index(config, processes=1)
    spare = sorted(BUNDLED.rglob("*.txt"))
    for n in range(KILLS):
        if command == "update":                          # give every update work to do
            shutil.copy(spare[n % len(spare)], config.archive / f"added{n}.txt")
        proc = start(config, command, "--processes", "2")
        time.sleep(rng.uniform(0.0, 3.0))
        kill_group(proc)
        assert_intact(config, seed, n)
    finished = subprocess.run([*CLI, command, "--processes", "2"], env=env_for(config),
                              capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, (seed, finished.stderr)
    assert check_index(config).exit_code() == 0, seed
    oracle = Config(config.archive, tmp_path / "oracle")
    build_index(oracle, processes=1)
    assert doc_ids(config) == doc_ids(oracle), seed                     # nothing lost, nothing doubled
    assert not list(config.index.glob("gen-*.building"))


def test_back_to_back_rebuilds_under_cli_and_in_process_searches(tmp_path):
    config = Config(archive_of(tmp_path / "archive", 1), tmp_path / "index")
    build_index(config, processes=1)
    expected = Engine(config.index).search(SearchRequest("民政")).total
    failures, totals, cli_runs, stop = [], [], [0], threading.Event()

    def in_process():
        engine = Engine(config.index)
        while not stop.is_set() and len(totals) < 5000:
            try:
                results = engine.search(SearchRequest("民政"))
                if _complete_answer(results.to_dict(), expected):
                    totals.append(results.total)
                else:
                    failures.append(f"wrong answer: {results.total} {results.notice}")
            except Exception as exc:   # noqa: BLE001 — any failure is the finding
                failures.append(repr(exc))
            time.sleep(0.01)          # leave the two cores to the rebuilds too

    def from_cli():
        while not stop.is_set() and cli_runs[0] < 60:
            done = subprocess.run([*CLI, "search", "民政", "--json"], env=env_for(config),
                                  capture_output=True, text=True, timeout=120)
            cli_runs[0] += 1
            if done.returncode != 0:
                failures.append(f"cli exit {done.returncode}: {done.stderr[-300:]}")
            elif not _complete_answer(json.loads(done.stdout), expected):
                failures.append(f"cli answered wrongly: {done.stdout[:300]}")

    threads = [threading.Thread(target=in_process) for _ in range(2)] + [threading.Thread(target=from_cli)]
    for t in threads:
        t.start()
    try:
        for n in range(4):                               # back to back, alternating kinds
            touched = config.archive / "copy0/公益时报/2023-06-13/04.txt"
            os.utime(touched)
            kind = "reindex" if n % 2 == 0 else "update"
            done = subprocess.run([*CLI, kind, "--processes", "1"], env=env_for(config),
                                  capture_output=True, text=True, timeout=300)
            assert done.returncode == 0, done.stderr
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=120)
    print(f"back-to-back: {len(totals)} in-process and {cli_runs[0]} CLI searches, {len(failures)} failed")
    assert failures == []
    assert cli_runs[0] >= 1 and totals and set(totals) == {expected}


def _complete_answer(answer: dict, expected: int) -> bool:
    """An answer is right when it has every hit, or says the query ran out of time (a loaded machine)."""
    return answer["total"] == expected or "ran out of time" in (answer.get("notice") or "")


def _mount_tmpfs(path: Path, size: str) -> None:
    if os.geteuid() != 0:
        pytest.skip("not root: a full disk is simulated with a small tmpfs, which needs root to mount")
    path.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)]).returncode:
        pytest.skip("running as root but this machine refuses to mount a tmpfs")


def _fill(disk: Path, leave: int) -> None:
    """Fill the tmpfs until only `leave` bytes are free."""
    free = shutil.disk_usage(disk).free
    with open(disk / "filler", "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))


@pytest.mark.parametrize("command", ["reindex", "update"])
def test_full_disk_gives_one_line_and_leaves_the_live_index_untouched(tmp_path, runner, command):
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "48m")
    try:
        config = Config(archive_of(tmp_path / "archive", 1), disk / "index")
        first = build_index(config, processes=1)
        live = gens.current_dir(config.index)
        before = {p.name: p.read_bytes() for p in live.iterdir()}
        expected = Engine(config.index).search(SearchRequest("民政")).total
        archive_of(config.archive, 3)                    # the next generation needs more room
        _fill(disk, 200_000)
        with pytest.raises(IndexWriteError, match="disk is full"):
            (build_index if command == "reindex" else update_index)(config, processes=1)
        from dangjian.cli import main
        result = runner.invoke(main, [command, "--archive", str(config.archive), "--index", str(config.index),
                                      "--processes", "1"])
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert result.exit_code == 3 and len(errors) == 1 and "disk is full" in errors[0], result.output
        assert "Traceback" not in result.output
        assert gens.current_name(config.index) == first.generation
        assert {p.name: p.read_bytes() for p in live.iterdir()} == before          # byte-identical
        assert [p.name for p in config.index.glob("gen-*")] == [first.generation]  # the partial one is gone
        assert Engine(config.index).search(SearchRequest("民政")).total == expected
        (disk / "filler").unlink()
        assert build_index(config, processes=1).report.files_read == 3 * first.report.files_read
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)      # lazily: the engine still maps files
