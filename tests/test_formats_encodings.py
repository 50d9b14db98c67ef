"""Issue 15 (formats): a page reads the same whatever its encoding and line ends.

The same invented page — full-width spaces (U+3000) indenting paragraphs, stray spaces inside
Chinese text, a name and a place with characters GBK lacks (䶮, 𠮷: only GB18030 and UTF-8 hold
them), a running head — is written as UTF-8, UTF-8 with BOM, GB18030, each with LF
and CRLF; every reading must give the same articles and the same noise, so no segmentation
step depends on the encoding.
"""
from __future__ import annotations

import pytest

from dangjian.index.parse.pipeline import parse_file

PAGE = (
    "2024年3月5日　星期二\n"
    "\n"
    "市民政局召开党建工作会议\n"
    "\n"
    "　　3月1日，市民政局召开党建工作会议，局党组书记刘䶮出席会议并讲\n"
    "话。会议 总结了 2023年党建工作，部署今年重点任务。\n"
    "　　会议要求，要坚持党建引领，推动机关党建和业务工作深度融合。\n"
    "（据市民政局）\n"
    "\n"
    "区民政局开展主题党日活动\n"
    "\n"
    "　　3月2日，区民政局机关党支部组织党员走进𠮷祥社区，开展志愿服务。\n"
    "（通讯员 王晓梅）\n"
)
ENCODINGS = [("utf-8", "\n"), ("utf-8-sig", "\n"), ("gb18030", "\n"), ("utf-8", "\r\n"),
             ("gb18030", "\r\n"), ("utf-8-sig", "\r\n")]


def _read(tmp_path, encoding: str, newline: str):
    folder = tmp_path / f"{encoding}-{len(newline)}" / "社会报" / "2024-03-05"
    folder.mkdir(parents=True)
    path = folder / "01.txt"
    path.write_bytes(PAGE.replace("\n", newline).encode(encoding))
    parsed = parse_file(path, folder.parent.parent, keep_noise=True)
    articles = [(a.title, a.paragraphs, a.attribution, a.people, a.date, a.agency) for a in parsed.articles]
    return parsed.page.encoding, articles, [(n.line, n.text, n.reason) for n in parsed.noise]


def test_page_bytes_are_what_they_seem():
    """The page holds characters GBK lacks: one of GB18030's two-byte extension, one of its four-byte range."""
    assert not _encodable("䶮", "gbk") and not _encodable("𠮷", "gbk")
    assert len("𠮷".encode("gb18030")) == 4


def _encodable(text, encoding):
    try:
        text.encode(encoding)
        return True
    except UnicodeEncodeError:
        return False


@pytest.mark.parametrize("encoding, newline", ENCODINGS[1:])
def test_every_encoding_reads_like_utf8(tmp_path, encoding, newline):
    _, expected, expected_noise = _read(tmp_path / "base", "utf-8", "\n")
    found_encoding, articles, noise = _read(tmp_path, encoding, newline)
    assert found_encoding == encoding
    assert articles == expected
    assert noise == expected_noise
    assert [a[0] for a in expected] == ["市民政局召开党建工作会议", "区民政局开展主题党日活动"]
    assert "刘䶮" in expected[0][1][0] and "𠮷祥社区" in expected[1][1][0]
    assert expected[0][1][0].startswith("3月1日，市民政局") and "会议总结了2023年" in expected[0][1][0]
