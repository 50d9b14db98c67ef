"""One test per defect of issue 10 (numbered as there); each failed before its fix."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian.cli import main
from dangjian.index import generations as gens
from dangjian.index.config import Config
from dangjian.index import writer
from dangjian.index.writer import build_index, update_index
from dangjian.search.engine import Engine, SearchRequest, Snapshot

from .conftest import write_page

PAGE = "近日，河北省民政厅召开党组理论学习中心组学习会，深入学习习近平总书记重要讲话精神。\n（据河北省民政厅）\n"


def cli(runner, config: Config, *args: str):
    """Run the CLI on config's archive and index; no traceback may ever reach the user."""
    result = runner.invoke(main, [*args, "--index", str(config.index)]
                           + (["--archive", str(config.archive)] if args[0] in ("reindex", "update", "check") else []))
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def total(config: Config, query: str = "") -> int:
    return Engine(config.index).search(SearchRequest(query)).total


def fresh_total(config: Config, tmp_path: Path) -> int:
    """Articles a rebuild of the same archive into a fresh index holds: the oracle for update."""
    other = Config(config.archive, tmp_path / "oracle-index")
    return build_index(other, processes=1).report.articles


# 1 ------------------------------------------------------------------ file names that are not UTF-8

def test_1_non_utf8_file_name_is_indexed_under_an_escaped_name(small_archive, runner):
    bad = small_archive.archive / "公益时报" / os.fsdecode(b"bad\xff.txt")
    bad.write_text(PAGE, encoding="utf-8")
    result = cli(runner, small_archive, "reindex")
    assert result.exit_code == 0, result.output
    manifest = gens.read_json(gens.current_dir(small_archive.index) / gens.FILES)
    assert manifest["公益时报/bad\\xff.txt"]["articles"] == 1
    hits = Engine(small_archive.index).search(SearchRequest("河北省民政厅", limit=100)).hits
    assert "公益时报/bad\\xff.txt" in {h.path for h in hits}
    again = update_index(small_archive, processes=1)               # the escaped name is stable
    assert not (again.added or again.changed or again.removed)


# 2 ------------------------------------------------------------------ back-to-back rebuilds

def test_2_generation_read_from_current_survives_two_more_rebuilds(small_archive):
    build_index(small_archive, processes=1)
    name = gens.current_name(small_archive.index)           # a reader has read CURRENT …
    build_index(small_archive, processes=1)
    build_index(small_archive, processes=1)                  # … two rebuilds run back to back …
    snap = Snapshot(small_archive.index, name)               # … and it can still open what it read
    assert len(snap.store.facets.live) == total(small_archive)


def test_2_retired_generations_go_after_their_grace_period(small_archive, monkeypatch):
    names = [build_index(small_archive, processes=1).generation for _ in range(3)]
    assert all((small_archive.index / n).is_dir() for n in names)
    monkeypatch.setattr(gens, "GRACE_SECONDS", 0.0)
    latest = build_index(small_archive, processes=1).generation
    left = sorted(p.name for p in small_archive.index.glob("gen-*"))
    assert left == sorted([names[-1], latest])               # the live one and the previous one


def test_2_engine_opens_the_new_generation_when_the_one_it_read_vanished(small_archive, monkeypatch):
    first = build_index(small_archive, processes=1).generation
    second = build_index(small_archive, processes=1).generation
    real = gens.current_dir
    calls = []

    def stale_then_real(root):                 # the first look at CURRENT is a moment too old
        calls.append(1)
        return root / first if len(calls) == 1 else real(root)
    shutil.rmtree(small_archive.index / first)
    monkeypatch.setattr(gens, "current_dir", stale_then_real)
    engine = Engine(small_archive.index)
    assert engine.search(SearchRequest("民政")).total > 0
    assert engine.snapshot().name == second


# 3 ------------------------------------------------------------------ garbled CURRENT

