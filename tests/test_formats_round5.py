"""Formats, round 5 (issue 15): HTML templates the reader was never written for.

Every page here is invented: a CMS template the reader has not met (HTML5 <article><header>,
an old table layout with <br> paragraphs, <div> paragraphs, a logo in <h1>, an e-paper 版面 page
with several articles, subheadings in bold), each with the article text written for the test.
"""
from __future__ import annotations

import pytest

from dangjian.index.parse import hints as H
from dangjian.index.parse.formats.pages import read_pages
from dangjian.index.parse.pipeline import parse_file

TITLE = "临河县民政局开展红色教育主题党日活动"
LEAD = "　　6月4日，临河县民政局机关党支部组织党员赴革命旧址开展主题党日活动，重温入党誓词。"
MIDDLE = "　　活动中，党员们聆听讲解员讲述先烈事迹，大家表示要传承红色基因，把学习成效转化为为民服务的行动。"
LAST = "　　支部书记蒋明川说：“我们将持续深化‘三会一课’，推动党建与业务深度融合。”"
CAPTION = "图为党员在旧址前重温入党誓词。（任思远 摄）"
OTHER_TITLE = "白沙镇社会组织党支部开展敬老志愿服务"
OTHER = ["　　6月6日，白沙镇社会组织联合党支部组织党员志愿者走进敬老院，为老人打扫卫生。",
         "　　志愿者们还为老人测量血压、讲解防诈骗知识，受到老人们欢迎。"]
FOOTER = "<p>版权所有：临河县民政局　技术支持：某网络公司</p><p>备案号：某ICP备00000000号</p>"
PARAGRAPHS = [p.strip() for p in (LEAD, MIDDLE, LAST)]


def _write(tmp_path, name, markup):
    path = tmp_path / "临河民政网" / "2024-06-05" / f"{name}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markup, encoding="utf-8")
    return path


def _articles(tmp_path, name, markup):
    path = _write(tmp_path, name, markup)
    return parse_file(path, tmp_path)[1]


TEMPLATES = {
    # HTML5: the headline inside the article's own <header>, a caption in <figure>
    "html5": f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}-临河民政网</title></head><body>
<header class="site-header"><h1 class="logo">临河民政网</h1></header>
<main><article><header class="article-header"><h1>{TITLE}</h1>
<div class="meta">发布时间：2024-06-05　来源：临河县民政局</div></header>
<div class="article-body"><p>{LEAD}</p><figure><img src="a.jpg"><figcaption>{CAPTION}</figcaption></figure>
<p>{MIDDLE}</p><p>{LAST}</p></div></article></main><footer>{FOOTER}</footer></body></html>""",
    # an old table layout: paragraphs split by <br> in a <td>, no <p> but the footer's
    "table": f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<table><tr><td class="newsTitle">{TITLE}</td></tr><tr><td>发布日期：2024-06-05  信息来源：临河县民政局</td></tr>
<tr><td class="newsContent">{LEAD}<br>{MIDDLE}<br>{LAST}</td></tr></table>
<table><tr><td>{FOOTER}</td></tr></table></body></html>""",
    # paragraphs in <div>s, the info line set as text beside the headline
    "divs": f"""<html><head><meta charset="utf-8"><title>{TITLE}_临河民政网</title></head><body>
<div class="wz"><div class="articleTitle">{TITLE}</div><div>2024-06-05 来源：临河县民政局</div>
<div id="zoom"><div>{LEAD}</div><div>{MIDDLE}</div><div>{LAST}</div></div></div>
<div class="foot">{FOOTER}</div></body></html>""",
    # the site's name in an <h1> (its logo), the article's in an <h2>
    "logo": f"""<html><head><meta charset="utf-8"><title>{TITLE}--临河民政网</title></head><body>
<div><h1><a href="/">临河民政网</a></h1></div><div class="con"><h2>{TITLE}</h2>
<p>{LEAD}</p><p>{MIDDLE}</p><p>{LAST}</p></div>{FOOTER}</body></html>""",
    # a picture in a block classed "photo" (which holds "hot", a related-news class's word)
    "photo": f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1>
