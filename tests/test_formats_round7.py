"""Formats, round 7 (issue 15): how Word bulletins and HTML pages are read.

Every text here is invented for the test. A Word bulletin whose contents list carries leaders and
page numbers (……1) and runs straight into the first report; reports titled in plain bold without
blank paragraphs whose bold subheadings and honour-list categories stand inside a report (the file
closes each report with a credit line); an e-paper 版面 page with the edition bar (site | 数字报 |
date weekday) over its first headline, a byline under it and a ——subtitle set as a paragraph.
"""
from __future__ import annotations

import time

import docx

from dangjian.index.parse import hints as H
from dangjian.index.parse.formats import html as HT
from dangjian.index.parse.formats import wordlayout as W
from dangjian.index.parse.pipeline import parse_file

MASTHEAD = ["汾河民政简报", "第4期", "中共汾州市民政局机关委员会　2024年4月16日"]
RULE = "━" * 20


def _word(path, paragraphs):
    """paragraphs: (text, bold) in order."""
    document = docx.Document()
    for text, bold in paragraphs:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


REPORTS = [
    ("局机关党委召开党支部书记例会",
     ["4月10日，局机关党委召开党支部书记例会，听取各支部一季度工作情况汇报。",
      "会议要求，各支部要把“三会一课”落到实处，推动党建和业务同频共振。"], "（局机关党委供稿）"),
    ("晋祠区民政局组织党员参观廉政教育基地",
     ["4月8日，晋祠区民政局组织全体党员赴廉政教育基地参观学习，接受警示教育。"], "（晋祠区民政局）"),
    ("局机关开展读书分享活动",
     ["4月上旬，局机关团支部开展青年读书分享活动，12名青年干部分享读书心得。"], "（局机关党委供稿）"),
]


def _leadered_bulletin(tmp_path):
    rows = [(MASTHEAD[0], True)] + [(line, False) for line in MASTHEAD[1:]] + [(RULE, False), ("目　录", False)]
    rows += [(f"{title}{'…' * 12}{k}", False) for k, (title, _, _) in enumerate(REPORTS, start=1)]
    for title, paragraphs, credit in REPORTS:
        rows += [(title, True)] + [(p, False) for p in paragraphs] + [(credit, False)]
    rows += [(RULE, False), ("报：市委市直机关工委", False), ("发：局机关各党支部", False)]
    return _word(tmp_path / "汾河民政简报" / "2024-04-16" / "01.docx", rows)


