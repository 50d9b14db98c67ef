"""Titles and furniture on publications never met (issue 15, titles7).

Every page is invented for its test: a county media centre's staff lines (值班编辑, 审核), a ▲ item's
two-line headline, a scan's running head with a stray glyph and its masthead with a misread
character, titles printed after their reports and split by a blank, a misread editors' footer and
page number, and a bulletin's contents list with leader dots.
"""
import time

import pytest

from dangjian.index.parse.noise import noise_reason

from .test_publications import parse, titles


@pytest.fixture(params=["rules", "combined"])
def method(request, monkeypatch):
    """Each cut is checked with the rules alone (where the mechanism lives) and with the default."""
    monkeypatch.setenv("DANGJIAN_PARSER", request.param)
    return request.param


def _noise(parsed, text):
    return [n.reason for n in parsed.noise if n.text == text]


STAFF_LINES = """星城融媒·乡镇新闻
◆ 青山镇“党员议事会”议出民生实事
今年以来，青山镇党委在各村设立
“党员议事会”，已解决群众诉求
86件。
（通讯员 赵明远）

● 5月12日，石门镇党委组织党员
走访慰问困难群众30余户，送去
米面油等慰问品。
（通讯员 李文静）

值班编辑：孙雅琴
审核：周国华
"""


def test_duty_editor_and_checker_lines_are_furniture_not_a_title(method):
    parsed = parse(STAFF_LINES, publication="星城融媒")
    assert titles(parsed) == ["青山镇“党员议事会”议出民生实事", None]
    assert _noise(parsed, "值班编辑：孙雅琴") == ["footer: editors' credits"]
    assert _noise(parsed, "审核：周国华") == ["footer: editors' credits"]
    assert noise_reason("编辑部召开全体党员大会") is None


TRIANGLE_ITEMS = """星城融媒
▲青山县民政局召开
党建工作推进会
5月10日，青山县民政局党组召开
党建工作推进会，部署全年任务。
▲ 5月11日，石门镇党委组织党员
开展志愿服务，为老人理发、测血压。
（通讯员 赵明远）
"""


def test_a_triangle_items_two_line_headline_leaves_its_marker(method):
    parsed = parse(TRIANGLE_ITEMS, publication="星城融媒")
    assert titles(parsed) == ["青山县民政局召开党建工作推进会", None]
    assert "▲" not in parsed.articles[0].title


SCANNED_HEAD = """云岭晨极
云岭晨报 2024年5月14日 星期二 」
第3版 基层

本报讯（记者 李文静）5月10日，青山县民政局召开
党建工作推进会，部署全年任务。会议要求，各级党组织
要把党建工作抓在手上、落到实处。

青山县民政局召开全县

党建工作推进会

5月上旬，石门镇党委组织党员走访困难群众
30余户，送去米面油等慰问品。
（通讯员 赵明远）

石门镇党委开展

走访慰问活动

贵任编辑 王海　校对 李明
"""


def test_a_scans_masthead_and_running_head_are_furniture(method):
    parsed = parse(SCANNED_HEAD)
    assert _noise(parsed, "云岭晨极") and "publication's name" in _noise(parsed, "云岭晨极")[0]
    assert _noise(parsed, "云岭晨报 2024年5月14日 星期二 」") == ["header or footer: date and page"]
    assert _noise(parsed, "贵任编辑 王海　校对 李明") == ["footer: editors' credits"]


def test_titles_printed_after_their_reports_and_split_by_a_blank_are_whole(method):
    parsed = parse(SCANNED_HEAD)
    assert titles(parsed) == ["青山县民政局召开全县党建工作推进会", "石门镇党委开展走访慰问活动"]


FOOTER_NUMBER = """云岭晨报 2024年5月14日 星期二
第3版 基层

青山县民政局召开党建工作推进会
本报讯（记者 李文静）5月10日，青山县民政局召开
党建工作推进会，部署全年任务。

５
责任编辑 王海 美编 刘洋 校对 李明
"""


def test_a_page_number_beside_the_footer_is_furniture(method):
    parsed = parse(FOOTER_NUMBER)
    assert len(parsed.articles) == 1
    assert _noise(parsed, "５") and _noise(parsed, "５")[0].startswith("page number")
    assert noise_reason("·2Z·") == "page number"


CONTENTS = """青山民政简报
第5期
青山市民政局机关党委编印 2024年5月14日

目 录

局机关党委召开党建工作推进会…………
…………1

石门镇党委开展走访慰问活动……………………2

局机关党委召开党建工作推进会

5月10日，局机关党委召开党建工作推进会，部署全年任务。
（局机关党委供稿）

石门镇党委开展走访慰问活动

5月上旬，石门镇党委组织党员走访困难群众30余户。
（石门镇党委供稿）
"""


def test_a_contents_list_with_leader_dots_is_furniture(method):
    parsed = parse(CONTENTS, publication="青山民政简报")
    assert titles(parsed) == ["局机关党委召开党建工作推进会", "石门镇党委开展走访慰问活动"]
    assert _noise(parsed, "目 录")
    for line in ("…………1", "石门镇党委开展走访慰问活动……………………2"):
        assert _noise(parsed, line) and "contents list" in _noise(parsed, line)[0]


