"""A sidecar that fails validation costs only itself (issue 18): the page is read from its path and
text, and the reason is a warning of the run — in the parser's report, `reindex` and `update`
output, files.json and `dangjian check` — never a skip."""
from __future__ import annotations

import json
from datetime import date

import pytest

from dangjian.cli import main
from dangjian.index import generations as gens
from dangjian.index.check import check_index
from dangjian.index.config import Config
from dangjian.index.parse import Report, parse_file, parse_paths
from dangjian.index.writer import build_index, update_index
from dangjian.search.engine import Engine
from dangjian.search.request import SearchRequest

from .conftest import write_page

PAGE = "近日，河北省民政厅召开党组理论学习中心组学习会，深入学习习近平总书记重要讲话精神。\n（据河北省民政厅）\n"
REL = "公益时报/2023-06-13/04.txt"
WORD = "党组理论学习中心组"

# Each kind of sidecar a page can come with that no page should be believed: (sidecar, words of the reason)
BAD_SIDECARS = [
    ({"date": "9999-12-31"}, "years 1949 to"),
    ({"date": "0001-01-01"}, "years 1949 to"),
    ({"date": "2023-02-30"}, "is not a real date"),
    ({"date": 20230613}, "is not a real date"),
    ({"page": -1}, "not a page number"),
    ({"page": "0"}, "not a page number"),
    ({"page": 10 ** 19}, "not a page number"),
    ({"page": "1" * 50}, "more than a page can be"),
    ({"publication": "../../../etc/passwd"}, "is a path"),
    ({"publication": "公益\\时报"}, "is a path"),
    ({"publication": ".."}, "is a path"),
    ({"publication": "公益\x00时\x07报\u202e"}, "control characters"),
    ({"section": "党建\x1b]0;owned\x07"}, "control characters"),
    ({"publication": "报" * 5_000}, "more than a publication can be"),
    ({"publication": 2023}, "must be text"),
    ({"date": "1949-10-01", "publication": "人民日报", "page": "0"}, "not a page number"),
]
MALFORMED = [
    (b"[1, 2]", "not a JSON object"),
    (b"{not json", "not valid JSON"),
    (b"[" * 60_000, "nested too deeply"),
    (b"\xff\xfe{}", "not UTF-8"),
    (json.dumps({"publication": "报" * 100_000}, ensure_ascii=False).encode(), "larger than 65536 bytes"),
]
IDS = [f"{json.dumps(s, ensure_ascii=True)[:40]}" for s, _ in BAD_SIDECARS] + [w for _, w in MALFORMED]


def write_sidecar(root, rel: str, raw: bytes) -> None:
    (root / (rel + ".json")).write_bytes(raw)


@pytest.fixture(params=[(json.dumps(s, ensure_ascii=False).encode(), w) for s, w in BAD_SIDECARS] + MALFORMED, ids=IDS)
def bad_sidecar(request):
    return request.param


def test_a_rejected_sidecar_leaves_the_page_to_its_path_and_text(tmp_path, bad_sidecar):
    raw, words = bad_sidecar
    path = write_page(tmp_path, REL, PAGE)
    write_sidecar(tmp_path, REL, raw)
    page, articles = parse_file(path, tmp_path)
    assert [a.title for a in articles] and WORD in articles[0].body
    # every field from the path, none from the sidecar (not even its valid ones)
    assert (page.publication, page.issue_date, page.issue_date_source, page.page, page.section) == (
        "公益时报", date(2023, 6, 13), "path", "4", None)
    assert len(page.warnings) == 1
    assert "04.txt.json" in page.warnings[0] and words in page.warnings[0]
    assert "from its path and text" in page.warnings[0]


def test_a_sane_sidecar_gives_no_warning(tmp_path):
    path = write_page(tmp_path, REL, PAGE, sidecar={"date": "1949-10-01", "page": "A3", "publication": "人民日报"})
    page, _ = parse_file(path, tmp_path)
    assert (str(page.issue_date), page.page, page.publication, page.warnings) == ("1949-10-01", "A3", "人民日报", ())


