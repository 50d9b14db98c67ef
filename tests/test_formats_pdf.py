"""PDF pages: generated multi-column PDFs parse back into the articles they were drawn from."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.pdf_pages import render_pdf
from benchmarks.sample_articles import ARTICLES, as_parsed
from dangjian.index.parse.formats.layout import Run, page_text
from dangjian.index.parse.pipeline import parse_file, parse_paths
from dangjian.index.parse.records import Report

HEADER = "2024年7月9日 星期二  测试报  第3版"


def _spec(articles, **layout) -> dict:
    placed = [{**a, "title_position": "before"} for a in articles]
    return {"articles": placed, "header": HEADER, "label": "党建", "footer": "责任编辑：王雪", **layout}


def _assert_round_trip(found, articles):
    articles = [as_parsed(a) for a in articles]       # a 本报讯 byline goes to the attribution (issue 15)
    assert [a.title for a in found] == [a["title"] for a in articles]
    assert [list(a.paragraphs) for a in found] == [a["paragraphs"] for a in articles]
    assert [a.attribution for a in found] == [a["attribution"] for a in articles]


@pytest.mark.parametrize("columns", [2, 3, 4])
@pytest.mark.parametrize("layout", ["bands", "flow", "modules"])
@pytest.mark.parametrize("order", ["reading", "rows", "shuffled"])
def test_multi_column_page_parses_back(tmp_path, columns, layout, order):
    path = render_pdf([_spec(ARTICLES, columns=columns, layout=layout, draw_order=order)],
                      tmp_path / "测试报" / "undated" / "03.pdf")
    page, found = parse_file(path, tmp_path)
    if layout == "modules":       # two stacks side by side: either stack order keeps articles whole
        found = sorted(found, key=lambda a: [x["title"] for x in ARTICLES].index(a.title))
    _assert_round_trip(found, ARTICLES)
    assert {(a.pdf_page, a.extraction, a.page, str(a.issue_date)) for a in found} == {(1, "pdf", "3", "2024-07-09")}
    assert page.issue_date_source == "header"


def test_metadata_of_pdf_articles_matches_the_truth(tmp_path):
    path = render_pdf([_spec(ARTICLES, columns=3)], tmp_path / "测试报" / "2024-07-09" / "03.pdf")
    _, found = parse_file(path, tmp_path)
    for article, source in zip(found, ARTICLES):
        truth = source["truth"]
        assert (article.province, article.agency) == (truth["province"], truth["agency"])
        assert sorted(article.people) == sorted(truth["people"])
        assert set(truth["slogans"]) <= set(article.slogans)
        assert article.date.strftime("%m-%d") == (truth["date_md"] or "07-09")


def test_each_pdf_page_is_a_page_of_the_archive(tmp_path):
    pages = [_spec([a], columns=2 + n % 3, header=None) for n, a in enumerate(ARTICLES)]
    pages[3]["header"] = "2024年7月9日 星期二  测试报  第8版"       # a running head outranks the place in the file
    path = render_pdf(pages, tmp_path / "测试报" / "2024-07-09" / "issue.pdf")
    _, found = parse_file(path, tmp_path)
    assert [(a.pdf_page, a.page, a.ordinal) for a in found] == [(1, "1", 1), (2, "2", 2), (3, "3", 3), (4, "8", 4)]
    assert len({a.id for a in found}) == 4
    assert {a.path for a in found} == {"测试报/2024-07-09/issue.pdf"}
    _assert_round_trip(found, ARTICLES)


def test_title_printed_below_its_article_is_found(tmp_path):
    articles = [{**a, "title_position": "before"} for a in ARTICLES[:2]]
    articles[-1]["title_position"] = "after"
    path = render_pdf([{"articles": articles, "columns": 3}], tmp_path / "a" / "2024-07-09" / "01.pdf")
    _, found = parse_file(path, tmp_path)
    assert [a.title for a in found] == [a["title"] for a in ARTICLES[:2]]
    assert not any(a.title_derived for a in found)


def test_broken_pdfs_are_skipped_with_reasons_and_the_run_goes_on(tmp_path):
    root = tmp_path / "archive"
    good = render_pdf([_spec(ARTICLES[:1], columns=2)], root / "报" / "2024-07-09" / "01.pdf")
    raw = good.read_bytes()
    (root / "报" / "2024-07-09" / "02.pdf").write_bytes(raw[: len(raw) // 2])
    (root / "报" / "2024-07-09" / "03.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas
    locked = canvas.Canvas(str(root / "报" / "2024-07-09" / "04.pdf"),
                           encrypt=StandardEncryption("secret", canPrint=0))
    locked.drawString(100, 700, "locked")
    locked.save()
    report = Report()
    found = [a for _, arts in parse_paths([root], report, archive_root=root) for a in arts]
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert report.files_read == 1 and [a.title for a in found] == [ARTICLES[0]["title"]]
    assert set(reasons) == {"02.pdf", "03.pdf", "04.pdf"}
    assert "damaged PDF" in reasons["02.pdf"] and "damaged PDF" in reasons["03.pdf"]
    assert "encrypted PDF" in reasons["04.pdf"]


def _grid_runs(columns: int, rows: list[int], rng: random.Random) -> tuple[list[Run], list[str]]:
    """Runs of a page with `columns` columns of rows[k] lines each; and the lines in reading order."""
    runs, order = [], []
    for k in range(columns):
        for row in range(rows[k]):
            text = f"第{k}栏第{row}行文字内容"
            runs.append(Run(36 + k * 164, 36 + k * 164 + 9 * len(text), 50 + row * 14.4, 9.0, text))
            order.append(text)
    rng.shuffle(runs)
    return runs, order


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 5), st.lists(st.integers(3, 30), min_size=5, max_size=5), st.integers(0, 10**6))
def test_columns_are_read_top_to_bottom_then_left_to_right(columns, rows, seed):
    runs, order = _grid_runs(columns, rows[:columns], random.Random(seed))
    assert [line for line in page_text(runs).split("\n") if line] == order


def test_headline_across_columns_comes_before_its_columns():
    runs, order = _grid_runs(3, [5, 5, 4], random.Random(1))
    for run in runs:
        run.top += 40
    headline = Run(36, 400, 40, 16.0, "横跨三栏的大标题")
    text = page_text(runs + [headline]).split("\n")
    assert text[0] == "横跨三栏的大标题" and text[1] == "" and [t for t in text[2:] if t] == order


def test_sidecar_page_numbers_the_first_page_of_an_issue_file(tmp_path):
    path = render_pdf([_spec([a], columns=2) for a in ARTICLES[:3]], tmp_path / "报" / "undated" / "b.pdf")
    path.with_name("b.pdf.json").write_text('{"page": 5, "date": "2024-07-01"}', encoding="utf-8")
    _, found = parse_file(path, tmp_path)
    assert [(a.pdf_page, a.page, str(a.issue_date)) for a in found] == [
        (1, "5", "2024-07-01"), (2, "6", "2024-07-01"), (3, "7", "2024-07-01")]


def test_pdf_articles_in_the_index_point_at_their_pdf_page(engine):
    from dangjian.search.engine import SearchRequest
    results = engine.search(SearchRequest("湖南省社会组织综合党委举办党务干部培训班"))
    stored = [engine.article(hit.id) for hit in results.hits]
    assert [(s["path"], s["pdf_page"], s["extraction"], s["page"]) for s in stored] == [
        ("中国社会报/2024-07-09/issue.pdf", 2, "pdf", "2")]


def test_look_alike_ideographs_of_pdf_fonts_become_the_common_ones():
    from dangjian.index.parse.formats.pdf import _unify
    assert _unify("\u2f00\u2f08\u2f24") == "一人大" and _unify("党建") == "党建"


def test_overprinted_titles_are_read_once(tmp_path):
    path = render_pdf([_spec(ARTICLES, columns=3, layout="bands", fake_bold=True)], tmp_path / "报" / "2024-07-09" / "01.pdf")
    _, found = parse_file(path, tmp_path)
    _assert_round_trip(found, ARTICLES)


def test_a_glyph_drawn_twice_a_hair_aside_is_one_character_but_doubled_text_stays():
    from dangjian.index.parse.formats.layout import runs_from_chars
    overprinted = [(x, x + 9, 50, 9.0, c) for x, c in ((0, "党"), (0.3, "党"), (9, "建"), (9.3, "建"))]
    doubled = [(x, x + 9, 50, 9.0, c) for x, c in ((0, "谢"), (9, "谢"))]
    assert [r.text for r in runs_from_chars(overprinted)] == ["党建"]
    assert [r.text for r in runs_from_chars(doubled)] == ["谢谢"]


def test_side_by_side_headlines_each_lead_their_own_columns():
    """Two stacks: a headline over columns 0–1 and one over 2–3, at the same height."""
    runs, expected = [], {}
    for side, (first, name) in enumerate(((0, "左"), (2, "右"))):
        x = 36 + first * 164
        runs.append(Run(x, x + 300, 40, 16.0, f"{name}边的大标题"))
        lines = []
        for k in (first, first + 1):
            for row in range(6):
                text = f"{name}栏{k}行{row}"
                runs.append(Run(36 + k * 164, 36 + k * 164 + 140, 70 + row * 14.4, 9.0, text))
                lines.append(text)
        expected[name] = [f"{name}边的大标题", *lines]
    random.Random(3).shuffle(runs)
    got = [line for line in page_text(runs).split("\n") if line]
    first = got[0][0]
    assert got == expected[first] + expected["右" if first == "左" else "左"]


def test_update_with_pdf_html_and_word_files_equals_rebuild(tmp_path):
    from dangjian.index.config import Config
    from dangjian.index.writer import build_index, update_index
    from .test_writer import stored_docs
    from .conftest import BUNDLED
    archive = tmp_path / "archive"
    issue = render_pdf([_spec(ARTICLES[:2], columns=3), _spec(ARTICLES[2:], columns=2)], archive / "报" / "2024-07-09" / "issue.pdf")
    for rel in ("公益时报/epaper/content_0827_06.html", "民政工作简报/undated/第9期.docx"):
        (archive / rel).parent.mkdir(parents=True, exist_ok=True)
        (archive / rel).write_bytes((BUNDLED / rel).read_bytes())
    config = Config(archive=archive, index=tmp_path / "index")
    assert build_index(config, processes=1).report.articles == 7
    render_pdf([_spec(ARTICLES[1:3], columns=4)], issue)                                   # changed: one page now
    (archive / "民政工作简报/undated/第9期.docx").unlink()                                   # removed
    result = update_index(config, processes=1)
    assert (result.changed, result.removed) == (["报/2024-07-09/issue.pdf"], ["民政工作简报/undated/第9期.docx"])
    rebuilt = Config(archive=archive, index=tmp_path / "rebuilt")
    build_index(rebuilt, processes=1)
    assert stored_docs(config.index) == stored_docs(rebuilt.index)
    # one page left: a one-page file is numbered by its running head (第3版), as issue.pdf names none
    assert sorted((d["pdf_page"], d.get("page")) for d in stored_docs(config.index).values()
                  if d.get("extraction") == "pdf") == [(1, "3"), (1, "3")]


@pytest.mark.parametrize("header", [
    "测试报  2024年7月9日 星期二  第3版  党建",
    "第3版  党建  2024年7月9日 星期二  测试报",
    "2024年7月9日 星期二  测试报  第3版",
])
@pytest.mark.parametrize("articles", [ARTICLES, ARTICLES[1:2]])
def test_running_head_gives_date_and_page_and_no_title(tmp_path, header, articles):
    spec = {"articles": [{**a, "title_position": "before"} for a in articles], "columns": 2,
            "header": header, "footer": "测试报 第3版 责任编辑：王雪"}
    path = render_pdf([spec], tmp_path / "报" / "undated" / "x.pdf")
    page, found = parse_file(path, tmp_path)
    assert (str(page.issue_date), page.issue_date_source, page.page) == ("2024-07-09", "header", "3")
    _assert_round_trip(found, articles)
