"""Building and updating generations: update equals rebuild, and the live index survives everything."""
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dangjian.index import generations as gens
from dangjian.index.config import Config
from dangjian.index.writer import build_index, update_index
from dangjian.search.engine import Engine, SearchRequest

from .conftest import BUNDLED


def stored_docs(index_root: Path) -> dict[str, dict]:
    from whoosh import index as whoosh_index
    ix = whoosh_index.open_dir(str(gens.current_dir(index_root)))
    with ix.searcher() as searcher:
        return {doc["id"]: doc for _, doc in searcher.reader().iter_docs()}


def test_reindex_reports_and_publishes_a_generation(small_archive):
    result = build_index(small_archive, processes=2)
    assert result.report.files_read == 4 and result.report.articles >= 8 and not result.report.skipped
    assert gens.current_name(small_archive.index) == result.generation
    meta = gens.read_json(gens.current_dir(small_archive.index) / gens.META)
    assert meta["report"]["articles"] == result.report.articles
    assert Engine(small_archive.index).search(SearchRequest("民政")).total > 0


def test_update_after_add_change_delete_equals_full_rebuild(small_archive, tmp_path):
    build_index(small_archive, processes=1)
    archive = small_archive.archive
    shutil.copy(BUNDLED / "公益时报/2025-11-25/04.txt", archive / "新增.txt")                  # added
    changed = archive / "公益时报/2023-06-13/04.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("警示教育", "警示 教育", 1), encoding="utf-8")
    (archive / "中国社会报/20210615/03.txt").unlink()                                          # removed
    (archive / "bad.txt").write_bytes(b"\x00\x01binary")                                       # skipped

    result = update_index(small_archive, processes=1)
    assert result.added == ["bad.txt", "新增.txt"]
    assert result.changed == ["公益时报/2023-06-13/04.txt"]
    assert result.removed == ["中国社会报/20210615/03.txt"]
    assert [s.path for s in result.report.skipped] == ["bad.txt"]

    rebuilt = Config(archive=archive, index=tmp_path / "rebuilt")
    build_index(rebuilt, processes=1)
    assert stored_docs(small_archive.index) == stored_docs(rebuilt.index)
    for query in ("民政", "警示教育", "两个确立", "习近平"):
        a = Engine(small_archive.index).search(SearchRequest(query, limit=100))
        b = Engine(rebuilt.index).search(SearchRequest(query, limit=100))
        assert {h.id for h in a.hits} == {h.id for h in b.hits} and a.total == b.total


def test_update_with_nothing_to_do_keeps_generation(small_archive):
    first = build_index(small_archive, processes=1)
    again = update_index(small_archive, processes=1)
    assert again.generation == first.generation and not (again.added or again.changed or again.removed)


def test_update_keeps_old_generation_intact(small_archive):
    first = build_index(small_archive, processes=1)
    before = stored_docs(small_archive.index)
    (small_archive.archive / "公益时报/2022/03/15/04.txt").unlink()
    update_index(small_archive, processes=1)
    from whoosh import index as whoosh_index
    old = whoosh_index.open_dir(str(small_archive.index / first.generation))
    with old.searcher() as searcher:
        assert {doc["id"] for _, doc in searcher.reader().iter_docs()} == set(before)


def test_second_writer_is_refused_with_message(small_archive):
    with gens.writer_lock(small_archive.index):
        with pytest.raises(gens.IndexBusy, match="another reindex or update is running"):
            build_index(small_archive, processes=1)
        with pytest.raises(gens.IndexBusy):
            update_index(small_archive, processes=1)


def big_archive(root: Path, copies: int = 5) -> Path:
    """An archive of several copies of the bundled pages under different paths."""
    for n in range(copies):
        shutil.copytree(BUNDLED, root / f"copy{n}", dirs_exist_ok=True)
    return root


