"""Layout hints (issue 15, formats): the structure a Word or HTML file carries reaches the segmenter.

Every file here is written by the test (python-docx, or markup in the test), with text invented
for it: a bulletin whose titles are centred bold paragraphs in display type, its masthead above a
rule and a contents list under it, 【labels】, a title set over two paragraphs, a report ending
without its attribution, a caption under a picture; e-paper pages with a kicker, a subtitle, a
heading inside the body and a caption after a picture.
"""
from __future__ import annotations

import re
import struct
import zlib

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from dangjian.index.parse import hints as H
from dangjian.index.parse.formats.pages import read_pages
from dangjian.index.parse.pipeline import parse_file
from dangjian.index.parse.reader import read_page

HAN = re.compile(r"[\u4e00-\u9fff]")

# An invented bulletin: three reports under two labels. The second title is set over two
# paragraphs; the second report ends without an attribution and its successor's title names no
# body (a text layer cannot tell it from a subheading).
MASTHEAD = ["湘西民政工作简报", "第5期", "州民政局办公室编　　2024年5月20日"]
CONTENTS = ["本期目录", "◎ 州民政局召开机关党建工作例会", "◎ 凤凰县民政局开展结对帮扶", "◎ 守初心担使命"]
REPORTS = [
    ("【工作动态】", ["州民政局召开机关党建工作例会"],
     ["5月15日，州民政局召开机关党建工作例会，听取各支部一季度工作汇报，部署下阶段重点任务。",
      "会议要求，各支部要把党建工作与业务工作同谋划、同部署、同落实。"], "（局机关党委）"),
    ("【基层风采】", ["凤凰县民政局：党员结对", "帮扶困难老人"],
     ["今年以来，凤凰县民政局组织党员与辖区困难老人结对，定期上门走访，帮助解决实际困难。",
      "目前已结对120户，解决急难愁盼问题60余件。"], None),
    (None, ["守初心担使命"],
     ["作为一名基层民政干部，我深刻体会到，群众的小事就是我们的大事。",
      "要把为民服务的初心落实到每一次走访、每一件实事中。"], "（吉首市民政局供稿）"),
]
DISTRIBUTION = ["报：州委办公室，州人民政府办公室。", "发：各县市民政局。"]


def _centred(document, text, *, bold=False, size=None):
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return paragraph


def _bulletin(path, *, with_rules=True):
    document = docx.Document()
    _centred(document, MASTHEAD[0], bold=True, size=26)
    for line in MASTHEAD[1:]:
        _centred(document, line)
    if with_rules:
        _centred(document, "━" * 20)
        for line in CONTENTS:
            _centred(document, line)
        _centred(document, "━" * 20)
    for label, title, paragraphs, attribution in REPORTS:
        if label:
            _centred(document, label)
        for line in title:
            _centred(document, line, bold=True, size=18)
        for text in paragraphs:
            document.add_paragraph(text)
        if attribution:
            document.add_paragraph(attribution)
    for line in DISTRIBUTION:
        document.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def _kept(parsed) -> str:
    """Every character an article or a noise line accounts for."""
    texts = [a.title for a in parsed.articles if not a.title_derived]
    texts += [p for a in parsed.articles for p in a.paragraphs] + [a.attribution or "" for a in parsed.articles]
    return "".join(texts + [n.text for n in parsed.noise])


def _han(text: str):
    from collections import Counter
    return Counter(HAN.findall(text))


def test_word_bulletin_is_cut_by_its_layout(tmp_path):
    path = _bulletin(tmp_path / "湘西民政工作简报" / "2024-05-20" / "05.docx")
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == ["".join(title) for _, title, _, _ in REPORTS]
    assert not any(a.title_derived for a in parsed.articles)
    assert [list(a.paragraphs) for a in parsed.articles] == [paras for _, _, paras, _ in REPORTS]
    # the masthead, the contents list and the labels are furniture, with the layout's reason
    reasons = {n.text: n.reason for n in parsed.noise}
    for line in CONTENTS[1:] + [label for label, *_ in REPORTS if label]:
        assert line in reasons, line
    assert "layout" in reasons[CONTENTS[1]]
    # nothing lost: every Han character of the file is in an article or a noise line
    source = "".join(MASTHEAD + CONTENTS + DISTRIBUTION + [
        "".join([label or "", *title, *paras, attribution or ""]) for label, title, paras, attribution in REPORTS])
    assert _han(source) - _han(_kept(parsed)) == {}