@pytest.mark.parametrize("damage", ["bytes", "directory", "absolute", "parent", "missing-generation"])
def test_3_garbled_current_is_a_clear_error_and_reindex_repairs_it(small_archive, runner, damage):
    build_index(small_archive, processes=1)
    before = total(small_archive, "民政")
    pointer = small_archive.index / gens.CURRENT
    if damage == "directory":
        pointer.unlink()
        pointer.mkdir()
    else:
        pointer.write_bytes({"bytes": b"gen-\xff", "absolute": b"/etc", "parent": b"../../etc",
                             "missing-generation": b"gen-20200101-000000-1-000001"}[damage])
    for args in (("search", "民政"), ("stats",)):
        result = cli(runner, small_archive, *args)
        assert result.exit_code == 3 and "run `dangjian reindex`" in result.stderr, result.output
    assert cli(runner, small_archive, "reindex").exit_code == 0
    assert total(small_archive, "民政") == before


def test_3_update_on_a_garbled_current_rebuilds(small_archive):
    build_index(small_archive, processes=1)
    (small_archive.index / gens.CURRENT).write_bytes(b"gen-\xff")
    result = update_index(small_archive, processes=1)
    assert any("rebuilt in full" in note for note in result.notes)
    assert total(small_archive) == result.report.articles


# 4 ------------------------------------------------------------------ damaged segments

def segment_file(config: Config, suffix: str) -> Path:
    return next(gens.current_dir(config.index).glob(f"*{suffix}"))


def flip_bytes(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 3, len(data), max(1, len(data) // 50)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("suffix,how", [(".pst", "truncate"), (".trm", "flip"), (".toc", "flip"),
                                        (".trm", "delete"), (".toc", "truncate")])
def test_4_damage_is_detected_named_and_update_rebuilds(small_archive, runner, suffix, how):
    build_index(small_archive, processes=1)
    expected = total(small_archive, "民政")
    target = segment_file(small_archive, suffix)
    if how == "truncate":
        target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    elif how == "flip":
        flip_bytes(target)
    else:
        target.unlink()
    checked = cli(runner, small_archive, "check")
    assert checked.exit_code == 3 and target.name in checked.stdout, checked.output
    searched = cli(runner, small_archive, "search", "民政")
    assert searched.exit_code in (0, 3)                       # a flipped byte Whoosh never reads may pass
    if searched.exit_code == 3:
        assert "damaged" in searched.stderr and "run `dangjian reindex`" in searched.stderr
    if suffix == ".toc" or how in ("truncate", "delete"):    # what the cheap check on open must catch
        assert searched.exit_code == 3, searched.output
    updated = update_index(small_archive, processes=1)
    assert any("damaged" in note for note in updated.notes)
    from dangjian.index.checksums import verify_generation
    assert verify_generation(gens.current_dir(small_archive.index), quick=False) == []
    assert total(small_archive, "民政") == expected


# 5 ------------------------------------------------------------------ unusable files.json

@pytest.mark.parametrize("manifest", [None, b"{garbled", b"[]", b"{}", b'{"x.txt": {"articles": "3"}}'])
def test_5_update_with_an_unusable_manifest_never_doubles(small_archive, tmp_path, manifest):
    build_index(small_archive, processes=1)
    files = gens.current_dir(small_archive.index) / gens.FILES
    files.unlink()
    if manifest is not None:
        files.write_bytes(manifest)
    result = update_index(small_archive, processes=1)
    assert result.notes and "files.json" in result.notes[0]
    assert total(small_archive) == fresh_total(small_archive, tmp_path) == result.report.articles


# 6 ------------------------------------------------------------------ oversized files