def start_reindex(config: Config, processes: int = 1) -> subprocess.Popen:
    env = {**os.environ, "DANGJIAN_ARCHIVE": str(config.archive), "DANGJIAN_INDEX": str(config.index)}
    return subprocess.Popen([sys.executable, "-c", "from dangjian.cli import main; main()", "reindex",
                             "--processes", str(processes)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def building(root: Path) -> list[Path]:
    return list(root.glob("gen-*.building"))


def test_concurrent_reindex_is_refused(tmp_path, runner):
    from dangjian.cli import main
    config = Config(archive=big_archive(tmp_path / "archive"), index=tmp_path / "index")
    proc = start_reindex(config)
    try:
        assert wait_for(lambda: building(config.index))
        result = runner.invoke(main, ["reindex", "--archive", str(config.archive), "--index", str(config.index)])
        assert result.exit_code == 3
        assert "another reindex or update is running" in result.output
        assert f"pid {proc.pid}" in result.output
    finally:
        _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err.decode()


def test_killed_reindex_leaves_live_index_searchable(tmp_path):
    config = Config(archive=big_archive(tmp_path / "archive", copies=1), index=tmp_path / "index")
    first = build_index(config, processes=1)
    before = Engine(config.index).search(SearchRequest("民政")).total
    big_archive(config.archive, copies=6)
    proc = start_reindex(config)
    assert wait_for(lambda: building(config.index) and any(building(config.index)[0].iterdir()))
    time.sleep(0.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert gens.current_name(config.index) == first.generation
    assert building(config.index)                                  # the half-built generation is left behind
    assert Engine(config.index).search(SearchRequest("民政")).total == before
    again = build_index(config, processes=1)                        # the lock died with the process
    assert not building(config.index)                               # and the next run cleaned up
    assert Engine(config.index).search(SearchRequest("民政")).total > before
    assert gens.current_name(config.index) == again.generation


def test_reindex_while_searching_causes_no_failed_search(small_archive):
    build_index(small_archive, processes=1)
    engine = Engine(small_archive.index)
    expected = engine.search(SearchRequest("民政")).total
    errors, totals, stop = [], [], threading.Event()

    def search_loop():
        for _ in range(2000):                   # bounded, and stopped when the rebuilds are done
            if stop.is_set():
                return
            try:
                totals.append(engine.search(SearchRequest("民政")).total)
            except Exception as exc:            # noqa: BLE001 — any failure is the finding
                errors.append(repr(exc))

    threads = [threading.Thread(target=search_loop) for _ in range(3)]
    for t in threads:
        t.start()
    try:
        for _ in range(3):
            build_index(small_archive, processes=1)
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert errors == []
    assert totals and set(totals) == {expected}


def test_update_never_rewrites_the_previous_generation(small_archive):
    first = build_index(small_archive, processes=1)
    old = small_archive.index / first.generation
    before = {name: (old / name).read_bytes() for name in (gens.META, gens.FILES)}
    (small_archive.archive / "公益时报/2022/03/15/04.txt").unlink()
    update_index(small_archive, processes=1)
    assert {name: (old / name).read_bytes() for name in before} == before
    assert gens.read_json(old / gens.META)["kind"] == "reindex"


def test_sidecar_edit_is_a_change(small_archive):
    build_index(small_archive, processes=1)
    sidecar = small_archive.archive / "中国社会报/undated/dj_p03_a.txt.json"
    sidecar.write_text('{"date": "2020-01-07", "publication": "中国社会报"}', encoding="utf-8")
    result = update_index(small_archive, processes=1)
    assert result.changed == ["中国社会报/undated/dj_p03_a.txt"]
    years = Engine(small_archive.index).search(SearchRequest("", facet_limit=100)).facets["year"]
    assert "2020" in {v.value for v in years}


@pytest.mark.parametrize("sidecar", ['{"publication": 2023}', '{"publication": ["公益时报"]}', '{"section": {"a": 1}}',
                                     '[1, 2]', '{not json'])
def test_bad_sidecar_is_ignored_with_a_warning(small_archive, sidecar):
    # issue 18: the page is read from its path and text; the sidecar's reason is a warning
    bad = small_archive.archive / "公益时报/2022/03/15/04.txt.json"
    bad.write_text(sidecar, encoding="utf-8")
    result = build_index(small_archive, processes=1)
    assert result.report.skipped == []
    assert [w.path for w in result.report.warnings] == ["公益时报/2022/03/15/04.txt"]
    assert "sidecar 04.txt.json" in result.report.warnings[0].reason
    assert result.report.files_read == 4
    assert Engine(small_archive.index).search(SearchRequest("民政")).total > 0


def test_update_after_parser_change_rebuilds_everything(small_archive, monkeypatch):
    from dangjian.index import writer
    first = build_index(small_archive, processes=1)
    first_version = writer.build_version()
    monkeypatch.setattr(writer, "parser_version", lambda: "changed-parser")
    result = update_index(small_archive, processes=1)
    assert result.generation != first.generation
    assert result.report.files_read == 4                      # every file parsed again, not just changed ones
    assert gens.read_json(gens.current_dir(small_archive.index) / gens.META)["parser_version"] == writer.build_version() != first_version