<div class="content"><p>{LEAD}</p><div class="photo"><img src="a.jpg"><p>{CAPTION}</p></div>
<p>{MIDDLE}</p><p>{LAST}</p></div></body></html>""",
}


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_an_unknown_template_gives_its_article(tmp_path, name):
    (got,) = _articles(tmp_path, name, TEMPLATES[name])
    assert (got.title, got.title_derived) == (TITLE, False)
    body = [p for p in got.paragraphs if not p.startswith("图为")]
    assert body == PARAGRAPHS
    assert not any(word in "".join(got.paragraphs) for word in ("版权所有", "ICP", "临河民政网", "发布"))


@pytest.mark.parametrize("name", ["html5", "photo"])
def test_a_caption_in_its_own_element_is_kept_as_one(tmp_path, name):
    path = _write(tmp_path, name, TEMPLATES[name])
    (page,) = read_pages(path, tmp_path)
    caption = next(n for n, line in enumerate(page.text.split("\n"), 1) if line.startswith("图为"))
    assert dict(page.line_hints)[caption] == H.CAPTION
    (got,) = parse_file(path, tmp_path)[1]
    assert "图为党员在旧址前重温入党誓词。（任思远摄）" in got.paragraphs and "任思远" in got.people


def test_an_epaper_page_of_several_articles_gives_each(tmp_path):
    """A 版面 page sets each article in a block of its own: all are read, each under its headline;
    the page's name in <title> and <h1> is no article's title."""
    markup = f"""<html><head><meta charset="utf-8"><title>第03版：基层党建</title></head><body>
<h1>第03版：基层党建</h1><div class="bm">
<div class="news"><h3>{TITLE}</h3><p>{LEAD}</p><p>{MIDDLE}</p><p>{LAST}</p></div>
<div class="news"><h3>{OTHER_TITLE}</h3>{''.join(f'<p>{p}</p>' for p in OTHER)}</div></div>
<div class="foot">{FOOTER}</div></body></html>"""
    found = _articles(tmp_path, "banmian", markup)
    assert [(a.title, a.title_derived) for a in found] == [(TITLE, False), (OTHER_TITLE, False)]
    assert [list(a.paragraphs) for a in found] == [PARAGRAPHS, [p.strip() for p in OTHER]]


def test_bold_subheadings_inside_an_article_stay_in_it(tmp_path):
    """Under the markup's headline, a bold short paragraph after the text has begun is a
    subheading: a paragraph of the same article, not a new one (nor furniture)."""
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1>
<div class="content"><p>{LEAD}</p><p><strong>重温红色历史</strong></p><p>{MIDDLE}</p>
<p><strong>深化党建融合</strong></p><p>{LAST}</p></div></body></html>"""
    (got,) = _articles(tmp_path, "subheads", markup)
    assert got.title == TITLE
    assert list(got.paragraphs) == [PARAGRAPHS[0], "重温红色历史", PARAGRAPHS[1], "深化党建融合", PARAGRAPHS[2]]


def test_the_text_own_headline_is_not_replaced_by_the_page_name(tmp_path):
    """An e-paper sets the page's name in <h1> and <title>, the article's headline in its text."""
    markup = f"""<html><head><meta charset="utf-8"><title>第03版：基层党建</title></head><body>
<h1>第03版：基层党建</h1><div class="content"><p><strong>{TITLE}</strong></p>
<p>{LEAD}</p><p>{MIDDLE}</p><p>{LAST}</p></div></body></html>"""
    (got,) = _articles(tmp_path, "pagename", markup)
    assert (got.title, got.title_derived) == (TITLE, False)
    assert list(got.paragraphs) == PARAGRAPHS


