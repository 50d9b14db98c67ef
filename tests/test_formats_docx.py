"""Word files: paragraphs in order (tables too); a report with several articles is segmented."""
from __future__ import annotations

import zipfile

import docx
import pytest

from benchmarks.sample_articles import ARTICLES, as_parsed
from dangjian.index.parse.pipeline import parse_file, parse_paths
from dangjian.index.parse.records import Report


def _report(path, articles, table_rows=()):
    document = docx.Document()
    for article in articles:
        document.add_heading(article["title"], level=1)
        for para in article["paragraphs"]:
            document.add_paragraph(para)
        document.add_paragraph(article["attribution"])
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=2)
        for row, cells in zip(table.rows, table_rows):
            for cell, text in zip(row.cells, cells):
                cell.text = text
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def test_report_with_several_articles_is_segmented_like_a_page(tmp_path):
    path = _report(tmp_path / "民政厅" / "2024-07-09" / "工作简报.docx", ARTICLES)
    _, found = parse_file(path, tmp_path)
    assert [a.title for a in found] == [a["title"] for a in ARTICLES]
    expected = [as_parsed(a) for a in ARTICLES]       # a 本报讯 byline goes to the attribution (issue 15)
    assert [list(a.paragraphs) for a in found] == [a["paragraphs"] for a in expected]
    assert [a.attribution for a in found] == [a["attribution"] for a in expected]
    assert {(a.extraction, a.pdf_page, str(a.issue_date), a.publication) for a in found} == {
        ("docx", None, "2024-07-09", "民政厅")}
    assert [a.agency for a in found] == [a["truth"]["agency"] for a in ARTICLES]


def test_table_text_is_kept(tmp_path):
    rows = [("支部", "党员人数"), ("第一党支部", "32人")]
    path = _report(tmp_path / "r.docx", ARTICLES[:1], table_rows=rows)
    _, found = parse_file(path, tmp_path)
    body = "".join(a.body for a in found)
    assert all(cell in body for row in rows for cell in row)


def _junk_zip(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("junk.bin", bytes(range(256)) * 4)


@pytest.mark.parametrize("make, reason", [
    (_junk_zip, "not a Word"),
    (lambda p: p.write_bytes(b"PK\x03\x04 truncated"), "not a Word"),
    (lambda p: p.write_bytes("这不是Word文件".encode()), "not a Word"),
    (lambda p: docx.Document().save(str(p)), "without text"),
])
def test_broken_word_files_are_skipped_with_their_reason(tmp_path, make, reason):
    make(tmp_path / "bad.docx")
    _report(tmp_path / "good.docx", ARTICLES[:1])
    report = Report()
    found = [a for _, arts in parse_paths([tmp_path], report) for a in arts]
    assert [a.title for a in found] == [ARTICLES[0]["title"]]
    assert [s.path for s in report.skipped] == ["bad.docx"] and reason in report.skipped[0].reason