def test_dangjian_parse_reports_the_warning_and_exits_0(tmp_path, runner):
    path = write_page(tmp_path, REL, PAGE, sidecar={"date": "9999-12-31"})
    result = runner.invoke(main, ["parse", str(path), "--archive", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"warning {REL}: sidecar 04.txt.json" in result.output and "skipped: 0" in result.output
    report = Report()
    assert [len(a) for _, a in parse_paths([path], report, archive_root=tmp_path)] == [1]
    assert [w.path for w in report.warnings] == [REL] and not report.skipped


def test_reindex_indexes_the_page_and_reports_the_warning(tmp_path, bad_sidecar):
    _reindex_with(tmp_path, *bad_sidecar, processes=1)


@pytest.mark.parametrize("sidecar, words", [(b'{"date": "9999-12-31"}', "years 1949 to"), MALFORMED[1]],
                         ids=["date", "malformed"])
def test_in_worker_processes_too(tmp_path, sidecar, words):
    _reindex_with(tmp_path, sidecar, words, processes=2)


def _reindex_with(tmp_path, raw: bytes, words: str, processes: int) -> None:
    archive = tmp_path / "archive"
    write_page(archive, REL, PAGE)
    write_sidecar(archive, REL, raw)
    for n in range(4):               # enough files for worker processes
        write_page(archive, f"中国社会报/2023-06-1{n}/0{n + 1}.txt", PAGE.replace("河北", "山西"))
    config = Config(archive=archive, index=tmp_path / "index")
    result = build_index(config, processes=processes)
    assert result.report.skipped == [] and result.report.files_read == 5
    assert [(w.path, words in w.reason) for w in result.report.warnings] == [(REL, True)]
    hits = Engine(config.index).search(SearchRequest(f'"{WORD}" 河北')).hits
    assert [(h.path, h.publication, h.issue_date, h.page) for h in hits] == [(REL, "公益时报", "2023-06-13", "4")]
    entry = gens.read_json(gens.current_dir(config.index) / gens.FILES)[REL]
    assert entry["articles"] == 1 and "skipped" not in entry and words in entry["warnings"][0]


def test_reindex_update_and_check_name_the_file(tmp_path, runner):
    archive = tmp_path / "archive"
    write_page(archive, "中国社会报/2023-06-10/01.txt", PAGE)
    config = Config(archive=archive, index=tmp_path / "index")
    common = ["--archive", str(archive), "--index", str(config.index)]
    assert runner.invoke(main, ["reindex", *common, "--processes", "1"]).exit_code == 0
    write_page(archive, REL, PAGE, sidecar={"publication": "../../../etc/passwd"})

    update = runner.invoke(main, ["update", *common, "--processes", "1"])
    assert update.exit_code == 0, update.output
    assert f"warning {REL}: sidecar 04.txt.json: \"publication\"" in update.output
    assert "files read: 2, articles: 2, skipped: 0, warnings: 1" in update.output

    reindex = runner.invoke(main, ["reindex", *common, "--processes", "1"])
    assert f"warning {REL}: sidecar 04.txt.json" in reindex.output and "warnings: 1" in reindex.output

    check = runner.invoke(main, ["check", *common])
    assert check.exit_code == 0, check.output        # a warning asks for nothing: the page is indexed
    assert f"{REL}: sidecar 04.txt.json: \"publication\"" in check.output
    assert check.output.splitlines()[-1].startswith("OK")
    assert check_index(config).warnings == {REL: [gens.read_json(
        gens.current_dir(config.index) / gens.FILES)[REL]["warnings"][0]]}
    as_json = json.loads(runner.invoke(main, ["check", *common, "--json"]).output)
    assert list(as_json["warnings"]) == [REL]


def test_fixing_the_sidecar_is_a_change_and_clears_the_warning(tmp_path):
    archive = tmp_path / "archive"
    write_page(archive, REL, PAGE, sidecar={"date": "0001-01-01", "publication": "人民日报"})
    config = Config(archive=archive, index=tmp_path / "index")
    assert len(build_index(config, processes=1).report.warnings) == 1
    assert Engine(config.index).stats()["facets"]["publication"] == {"公益时报": 1}
    write_sidecar(archive, REL, json.dumps({"date": "2001-01-01", "publication": "人民日报"}).encode())
    assert check_index(config).changed == [REL]
    result = update_index(config, processes=1)
    assert result.changed == [REL] and result.report.warnings == []
    assert Engine(config.index).stats()["facets"]["publication"] == {"人民日报": 1}
    assert check_index(config).warnings == {}


def test_an_html_page_with_a_bad_sidecar_keeps_what_its_markup_says(tmp_path):
    html = ("<html><head><meta charset='utf-8'><meta property='og:site_name' content='河北日报'></head><body><div>"
            f"<p>{PAGE.splitlines()[0]}</p><p>{PAGE.splitlines()[1]}</p></div></body></html>")
    path = write_page(tmp_path, "报/2023-06-13/a.html", html, sidecar={"date": "9999-12-31", "publication": "人民日报"})
    page, articles = parse_file(path, tmp_path)
    assert (page.publication, page.issue_date) == ("河北日报", date(2023, 6, 13)) and len(articles) == 1
    assert len(page.warnings) == 1 and "a.html.json" in page.warnings[0] and "years 1949 to" in page.warnings[0]
