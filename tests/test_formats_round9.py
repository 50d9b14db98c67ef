"""Formats, round 9 (issue 15): what the HTML and Word readers hand to the parser.

Every text here is invented for the test. A portal's list page under a column heading (each entry an
article, its summary cut short with …… and followed by a [详细] link); a page running two articles
one after another in containers of one kind, each with its own info line; an article followed by a
相关链接 box holding its own heading and text; a Word bulletin whose reports close with a unit in
brackets ((办公室), (团委), (老干部处)); and the bounds of a list page of thousands of entries.
"""
from __future__ import annotations

import time

import docx

from dangjian.index.parse.formats import html as HT
from dangjian.index.parse.pipeline import parse_file

ITEMS = [("青溪区民政局开展敬老志愿服务", "9月上旬，青溪区民政局组织党员志愿者走进敬老院，为老人理发、打扫卫生……"),
         ("白石镇社会组织党委举办党务培训班", "9月12日，白石镇社会组织党委举办党务干部培训班，50余人参加……"),
         ("临河县民政局召开党组理论学习会", "临河县民政局党组围绕主题教育开展集中学习研讨……")]


def _html(tmp_path, name, markup):
    path = tmp_path / "青溪民政网" / "2024-09-20" / f"{name}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markup, encoding="utf-8")
    return parse_file(path, tmp_path, keep_noise=True)