def test_tools_and_info_lines_inside_the_content_are_dropped(tmp_path):
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1>
<div class="content"><p>发布时间：2024-06-05 09:30　来源：临河县民政局　作者：任思远</p>
<p>【字体：大 中 小】【打印本页】【关闭窗口】</p><p>{LEAD}</p><p>{MIDDLE}</p><p>{LAST}</p>
<p>上一篇：<a href="1.html">临河县召开养老服务推进会</a></p></div></body></html>"""
    (got,) = _articles(tmp_path, "tools", markup)
    assert list(got.paragraphs) == PARAGRAPHS


def test_a_caption_closing_bracket_is_no_line_of_its_own():
    """A paragraph one character past a line's width once left its closing ）or 。 alone on the
    last line: read back, a lone ） is an attribution, a lone 。 a paragraph end out of place."""
    from dangjian.index.parse.formats.reflow import WIDTH, wrap_paragraph
    for closing in ("）", "。", "”。"):
        text = "图" * WIDTH + closing if closing != "”。" else "说：“" + "好" * (WIDTH - 3) + closing
        lines = wrap_paragraph(text)
        assert "".join(lines) == text
        assert all(any("\u4e00" <= c <= "\u9fff" for c in line) for line in lines)
        assert all(len(line) <= WIDTH for line in lines)


def test_the_last_caption_of_a_page_keeps_its_photographer(tmp_path):
    caption = "图为党员参观县革命历史纪念馆展陈室。（任思远 摄）"    # a line's width, then its closing ）
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1>
<div class="content"><p>{LEAD}</p><p>{MIDDLE}</p><p>{LAST}</p><p style="text-align:center"><img src="b.jpg"></p>
<p class="img-desc">{caption}</p></div></body></html>"""
    (got,) = _articles(tmp_path, "lastcaption", markup)
    assert got.attribution is None and "任思远" in got.people
    assert got.paragraphs[-1].replace(" ", "") == caption.replace(" ", "")


def test_a_banmian_page_with_its_label_briefs_and_a_web_byline(tmp_path):
    """An e-paper's 版面 page: the page's name over its articles is furniture; the headline of the
    first article (classed headline) and the briefs' headlines (classed title) each head an
    article; a portal's byline 本网记者 is the article's attribution."""
    markup = f"""<html><head><meta charset="utf-8"><title>第B02版：党建园地</title></head><body>
<div class="bmname">第B02版：党建园地</div>
<div class="article"><h2 class="headline">{TITLE}</h2><p>本网记者 任思远</p>
<p>{LEAD}</p><p>{MIDDLE}</p></div>
<div class="briefs"><h3>党建快讯</h3><p class="brief-title">◆ {OTHER_TITLE}</p><p>{OTHER[0]}</p>
<p class="brief-title">◆ 河口乡民政办开展党纪学习</p><p>　　6月3日，河口乡民政办组织党员逐章学习党纪条例，交流学习体会。</p></div>
</body></html>"""
    path = _write(tmp_path, "bm", markup)
    (page,) = read_pages(path, tmp_path)
    assert dict(page.line_hints)[1] == H.LABEL
    found = parse_file(path, tmp_path)[1]
    assert [a.title for a in found] == [TITLE, OTHER_TITLE, "河口乡民政办开展党纪学习"]
    assert found[0].attribution == "本网记者 任思远" and "任思远" in found[0].people
    assert list(found[0].paragraphs) == PARAGRAPHS[:2]


