"""Reading archive files: encodings, issue dates, publication, and bad input reported, never fatal."""
from datetime import date

import pytest

from dangjian.index.parse.pipeline import parse_paths
from dangjian.index.parse.reader import UnreadableFile, date_from_header, date_from_path, decode, read_page
from dangjian.index.parse.records import Report

from .conftest import write_page

PAGE = " 党建\n\n近日，河北省民政厅召开党组理论学习中心组学习会，深入学习\n习近平总书记重要讲话精神。\n\n（据河北省民政厅）\n"


@pytest.mark.parametrize("encoding,expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
])
def test_decode_detects_encoding(encoding, expected):
    text, found = decode(PAGE.encode(encoding))
    assert text == PAGE
    assert found == expected


def test_crlf_page_reads_like_lf(tmp_path):
    lf = write_page(tmp_path, "报/2023-01-03/1.txt", PAGE)
    crlf = write_page(tmp_path, "报/2023-01-04/1.txt", PAGE.replace("\n", "\r\n"))
    report = Report()
    results = list(parse_paths([tmp_path], report))
    bodies = [arts[0].paragraphs for _, arts in results]
    assert [p.path for p, _ in results] == ["报/2023-01-03/1.txt", "报/2023-01-04/1.txt"]
    assert bodies[0] == bodies[1] and str(lf) != str(crlf)


@pytest.mark.parametrize("rel,expected", [
    ("公益时报/2023-10-31/04.txt", date(2023, 10, 31)),
    ("公益时报/20231031/04.txt", date(2023, 10, 31)),
    ("公益时报/2023/10/31/04.txt", date(2023, 10, 31)),
    ("公益时报/2023_10_31_p4.txt", date(2023, 10, 31)),
    ("公益时报/undated/04.txt", None),
    ("公益时报/20231399/04.txt", None),        # not a date
])
def test_date_from_path(rel, expected):
    assert date_from_path(rel) == expected


def test_date_from_header_line():
    text = "2023年10月31日 星期二\n\n党建\n\n10月26日，会议召开。\n"
    assert date_from_header(text) == date(2023, 10, 31)
    # A dated sentence in the body is not a header.
    assert date_from_header("党建\n2023年10月26日，山东省民政厅召开会议，部署工作。\n" + "正文。\n" * 20) is None


def test_issue_date_order_sidecar_then_path_then_header(tmp_path):
    header = "2022年1月4日 星期二\n" + PAGE
    a = read_page(write_page(tmp_path, "报/2023-05-06/a.txt", header,
                             sidecar={"date": "2021-02-03", "publication": "中国社会报", "page": 3}), tmp_path)
    b = read_page(write_page(tmp_path, "报/2023-05-06/b.txt", header), tmp_path)
    c = read_page(write_page(tmp_path, "报/undated/c.txt", header), tmp_path)
    d = read_page(write_page(tmp_path, "报/undated/d.txt", PAGE), tmp_path)
    assert (a.issue_date, a.issue_date_source, a.publication, a.page) == (date(2021, 2, 3), "sidecar", "中国社会报", "3")
    assert (b.issue_date, b.issue_date_source, b.publication) == (date(2023, 5, 6), "path", "报")
    assert (c.issue_date, c.issue_date_source) == (date(2022, 1, 4), "header")
    assert (d.issue_date, d.issue_date_source) == (None, None)     # never invented


@pytest.mark.parametrize("name,content,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n \r\n", "empty file"),
    ("binary.txt", bytes(range(256)) * 4, "binary file"),
    ("undecodable.txt", b"\xff\xfe\xfd\x80\x81 abc \xff", "cannot decode"),
    ("long.txt", ("民政" * 100_000).encode(), "a line of 200000 characters"),
    ("noise.txt", " 党建\n\nTOPIC\n\n责任编辑：李华\n\n4\n".encode(), "no article found"),
])
def test_bad_files_are_skipped_with_reason_and_run_goes_on(tmp_path, name, content, reason):
    (tmp_path / "报" / "2023-01-03").mkdir(parents=True)
    (tmp_path / "报" / "2023-01-03" / name).write_bytes(content)
    write_page(tmp_path, "报/2023-01-03/good.txt", PAGE)
    report = Report()
    pages = list(parse_paths([tmp_path], report))
    assert [p.path for p, _ in pages] == ["报/2023-01-03/good.txt"]
    assert len(report.skipped) == 1
    assert report.skipped[0].path == f"报/2023-01-03/{name}"
    assert reason in report.skipped[0].reason


def test_unreadable_file_names_reason(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00\x01")
    with pytest.raises(UnreadableFile, match="NUL"):
        read_page(path, tmp_path)


def test_gb18030_page_parses_to_same_articles(tmp_path):
    write_page(tmp_path, "a/2023-01-03/1.txt", PAGE, "utf-8")
    write_page(tmp_path, "b/2023-01-03/1.txt", PAGE, "gb18030")
    results = list(parse_paths([tmp_path], Report()))
    assert results[0][1][0].paragraphs == results[1][1][0].paragraphs
    assert results[1][0].encoding == "gb18030"
