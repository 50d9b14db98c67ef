"""Charsets said and charsets meant (issue 18, defect 7): an HTML page's declaration is checked
against its bytes; mojibake is refused with its reason, never indexed."""
from __future__ import annotations

import pytest

from dangjian.index.parse import UnreadableFile, parse_file

TITLE = "民政厅召开党建工作会议"
BODY = "近日，河北省民政厅召开党组理论学习中心组学习会，深入学习习近平总书记重要讲话精神。"


def page(charset: str | None) -> str:
    meta = f"<meta charset='{charset}'>" if charset else ""
    return (f"<html><head>{meta}<title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
            f"<div><p>{BODY}</p><p>（据河北省民政厅）</p></div></body></html>")


def write(tmp_path, raw: bytes):
    path = tmp_path / "报" / "2023-06-13" / "a.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(raw)
    return path


@pytest.mark.parametrize("declared, encoding", [
    (None, "gbk"),                # GBK without a declaration
    ("x-unknown-charset", "gbk"),  # a charset no codec knows
    ("cp500", "gbk"),              # a real codec, but not what the bytes are
    ("utf-8", "gbk"),              # UTF-8 declared on GBK
    ("utf-16", "utf-8"),           # UTF-16, UTF-7, GB2312 declared on UTF-8
    ("utf-7", "utf-8"),
    ("gb2312", "utf-8"),
    ("gb2312", "gbk"),             # and the honest ones still read
    ("utf-8", "utf-8"),
])
def test_7_the_bytes_decide_and_the_article_reads_as_written(tmp_path, declared, encoding):
    path = write(tmp_path, page(declared).encode(encoding))
    _, articles = parse_file(path, tmp_path)
    assert articles[0].title == TITLE
    assert articles[0].paragraphs[0] == BODY


@pytest.mark.parametrize("declared", [None, "gbk", "latin-1"])
def test_7_text_that_would_be_mojibake_is_refused_with_its_reason(tmp_path, declared):
    # Cyrillic in KOI8-R: neither UTF-8 nor Chinese in any reading the archive has.
    raw = page(declared).replace(BODY, "Министерство гражданских дел провело совещание. " * 3).encode("koi8-r", "replace")
    raw = raw.replace(TITLE.encode("koi8-r", "replace"), "Совещание".encode("koi8-r"))
    with pytest.raises(UnreadableFile, match="charset") as refused:
        parse_file(write(tmp_path, raw), tmp_path)
    assert "mojibake" in str(refused.value) and "empty body" not in str(refused.value)
