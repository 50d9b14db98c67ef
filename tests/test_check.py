"""`dangjian check`: every archive file indexed with its articles or skipped with its reason; damage found."""
from __future__ import annotations

import json

import pytest

from dangjian.cli import main
from dangjian.index import generations as gens
from dangjian.index.check import SHOWN, check_index
from dangjian.index.writer import build_index, update_index

from .conftest import BUNDLED


def run_check(runner, config, *extra):
    result = runner.invoke(main, ["check", "--archive", str(config.archive), "--index", str(config.index), *extra])
    assert "Traceback" not in result.output
    return result


def test_fresh_index_accounts_for_every_file(small_archive, runner):
    (small_archive.archive / "bad.txt").write_bytes(b"\x00\x01binary")
    built = build_index(small_archive, processes=1)
    report = check_index(small_archive)
    assert report.exit_code() == 0
    assert report.files == 5 and report.indexed_files == 4
    assert report.articles == built.report.articles
    assert report.skipped == {"bad.txt": "binary file: contains NUL bytes"}
    assert report.checked_files == len(list(gens.current_dir(small_archive.index).iterdir())) - 1
    result = run_check(runner, small_archive)
    assert result.exit_code == 0 and result.stdout.splitlines()[-1].startswith("OK")
    assert "bad.txt: binary file" in result.stdout


def test_conservation_indexed_plus_skipped_is_every_file(small_archive):
    """The oracle: every listed page file is counted once, as indexed or as skipped."""
    (small_archive.archive / "empty.txt").write_bytes(b"")
    (small_archive.archive / "link.txt").symlink_to("/etc/hostname")
    build_index(small_archive, processes=1)
    report = check_index(small_archive)
    pages = {p.relative_to(small_archive.archive).as_posix() for p in small_archive.archive.rglob("*.txt")}
    manifest = gens.read_json(gens.current_dir(small_archive.index) / gens.FILES)
    assert set(manifest) == pages
    assert report.indexed_files + len(report.skipped) == len(pages)
    assert report.articles == sum(e["articles"] for e in manifest.values())


def test_new_changed_and_vanished_files_are_reported_until_update(small_archive, runner):
    build_index(small_archive, processes=1)
    archive = small_archive.archive
    (archive / "新增.txt").write_bytes((BUNDLED / "公益时报/2025-11-25/04.txt").read_bytes())
    changed = archive / "公益时报/2023-06-13/04.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n补记。\n", encoding="utf-8")
    (archive / "中国社会报/20210615/03.txt").unlink()
    report = check_index(small_archive)
    assert (report.new, report.changed, report.vanished) == (
        ["新增.txt"], ["公益时报/2023-06-13/04.txt"], ["中国社会报/20210615/03.txt"])
    result = run_check(runner, small_archive)
    assert result.exit_code == 1 and "run `dangjian update`" in result.stdout
    update_index(small_archive, processes=1)
    assert run_check(runner, small_archive).exit_code == 0


@pytest.mark.parametrize("damage", ["checksum", "files.json", "index-disagrees"])
def test_damage_exits_3_naming_the_fix(small_archive, runner, damage):
    build_index(small_archive, processes=1)
    live = gens.current_dir(small_archive.index)
    if damage == "checksum":
        target = next(live.glob("*.pst"))
        data = bytearray(target.read_bytes())
        data[len(data) // 2] ^= 0xFF
        target.write_bytes(bytes(data))
    elif damage == "files.json":
        (live / gens.FILES).write_text("{broken", encoding="utf-8")
    else:                                   # files.json says one count, the index holds another
        manifest = gens.read_json(live / gens.FILES)
        count = manifest["公益时报/2023-06-13/04.txt"]["articles"]
        manifest["公益时报/2023-06-13/04.txt"]["articles"] += 1
        gens.write_json(live / gens.FILES, manifest)
        sums = gens.read_json(live / "checksums.json")
        from dangjian.index.checksums import digest_file
        sums[gens.FILES] = {"size": (live / gens.FILES).stat().st_size, "sha256": digest_file(live / gens.FILES)}
        gens.write_json(live / "checksums.json", sums)
    result = run_check(runner, small_archive)
    assert result.exit_code == 3 and "run `dangjian reindex`" in result.stdout, result.stdout
    if damage == "index-disagrees":
        assert f"公益时报/2023-06-13/04.txt: {count} articles in the index, {count + 1} in files.json" in result.stdout


def test_report_fits_one_screen_and_json_is_complete(small_archive, runner):
    build_index(small_archive, processes=1)
    for n in range(40):
        (small_archive.archive / f"new{n:02d}.txt").write_bytes(b"x")
    result = run_check(runner, small_archive)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) <= 24
    assert f"… and {40 - SHOWN} more" in result.stdout
    data = json.loads(run_check(runner, small_archive, "--json").stdout)
    assert len(data["new"]) == 40 and data["ok"] is False


def test_check_without_an_index_says_so(tmp_path, runner):
    from dangjian.index.config import Config
    result = run_check(runner, Config(BUNDLED, tmp_path / "none"))
    assert result.exit_code == 3 and "run `dangjian reindex`" in result.stderr
