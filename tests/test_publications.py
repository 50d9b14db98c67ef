"""Pages of publications the parser was not written around (DOMAIN.md, "Publications differ").

Every page here is invented for this test; each test names the phenomenon it covers.
"""
import re
from collections import Counter
from datetime import date

from dangjian.index.parse.pipeline import parse_page
from dangjian.index.parse.records import Page

HAN = re.compile(r"[\u4e00-\u9fff]")


def parse(text: str, publication: str = "云岭晨报", context=None):
    page = Page(path=f"{publication}/2024-05-14/03.txt", text=text, sha1="x", encoding="utf-8",
                publication=publication, issue_date=date(2024, 5, 14))
    parsed = parse_page(page, context=context) if context else parse_page(page)
    _assert_conserved(text, parsed)
    return parsed


def _assert_conserved(text, parsed):
    """Every Han character of the page is in an article (title, body, attribution) or a noise line."""
    have = Counter()
    for a in parsed.articles:
        have.update(HAN.findall("".join([*a.paragraphs, a.attribution or "", "" if a.title_derived else a.title])))
    for n in parsed.noise:
        have.update(HAN.findall(n.text))
    assert not Counter(HAN.findall(text)) - have


def titles(parsed):
    return [None if a.title_derived else a.title for a in parsed.articles]


BRIEFS = """滇中融媒·党建快讯
■ 安宁市民政局召开支部书记例会
12日上午，安宁市民政局召开机关支部书
记例会，通报一季度党建工作情况。
■ 连然街道开展党员志愿服务
今年以来，连然街道组织党员志愿者走访
独居老人120余户次。
● 10日，太平新城党工委举办党务干部培训班，30余名党务干部参加。
培训围绕发展党员、党费收缴等内容展开。
"""


def test_brief_items_are_articles_and_their_marker_is_not_in_the_title():
    parsed = parse(BRIEFS)
    assert titles(parsed) == ["安宁市民政局召开支部书记例会", "连然街道开展党员志愿服务", None]
    assert parsed.articles[2].paragraphs[0].startswith("10日，太平新城党工委举办")
    assert "●" not in parsed.articles[2].title


THEORY = """理论周刊

把调查研究贯穿民政工作全过程

文/欧阳明澈

调查研究是谋事之基、成事之道。
民政部门直接面对群众，更要把功夫下在基层。
一、坚持问题导向
要聚焦群众急难愁盼，找准制约发展的堵点。
二、注重成果转化
调研成果要及时转化为政策举措。
（作者系云南大学马克思主义学院副教授）

让党员在服务中亮身份

本报评论员

党员亮身份，群众才能找得到、信得过。
各级党组织要为党员搭建服务平台。
"""


def test_theory_page_bylines_author_notes_and_numbered_subheadings():
    parsed = parse(THEORY, publication="滇池理论周刊")
    assert titles(parsed) == ["把调查研究贯穿民政工作全过程", "让党员在服务中亮身份"]
    first, second = parsed.articles
    assert first.attribution == "文/欧阳明澈（作者系云南大学马克思主义学院副教授）"
    assert first.paragraphs[0].startswith("调查研究是")
    assert "一、坚持问题导向" in first.paragraphs and "二、注重成果转化" in first.paragraphs
    assert second.attribution == "本报评论员" and second.source == "滇池理论周刊"
    assert second.paragraphs[0].startswith("党员亮身份")


def test_the_authors_name_alone_under_the_title_is_the_byline():
    parsed = parse("""在基层治理中发挥党组织作用

司马云舒

基层党组织是党在社会基层组织中的战斗堡垒。
要把党组织的政治优势转化为治理效能。
""")
    assert titles(parsed) == ["在基层治理中发挥党组织作用"]
    assert parsed.articles[0].attribution == "司马云舒"
    assert "司马云舒" in parsed.articles[0].people


DATELINES = """省民政厅部署开展党纪学习教育

本报昆明5月12日电（记者 段晓岚）5月10日，省民政厅召开
党纪学习教育动员部署会，厅党组书记、厅长杨振华出
席会议并讲话。
会议要求，要原原本本学条例。

曲靖市民政局开展“强基”行动

本报讯（通讯员 普玉清）近日，曲靖市民政局启动“强基”行动，推动机关党建和业务融合。
（据曲靖市民政局）
"""


def test_datelines_go_to_the_attribution_and_name_the_source():
    parsed = parse(DATELINES)
    first, second = parsed.articles
    assert first.attribution == "本报昆明5月12日电（记者 段晓岚）"
    assert first.paragraphs[0].startswith("5月10日，省民政厅召开")
    assert first.source == "云岭晨报" and first.date == date(2024, 5, 10)
    assert second.attribution == "本报讯（通讯员 普玉清）（据曲靖市民政局）"
    assert second.paragraphs[0].startswith("近日，曲靖市民政局")
    assert second.source == "曲靖市民政局"