def test_new_patterns_do_not_backtrack_without_end():
    from dangjian.index.parse.furniture import _without_leader
    from dangjian.index.parse.noise import _FOOTER_SPACED, _STRAY_GLYPH
    start = time.time()
    _without_leader("…" * 3000 + "x")
    _without_leader("… " * 3000)
    _STRAY_GLYPH.sub(" ", " 」" * 3000 + "x")
    _FOOTER_SPACED.match("责任编辑 " + "马丽娟 " * 3000 + "，")
    noise_reason("审核：" + "甲乙 " * 3000)
    assert time.time() - start < 1


STACKED_TITLES = """云岭晨报 2024年5月14日 星期二
第3版 基层

今年以来，青山县民政局机关党委推出“周三夜学”
学习品牌，每周三晚组织党员集中学习。
（通讯员 赵明远）

青山县民政局“周三夜学”成为机关品牌

石门镇社会组织党建工作综述

近年来，石门镇社会组织联合党委聚焦“两个覆盖”，
推动全镇社会组织党建工作提质增效。
"""


def test_a_title_printed_after_its_report_above_the_next_ones_title_is_split_off(method):
    parsed = parse(STACKED_TITLES)
    assert titles(parsed) == ["青山县民政局“周三夜学”成为机关品牌", "石门镇社会组织党建工作综述"]


MISREAD_EDGES = """云岭晨报
2O24年5月l4日 星期二
第z版　党建
青山县民政局召开

党建工作推进会

本报讯（记者 李文静）5月10日，青山县民政局召开
党建工作推进会，部署全年任务。
责仟编辑：王海　美编：刘洋
"""


def test_misread_page_and_editor_lines_are_furniture(method):
    parsed = parse(MISREAD_EDGES)
    assert titles(parsed) == ["青山县民政局召开党建工作推进会"]
    assert _noise(parsed, "第z版　党建") and _noise(parsed, "责仟编辑：王海　美编：刘洋")


TITLE_UNDER_A_LIST = """云岭晨报 2024年5月14日 星期二
第3版 基层

青山县表彰一批“两优一先”
本报记者 李文静
5月10日，青山县委印发决定，对一批先进基层党组织予以表彰。名单如下：
县社会福利院党总支、县救助管理站党支部

石门镇党委举办“七一”主题党课
本报石门5月12日讯（记者 赵明远）5月上旬，石门镇党委举办“七一”主题党课。
"""


def test_a_headline_set_apart_above_a_dateline_opens_a_report_after_a_list(method):
    parsed = parse(TITLE_UNDER_A_LIST)
    assert titles(parsed) == ["青山县表彰一批“两优一先”", "石门镇党委举办“七一”主题党课"]


BRACKET_COLUMNS = """星城社工
【案例】
青山县民政局“党建+救助”让帮扶更精准
今年以来，青山县民政局组建8支党员救助帮办队。
（通讯员 赵明远）
【一线声音】
党员社工说初心
本刊记者 李文静
石门镇社工站党员社工孙雅琴说：“帮老人办完事就觉得值了。”
【党建引领】
5月4日，青山县社会组织综合党委召开党纪学习教育推进会。
（青山县民政局供稿）
"""


def test_a_bracketed_column_name_above_a_lead_is_a_label_as_its_pages_others(method):
    parsed = parse(BRACKET_COLUMNS, publication="星城社工")
    assert titles(parsed) == ["青山县民政局“党建+救助”让帮扶更精准", "党员社工说初心", None]
    assert _noise(parsed, "【党建引领】")


WEB_HEAD = """星城日报网 | 数字报 | 2024年05月14
日 星期二

青山县：“小巷管家”里的党员身影

本报记者 李文静

5月中旬，青山县民政局评选出首批“红色小巷管家”62名，其中党员占七成以上。
"""


def test_a_web_editions_head_split_over_two_lines_is_furniture(method):
    parsed = parse(WEB_HEAD, publication="星城日报网")
    assert titles(parsed) == ["青山县：“小巷管家”里的党员身影"]
    assert _noise(parsed, "星城日报网 | 数字报 | 2024年05月14")


KICKER_GLUED = """星城理论周刊
2024年5月17日  第20期
理论·党建

守正创新
以“三个坚持”推动机关党建提质增效
——关于新时代机关党建工作的思考
柳青禾
　　机关党建是党的建设的重要组成部分。推动机关党建
提质增效，要在“三个坚持”上下功夫。
（作者系青山市委党校教授）
"""


def test_a_short_line_glued_to_the_headline_and_apart_from_the_labels_is_its_kicker(method):
    parsed = parse(KICKER_GLUED, publication="星城理论周刊")
    assert titles(parsed) == ["守正创新以“三个坚持”推动机关党建提质增效——关于新时代机关党建工作的思考"]