def test_the_info_line_credits_the_article_and_its_footer_names_the_province(tmp_path):
    """A portal sets 来源 and 作者 in spans of one info line, beside the date and the hits: the
    article's credit is its 来源/作者 part; the footer's 主办 (a provincial department) gives the
    province the article's 省民政厅 belongs to."""
    markup = f"""<html><head><meta charset="utf-8"><title>省民政厅召开机关党建工作会议</title></head><body>
<h1>省民政厅召开机关党建工作会议</h1>
<div class="info"><span>来源：省民政厅机关党委</span><span>作者：任思远</span><span>发布时间：2024-06-05 09:30</span><span>浏览次数：321</span></div>
<div class="content"><p>　　6月4日，省民政厅召开机关党建工作会议，总结上半年工作，部署下一阶段任务。</p>
<p>　　会议要求，各党支部要对标对表，推动党建和业务深度融合。</p></div>
<div class="footer"><p>主办单位：甘肃省民政厅　承办：信息中心</p><p>陇ICP备00000000号</p></div></body></html>"""
    (got,) = _articles(tmp_path, "info", markup)
    assert got.attribution == "来源：省民政厅机关党委 作者：任思远"
    assert "任思远" in got.people and got.province == "甘肃"


def test_an_article_with_its_own_credit_keeps_it_over_the_info_line(tmp_path):
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><h1>{TITLE}</h1>
<div class="info">来源：临河县民政局　作者：任思远　2024-06-05</div>
<div class="content"><p>{LEAD}</p><p>{MIDDLE}</p><p>（临河县民政局供稿）</p></div></body></html>"""
    (got,) = _articles(tmp_path, "credit", markup)
    assert got.attribution == "（临河县民政局供稿）"


def _bold_bulletin(path, reports):
    """A bulletin that sets its titles in plain bold, left-aligned, in body type."""
    import docx
    document = docx.Document()
    document.add_paragraph().add_run("临河民政工作简报").bold = True
    document.add_paragraph("第5期")
    document.add_paragraph("临河县民政局办公室编　　2024年6月20日")
    document.add_paragraph("━" * 20)
    for title, paragraphs in reports:
        document.add_paragraph().add_run(title).bold = True
        for text in paragraphs:
            document.add_paragraph(text)
    document.add_paragraph("报：县委办公室")
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def test_a_bulletin_with_plain_bold_titles_is_cut_at_each(tmp_path):
    """No centring, no larger type: bold alone marks this file's titles, the first one under the
    masthead says so; the second report follows one that ends without a credit."""
    reports = [(TITLE, [p.strip() for p in (LEAD, MIDDLE)]),
               (OTHER_TITLE, [p.strip() for p in OTHER[:1]] + ["志愿者们还为老人测量血压，受到老人们欢迎。"]),
               ("河口乡民政办开展党纪学习", ["6月3日，河口乡民政办组织党员逐章学习党纪条例：",
                                      "大家交流了学习体会。"])]
    path = _bold_bulletin(tmp_path / "临河民政工作简报" / "2024-06-20" / "05.docx", reports)
    found = parse_file(path, tmp_path)[1]
    assert [a.title for a in found] == [title for title, _ in reports]
    assert ["".join(a.paragraphs) for a in found] == ["".join(paragraphs) for _, paragraphs in reports]


def test_bold_numbered_subheadings_do_not_make_bold_the_title_mark(tmp_path):
    """A file whose first paragraph under the masthead is running text says nothing by bold."""
    from dangjian.index.parse.formats.wordlayout import _bold_titles, _Look
    looks = [_Look("一、加强学习", bold=True), _Look(LEAD.strip()), _Look("强化政治引领", bold=True),
             _Look(MIDDLE.strip())]
    assert _bold_titles(looks, set()) == set()
    looks = [_Look(LEAD.strip()), _Look("强化政治引领", bold=True), _Look(MIDDLE.strip())]
    assert _bold_titles(looks, set()) == set()


OLD_CMS = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_临河民政网</title></head><body>
<div class="dqwz">您现在的位置：首页 > 党建工作</div>
<table width="100%"><tr><td align="center" class="bt1">{title}</td></tr>
<tr><td align="center">时间：2024-06-05　　来源：局机关党委　　【<a href="#">打印</a>】</td></tr>
<tr><td id="fontzoom"><p>{lead}</p>
<table border="1"><tr><td>先进党支部</td><td>社会事务股党支部、养老服务中心党支部</td></tr></table>
<p>{middle}</p><p>{last}</p><p>　　（来源：局机关党委）</p></td></tr></table></body></html>"""


