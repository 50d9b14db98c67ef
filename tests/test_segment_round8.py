"""Eighth round on article boundaries and titles (issue 15, seg8).

Each page is invented for its test: a magazine's own writers signing a piece under its headline
(本刊编辑部, 本刊特约评论员), and a writer's name under a ——subtitle that fills the column.
"""
import pytest

from index.parse.openings import is_top_byline

from .test_publications import parse, titles


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


@pytest.mark.parametrize("line", ["本刊编辑部", "本报编辑部", "本刊特约评论员", "本报特约评论员", "本刊评论部"])
def test_the_publication_s_own_desk_signs_a_piece(line):
    assert is_top_byline(line)


@pytest.mark.parametrize("line", ["编辑部召开会议", "本刊编辑部召开学习会", "评论员"])
def test_a_desk_named_in_a_sentence_signs_nothing(line):
    assert not is_top_byline(line)


EDITORIAL_DESK = """2024年第9期

东岭党建

专题策划

让主题党日活起来

本刊编辑部

主题党日是党支部组织党员开展活

动的重要载体。各级党组织要在内容

上求新、在形式上求活。

一些支部把党日搬到田间地头，让党

员在服务群众中受教育。
"""

SPECIAL_COMMENTATOR = """东岭党建
2024年第10期

评论

以严实作风推动基层治理提质增效

本刊特约评论员

作风建设永远在路上。基层干部要把心思

用在干事创业上，把功夫下在解决问题上，

以实际行动赢得群众信任。
"""


@pytest.mark.parametrize("text,title,attribution", [
    (EDITORIAL_DESK, "让主题党日活起来", "本刊编辑部"),
    (SPECIAL_COMMENTATOR, "以严实作风推动基层治理提质增效", "本刊特约评论员"),
])
def test_a_desk_byline_is_taken_off_the_title(text, title, attribution):
    parsed = parse(text, publication="东岭党建")
    assert titles(parsed) == [title]
    assert parsed.articles[0].attribution == attribution


NAME_UNDER_A_SUBTITLE = """东岭理论周刊
2024年6月7日

（作者单位：东岭市委党校）

以干促学
以学促干
——谈新时代基层党员的知行合一之道
柯望舒
　　知行合一，是党员干部修身立德的
重要遵循，也是推动工作落实的
关键所在。
　　学习的目的全在于运用，要把理
论成果转化为推动发展的实际成效。
"""

ROLE_ENDS_THE_SUBTITLE = """东岭党建
2024年6月7日

用心用情服务群众
——访西岭村党支部书记兼村委会主任
柯望舒
本刊记者　林晚照
　　走进西岭村，整洁的道路两旁
花木成行，村民们在广场上跳舞。
"""


def test_a_name_under_a_subtitle_filling_the_column_is_the_byline():
    parsed = parse(NAME_UNDER_A_SUBTITLE, publication="东岭理论周刊")
    article = [a for a in parsed.articles if not a.title_derived][-1]
    assert article.title == "以干促学以学促干——谈新时代基层党员的知行合一之道"
    assert article.attribution == "柯望舒"
    assert article.paragraphs[0].startswith("知行合一")


def test_a_subtitle_ending_on_a_role_keeps_the_name_under_it():
    parsed = parse(ROLE_ENDS_THE_SUBTITLE, publication="东岭党建")
    assert "柯望舒" in parsed.articles[0].title


SEASON_LEAD = """东岭融媒
2024年10月15日 星期二  第2版

东岭市民政局召开学习
贯彻二十届三中全会精神
座谈会
本台讯（记者 林晚照）10月11日上
午，东岭市民政局召开座谈会，交流学
习体会。
西岭乡：党员带头
帮助群众抢收玉米
金秋十月，西岭乡党员干部组成秋收
帮扶队，帮助缺劳力农户抢收玉米。
（通讯员 柯望舒）
"""


def test_a_season_opens_a_lead_under_a_headline():
    parsed = parse(SEASON_LEAD, publication="东岭融媒")
    assert titles(parsed) == ["东岭市民政局召开学习贯彻二十届三中全会精神座谈会", "西岭乡：党员带头帮助群众抢收玉米"]
    assert parsed.articles[1].paragraphs[0].startswith("金秋十月")
    assert parsed.articles[0].attribution == "本台讯（记者 林晚照）"


@pytest.mark.parametrize("lead", ["金秋十月，", "初冬时节，", "新春佳节来临之际，", "国庆前夕，"])
def test_season_and_occasion_leads(lead):
    from index.parse.headlines import _PURPOSE_LEAD
    assert _PURPOSE_LEAD.match(lead)
    assert not _PURPOSE_LEAD.match("金秋的田野上，")


def test_season_lead_pattern_does_not_backtrack():
    import time
    from index.parse.headlines import _PURPOSE_LEAD
    started = time.time()
    for text in ("新春" * 3000, "节" * 3000 + "之", "金秋" * 3000 + "，"):
        _PURPOSE_LEAD.match(text)
    assert time.time() - started < 1


