"""Tenth round on article boundaries and captions (issue 15, seg10).

Each page is invented for its test: a photo caption printed with no 图为/▲ marker right after a report's
text, its photographer credited in brackets on the line under it or with a bare credit (某某 摄), and
a report that follows it with its headline printed after it.
"""
import time

import pytest

from index.parse.clean import split_paragraphs
from index.parse.headlines import looks_like_title

from .test_publications import parse, titles


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


BRACKETED_CREDIT = """青川晚报　2024年3月5日　星期二　A4

社区·党建

河西街道：党员志愿者

为独居老人送年货

本报讯（通讯员　周江明）3月1
日，河西街道党工委组织党员志愿
者为辖区独居老人送去米面油等年
货和慰问金。
党员志愿者为老人送去米面油 。
（ 宋知远　摄）


3月2日，东岭镇各村党支部开
展学雷锋志愿服务活动，党员为群
众义务理发200余人次。

（通讯员　韩小溪）

东岭镇村党支部

开展学雷锋活动
"""


def _squashed(article):
    return ["".join(p.split()) for p in article.paragraphs]


def test_a_bracketed_credit_under_an_unmarked_caption_stays_with_the_report_above():
    parsed = parse(BRACKETED_CREDIT, publication="青川晚报")
    assert titles(parsed)[:2] == ["河西街道：党员志愿者为独居老人送年货", "东岭镇村党支部开展学雷锋活动"]
    first, second = parsed.articles[:2]
    assert "党员志愿者为老人送去米面油。（宋知远摄）" in _squashed(first)
    assert not any("宋知远" in p for p in _squashed(second))
    assert second.paragraphs[0].startswith("3月2日")


@pytest.mark.parametrize("credit", ["（ 宋知远　摄）", "(王海 摄)", "（摄影 李青禾）"])
def test_a_bracketed_credit_alone_is_no_headline(credit):
    assert not looks_like_title([credit])


BARE_CREDIT = """西岭镇“党建+养老”让老人安享晚年

本报记者 宋知远 通讯员 周江明

走进西岭镇桥头村幸福院，老人们
正在党员志愿者的陪伴下包饺子。

镇党委书记李青禾介绍，全镇已建
成 7个村级幸福院，由村党支部
统筹运营，实现就餐、照料、文娱
“一站式”服务。

老人们在幸福院包饺子。
宋知远 摄

下一步，镇里将推动幸福院与卫生
院签约，为老人提供上门医疗服务
。
"""


def test_a_bare_credit_under_a_one_line_caption_ends_the_caption_paragraph():
    parsed = parse(BARE_CREDIT, publication="青川晚报")
    assert len(parsed.articles) == 1
    paragraphs = _squashed(parsed.articles[0])
    assert "老人们在幸福院包饺子。宋知远摄" in paragraphs
    assert any(p.startswith("下一步") for p in paragraphs)


ROLE_CREDIT = """某某区民政局开展警示教育

　　近日 ，某某区民政局组
织党员干部观看警示 教育片，
局党组书记赵大河说，要以案
为鉴、以案促改。
党员干部观看警示教育片。　
　通讯员 赵小川 摄
（ 通讯员 赵小川）
"""


def test_a_caption_with_a_role_in_its_bare_credit_is_a_paragraph_of_its_own():
    parsed = parse(ROLE_CREDIT, publication="青川晚报")
    assert _squashed(parsed.articles[0])[-1] == "党员干部观看警示教育片。通讯员赵小川摄"


def test_a_running_sentence_ending_in_she_is_not_a_credit():
    lines = ["大家纷纷拿出手机拍", "摄", "下这一幕。"]
    assert len(split_paragraphs(lines)) == 1


def test_credit_shapes_stay_linear():
    start = time.perf_counter()
    looks_like_title(["（" + "宋知远 " * 3000 + "摄）"])
    split_paragraphs(["老人们在幸福院包饺子。", "宋知远 " * 3000 + "摄", "下一步。"] * 100)
    parse(BARE_CREDIT * 50, publication="青川晚报")
    assert time.perf_counter() - start < 5


TITLE_AND_BYLINE_AFTER = """荆楚社区报
5月6日 星期一
3
党建·基层

5月3日上午，市民政局机关党
委组织各党支部 80
余名党员来到烈士陵园
，开展清明祭扫主题党日活动
。

在烈士纪念碑前，全体党员重温
入党誓词，敬献花篮，缅怀先烈
的丰功伟绩。

“作为一名民政干部，就是要把
为民情怀落到每一件小事上。”
优抚科党支部书记钟晓川说
。

缅怀革命先烈 赓续红色血脉
市民政局开展清明
主题党日活动
本报记者 韩小溪 宋知远

本报襄城5月4日电（记者
周江明 通讯员 罗青禾）
4月下旬以来，襄城区民政局联合
区委社会工作部开展社会组织党
建“百日攻坚”行动，对全区 400
余家社会组织逐一摸排。
截至目前，全区新组建社会组织
党组织 12 个，选派党建指导
员 35 名。

襄城推动社会组织党的
组织和工作“两个覆盖”

责任编辑 汪小帆
"""


