"""The admin CLI: parse, reindex, update, stats, search — output, reports and exit codes."""
import json

import pytest

from dangjian.cli import main

from .conftest import BUNDLED, write_page

PARSE_KEYS = {"id", "path", "publication", "issue_date", "page", "title", "title_derived", "paragraphs", "body",
              "province", "agency", "source", "date", "slogans", "people", "places"}


def test_parse_json_prints_one_object_per_article(runner):
    result = runner.invoke(main, ["parse", "--json", str(BUNDLED / "公益时报")])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) > 20
    assert all(PARSE_KEYS <= set(obj) for obj in lines)
    assert {obj["publication"] for obj in lines} == {"公益时报"}


def test_parse_single_file_inside_archive_keeps_publication(runner):
    page = BUNDLED / "中国社会报/20210615/03.txt"
    result = runner.invoke(main, ["parse", "--json", "--archive", str(BUNDLED), str(page)])
    objs = [json.loads(line) for line in result.stdout.splitlines()]
    assert {o["publication"] for o in objs} == {"中国社会报"} and objs[0]["issue_date"] == "2021-06-15"


def test_parse_single_file_from_elsewhere_infers_its_archive(runner, tmp_path, monkeypatch):
    page = (BUNDLED / "公益时报/2021/07/06/04.txt").resolve()
    monkeypatch.chdir(tmp_path)
    alone = [json.loads(x) for x in runner.invoke(main, ["parse", "--json", str(page)]).stdout.splitlines()]
    whole = [json.loads(x) for x in runner.invoke(main, ["parse", "--json", str(BUNDLED)]).stdout.splitlines()]
    same = [o for o in whole if o["path"] == "公益时报/2021/07/06/04.txt"]
    assert [(o["id"], o["publication"], o["issue_date"]) for o in alone] == \
        [(o["id"], o["publication"], o["issue_date"]) for o in same]


def test_parse_ids_are_stable_across_runs(runner):
    args = ["parse", "--json", str(BUNDLED / "浙江日报")]
    first = [json.loads(x)["id"] for x in runner.invoke(main, args).stdout.splitlines()]
    second = [json.loads(x)["id"] for x in runner.invoke(main, args).stdout.splitlines()]
    assert first == second and len(set(first)) == len(first)