def test_an_old_cms_page_in_gb_with_indents_a_table_and_no_title_mark(tmp_path):
    """A gb2312-declared page, its paragraphs indented with U+3000 (once refused as holding
    "unprintable" characters), its title in a <td> no class names (what <title> says), a table
    between its paragraphs (once the text was cut at it), its info line followed by 【打印】."""
    markup = OLD_CMS.format(title=TITLE, lead=LEAD, middle=MIDDLE, last=LAST)
    path = tmp_path / "临河民政网" / "2024-06-05" / "old.html"
    path.parent.mkdir(parents=True)
    path.write_bytes(markup.encode("gb18030"))
    (page,) = read_pages(path, tmp_path)
    assert page.info_line == "来源：局机关党委"
    (got,) = parse_file(path, tmp_path)[1]
    assert (got.title, got.title_derived) == (TITLE, False)
    assert got.paragraphs[0] == PARAGRAPHS[0] and got.paragraphs[-1] == PARAGRAPHS[2]
    assert "社会事务股党支部" in "".join(got.paragraphs)
    assert got.attribution == "（来源：局机关党委）"


def test_a_credited_caption_and_a_box_under_a_bracket_label(tmp_path):
    """A caption whose credit is bracketed (现场。（某单位供图）) ends no article; a 【延伸阅读】 label
    over a bold heading opens a box that is an article of its own; the title is in an element
    classed *_tit, and <title> joins it to the site's name with a bare hyphen."""
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}-临河民政网</title></head><body>
<div class="top"><a href="/">临河民政网</a></div><table><tr><td>
<h2 class="lh_tit">{TITLE}</h2>
<div class="TRS_Editor"><p>{LEAD}</p><p style="text-align:center"><img src="a.jpg"></p>
<p style="text-align:center">主题党日活动现场。（县民政局供图）</p><p>{MIDDLE}</p><p>{LAST}</p>
<p style="text-align:center"><strong>【延伸阅读】</strong></p>
<p style="text-align:center"><strong>{OTHER_TITLE}</strong></p><p>{OTHER[0]}</p><p>（来源：白沙镇民政办）</p>
</div></td></tr></table></body></html>"""
    path = _write(tmp_path, "box", markup)
    found = parse_file(path, tmp_path)[1]
    assert [(a.title, a.title_derived) for a in found] == [(TITLE, False), (OTHER_TITLE, False)]
    first, box = found
    assert [p for p in first.paragraphs if "供图" not in p] == PARAGRAPHS and first.attribution is None
    assert "主题党日活动现场。（县民政局供图）" in first.paragraphs
    assert list(box.paragraphs) == [OTHER[0].strip()] and box.attribution == "（来源：白沙镇民政办）"


def test_a_listing_page_gives_each_item_under_its_linked_headline(tmp_path):
    """A portal's listing: each item's headline is a link to its page, a [date] beside it, a
    summary under it. The headlines are titles (links over prose), the dates no text."""
    items = [(TITLE, LEAD.strip()), (OTHER_TITLE, OTHER[0].strip()),
             ("河口乡民政办开展党纪学习", "6月3日，河口乡民政办组织党员逐章学习党纪条例，交流学习体会。")]
    lis = "".join(f'<li><h3><a href="./{k}.html">{t}</a></h3><span class="time">[2024-06-0{k + 3}]</span><p>{p}</p></li>'
                  for k, (t, p) in enumerate(items))
    markup = f"""<html><head><meta charset="utf-8"><title>工作动态</title></head><body>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a></div>