@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="measures memory through Linux's /proc")
def test_6_oversized_file_is_skipped_with_flat_memory(tmp_path):
    archive = tmp_path / "archive"
    write_page(archive, "报/2023-01-03/1.txt", PAGE)
    huge = archive / "报/2023-01-03/huge.txt"
    with open(huge, "wb") as handle:                        # sparse: 600 MB that takes no disk
        handle.truncate(600 * 1024 * 1024)
    # VmHWM, not ru_maxrss: Linux carries a forking parent's peak (pytest's, hundreds of MB late
    # in a run) into the child's ru_maxrss across exec, while VmHWM belongs to the new process alone.
    code = ("import re; from dangjian.index.writer import prepare_file; "
            f"rel, sha, docs, error = prepare_file(({str(huge)!r}, {str(archive)!r})); "
            "print(error); print(sha); "
            "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert "larger than a page's text layer" in out[0]
    assert len(out[1]) == 40                                # it still has a fingerprint, for update
    assert int(out[2]) < 250 * 1024                         # KB: far below the file's 600 MB


def test_6_limits_reflect_real_pages(tmp_path):
    archive = tmp_path / "archive"
    write_page(archive, "报/2023-01-03/big.txt", PAGE * 8000)                       # 1.3 MB of text
    many = "".join(f"第{i}次会议\n" + PAGE.replace("近日", f"{i % 28 + 1}日") for i in range(250))
    write_page(archive, "报/2023-01-03/many.txt", many)                             # 41 KB, 250 articles
    write_page(archive, "报/2023-01-03/ok.txt", PAGE)
    result = build_index(Config(archive, tmp_path / "index"), processes=1)
    reasons = {s.path: s.reason for s in result.report.skipped}
    assert "larger than a page's text layer" in reasons["报/2023-01-03/big.txt"]
    assert "cut into 250 articles" in reasons["报/2023-01-03/many.txt"]
    assert result.report.articles == 1


# 7 ------------------------------------------------------------------ disk full: see test_faults.py


# 8 ------------------------------------------------------------------ unreadable folders, empty archive

def make_unreadable(path: Path, monkeypatch) -> None:
    """Make a folder or file unreadable: by permissions, or (root reads anything) by failing the OS call."""
    if os.geteuid() != 0:
        path.chmod(0)
        return
    real_scandir, real_open = os.scandir, open

    def scandir(target="."):
        if Path(target) == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(target)

    def opener(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(os, "scandir", scandir)
    from dangjian.index.parse import reader
    monkeypatch.setattr(reader, "open", opener, raising=False)


def test_8_unreadable_folder_keeps_its_articles_on_update(small_archive, monkeypatch):
    first = build_index(small_archive, processes=1)
    folder = small_archive.archive / "中国社会报"
    make_unreadable(folder, monkeypatch)
    try:
        result = update_index(small_archive, processes=1)
        assert result.removed == []
        assert result.report.articles == first.report.articles
        kept = [s for s in result.report.skipped if "kept" in s.reason]
        assert {s.path.split("/")[0] for s in kept} == {"中国社会报"} and "cannot be listed" in kept[0].reason
        assert total(small_archive) == first.report.articles
    finally:
        folder.chmod(0o755)


def test_8_unreadable_file_keeps_its_articles_on_update(small_archive, monkeypatch):
    first = build_index(small_archive, processes=1)
    page = small_archive.archive / "公益时报/2023-06-13/04.txt"
    make_unreadable(page, monkeypatch)
    try:
        result = update_index(small_archive, processes=1)
        assert not (result.removed or result.changed)
        assert [s.path for s in result.report.skipped] == ["公益时报/2023-06-13/04.txt"]
        assert "cannot read it now" in result.report.skipped[0].reason
        assert total(small_archive) == first.report.articles
    finally:
        page.chmod(0o644)


@pytest.mark.parametrize("state", ["empty", "missing"])
def test_8_empty_or_missing_archive_is_refused_unless_allowed(small_archive, runner, state):
    build_index(small_archive, processes=1)
    before = total(small_archive)
    shutil.rmtree(small_archive.archive)
    if state == "empty":
        small_archive.archive.mkdir()
    for command in ("reindex", "update"):
        result = cli(runner, small_archive, command)
        assert result.exit_code in (2, 3) and "--allow-empty" in result.output, result.output
        assert total(small_archive) == before
    with pytest.raises(writer.ArchiveEmpty):
        update_index(small_archive, processes=1)
    assert cli(runner, small_archive, "reindex", "--allow-empty").exit_code == 0
    assert total(small_archive) == 0


# 9 ------------------------------------------------------------------ a page changed while indexed

def test_9_page_changed_while_indexed_is_seen_by_the_next_update(small_archive, tmp_path, monkeypatch):
    target = small_archive.archive / "公益时报/2023-06-13/04.txt"
    from dangjian.index import sources      # the worker parses through it (and keeps the page texts)
    real_parse = sources.parse_file

    def parse_then_edit(path, root, **kw):     # someone saves the page right after it was read
        parsed = real_parse(path, root, **kw)
        if path == target:
            target.write_text(PAGE, encoding="utf-8")
        return parsed
    monkeypatch.setattr(sources, "parse_file", parse_then_edit)
    build_index(small_archive, processes=1)
    monkeypatch.setattr(sources, "parse_file", real_parse)
    result = update_index(small_archive, processes=1)
    assert result.changed == ["公益时报/2023-06-13/04.txt"]
    assert total(small_archive) == fresh_total(small_archive, tmp_path)


# 10 ----------------------------------------------------------------- bad index location

def test_10_index_location_that_is_a_file_is_a_usage_error(small_archive, runner, tmp_path):
    not_a_dir = tmp_path / "index-file"
    not_a_dir.write_text("x")
    config = Config(small_archive.archive, not_a_dir)
    for args in (("reindex",), ("update",), ("search", "民政"), ("stats",), ("check",)):
        result = cli(runner, config, *args)
        assert result.exit_code == 2 and "is not a directory" in result.output, (args, result.output)


def test_10_read_only_index_location_is_a_usage_error(small_archive, runner, tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    if os.geteuid() == 0:
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(target)]).returncode:
            pytest.skip("running as root but cannot mount a read-only tmpfs here")
    else:
        target.chmod(0o555)
    try:
        result = cli(runner, Config(small_archive.archive, target / "index"), "reindex")
        assert result.exit_code == 2 and "cannot be written" in result.output, result.output
    finally:
        if os.geteuid() == 0:
            subprocess.run(["umount", str(target)], check=True)


# 11 ----------------------------------------------------------------- symlinks leaving the archive

def test_11_symlinks_stay_inside_the_archive(small_archive, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("近日，机密单位召开保密会议，部署机密工作。\n（据机密单位）\n", encoding="utf-8")
    archive = small_archive.archive
    (archive / "leak.txt").symlink_to(secret)
    (archive / "outside").symlink_to(tmp_path, target_is_directory=True)
    (archive / "loop.txt").symlink_to(archive / "loop.txt")
    (archive / "inside.txt").symlink_to(archive / "公益时报/2023-06-13/04.txt")
    result = build_index(small_archive, processes=1)
    reasons = {s.path: s.reason for s in result.report.skipped}
    assert "outside the archive" in reasons["leak.txt"]
    assert "not followed" in reasons["outside"]
    assert reasons["loop.txt"] == "symbolic link loop"
    assert "inside.txt" not in reasons
    assert total(small_archive, "机密") == 0


# 12 ----------------------------------------------------------------- the smaller ones

def test_12_latin1_text_is_not_read_as_chinese():
    from dangjian.index.parse.reader import UnreadableFile, decode
    text = "Les élèves étudient la française réunion de la préfecture; naïve Größe bei Müller.\n" * 20
    raw = text.encode("latin-1")
    assert raw.decode("gb18030")                 # the trap: these bytes are valid GB18030
    with pytest.raises(UnreadableFile, match="not Chinese text"):
        decode(raw)


@pytest.mark.parametrize("sidecar,reason", [
    ({"date": "2023-02-30"}, "is not a real date"),
    ({"date": "yesterday"}, "is not a real date"),
    ({"publication": "报" * 5_000}, "more than a publication can be"),
    ({"publication": "报" * 100_000}, "is larger than 65536 bytes"),
    ({"page": "1" * 50}, "more than a page can be"),
])
def test_12_sidecar_values_are_checked(tmp_path, sidecar, reason):
    # issue 18: the sidecar is ignored with its reason, the page indexed from its path and text
    archive = tmp_path / "archive"
    write_page(archive, "报/2023-01-03/1.txt", PAGE, sidecar=sidecar)
    result = build_index(Config(archive, tmp_path / "index"), processes=1)
    assert result.report.skipped == [] and result.report.files_read == 1
    assert [w.path for w in result.report.warnings] == ["报/2023-01-03/1.txt"]
    assert reason in result.report.warnings[0].reason


def test_12_skip_reasons_say_what_is_wrong(tmp_path):
    archive = tmp_path / "archive"
    write_page(archive, "报/2023-01-03/sidecar-dir.txt", PAGE)
    (archive / "报/2023-01-03/sidecar-dir.txt.json").mkdir()
    (archive / "报/2023-01-03/utf16.txt").write_bytes(PAGE.encode("utf-16-le"))          # no BOM
    (archive / "报/2023-01-03/utf16-bom.txt").write_bytes(PAGE.encode("utf-16"))         # with BOM: read
    result = build_index(Config(archive, tmp_path / "index"), processes=1)
    reasons = {s.path.rsplit("/", 1)[1]: s.reason for s in result.report.skipped}
    assert reasons["sidecar-dir.txt"].startswith("cannot read sidecar")
    assert reasons["utf16.txt"].startswith("UTF-16 text without a byte-order mark")
    assert "utf16-bom.txt" not in reasons and result.report.articles == 1


def test_12_every_generation_file_is_fsynced_and_checksummed(small_archive, monkeypatch):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(os.readlink(f"/proc/self/fd/{fd}")), real_fsync(fd)))
    build_index(small_archive, processes=1)
    live = gens.current_dir(small_archive.index)
    sums = json.loads((live / "checksums.json").read_text())
    on_disk = {p.name for p in live.iterdir()} - {"checksums.json"}
    assert set(sums) == on_disk
    assert {Path(p).name for p in synced} >= on_disk          # under the .building name, before CURRENT