def test_word_hints_ride_on_the_page_and_leave_its_text_alone(tmp_path):
    path = _bulletin(tmp_path / "简报" / "2024-05-20" / "05.docx")
    (page,) = read_pages(path, tmp_path)
    hints = dict(page.line_hints)
    lines = page.text.split("\n")
    headings = [lines[n - 1] for n, hint in sorted(hints.items()) if hint == H.HEADING]
    assert "".join(headings) == "".join("".join(title) for _, title, _, _ in REPORTS)
    assert hints[lines.index(MASTHEAD[0]) + 1] == H.MASTHEAD
    assert hints[lines.index("【基层风采】") + 1] == H.LABEL
    # every hinted line is a line of text; a body line is never a heading
    assert all(lines[n - 1].strip() for n in hints)
    first_body = next(n for n, line in enumerate(lines, 1) if line.startswith("5月15日"))
    assert hints[first_body] == H.BODY
    # the text is the one the paragraphs make: hints add nothing to it and take nothing away
    assert _han(page.text) == _han("".join(MASTHEAD + CONTENTS + DISTRIBUTION + [
        "".join([label or "", *title, *paras, attribution or ""]) for label, title, paras, attribution in REPORTS]))


def test_word_heading_styles_and_bold_subheadings(tmp_path):
    """A Heading-style paragraph is a title even when it names no body; a bold numbered
    subheading inside a report stays a paragraph of it."""
    document = docx.Document()
    document.add_heading("守初心担使命", level=2)
    document.add_paragraph("作为一名基层民政干部，我深刻体会到，群众的小事就是我们的大事。")
    sub = document.add_paragraph()
    sub.add_run("一、把学习抓在经常").bold = True
    document.add_paragraph("要把学习贯彻党的创新理论作为首要政治任务，持续推动学习走深走实。")
    document.add_heading("勇担当善作为", level=2)
    document.add_paragraph("新时代民政干部要在为民服务中践行初心，在兜底保障中展现作为。")
    path = tmp_path / "体会" / "2024-06-01" / "01.docx"
    path.parent.mkdir(parents=True)
    document.save(str(path))
    _, found = parse_file(path, tmp_path)
    assert [a.title for a in found] == ["守初心担使命", "勇担当善作为"]
    assert "一、把学习抓在经常" in found[0].paragraphs


def test_word_file_without_layout_has_no_hints(tmp_path):
    """Plain paragraphs say nothing: no hint, so the text rules decide as before."""
    document = docx.Document()
    for text in ("民政局召开党建工作会议", "5月15日，民政局召开党建工作会议，部署全年任务。", "（局机关党委）"):
        document.add_paragraph(text)
    path = tmp_path / "p" / "2024-05-20" / "01.docx"
    path.parent.mkdir(parents=True)
    document.save(str(path))
    (page,) = read_pages(path, tmp_path)
    assert page.line_hints == ()
    _, found = parse_file(path, tmp_path)
    assert [a.title for a in found] == ["民政局召开党建工作会议"]