def test_a_byline_printed_under_a_title_after_its_report_goes_with_the_title():
    parsed = parse(TITLE_AND_BYLINE_AFTER, publication="荆楚社区报")
    first, second = parsed.articles[:2]
    assert first.title == "缅怀革命先烈赓续红色血脉市民政局开展清明主题党日活动"
    assert "韩小溪" in (first.attribution or "") and "宋知远" in first.people
    assert "韩小溪" not in (second.attribution or "") and "宋知远" not in second.people
    assert second.title == "襄城推动社会组织党的组织和工作“两个覆盖”"


BYLINE_ABOVE_TITLE_AFTER = """燕山社区报　2024年7月17日　星期三　第2版
本报记者 韩小溪 通讯员 罗青禾
7月1日，市委社会工作部组织快递员、
外卖配送员等新就业群体中
的党员走进革命纪念馆，开展
主题党日活动。
快递员党员钟晓川说：“作为
新就业群体中的一名党员，我要在奔忙
中守好初心。”
市委社会工作部组织
新就业群体党员
开展主题党日活动
本报讯（记者 周江明）7月中旬，
市民政局党组理论学习中心组围绕学
习贯彻党的二十大精神开
展专题学习。
会议强调，要把党纪学习教育同学
习贯彻党的二十大精神结合起来。
市民政局党组理论学习中心组
开展专题学习
本报记者 周江明 通讯员 宋知远
7月10日下午，东城区民政局机关
党委组织党员志愿者走进儿童福利
院，开展志愿服务活动。
区民政局党委书记李青禾表示，要把学
习成果转化为服务群众的实际行动。
东城区：党员志愿者
走进儿童福利院
"""


def test_a_byline_above_its_report_stays_there_on_a_page_printing_titles_after():
    parsed = parse(BYLINE_ABOVE_TITLE_AFTER, publication="燕山社区报")
    second, third = parsed.articles[1:3]
    assert "宋知远" not in (second.attribution or "")
    assert "宋知远" in (third.attribution or "")


PLACE_HEADLINES = """基层传真

东川：“院坝会”议出乡村好光景
7月中旬，东川区上集镇一处
农家小院里，村党支部书记韩小溪正
召集村民商议修路的事。
（东川区民政局供稿）

宁远：党员“网格员”守护万家灯火
宁远县把党员编入 320
个网格，常态化开展走访巡查
，7月以来排查化解矛盾纠纷
 130 起。
（通讯员 周江明）

青川：红色资源赋能党性教育
青川县民政局依托红色资源
，开设“红色课堂”8 门，
今年以来培训社会组织党员 1
000 余人次。
（青川县民政局供稿）
"""


def test_a_place_led_headline_over_a_lead_opening_with_that_place_is_set_apart():
    parsed = parse(PLACE_HEADLINES, publication="某某党建")
    assert titles(parsed)[-2:] == ["宁远：党员“网格员”守护万家灯火", "青川：红色资源赋能党性教育"]
    assert parsed.articles[-2].paragraphs[0].startswith("宁远县把党员")
    assert parsed.articles[-1].paragraphs[0].startswith("青川县民政局依托")


SUBHEADING_WITH_A_PLACE = """坚持党建引领 做实为民服务

本报讯（记者 周江明）近日，市民政局召开全市民政系统党建工作会议。
会议指出，各地探索形成了一批好做法。

宁远：小网格撬动大治理
宁远县把党员编入网格，常态化开展走访巡查，化解矛盾纠纷130起。
会议要求，各级民政部门党组织要把党建工作同业务工作一起谋划。
"""


def test_a_place_led_subheading_inside_a_report_opens_no_article():
    parsed = parse(SUBHEADING_WITH_A_PLACE, publication="某某日报")
    assert len(parsed.articles) == 1


def test_place_headline_stays_linear():
    from index.parse.headlines import place_headline_over_its_place
    start = time.perf_counter()
    place_headline_over_its_place("周口" * 3000 + "：" + "党建" * 3000, "周口" * 3000)
    place_headline_over_its_place("周" * 9000 + "：", "周" * 9000)
    assert time.perf_counter() - start < 1


def _hinted(rows, publication="某某融媒网"):
    """A page whose file marks each line (heading, body, …), as an HTML or Word reader hands it on."""
    from datetime import date

    from dangjian.index.parse.pipeline import parse_page
    from dangjian.index.parse.records import Page
    text = "\n".join(line for _hint, line in rows)
    hints = tuple((n, hint) for n, (hint, line) in enumerate(rows, 1) if hint and line)
    page = Page(path=f"{publication}/2024-01-16/node_2.html", text=text, sha1="x", encoding="utf-8",
                publication=publication, issue_date=date(2024, 1, 16), line_hints=hints)
    return parse_page(page)