BYLINED_THEN_A_BRIEF = """东岭融媒
2024年8月16日 星期五  第2版

西岭区：“红色网格”
织密基层治理一张网
记者 林晚照 通讯员 柯望舒
8月中旬，西岭区委社会工作部召开
“红色网格”建设现场会，推广网格
党建的做法。
网格长柯晓雯说：“哪家老人独居，
我心里都有本账。”

8月14日，南坪镇民政办工作人员走
访辖区12户特困老人，逐户核对待遇
落实情况。
（通讯员 宋知远）
"""


def test_a_dated_lead_set_apart_after_a_bylined_article_opens_another():
    parsed = parse(BYLINED_THEN_A_BRIEF, publication="东岭融媒")
    assert len(parsed.articles) == 2
    assert parsed.articles[0].paragraphs[-1].endswith("我心里都有本账。”")
    assert parsed.articles[0].attribution == "记者 林晚照 通讯员 柯望舒"
    assert parsed.articles[1].paragraphs[0].startswith("8月14日")
    assert parsed.articles[1].attribution == "（通讯员 宋知远）"


DOUBLE_SPACED_FEATURE = """东岭融媒
2024年8月16日 星期五  第2版

西岭区：“红色网格”织密基层治理一张网

记者 林晚照

8月中旬，西岭区委社会工作部召开“红色网格”建设现场会。

8月14日，网格员又走访了辖区12户特困老人，逐户核对待遇落实情况。

网格长柯晓雯说，要把群众的事办好。
"""


def test_a_dated_paragraph_of_a_double_spaced_feature_stays():
    parsed = parse(DOUBLE_SPACED_FEATURE, publication="东岭融媒")
    assert len(parsed.articles) == 1


TWO_LINE_TRIANGLE = """东岭融媒
2025年1月3日 星期五  第3版

▲ 1月2日上午，南坪市民政局召
开新年第一次局务会，部署全年
工作。
（通讯员 宋知远）
▲西岭县北塘镇
开展“冬日送暖”活动
日前，北塘镇党委联合县慈善
会为辖区困难群众发放棉被
100余床。
"""


def test_a_triangle_headline_over_two_lines_opens_an_item():
    parsed = parse(TWO_LINE_TRIANGLE, publication="东岭融媒")
    assert titles(parsed)[-1] == "西岭县北塘镇开展“冬日送暖”活动"
    assert parsed.articles[-1].paragraphs[0].startswith("日前")
    assert not any("北塘镇" in p for p in parsed.articles[0].paragraphs)


def test_a_two_line_caption_with_its_credit_stays_a_caption():
    from index.parse.openings import _triangle_item
    lines = ["▲ 党员志愿者为老人", "测量血压（宋知远 摄）", "12月5日，社区党委又组织义诊。"]
    assert not _triangle_item(lines, 0)


def test_a_triangle_caption_is_never_glued_to_a_list_s_last_names():
    from index.parse.clean import split_paragraphs
    lines = ["12月下旬，北塘镇党委表彰一批优秀", "共产党员。", "优秀共产党员：柯晓雯、宋知远",
             "▲ 图为表彰现场。（摄影 林晚照）"]
    paragraphs = split_paragraphs(lines)
    assert paragraphs[-1].startswith("▲")
    assert paragraphs[-2] == "优秀共产党员：柯晓雯、宋知远"


TITLES_AFTER_NO_BLANKS = """2024年7月16日  星期二
东岭日报 · 党建
本报讯（记者 林晚照）7月上旬，
 南坪市民政局机关党委组织开展“七一
 ”主题党日活动，各支部通过重温入党
誓词等形式，引导党员坚定理想信念。
活动中，局机关党委对一批优秀共产
党员进行了表彰。
南坪市民政局机关党委开展“七一”主题党日活动
本报讯（记者 柯望舒 通讯员 宋知
远）今年以来，西岭县民政局推行“支
部+社工站”工作模式，组织党员干部
结对帮扶困难群众360户。
县民政局党组书记表示，将把为民办
实事作为检验党性的“试金石”。
西岭县民政局：“支部+社工站”
结对帮扶暖民心
【基层动态】
北塘镇党委开展“清廉家风”宣讲活动
7月9日，北塘镇党委邀请宣讲团走进
各党支部，以身边案例讲述家风建设
的重要意义。
（北塘镇党委供稿）
"""


def test_a_title_glued_at_an_article_s_end_on_a_titles_after_page():
    parsed = parse(TITLES_AFTER_NO_BLANKS, publication="东岭日报")
    assert titles(parsed) == ["南坪市民政局机关党委开展“七一”主题党日活动", "西岭县民政局：“支部+社工站”结对帮扶暖民心",
                              "北塘镇党委开展“清廉家风”宣讲活动"]
    assert parsed.articles[1].paragraphs[-1].endswith("试金石”。")