def test_contents_entries_with_leaders_are_masthead_and_the_reports_keep_their_titles(tmp_path):
    parsed = parse_file(_leadered_bulletin(tmp_path), tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == [title for title, _, _ in REPORTS]
    assert [list(a.paragraphs) for a in parsed.articles] == [paragraphs for _, paragraphs, _ in REPORTS]
    noise = " ".join(n.text for n in parsed.noise)
    assert "目" in noise and "……" in noise


def test_leader_is_read_from_the_end_in_linear_time():
    assert W._without_leader("局机关党委召开例会……………………1") == "局机关党委召开例会"
    assert W._without_leader("局机关党委召开例会 ........ 12") == "局机关党委召开例会"
    assert W._without_leader("局机关党委召开例会·····第3页") == "局机关党委召开例会"
    for text in ("召开2024年会议", "共3个", "会议……12345", "……1"):
        assert W._without_leader(text) == text
    started = time.perf_counter()
    for piece in ("…", "… ", ". ", "……1", " "):
        W._without_leader(piece * 3000 + "x")
        W._without_leader(piece * 3000 + "1")
    assert time.perf_counter() - started < 0.5


def test_contents_list_without_a_blank_ends_where_its_first_entry_is_printed_again():
    looks = [W._Look(text) for text in ["本期要目", "甲县民政局召开党建会", "乙区开展主题党日",
                                       "甲县民政局召开党建会", "4月2日，甲县民政局召开党建工作会议，部署全年任务。"]]
    assert W._contents(looks, 0) == [0, 1, 2]


INNER = [
    ("局党组专题学习党纪学习教育", False),
    ("4月3日下午，局党组理论学习中心组开展专题学习，交流研讨学习体会。", False),
    ("学深悟透党规党纪", True),
    ("王振江强调，要原原本本学、逐章逐条学，做到知纪明纪。", False),
    ("以严的标准抓落实", True),
    ("会议要求，各支部要把党纪学习教育同业务工作结合起来。", False),
    ("（局机关党委供稿）", False),
    ("局机关党委表扬一批优秀党员", True),
    ("3月29日，局机关党委印发通报，对一批优秀党员予以表扬。名单如下：", False),
    ("优秀共产党员（4名）", True),
    ("郝建平、韦丽萍、尚文斌、牛晓燕", False),
    ("优秀党务工作者（2名）", True),
    ("邸志刚、段雅琴", False),
    ("（局机关党委供稿）", False),
    ("迎泽区民政局开展志愿服务", True),
    ("4月1日，迎泽区民政局组织党员到社区开展志愿服务，为老人理发、测血压。", False),
    ("（迎泽区民政局）", False),
]


def test_bold_subheadings_and_honour_categories_stay_inside_their_report(tmp_path):
    rows = [(MASTHEAD[0], True)] + [(line, False) for line in MASTHEAD[1:]] + [(RULE, False)]
    rows += [(text, bold or k == 0) for k, (text, bold) in enumerate(INNER)]
    path = _word(tmp_path / "汾河民政简报" / "2024-04-16" / "02.docx", rows)
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == [
        "局党组专题学习党纪学习教育", "局机关党委表扬一批优秀党员", "迎泽区民政局开展志愿服务"]
    first, second, _ = parsed.articles
    assert "学深悟透党规党纪" in first.paragraphs and "以严的标准抓落实" in first.paragraphs
    assert first.attribution == "（局机关党委供稿）"
    assert "优秀共产党员（4名）" in second.paragraphs and "邸志刚、段雅琴" in second.paragraphs
    assert second.attribution == "（局机关党委供稿）"


def test_headings_of_a_file_without_credit_lines_stay_titles():
    looks = [W._Look("甲县开展活动", bold=True), W._Look("4月1日，甲县开展活动，群众踊跃参加。"),
             W._Look("乙县召开会议", bold=True), W._Look("4月2日，乙县召开会议，部署工作。"),
             W._Look("丙县组织培训", bold=True), W._Look("4月3日，丙县组织培训，50人参加。")]
    assert W._inner_headings(looks, {0, 2, 4}) == set()


def _epaper(tmp_path):
    markup = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>汾州日报网-数字报 第B02版：党建</title></head>
<body><div class="top">汾州日报网 | 数字报 | 2024年04月16日 星期二</div><div class="bmname">第B02版：党建</div>
<section class="news"><h3 class="bt">晋源区：党员“网格员”走进老小区</h3><div class="zz">本报记者 郝明远 通讯员 韦小燕</div>
<div class="zw"><p>　　4月上旬，晋源区民政局在12个老旧小区推行党员网格员制度，每名党员联系20户居民。</p>
<p>　　居民郑桂香说：“有事找网格员，一个电话就到。”</p></div></section>
<section class="news"><h3 class="bt">汾州市民政局召开清廉机关建设推进会</h3><p class="ft">——以严的基调推进全面从严治党</p>
<div class="zw"><p>　　4月12日，汾州市民政局召开清廉机关建设推进会，部署全年清廉机关建设任务。</p>
<p>（通讯员 邸文静）</p></div></section>
<div class="foot">汾州日报社主办　版权所有</div></body></html>"""
    path = tmp_path / "汾州日报网" / "2024-04-16" / "B02.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markup, encoding="utf-8")
    return path


def test_edition_bar_is_chrome_and_the_byline_and_subtitle_are_read(tmp_path):
    parsed = parse_file(_epaper(tmp_path), tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == [
        "晋源区：党员“网格员”走进老小区", "汾州市民政局召开清廉机关建设推进会——以严的基调推进全面从严治党"]
    first, second = parsed.articles
    assert first.attribution == "本报记者 郝明远 通讯员 韦小燕"
    assert first.paragraphs[0].startswith("4月上旬")
    assert second.paragraphs[0].startswith("4月12日")
    assert not any("数字报" in p for a in parsed.articles for p in a.paragraphs)


def test_date_bar_shape():
    assert HT._date_bar("汾州日报网 | 数字报 | 2024年04月16日 星期二")
    assert HT._date_bar("2024年4月16日　星期二")
    assert not HT._date_bar("汾州市2024年4月16日召开党建工作会议")
    assert HT._date_bar("今天是：2024年4月16日 星期二")
    assert not HT._date_bar("2024年4月16日，汾州市召开党建工作会议")
    assert not HT._date_bar("汾州市 | 2024年4月16日召开全市民政系统党建工作推进会议")
    started = time.perf_counter()
    for piece in ("| ", "2024年1月1日 |", "星期二 "):
        HT._date_bar(piece * 3000)
    assert time.perf_counter() - started < 0.5


def test_contents_entries_with_a_tab_before_the_page_number(tmp_path):
    rows = [(MASTHEAD[0], True)] + [(line, False) for line in MASTHEAD[1:]] + [(RULE, False)]
    rows += [(f"{title}\t{k}", False) for k, (title, _, _) in enumerate(REPORTS, start=1)]
    for title, paragraphs, credit in REPORTS:
        rows += [(title, True)] + [(p, False) for p in paragraphs] + [(credit, False)]
    path = _word(tmp_path / "汾河民政简报" / "2024-04-16" / "03.docx", rows)
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == [title for title, _, _ in REPORTS]
    assert [a.attribution for a in parsed.articles] == [credit for _, _, credit in REPORTS]


UNCREDITED = [("局机关召开党支部书记例会", ["4月10日，局机关党委召开党支部书记例会，听取各支部工作汇报。"]),
              ("守初心担使命", ["作为一名基层民政干部，我深刻体会到，群众的小事就是我们的大事。",
                           "要把为民服务的初心落实到每一次走访、每一件实事中。"])]


def test_bold_titles_under_a_section_label(tmp_path):
    rows = [(MASTHEAD[0], True)] + [(line, False) for line in MASTHEAD[1:]] + [(RULE, False), ("【工作动态】", False)]
    for title, paragraphs in UNCREDITED:
        rows += [(title, True)] + [(p, False) for p in paragraphs]
    path = _word(tmp_path / "汾河民政简报" / "2024-04-16" / "04.docx", rows)
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == [title for title, _ in UNCREDITED]
    assert "【工作动态】" in [n.text.strip() for n in parsed.noise]


def test_masthead_without_a_rule_ends_at_its_issue_and_office_lines(tmp_path):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    document = docx.Document()
    name = document.add_paragraph()          # the bulletin's name: centred, bold, large — a heading's look
    name.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = name.add_run(MASTHEAD[0])
    run.bold, run.font.size = True, Pt(22)
    rows = [("第4期", False), ("汾州市民政局机关党委编", False), ("2024年4月16日", False)]
    for title, paragraphs, _ in REPORTS:
        rows += [(title, True)] + [(p, False) for p in paragraphs]
    rows += [(RULE, False), ("报：市委市直机关工委", False), ("发：局机关各党支部", False)]
    for text, bold in rows:
        document.add_paragraph().add_run(text).bold = bold
    path = tmp_path / "汾河民政简报" / "2024-04-16" / "05.docx"
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == [title for title, _, _ in REPORTS]
    assert [list(a.paragraphs) for a in parsed.articles] == [paragraphs for _, paragraphs, _ in REPORTS]
    noise = [n.text.strip() for n in parsed.noise]
    assert MASTHEAD[0] in noise and "第4期" in noise


def test_a_report_without_an_issue_line_keeps_its_title_over_its_date(tmp_path):
    rows = [("汾州市民政局召开党建工作推进会", True), ("2024年4月16日", False),
            ("4月15日，汾州市民政局召开党建工作推进会，部署全年任务。", False), ("会议要求，各支部要抓好“三会一课”。", False)]
    path = _word(tmp_path / "汾河民政简报" / "2024-04-16" / "06.docx", rows)
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == ["汾州市民政局召开党建工作推进会"]


ITEMS = [("晋源区民政局开展主题党日活动", "5月16日，晋源区民政局组织党员赴革命纪念馆开展主题党日活动，重温入党誓词。"),
         ("小店区社会组织党委举办培训班", "5月上旬，小店区社会组织党委举办党务工作者培训班，60余人参加。")]


def _html(tmp_path, name, markup):
    path = tmp_path / "汾州民政网" / "2024-05-21" / f"{name}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markup, encoding="utf-8")
    return parse_file(path, tmp_path, keep_noise=True).articles


def test_listing_of_plain_links_beside_date_stamps_keeps_every_item(tmp_path):
    items = "".join(f'<li><span class="date">2024-05-{19 - k}</span><a href="{k}.html">{title}</a><p>{lead}</p></li>'
                    for k, (title, lead) in enumerate(ITEMS))
    articles = _html(tmp_path, "list", f"""<html><head><meta charset="utf-8"><title>工作动态-汾州民政网</title></head>
<body><div class="crumb">当前位置：首页 > 工作动态</div><div class="list"><ul>{items}</ul></div></body></html>""")
    assert [(a.title, list(a.paragraphs)) for a in articles] == [(t, [lead]) for t, lead in ITEMS]


def test_listing_whose_items_are_links_whole_is_read(tmp_path):
    items = "".join(f'<li><a href="{k}.html"><h3>{title}</h3><p>{lead}</p></a></li>' for k, (title, lead) in enumerate(ITEMS))
    articles = _html(tmp_path, "links", f"""<html><head><meta charset="utf-8"><title>工作动态-汾州民政网</title></head>
<body><div class="list"><ul>{items}</ul></div><div><a href="/">首页</a> <a href="/a">党建工作</a></div></body></html>""")
    assert [(a.title, list(a.paragraphs)) for a in articles] == [(t, [lead]) for t, lead in ITEMS]


def test_date_stamp_in_the_headline_element_is_no_part_of_the_title(tmp_path):
    title, lead = ITEMS[0]
    articles = _html(tmp_path, "stamp", f"""<html><head><meta charset="utf-8"><title>{title}_汾州民政网</title></head>
<body><div class="title">{title}<span>2024-05-21 10:00</span></div><div class="info">来源：晋源区民政局　发布时间：2024-05-21</div>
<div class="content"><p>{lead}</p><p>活动中，党员们聆听讲解，表示要传承红色基因，立足岗位作贡献。</p></div></body></html>""")
    assert [a.title for a in articles] == [title]
    assert HT._without_stamp("[2024-05-21]" + title) == title
    assert HT._without_stamp("2024年5月21日汾州市召开会议") == "2024年5月21日汾州市召开会议"
    started = time.perf_counter()
    for piece in ("2024-05-21 ", "1", " ", "[2024-05-21 10:00"):
        HT._without_stamp(piece * 3000 + "x")
    assert time.perf_counter() - started < 0.5


def test_a_label_over_marked_items_is_furniture_not_an_item(tmp_path):
    rows = [(MASTHEAD[0], True)] + [(line, False) for line in MASTHEAD[1:]] + [(RULE, False), ("【工作动态】", True),
            ("■ 4月10日，局机关党委召开党支部书记例会，听取各支部工作汇报。", False),
            ("■ 近日，晋祠区民政局组织全体党员赴廉政教育基地参观学习。", False)]
    path = _word(tmp_path / "汾河民政简报" / "2024-04-16" / "07.docx", rows)
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert len(parsed.articles) == 2
    assert not any("工作动态" in p for a in parsed.articles for p in a.paragraphs)
    assert "【工作动态】" in [n.text.strip() for n in parsed.noise]


def test_a_title_part_naming_a_page_is_no_publication(tmp_path):
    title, lead = ITEMS[0]
    path = tmp_path / "汾州日报" / "2024-05-21" / "03.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""<html><head><meta charset="utf-8"><title>汾州日报-数字报 第3版：党建</title></head><body>
<h3 class="bt">{title}</h3><div class="zw"><p>{lead}</p></div></body></html>""", encoding="utf-8")
    assert HT.extract(path)[0].meta.get("publication") == "汾州日报"


def test_a_page_of_many_plain_links_is_read_in_linear_time(tmp_path):
    links = "".join(f'<li><a href="{k}.html">link item {k}</a></li>' for k in range(6000))
    path = tmp_path / "汾州民政网" / "2024-05-21" / "many.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"""<html><head><meta charset="utf-8"><title>工作动态</title></head><body><ul>{links}</ul>
<div class="content"><p>{ITEMS[0][1]}</p></div></body></html>""", encoding="utf-8")
    started = time.perf_counter()
    HT.extract(path)
    assert time.perf_counter() - started < 10