EPAPER = [
    ("body", "本报讯（通讯员 韩小溪）2023年，县民政系统各"),
    ("body", "级党组织以模范机关建设为抓手，推动县、乡、村“三"),
    ("body", "级联动”。县民政局党组书记周江明表示，新的一年要"),
    ("body", "把联动机制延伸到每个村民小组。"),
    (None, ""),
    ("body", "12月28日，青川县民政局召开年度党建工作总结会，表"),
    ("body", "彰先进党支部3个、优秀共产党员15名。"),
    (None, ""),
    ("heading", "东岭镇开展冬季送温暖活动"),
    (None, ""),
    ("body", "本报讯（通讯员 宋知远）1月上旬，东岭镇党委组织党"),
    ("body", "员干部走访慰问辖区困难群众58户。"),
]


def test_a_dated_paragraph_the_file_marks_as_text_opens_no_report():
    parsed = _hinted(EPAPER)
    assert len(parsed.articles) == 2
    assert parsed.articles[0].paragraphs[-1].startswith("12月28日")
    assert parsed.articles[1].title == "东岭镇开展冬季送温暖活动"


BULLETIN = [
    ("masthead", "某某民政工作简报"),
    (None, ""),
    ("masthead", "目 录"),
    (None, ""),
    ("masthead", "市民政局党组召开专题民主生活会……………"),
    ("masthead", "1"),
    (None, ""),
    ("masthead", "青川县民政局“三个聚焦”推进清廉机关建设…………"),
    ("masthead", "…2"),
    (None, ""),
    ("heading", "市民政局党组召开专题民主生活会"),
    (None, ""),
    ("body", "12月26日，某某市民政局党组召开专题民主生活会。"),
    (None, ""),
    ("body", "会上，局党组班子成员逐一对照检查，开展批评和自我批评。"),
    (None, ""),
    ("heading", "青川县民政局“三个聚焦”推进清廉机关建设"),
    (None, ""),
    ("body", "今年以来，青川县民政局围绕“三个聚焦”推进清廉机关建设：一是聚焦权力运行，二是聚焦资金监管。"),
    (None, ""),
    ("body", "（青川县民政局供稿）"),
]


def test_a_heading_the_file_marks_is_no_pull_quote_though_its_lead_restates_it():
    parsed = _hinted(BULLETIN, publication="某某民政工作简报")
    assert [a.title for a in parsed.articles] == ["市民政局党组召开专题民主生活会", "青川县民政局“三个聚焦”推进清廉机关建设"]
    assert not parsed.articles[1].title_derived


DOUBLE_SPACED_LAST = TITLE_AND_BYLINE_AFTER.replace("""
责任编辑 汪小帆
""", """
本报讯（通讯员 罗青禾）

近日，荆门市民政局组织全市 

12 家养老机构的志愿者

走进老旧小区，开展

助老服务、义诊理发等志愿活动

，受到居民欢迎。

荆门开展“银龄关爱”进小区志愿服务

责任编辑 汪小帆
""")


def test_the_last_report_of_a_page_printing_titles_after_takes_its_one_line_title_across_double_spacing():
    parsed = parse(DOUBLE_SPACED_LAST, publication="荆楚社区报")
    last = parsed.articles[-1]
    assert last.title == "荆门开展“银龄关爱”进小区志愿服务" and not last.title_derived
    assert last.paragraphs[-1].endswith("受到居民欢迎。")


LAST_REPORT_TITLE_AFTER = """西江社会工作报　2024年7月2日　第3版

区民政局召开机关党建工作会议

本报讯（记者 周江明）6月28日，区民政局召开机关党建
工作会议，部署推进模范机关建设。

会议要求，要把学习贯彻党的
二十大精神作为首要政治任务。

本报讯（记者 韩小溪 通讯
员 宋知远）今年以来，东
岭市民政局为全市300家
市级社会组织建立党建工作
档案，做到一会一档。

市社会组织综合党委书记罗
青禾介绍，档案涵盖党组织
设置和党员管理等内容，为精
准指导提供了依据。

东岭：社会组织党建“一会一档”

责任编辑：汪小帆
"""


def test_the_last_report_opening_with_its_dateline_takes_the_headline_printed_after_it():
    parsed = parse(LAST_REPORT_TITLE_AFTER, publication="西江社会工作报")
    assert titles(parsed) == ["区民政局召开机关党建工作会议", "东岭：社会组织党建“一会一档”"]
    assert parsed.articles[-1].paragraphs[-1].endswith("提供了依据。")


SPACED_HEADLINE_LINES = """青川晚报　2025年2月25日　星期二　A4

社区·党建

东岭县社会组织

党建指导员上岗

本报讯（记者　韩小溪）2月2
0日，东岭县社会组织综合党委
为首批15 名党建指导员颁发聘
书，指导员将联系指导全县社会
组织开展党建工作。


西岭县民政局

开展“以案促改”警示教育

2月中旬，西岭县民政局组织党
员干部观看警示教育片，召开以
案促改专题会议，查找廉政风险
点。

（通讯员　宋知远）
"""


def test_a_body_set_apart_as_a_headlines_first_line_and_named_by_the_lead_is_no_column_label():
    parsed = parse(SPACED_HEADLINE_LINES, publication="青川晚报")
    assert titles(parsed) == ["东岭县社会组织党建指导员上岗", "西岭县民政局开展“以案促改”警示教育"]