def _list_page(n: int, related: bool = False) -> str:
    entries = "".join(f'<li><a href="/{k}.html">{ITEMS[k % 3][0]}{k}</a><span class="date">[2024-09-{k % 20 + 1:02d}]</span>'
                      f'<p class="zy">{ITEMS[k % 3][1]}<a href="/{k}.html">[详细]</a></p></li>' for k in range(n))
    box = ('<li><strong>相关链接</strong></li>' + "".join(f'<li><a href="/r{k}.html">{ITEMS[k % 3][0]}</a></li>'
                                                          for k in range(n // 4))) if related else ""
    return f"""<html><head><meta charset="utf-8"><title>工作动态_青溪民政网</title></head><body>
<div class="crumb">当前位置：首页 &gt; 工作动态</div><h2 class="lm">工作动态</h2>
<ul class="list">{entries}{box}</ul><div class="page">共 30 条 首页 上一页 1 2 下一页 尾页</div></body></html>"""


def test_list_page_under_a_column_heading_gives_every_entry_as_an_article(tmp_path):
    parsed = _html(tmp_path, "list", _list_page(3))
    assert [a.title for a in parsed.articles] == [f"{t}{k}" for k, (t, _) in enumerate(ITEMS)]
    # the summary without a comma (……) is an entry's text too, and [详细] is no word of it
    assert [list(a.paragraphs) for a in parsed.articles] == [[lead] for _, lead in ITEMS]


def test_related_box_on_a_long_list_page_is_found_in_linear_time(tmp_path):
    def seconds(n):
        path = tmp_path / "青溪民政网" / "2024-09-20" / f"list{n}.html"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(_list_page(n, related=True), encoding="utf-8")
        started = time.perf_counter()
        HT.extract(path)
        return time.perf_counter() - started
    seconds(200)                            # warm the caches
    small, large = min(seconds(1000) for _ in range(2)), min(seconds(4000) for _ in range(2))
    # 4 × the entries: linear is 4 ×, quadratic 16 ×; the margin is wide because these machines are shared
    assert large < 10 * small + 1.0, (small, large)


def test_more_link_pattern_is_linear():
    started = time.perf_counter()
    for piece in ("[详细", "【", ">>", "[详细]"):
        HT._MORE.fullmatch(piece * 20000)
    assert time.perf_counter() - started < 2.0      # linear: milliseconds; quadratic: minutes


TWO = [("江岸区民政局举办青年干部读书会", "来源：江岸区民政局团委", "4月20日，江岸区民政局团委举办青年干部读书会，8名青年干部交流读书心得。"),
       ("北湖县民政局开展党员进网格活动", "来源：北湖县民政局　作者：林晓川", "4月中旬以来，北湖县民政局组织党员干部下沉网格，走访困难群众200余户。")]


def test_page_running_two_articles_in_like_containers_gives_both_with_their_own_info_lines(tmp_path):
    body = "".join(f'<div class="article"><h2>{t}</h2><p class="info">发布时间：2024-04-2{k}　<span>{info}</span>　浏览次数：37</p>'
                   f'<p>{lead}</p></div><hr>' for k, (t, info, lead) in enumerate(TWO))
    parsed = _html(tmp_path, "two", f"""<html><head><meta charset="utf-8"><title>工作动态_青溪民政网</title></head><body>
<div class="top">青溪民政网 | 首页 | 政务公开</div><div class="crumb">当前位置：首页 &gt; 工作动态</div>{body}
<div class="rel">相关链接：<a href="#">民政部</a> <a href="#">省民政厅</a></div><div class="foot">主办：青溪民政网</div></body></html>""")
    assert [a.title for a in parsed.articles] == [t for t, _, _ in TWO]
    assert [a.attribution for a in parsed.articles] == ["来源：江岸区民政局团委", "来源：北湖县民政局 作者：林晓川"]
    assert "林晓川" not in parsed.articles[0].people


def test_related_box_with_its_own_text_is_an_article_of_its_own(tmp_path):
    title, _, lead = TWO[0]
    parsed = _html(tmp_path, "box", f"""<html><head><meta charset="utf-8"><title>{title} - 青溪民政网</title></head><body>
<div class="article"><h1>{title}</h1><div class="info">发布日期：2024-04-21　来源：江岸区民政局　作者：周一鸣　浏览次数：99</div>
<div class="content"><p>{lead}</p><p>大家表示，要在学思践悟中提升服务群众的本领。</p></div></div>
<div class="box"><div class="box_lab">相关链接：</div><h4>青年理论学习小组是什么</h4>
<p>青年理论学习小组是以青年干部为主体、以理论学习为内容的学习组织，一般每月开展一次集中学习。</p></div>
<div class="tools"><a href="#">【打印本页】</a></div></body></html>""")
    assert [a.title for a in parsed.articles] == [title, "青年理论学习小组是什么"]
    assert parsed.articles[0].attribution == "来源：江岸区民政局 作者：周一鸣"
    assert not parsed.articles[1].attribution and "周一鸣" not in parsed.articles[1].people
    assert any(n.text == "相关链接：" for n in parsed.noise)


REPORTS = [("局党组专题学习全会精神", "7月30日，局党组理论学习中心组召开专题学习会，传达学习全会精神。", "（办公室）"),
           ("局团委组织青年干部参观红色教育基地", "7月下旬，局团委组织青年干部赴纪念馆参观学习，重温入团誓词。", "(局团委)"),
           ("老干部党支部开展主题党日活动", "8月1日，老干部党支部组织20余名老党员开展主题党日活动，交流学习体会。", "（老干部处）")]


def test_bulletin_reports_closing_with_a_unit_in_brackets_are_cut_at_the_credit(tmp_path):
    document = docx.Document()
    for text, bold in [("清河民政机关党建", True), ("第3期", False), ("中共清河市民政局机关委员会编　2024年8月2日", False),
                       ("━" * 20, False)]:
        document.add_paragraph().add_run(text).bold = bold
    for title, lead, credit in REPORTS:
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph().add_run(lead)
        document.add_paragraph().add_run(credit)
    path = tmp_path / "清河民政机关党建" / "2024-08-02" / "jb3.docx"
    path.parent.mkdir(parents=True)
    document.save(str(path))
    articles = parse_file(path, tmp_path, keep_noise=True).articles
    assert [(a.title, a.attribution) for a in articles] == [(t, c) for t, _, c in REPORTS]


def test_like_containers_right_under_the_body_leave_the_top_bar_out_and_date_by_the_archive(tmp_path):
    first = ('<div class="article"><h2>江岸区民政局召开表彰大会</h2><p class="info">发布时间：2024-09-18　<span>来源：江岸区民政局</span></p>'
             '<p>　　9月16日上午，江岸区民政局召开表彰大会，表彰优秀共产党员12名、先进党支部3个。</p>'
             '<p style="text-align:center"><img src="a.jpg"><br>表彰大会现场。（摄影：韩小川）</p>'
             '<p>　　局党组书记方志远为受表彰代表颁奖，勉励大家立足岗位、争当先锋。</p></div><hr>')
    second = ('<div class="article"><h2>北湖县民政局开展主题党日活动</h2><p class="info">发布时间：2024-09-19　<span>来源：北湖县民政局</span></p>'
              '<p>　　近日，北湖县民政局党支部组织党员到县养老服务中心开展主题党日活动。</p></div>')
    parsed = _html(tmp_path, "bar", f"""<html><head><meta charset="utf-8"><title>工作动态_青溪民政网</title></head><body>
<div class="top">青溪民政网 | 首页 | 政务公开 | 办事服务</div>{first}{second}<div class="foot">【打印本页】</div></body></html>""")
    assert [a.title for a in parsed.articles] == ["江岸区民政局召开表彰大会", "北湖县民政局开展主题党日活动"]
    assert str(parsed.articles[1].date) == "2024-09-20"      # 近日: the archive's date, no one article's stamp