<div class="list-box"><h2>工作动态</h2><ul>{lis}</ul>
<div class="page">共1页　<a href="#">首页</a> <a href="#">下一页</a></div></div></body></html>"""
    found = _articles(tmp_path, "list", markup)
    assert [(a.title, a.title_derived) for a in found] == [(t, False) for t, _ in items]
    assert [list(a.paragraphs) for a in found] == [[p] for _, p in items]


def test_a_contents_list_closed_by_an_empty_paragraph_is_masthead(tmp_path):
    """目录 under the masthead's rule, closed by an empty paragraph rather than a second rule:
    its entries (the reports' headlines, printed again below) are no title of the first report."""
    import docx
    document = docx.Document()
    document.add_paragraph().add_run("临河民政工作简报").bold = True
    document.add_paragraph("（2024年第5期）")
    document.add_paragraph("━" * 20)
    for line in ("目　录", TITLE, OTHER_TITLE):
        document.add_paragraph(line)
    document.add_paragraph("")
    for title, paragraphs in ((TITLE, PARAGRAPHS[:2]), (OTHER_TITLE, [OTHER[0].strip()])):
        document.add_paragraph().add_run(title).bold = True
        for text in paragraphs:
            document.add_paragraph(text)
    path = tmp_path / "临河民政工作简报" / "2024-06-20" / "05.docx"
    path.parent.mkdir(parents=True)
    document.save(str(path))
    found = parse_file(path, tmp_path)[1]
    assert [(a.title, a.title_derived) for a in found] == [(TITLE, False), (OTHER_TITLE, False)]


def test_the_date_a_page_labels_its_own_wins_over_the_day_it_was_served(tmp_path):
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="welcome">今天是：2026年12月7日 星期一</div><h1>{TITLE}</h1>
<div class="info">发布时间：2024-06-05 10:20　来源：临河县民政局</div>
<div class="content"><p>{LEAD}</p><p>{MIDDLE}</p></div></body></html>"""
    path = tmp_path / "inbox" / "a.html"       # no date in the path: the markup's is the issue date
    path.parent.mkdir()
    path.write_text(markup, encoding="utf-8")
    (page,) = read_pages(path, tmp_path)
    assert str(page.issue_date) == "2024-06-05"


def test_articles_run_one_after_another_under_headlines_set_alike(tmp_path):
    """An e-paper page running its articles in one block, each under a headline set as the first
    is (same tag, same class): the next headline is an article's, not a subheading of the first."""
    markup = f"""<html><head><meta charset="utf-8"><title>临河日报数字报</title></head><body>
<div class="paper">临河日报 2024年6月5日 第3版：党建</div><div class="bm">
<h3 class="title">{TITLE}</h3><p>{LEAD}</p><p>{MIDDLE}</p>
<h3 class="title">{OTHER_TITLE}</h3><p>{OTHER[0]}</p></div></body></html>"""
    found = _articles(tmp_path, "seq", markup)
    assert [(a.title, a.title_derived) for a in found] == [(TITLE, False), (OTHER_TITLE, False)]


def test_related_links_with_summaries_under_the_article_are_no_articles(tmp_path):
    """A related-news box in pinyin class names (xgxw), or under a 相关新闻 heading, lists other
    pages' headlines as links with a line of summary: neither is this page's text."""
    others = "".join(f'<li><h4><a href="{k}.html">{t}</a></h4><p>{p}</p></li>' for k, (t, p) in enumerate(
        [("白沙镇开展敬老志愿服务", "6月6日，白沙镇社会组织党支部组织志愿者走进敬老院，为老人打扫卫生。"),
         ("河口乡开展党纪学习", "6月3日，河口乡民政办组织党员逐章学习党纪条例，交流学习体会。")]))
    for box in (f'<div class="xgxw"><ul>{others}</ul></div>',
                f'<div class="box"><h3>相关新闻</h3><ul>{others}</ul></div>'):
        markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><div class="wrap">
<h1>{TITLE}</h1><div class="content"><p>{LEAD}</p><p>{MIDDLE}</p><p>{LAST}</p></div>{box}</div></body></html>"""
        (got,) = _articles(tmp_path, "related", markup)
        assert (got.title, list(got.paragraphs)) == (TITLE, PARAGRAPHS)


def test_a_title_in_a_cms_tag_of_its_own(tmp_path):
    """An e-paper system's own tags (<founder-title>) hold the headline: it says what <title> says."""
    markup = f"""<html><head><meta charset="utf-8"><title>{TITLE}--临河日报</title></head><body>
<table><tr><td><founder-title>{TITLE}</founder-title> <i>2024年6月5日</i></td></tr>
<tr><td><founder-content><p>{LEAD}</p><p>{MIDDLE}</p></founder-content></td></tr></table></body></html>"""
    (got,) = _articles(tmp_path, "founder", markup)
    assert (got.title, got.title_derived) == (TITLE, False)
    assert list(got.paragraphs) == PARAGRAPHS[:2]


@pytest.mark.parametrize("head, day", [("2024年]月5日 星期五　某某晚报　A05", "2024-01-05"),
                                       ("2O25年3月l8日 星期二", "2025-03-18"),
                                       ("2024年明14日 星期五", "2024-06-14")])
def test_a_scan_running_head_read_with_its_misread_digits_dates_the_page(tmp_path, head, day):
    """An OCR'd page with no date in its path: its running head dates it, misread as it is."""
    path = tmp_path / "inbox" / "scan.txt"
    path.parent.mkdir()
    path.write_text(f"{head}\n\n{TITLE}\n\n{LEAD.strip()}\n", encoding="utf-8")
    from dangjian.index.parse.reader import read_page
    page = read_page(path, tmp_path)
    assert (str(page.issue_date), page.issue_date_source) == (day, "header")


def test_a_bulletin_with_plain_centred_titles_is_cut_at_each(tmp_path):
    """Titles centred in body type, not bold: centring is this file's title mark."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    document = docx.Document()
    document.add_paragraph("临河民政工作简报").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("第6期").alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("━" * 20)
    reports = [(TITLE, PARAGRAPHS[:2]), (OTHER_TITLE, [OTHER[0].strip(), "大家纷纷表示，还要再来。"])]
    for title, paragraphs in reports:
        document.add_paragraph(title).alignment = WD_ALIGN_PARAGRAPH.CENTER
        for text in paragraphs:
            document.add_paragraph(text)
    path = tmp_path / "临河民政工作简报" / "2024-07-20" / "06.docx"
    path.parent.mkdir(parents=True)
    document.save(str(path))
    found = parse_file(path, tmp_path)[1]
    assert [(a.title, a.title_derived) for a in found] == [(t, False) for t, _ in reports]
    assert ["".join(a.paragraphs) for a in found] == ["".join(p) for _, p in reports]


BREADCRUMB_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>柳河镇召开党员大会</title></head><body>
<div class="where">首页 » 新闻中心 » 工作动态</div>
<div class="main"><h1>柳河镇召开党员大会</h1>
<p>6月2日，柳河镇召开党员大会，部署下半年党建工作，全镇120余名党员参加。</p>
<p>{steps}。</p>
<p>会议要求，各支部要落实“三会一课”制度，推动党建和业务深度融合。</p></div></body></html>
"""


def test_a_breadcrumb_without_its_label_is_site_furniture_and_a_long_run_of_steps_is_text(tmp_path):
    # the steps are judged by splitting, not by a pattern of repeated steps: on a long line of
    # steps that is no breadcrumb, such a pattern backtracked without end (the page never parsed)
    path = tmp_path / "镇网" / "2024-06-03" / "1.html"
    path.parent.mkdir(parents=True)
    steps = "甲 > " * 3000
    path.write_text(BREADCRUMB_PAGE.format(steps=steps), encoding="utf-8")
    _page, found = parse_file(path, tmp_path)
    text = "".join(p for a in found for p in a.paragraphs)
    assert [a.title for a in found] == ["柳河镇召开党员大会"]
    assert "新闻中心" not in text and "工作动态" not in text
    assert text.count("甲") == 3000