def test_kicker_and_subtitle_belong_to_the_title_and_labels_are_furniture():
    parsed = parse("""【党建引领】

聚焦主题教育成果转化
红河州民政局把党建引领贯穿基层治理全过程
——蒙自市“党建+网格”工作见闻

5月中旬，记者走进蒙自市多个社区，看到党员网格员穿梭在
楼栋之间，帮助居民解决实际问题。
“有事找网格员，已经成了大家的习惯。”社区居民说。
（据红河州民政局）

清廉机关·经验交流

文山州社会组织党委召开年度述职会

5月8日，文山州社会组织党委召开述职评议会，10名社会
组织党组织书记现场述职。
（来源：文山州民政局）
""")
    assert titles(parsed) == ["聚焦主题教育成果转化红河州民政局把党建引领贯穿基层治理全过程——蒙自市“党建+网格”工作见闻",
                              "文山州社会组织党委召开年度述职会"]
    labels = [n.text for n in parsed.noise]
    assert "【党建引领】" in labels and "清廉机关·经验交流" in labels
    assert "清廉机关" not in parsed.articles[1].slogans      # the label is not the article's


def test_an_interview_stays_one_article():
    parsed = parse("""让社会组织党建“活”起来
——访玉溪市社会组织综合党委书记李晓岚

记者：玉溪市在社会组织党建上有哪些新做法？
李晓岚：我们推行“一会一品”，每个行业协会都有自己的党建品牌。
记者：下一步有什么打算？
李晓岚：把党建优势转化为发展优势。
问：党员作用如何发挥？
答：设立党员示范岗。
""")
    assert len(parsed.articles) == 1
    assert parsed.articles[0].title == "让社会组织党建“活”起来——访玉溪市社会组织综合党委书记李晓岚"
    assert parsed.articles[0].paragraphs[-1] == "答：设立党员示范岗。"


def test_an_honour_list_stays_one_article():
    parsed = parse("""全州社会组织党建工作先进集体和优秀个人名单

先进集体（3个）
楚雄州餐饮行业协会党支部、楚雄州律师协会党委、
楚雄州物流协会党支部
优秀党务工作者（4名）
张明远、李秋实、王小禾、赵一诺
""")
    assert len(parsed.articles) == 1
    assert parsed.articles[0].title == "全州社会组织党建工作先进集体和优秀个人名单"


def test_a_continued_fragment_has_no_title_and_the_next_article_keeps_its_own():
    parsed = parse("""（上接第1版）
对后进党组织实行“一支部一方案”整顿提升。
省委组织部有关负责同志表示，要坚持以党员群众满意为标准。

【基层党建】

昭通市：“红色驿站”走进小区

本报讯（记者 程一鸣）5月上旬，昭通市民政局在全市推广
“红色驿站”做法。
""")
    assert titles(parsed) == [None, "昭通市：“红色驿站”走进小区"]
    assert parsed.articles[0].paragraphs[-1].endswith("以党员群众满意为标准。")
    assert parsed.articles[1].attribution == "本报讯（记者 程一鸣）"


def test_a_bulletins_masthead_and_distribution_lines_are_not_articles():
    parsed = parse("""普洱民政简报

第5期

普洱市民政局办公室编　2024年5月14日

━━━━━━━━━━━━━━━━

市民政局召开党纪学习教育推进会

5月13日，市民政局召开党纪学习教育推进会，局党组书记刘红梅主持会议。

（局机关党委）

景东县民政局开展廉政谈话

5月9日，景东县民政局对新任职干部开展廉政谈话。

（景东县民政局供稿）

报：市委办公室，市人民政府办公室。
送：市委组织部，市直机关工委。
发：各县（区）民政局，局机关各科室。
""", publication="普洱民政简报")
    assert titles(parsed) == ["市民政局召开党纪学习教育推进会", "景东县民政局开展廉政谈话"]
    reasons = {n.text: n.reason for n in parsed.noise}
    assert reasons["第5期"].startswith("furniture") and reasons["送：市委组织部，市直机关工委。"].startswith("furniture")


def test_a_two_line_title_split_by_a_blank_line_keeps_both_lines():
    parsed = parse("""大理州民政局举办

党务干部能力提升培训班

5月6日至8日，大理州民政局举办党务干部能力提升培训班，60余人参加。
（据大理州民政局）
""")
    assert titles(parsed) == ["大理州民政局举办党务干部能力提升培训班"]


def test_an_ocr_misread_running_head_is_furniture():
    parsed = parse("""2024年]月9日星期二 责任编辑：周小川

保山市民政局开展“三会一课”专项检查

1月8日，保山市民政局对机关各支部落实“三会一课”
制度情况开展专项检查。
（据保山市民政局）
""")
    assert titles(parsed) == ["保山市民政局开展“三会一课”专项检查"]
    assert parsed.noise[0].line == 1