def test_12_update_purges_deleted_documents(small_archive):
    from whoosh import index as whoosh_index
    build_index(small_archive, processes=1)
    page = small_archive.archive / "公益时报/2023-06-13/04.txt"
    original = page.read_text(encoding="utf-8")
    for n in range(6):
        page.write_text(original + f"\n近日，第{n}次会议召开。\n（据河北省民政厅）\n", encoding="utf-8")
        update_index(small_archive, processes=1)
        with whoosh_index.open_dir(str(gens.current_dir(small_archive.index))).reader() as reader:
            assert reader.doc_count_all() - reader.doc_count() <= 0.2 * reader.doc_count_all()


@pytest.mark.parametrize("damaged", [True, False])
def test_4_a_failure_deep_in_a_search_names_the_damage_or_is_one_line(small_archive, runner, monkeypatch, damaged):
    build_index(small_archive, processes=1)
    if damaged:                                   # same size: only a full check can see it
        flip_bytes(segment_file(small_archive, ".pst"))

    def whoosh_fails(self, request):             # what a damaged segment does deep inside Whoosh
        raise ValueError("unpack requires a buffer of 4 bytes")
    monkeypatch.setattr(Engine, "search", whoosh_fails)
    result = cli(runner, small_archive, "search", "民政")
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.output
    if damaged:
        assert result.exit_code == 3 and ".pst fails its checksum" in errors[0] and "dangjian reindex" in errors[0]
    else:
        assert result.exit_code == 1 and "internal error: ValueError" in errors[0]


def test_8_reindex_says_which_indexed_files_it_cannot_read_now(small_archive, monkeypatch):
    first = build_index(small_archive, processes=1)
    folder = small_archive.archive / "中国社会报"
    make_unreadable(folder, monkeypatch)
    try:
        result = build_index(small_archive, processes=1)
    finally:
        folder.chmod(0o755)
    assert [s.path for s in result.report.skipped] == ["中国社会报"]
    assert "cannot list directory" in result.report.skipped[0].reason
    lost = first.report.articles - result.report.articles
    assert lost > 0 and len(result.notes) == 1
    assert "2 files indexed before cannot be read now" in result.notes[0] and f"their {lost} articles" in result.notes[0]
    monkeypatch.undo()
    assert update_index(small_archive, processes=1).report.articles == first.report.articles
