"""A worker the per-file alarm cannot reach (issue 18): a parse blocked where SIGALRM never runs
its handler — here SIGALRM is masked, as inside a C call that never returns — is stopped by the
parent's watchdog, its file skipped with the reason, the worker replaced, and every other file's
articles kept exactly once, also those the stopped worker held in its unfinished part."""
from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections import Counter
from pathlib import Path

import pytest

from dangjian.index import limits, platform, sources, workers
from dangjian.index.check import check_index
from dangjian.index.config import Config, Limits
from dangjian.index.store import ArticleSink, SinkSpec
from dangjian.index.writer import build_index, prepare_page
from dangjian.search.engine import Engine
from dangjian.search.request import SearchRequest

from .conftest import write_page

pytestmark = pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="needs POSIX signal masks")

PAGE = "近日，{0}民政厅召开党组理论学习中心组学习会，深入学习习近平总书记重要讲话精神。\n（据{0}民政厅）\n"
PROVINCES = ["河北省", "山西省", "辽宁省", "吉林省", "江苏省", "浙江省", "安徽省", "福建省"]
PATIENCE = dict(seconds_per_file=1.0, worker_grace_seconds=3.0)      # room for a machine under load


def stopped(seconds: int) -> str:
    return (f"parsing did not finish within {seconds} s (limits.seconds_per_file + limits.worker_grace_seconds); "
            "the worker was stopped")


STOPPED = stopped(4)


def _block_beyond_the_alarm() -> None:
    """Block as a C call that never returns does: SIGALRM is held back, so no handler ever runs."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
    time.sleep(60)                 # bounded: without the watchdog the test fails after a minute


class ListSink(ArticleSink):
    """A store that keeps the paths it was given; a finished part is their list."""

    def __init__(self):
        self.rels: list[str] = []

    def add_file(self, articles) -> str | None:
        self.rels += articles
        return None

    def pending(self) -> int:
        return len(self.rels)

    def finish(self):
        part, self.rels = self.rels, []
        return part or None


def prepare(job: tuple[str, str]) -> tuple:
    """Parse a fake file: stuck.txt blocks past the alarm, crash.txt kills its worker, others give their path."""
    path, root = Path(job[0]), Path(job[1])
    rel = path.relative_to(root).as_posix()
    if path.name == "stuck.txt":
        limits.limited(_block_beyond_the_alarm)
    if path.name == "crash.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return rel, "0" * 40, [rel], None


@pytest.fixture
def patience():
    limits.use(Limits(**PATIENCE))
    yield
    limits.use(None)


@pytest.fixture
def real_patience(tmp_path):
    """For real parses: the dictionaries loaded here, before the workers fork, so that a worker's
    first file is not slow for loading them; and a grace for a machine under load."""
    write_page(tmp_path / "warm", "报/2023-01-01/1.txt", PAGE.format("河北省"))
    prepare_page((str(tmp_path / "warm" / "报/2023-01-01/1.txt"), str(tmp_path / "warm")))
    limits.use(Limits(seconds_per_file=1.0, worker_grace_seconds=10.0))
    yield
    limits.use(None)


def _run(tmp_path: Path, names: list[str], part_articles: int) -> tuple[list, list[str], float]:
    files = []
    for name in names:
        files.append(tmp_path / name)
        files[-1].write_text(name, encoding="utf-8")
    started = time.monotonic()
    out = list(workers.write_parts(SinkSpec(ListSink), files, tmp_path, 2, prepare, part_articles))
    return out[:-1], [rel for part in out[-1] for rel in part], time.monotonic() - started


@pytest.mark.parametrize("part_articles", [1000, 2], ids=["one-part-per-worker", "parts-along-the-way"])
def test_a_worker_blocked_past_the_alarm_is_stopped_and_nothing_is_lost_or_doubled(tmp_path, patience, part_articles):
    names = [f"{n:02d}.txt" for n in range(12)]
    names.insert(7, "stuck.txt")
    results, stored, seconds = _run(tmp_path, names, part_articles)
    last = {r.rel: r for r in results}                 # a file parsed again: its last result counts
    assert set(last) == set(names)
    assert last["stuck.txt"].error == STOPPED and last["stuck.txt"].articles == 0
    assert Counter(stored) == Counter(n for n in names if n != "stuck.txt")    # each exactly once
    assert all(last[n].articles == 1 and last[n].error is None for n in names if n != "stuck.txt")
    assert seconds < 45


def test_a_worker_dying_on_a_file_costs_that_file_only(tmp_path, patience):
    names = [f"{n:02d}.txt" for n in range(10)]
    names.insert(4, "crash.txt")
    results, stored, _ = _run(tmp_path, names, 1000)
    last = {r.rel: r for r in results}
    assert last["crash.txt"].error == "the worker parsing it died (signal 9)"
    assert Counter(stored) == Counter(n for n in names if n != "crash.txt")


def test_two_blocked_files_each_cost_a_worker_and_the_run_finishes(tmp_path, patience):
    names = ["a/stuck.txt", "b/stuck.txt"] + [f"{n:02d}.txt" for n in range(6)]
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    results, stored, seconds = _run(tmp_path, names, 1000)
    last = {r.rel: r for r in results}
    assert [last[n].error for n in names[:2]] == [STOPPED, STOPPED]
    assert Counter(stored) == Counter(names[2:]) and seconds < 45


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="injects the block by fork")
def test_reindex_skips_the_blocked_file_with_its_reason_and_indexes_every_other(tmp_path, real_patience,
                                                                             monkeypatch):
    monkeypatch.setenv(platform.START_METHOD_ENV, "fork")      # the workers inherit the injected parse
    real = sources.parse_keeping_texts

    def parse_or_block(path, root, context):
        if path.name == "05.txt":
            _block_beyond_the_alarm()
        return real(path, root, context)
    monkeypatch.setattr(sources, "parse_keeping_texts", parse_or_block)
    archive = tmp_path / "archive"
    for n, province in enumerate(PROVINCES):
        write_page(archive, f"公益时报/2023-06-1{n}/0{n}.txt", PAGE.format(province))
    config = Config(archive=archive, index=tmp_path / "index")
    started = time.monotonic()
    result = build_index(config, processes=2)
    assert time.monotonic() - started < 90
    assert [(s.path, s.reason) for s in result.report.skipped] == [("公益时报/2023-06-15/05.txt", stopped(11))]
    assert (result.report.files_read, result.report.articles) == (7, 7)
    engine = Engine(config.index)
    found = {h.province for h in engine.search(SearchRequest("党组理论学习中心组", limit=20)).hits}
    assert found == {p.removesuffix("省") for p in PROVINCES} - {"浙江"}      # 05.txt is 浙江's
    report = check_index(config)                  # files.json agrees with the index; nothing asked
    assert report.exit_code() == 0 and not report.damage
    assert report.skipped == {"公益时报/2023-06-15/05.txt": stopped(11)}