def _png() -> bytes:
    """A 1×1 grey PNG, made here (no binary file in the repository)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b""))


def test_word_caption_under_a_picture_is_no_title(tmp_path):
    picture = tmp_path / "p.png"
    picture.write_bytes(_png())
    document = docx.Document()
    _centred(document, "社区党员志愿服务队上门服务", bold=True, size=18)
    document.add_paragraph("6月3日，社区党员志愿服务队走进独居老人家中，开展助洁助餐服务。")
    document.add_picture(str(picture))
    _centred(document, "志愿者为老人打扫房间")
    document.add_paragraph("服务队负责人表示，将把志愿服务常态化开展下去。")
    document.add_paragraph("（社区党委供稿）")
    path = tmp_path / "q" / "2024-06-05" / "01.docx"
    path.parent.mkdir(parents=True)
    document.save(str(path))
    (page,) = read_pages(path, tmp_path)
    lines = page.text.split("\n")
    assert dict(page.line_hints)[lines.index("志愿者为老人打扫房间") + 1] == H.CAPTION
    _, found = parse_file(path, tmp_path)
    assert [a.title for a in found] == ["社区党员志愿服务队上门服务"]
    assert "志愿者为老人打扫房间" in found[0].paragraphs


EPAPER = """<html><head><meta charset="utf-8"><title>某某晚报</title></head><body>
<div class="top">2024年6月4日 星期二 第03版</div>
<div class="detail">
<div class="yt">喜迎七一</div>
<div class="bt">区民政局开展主题党日活动</div>
<div class="ft">——重温入党誓词 汲取奋进力量</div>
<div class="content">
<p>本报讯（记者 林晓雯）6月3日，区民政局机关党支部开展主题党日活动，全体党员重温入党誓词。</p>
<p>活动中，党员们参观了区党史教育基地。<br><img src="1.jpg"><br><span class="tpsm">图为党员重温入党誓词。</span><br>大家表示，要把学习成果转化为工作动力。</p>
<h3>以学促干</h3>
<p>支部书记表示，下一步将把主题党日与为民服务结合起来，办好群众身边的实事。</p>
</div></div></body></html>"""


def test_epaper_kicker_subtitle_caption_and_inner_heading(tmp_path):
    path = tmp_path / "某某晚报" / "2024-06-04" / "03.html"
    path.parent.mkdir(parents=True)
    path.write_text(EPAPER, encoding="utf-8")
    (page,) = read_pages(path, tmp_path)
    assert page.title == "喜迎七一区民政局开展主题党日活动——重温入党誓词 汲取奋进力量"
    lines = page.text.split("\n")
    hints = dict(page.line_hints)
    caption = next(n for n, line in enumerate(lines, 1) if line.startswith("图为"))
    assert hints[caption] == H.CAPTION
    # a heading inside the text of the article the markup titles is a subheading (round 5)
    assert hints[lines.index("以学促干") + 1] == H.SUBHEADING
    parsed = parse_file(path, tmp_path, keep_noise=True)
    paragraphs = [p for a in parsed.articles for p in a.paragraphs]
    assert "图为党员重温入党誓词。" in paragraphs          # a paragraph of its own, not glued to text
    assert len(parsed.articles) == 1 and "以学促干" in parsed.articles[0].paragraphs   # kept, its own paragraph
    body_han = _han("".join(re.sub(r"<[^>]+>", "", EPAPER).split("第03版")[1]))
    assert body_han - _han(_kept(parsed) + page.title) == {}


def test_text_pages_carry_no_hints(tmp_path):
    path = tmp_path / "某报" / "2024-05-20" / "01.txt"
    path.parent.mkdir(parents=True)
    path.write_text("民政局召开党建工作会议\n\n5月15日，民政局召开党建工作会议，部署全年任务。\n（局机关党委）\n", encoding="utf-8")
    assert read_page(path, tmp_path).line_hints == ()
    lines = ["标题", "正文"]
    assert H.apply_hints(lines, [], {}, lines) == (lines, [])


PORTAL = """<html><head><meta charset="utf-8"><title>某省民政网</title></head><body>
<div class="detail"><h2>{heading}</h2>
<div class="info">发布时间：2024-11-20 09:00:00</div>
<div id="zoom">{body}</div></div></body></html>"""
BRIEFS = [("◆ 市民政局召开党支部书记述职评议会", "11月18日，市民政局召开党支部书记述职评议会，8名支部书记现场述职。"),
          ("◆ 县民政局开展敬老助老志愿服务", "11月19日，县民政局党支部组织党员走进养老院，为老人打扫卫生、测量血压。")]


def _portal(tmp_path, heading, body):
    path = tmp_path / "某省民政网" / "2024-11-20" / f"{len(body)}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PORTAL.format(heading=heading, body=body), encoding="utf-8")
    return path


def test_portal_title_in_h2(tmp_path):
    """A CMS without <h1> sets the article's title in the page's first <h2>."""
    path = _portal(tmp_path, "市民政局召开全面从严治党工作会议",
                   "<p>11月18日，市民政局召开全面从严治党工作会议，部署明年重点任务。</p>")
    _, found = parse_file(path, tmp_path)
    assert [(a.title, a.title_derived) for a in found] == [("市民政局召开全面从严治党工作会议", False)]


def test_portal_briefs_with_bold_headlines(tmp_path):
    """Briefs each under a bold headline: each its own article, the <h2> naming the page is no title."""
    body = "".join(f"<p><strong>{head}</strong></p><p>{text}</p>" for head, text in BRIEFS)
    path = _portal(tmp_path, "党建工作简讯", body)
    _, found = parse_file(path, tmp_path)
    assert [a.title for a in found] == [head.lstrip("◆ ") for head, _ in BRIEFS]
    assert [list(a.paragraphs) for a in found] == [[text] for _, text in BRIEFS]