def test_parse_reports_skipped_files_and_exits_1(runner, tmp_path):
    write_page(tmp_path, "报/2023-01-03/good.txt", "近日，河北省民政厅召开会议，部署工作。\n\n（据河北省民政厅）\n")
    (tmp_path / "报/2023-01-03/empty.txt").write_bytes(b"")
    result = runner.invoke(main, ["parse", "--json", str(tmp_path)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "skipped 报/2023-01-03/empty.txt: empty file" in result.stderr


def test_parse_human_readable(runner):
    result = runner.invoke(main, ["parse", str(BUNDLED / "公益时报/2023-06-13/04.txt")])
    assert result.exit_code == 0
    assert "== 浙江省民政厅举办主题教育专题警示教育大会" in result.stdout and "省份 浙江" in result.stdout


@pytest.mark.parametrize("args", [["parse"], ["search", "--sort", "sideways", "x"], ["search", "--from", "soon", "x"],
                                  ["nonsense"]])
def test_usage_errors_exit_2(runner, args):
    assert runner.invoke(main, args).exit_code == 2


def test_missing_path_is_reported(runner, tmp_path):
    result = runner.invoke(main, ["parse", str(tmp_path / "nope")])
    assert result.exit_code == 1 and "no such file or directory" in result.stderr


def test_reindex_update_stats_search(runner, small_archive):
    opts = ["--archive", str(small_archive.archive), "--index", str(small_archive.index)]
    result = runner.invoke(main, ["reindex", *opts])
    assert result.exit_code == 0, result.output
    assert "files read: 4, articles:" in result.stderr and "reindex: generation gen-" in result.stderr
    assert "reindex 4/4 files" in result.stderr                     # progress, one line per step

    result = runner.invoke(main, ["update", *opts])
    assert "added 0, changed 0, removed 0" in result.stderr

    stats = json.loads(runner.invoke(main, ["stats", "--json", "--index", str(small_archive.index)]).stdout)
    assert stats["articles"] > 0 and stats["index_bytes"] > 0 and stats["archive"] == str(small_archive.archive.resolve())
    assert stats["built_at"].startswith(str(__import__("datetime").date.today().year)) and not stats["stale"]
    assert sum(stats["facets"]["province"].values()) == stats["articles"]

    human = runner.invoke(main, ["stats", "--index", str(small_archive.index)])
    assert "province" in human.stdout and "articles" in human.stdout


def test_search_json_shape(runner, built):
    config, _ = built
    result = runner.invoke(main, ["search", "两个确立", "--province", "江苏", "--json", "--index", str(config.index)])
    data = json.loads(result.stdout)
    assert {"query", "total", "page", "hits", "facets", "notice"} <= set(data)
    assert {"province", "agency", "year", "slogans", "people"} <= set(data["facets"])
    assert data["total"] == len(data["hits"]) and all(h["province"] == "江苏" for h in data["hits"])
    assert {"id", "title", "date", "province", "agency", "score", "snippets"} <= set(data["hits"][0])
    assert len(data["facets"]["province"]) > 1


def test_search_every_bundled_article_with_queried_fragment(runner, built, bundled_articles):
    config, _ = built
    data = json.loads(runner.invoke(main, ["search", "确立", "--json", "--limit", "100",
                                           "--index", str(config.index)]).stdout)
    expected = {a.id for a in bundled_articles if "确立" in a.title + a.body}
    assert {h["id"] for h in data["hits"]} == expected and data["total"] == len(expected)


@pytest.mark.parametrize("option,value,same_as", [
    ("--province", "江苏省", ("--province", "江苏")),
    ("--province", "广西壮族自治区", ("--province", "广西")),
    ("--agency", "社会组织", ("--agency", "社会组织")),
])
def test_filter_options_resolve_like_prefixes(runner, built, option, value, same_as):
    index = ["--index", str(built[0].index), "--json", "--limit", "100"]
    got = json.loads(runner.invoke(main, ["search", "民政", option, value, *index]).stdout)
    want = json.loads(runner.invoke(main, ["search", "民政", *same_as, *index]).stdout)
    assert got["total"] == want["total"] > 0


def test_filter_option_without_match_says_so(runner, built):
    data = json.loads(runner.invoke(main, ["search", "民政", "--slogan", "不存在的提法", "--json",
                                           "--index", str(built[0].index)]).stdout)
    assert data["total"] == 0 and "no slogans value matches" in data["notice"]


def test_search_human_output_marks_terms(runner, built):
    result = runner.invoke(main, ["search", "模范机关", "--index", str(built[0].index)])
    assert result.exit_code == 0 and "【模范机关】" in result.stdout and "province:" in result.stdout


def test_search_without_index_says_what_to_do(runner, tmp_path):
    result = runner.invoke(main, ["search", "民政", "--index", str(tmp_path / "none")])
    assert result.exit_code == 3 and "dangjian reindex" in result.stderr


def _hostile_entries(archive, tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("近日，机密单位召开保密会议，部署机密工作。\n（据机密单位）\n", encoding="utf-8")
    (archive / "leak.txt").symlink_to(secret)
    (archive / "公益时报/leak2.txt").symlink_to(secret)
    (archive / "outside").symlink_to(tmp_path, target_is_directory=True)
    (archive / "loop.txt").symlink_to(archive / "loop.txt")
    (archive / "broken.txt").symlink_to(archive / "gone.txt")
    (archive / "inside.txt").symlink_to(archive / "公益时报/2023-06-13/04.txt")


def skipped_lines(result) -> list[str]:
    return [line.strip() for line in result.stderr.splitlines() if line.strip().startswith("skipped ")]


def test_parse_reports_every_left_out_entry_as_reindex_does(runner, small_archive, tmp_path):
    from dangjian.index.writer import build_index
    archive = small_archive.archive
    _hostile_entries(archive, tmp_path)
    built = {(s.path, s.reason) for s in build_index(small_archive, processes=1).report.skipped}
    assert len(built) == 5                  # the oracle: what reindex reports
    result = runner.invoke(main, ["parse", "--json", "--archive", str(archive), str(archive)])
    assert result.exit_code == 1
    said = {tuple(line.removeprefix("skipped ").split(": ", 1)) for line in skipped_lines(result)}
    assert said == built
    assert "机密" not in result.stdout
    # a sub-folder: the same entries under it, with the same archive-relative paths
    result = runner.invoke(main, ["parse", "--archive", str(archive), str(archive / "公益时报")])
    assert skipped_lines(result) == [
        f"skipped 公益时报/leak2.txt: {dict(built)['公益时报/leak2.txt']}"]
    # --trace lists the same, and a link named on its own inside the archive is left out too
    result = runner.invoke(main, ["parse", "--trace", "--archive", str(archive), str(archive)])
    assert {tuple(line.removeprefix("skipped ").split(": ", 1)) for line in skipped_lines(result)} == built
    result = runner.invoke(main, ["parse", "--archive", str(archive), str(archive / "leak.txt")])
    assert result.exit_code == 1 and "outside the archive" in result.stderr and "机密" not in result.stdout