def test_articles_without_attributions_are_cut_at_the_next_headline_and_lead():
    parsed = parse("""临沧市民政局开展主题党日活动

6月28日，临沧市民政局组织党员到社区开展主题党日活动。
活动中，党员们为老人打扫卫生。

凤庆县民政局：把“三会一课”开到田间

今年以来，凤庆县民政局把“三会一课”搬到田间地头。
""")
    assert titles(parsed) == ["临沧市民政局开展主题党日活动", "凤庆县民政局：把“三会一课”开到田间"]


def test_photo_captions_are_paragraphs_of_their_own_and_stay_with_their_article():
    parsed = parse("""迪庆州民政局召开警示教育大会

7月2日，迪庆州民政局召开警示教育大会。
图为大会现场。（扎西次仁 摄）
会议要求，党员干部要严守纪律。
（据迪庆州民政局）
▲ 与会党员观看警示教育片。（格桑 摄）

怒江州民政局举办读书班

7月5日，怒江州民政局举办读书班。
（据怒江州民政局）
""")
    first, second = parsed.articles
    assert "图为大会现场。（扎西次仁摄）" in first.paragraphs
    assert "与会党员观看警示教育片。（格桑摄）" in first.paragraphs      # its ▲ is no part of it (settled)
    assert second.paragraphs[0].startswith("7月5日，怒江州")


def test_a_dot_name_broken_at_its_dot_under_a_title_is_the_byline():
    parsed = parse("""新时代社区治理的三个关键
阿不都热依木·
买买提

社区是基层治理的基本单元。
""")
    assert titles(parsed) == ["新时代社区治理的三个关键"]
    assert parsed.articles[0].attribution == "阿不都热依木·买买提"


def test_an_editors_note_and_short_labels_above_the_first_title_are_not_articles():
    parsed = parse("""特别策划
聚焦基层
编者按：岁末年初，各地民政部门总结一年工作。本版选登
几则来稿。

普洱市民政局召开年度总结会

12月28日，普洱市民政局召开年度党建工作总结会。
（据普洱市民政局）
""")
    assert titles(parsed) == ["普洱市民政局召开年度总结会"]
    reasons = {n.text: n.reason for n in parsed.noise}
    assert reasons["几则来稿。"].startswith("editor's note")
    assert reasons["特别策划"].startswith("furniture: column label")


def test_a_short_bracketed_title_over_its_text_opens_a_brief_but_over_a_headline_is_a_label():
    parsed = parse("""【社区议事会开张】
5日上午，河口县南溪镇首个社区议事会开张，居民代表20余人参加。
【党员先锋岗】
屏边县民政局设立党员先锋岗12个。
【基层党建】
金平县民政局召开支部书记例会
8日，金平县民政局召开支部书记例会。
（据金平县民政局）
""")
    assert titles(parsed) == ["社区议事会开张", "党员先锋岗", "金平县民政局召开支部书记例会"]
    assert "【基层党建】" in [n.text for n in parsed.noise]


def test_a_brief_headline_the_column_carried_on_to_the_next_line_stays_whole():
    parsed = parse("""◆ 绿春县民政局召开年度党建
工作述职评议会
12月28日上午，绿春县民政局召开述职评议会。
◆ 元阳县开展“红色课堂”进村寨活动
今年以来，元阳县组织党员讲师进村宣讲。
""")
    assert titles(parsed) == ["绿春县民政局召开年度党建工作述职评议会", "元阳县开展“红色课堂”进村寨活动"]


def test_another_report_after_a_finished_one_without_attribution_starts_a_new_article():
    parsed = parse("""省民政厅召开机关党建工作会议

12月12日，省民政厅召开机关党建工作会议，部署明年任务。
12月13日，厅机关各支部召开组织生活会。
12月10日，文山州西畴县民政局组织党员开展志愿服务。
""")
    assert len(parsed.articles) == 2
    assert "12月13日，厅机关各支部" in "".join(parsed.articles[0].paragraphs)     # its own body, not a new report
    assert parsed.articles[1].paragraphs[0].startswith("12月10日，文山州西畴县民政局")


def test_variants_a_new_paper_may_print():
    parsed = parse("""（上接第一版）
会议强调，要把学习成果转化为工作实效。

□ 本报记者 和丽萍

红塔区“党建+网格”激活治理末梢

4月8日，红塔区民政局推广“党建+网格”治理模式。
（作者为红塔区民政局干部）
""")
    assert titles(parsed) == [None, "红塔区“党建+网格”激活治理末梢"]
    assert parsed.articles[1].attribution == "本报记者 和丽萍（作者为红塔区民政局干部）"
    assert parsed.noise[0].reason == "continuation note"
