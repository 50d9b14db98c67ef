"""Seventh round on article boundaries for publications never met (issue 15, seg7).

Each page is invented for its test, in habits any paper may print: a 【headline】 the column broke
with the item's text running on after 】, a pull quote set in 【】, a writer's name right above the
text of a theory piece, a second role line under a byline, a headline under an honour list, a
caption with a bare credit (……现场。　　记者 某某 摄), a media centre's reporter (融媒记者 某某) and
its datelines (本台讯, 融媒讯（…）), a marked column label above brief items, a double-spaced
headline down to its dateline, and a Word bulletin's bold list categories.
"""
import time

import pytest

from index.parse.clean import tidy
from index.parse.openings import DATELINE, TOP_BYLINE, brief_starts, split_dateline

from .test_publications import parse, titles


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    # The rules' mechanisms: the labeller learns their verdicts only when the lead retrains it.
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


BROKEN_BRACKETS = """滨湖融媒
快讯
【镇民政办举办社会救助政策专题培
训班】9日至10日，镇民政办举办社
会救助政策专题培训，各村协理员参加。
【西岭村党支部开展“银发课堂”
】14日上午，西岭村党支部邀请老党员
为村民讲授防范电信诈骗知识。
【县社工站开展“四点半课堂”志愿服
务】15日，县社工站组织志愿者为留守
儿童辅导作业。
"""


def test_a_broken_bracket_headline_with_text_after_it_is_one_item():
    parsed = parse(BROKEN_BRACKETS, "滨湖融媒")
    assert titles(parsed) == ["镇民政办举办社会救助政策专题培训班", "西岭村党支部开展“银发课堂”",
                              "县社工站开展“四点半课堂”志愿服务"]
    assert parsed.articles[0].paragraphs[0].startswith("9日至10日，")
    assert parsed.articles[1].paragraphs[0].startswith("14日上午，")


BRACKET_PULL_QUOTE = """清风机关建设重在日常
特约评论员
清风机关建设不能靠一时一事，要日积月累、常抓不懈。要把制度挺在前面，让廉洁成为党员干部的日常习惯。

【让廉洁成为党员干部的日
常习惯】

各支部要把清风机关建设同业务工作一起谋划、一起推进，做到两手抓、两不误。
"""


def test_a_bracketed_line_repeating_the_text_above_is_a_pull_quote():
    parsed = parse(BRACKET_PULL_QUOTE, "江城理论周刊")
    assert len(parsed.articles) == 1
    body = "".join(parsed.articles[0].paragraphs)
    assert "【" not in body and body.endswith("做到两手抓、两不误。")
    assert any("让廉洁成为党员干部的日" in n.text for n in parsed.noise)


NAME_RIGHT_ABOVE_THE_TEXT = """（上接第3版）

各地民政部门要把学习成果同推进养老服务改革结合起来，持续深化清风机
关建设，


以“三个强化”推动行业协会党建提质

欧阳青禾
近年来，行业协会党建工作取得明显成效，但仍存在覆盖不均等问题。
要坚持应建尽建，对暂不具备单独组建条件的协会采取联合组建等方式扩大覆盖。

（作者系某大学马克思主义学院讲师）
"""


def test_a_name_right_above_the_text_opens_a_piece_after_a_fragment():
    parsed = parse(NAME_RIGHT_ABOVE_THE_TEXT, "江城日报")
    assert len(parsed.articles) == 2
    assert titles(parsed)[1] == "以“三个强化”推动行业协会党建提质"
    assert parsed.articles[1].attribution.startswith("欧阳青禾")
    assert parsed.articles[0].paragraphs[-1].endswith("持续深化清风机关建设，")


SECOND_ROLE_LINE = """红色驿站温暖新就业群体

江川区推动党建服务进商圈

本报记者 范青禾

通讯员 买买提江

·吾斯曼

5月上旬，江川区委社会工作部在辖区商圈建成“红色驿站”8个，为快递员、外卖骑手提供休息、充电服务。

驿站还定期开展政策宣讲和健康义诊。
"""


def test_a_second_role_line_under_a_byline_is_the_byline_s():
    parsed = parse(SECOND_ROLE_LINE, "江城日报")
    assert len(parsed.articles) == 1
    assert parsed.articles[0].attribution == "本报记者 范青禾 通讯员 买买提江·吾斯曼"
    assert parsed.articles[0].paragraphs[0].startswith("5月上旬，")


BYLINE_AFTER_A_CAPTION = """县民政局举办党务干部培训班

本报讯（记者 范青禾）3日至5日，县民政局举办党务干部培训班，60余名党务干部参加。

图为培训现场。
（柏一鸣 摄）

让为民服务成为党员的自觉行动

本报评论员

民政工作连着千家万户。做好新时代民政工作，必须把为民服务落到每一件小事上。
"""


def test_a_byline_under_a_headline_after_a_photo_credit_opens_the_next_piece():
    parsed = parse(BYLINE_AFTER_A_CAPTION, "江城日报")
    assert titles(parsed) == ["县民政局举办党务干部培训班", "让为民服务成为党员的自觉行动"]
    assert parsed.articles[1].attribution == "本报评论员"


HEADLINE_UNDER_A_LIST = """本报讯（记者 范青禾）6月下旬，市民政局机关党委召开“七一”表彰会。
会上表彰了一批优秀共产党员。名单如下：
优秀共产党员（4名）
欧阳明、邝秋实、岑立新、尤思远
市社会组织党委开展“红色领航”行动
本报讯（记者 柏一鸣 通讯员 邝秋实）今年以来，市社会组织党委开展“红色领航”行动，组建党员志愿队20支。
行动覆盖全市社会组织300余家。
"""


def test_a_headline_under_an_honour_list_opens_the_next_report():
    parsed = parse(HEADLINE_UNDER_A_LIST, "江城日报")
    assert len(parsed.articles) == 2
    assert parsed.articles[0].paragraphs[-1].endswith("尤思远")
    assert "市社会组织党委开展“红色领航”行动" not in "".join(parsed.articles[0].paragraphs)


BARE_CREDIT_CAPTIONS = """市民政局召开年度述职评议会
　　本报讯（记者 柏一鸣）12月27日，市民政局召开年度基层党组织书记述职评议会，各支部书记逐一述职。
评议会现场。　　记者 柏一鸣 摄
　　局党组书记在点评时指出，要把机关党建和民政业务深度融合。
　　会议还对下一年度重点工作作了部署。
观摩会现场。　　通讯员 邝秋实 摄

西城区社会组织党建指导员上岗
　　3月8日，西城区社会组织党委选派的30名党建指导员全部上岗。
　　指导员将帮助社会组织规范落实“三会一课”。
"""


def test_a_caption_with_a_bare_credit_is_set_apart_and_ends_no_article_s_text():
    parsed = parse(BARE_CREDIT_CAPTIONS, "江城晚报")
    assert len(parsed.articles) == 2
    first = parsed.articles[0].paragraphs
    assert "评议会现场。记者 柏一鸣 摄" in [p.replace("\u3000", "") for p in first] or any(
        p.startswith("评议会现场") and p.endswith("摄") for p in first)
    assert any(p.startswith("局党组书记在点评时指出") for p in first)
    assert titles(parsed)[1] == "西城区社会组织党建指导员上岗"


@pytest.mark.parametrize("line", ["融媒记者 萨日娜", "县融媒体中心记者 那日苏 通讯员 邝秋实", "融媒记者 阿依古丽·吐尔逊"])
def test_a_medium_s_reporter_is_a_byline(line):
    assert TOP_BYLINE.match(tidy(line))


@pytest.mark.parametrize("line", ["本报记者 柏一鸣 摄", "融媒记者 萨日娜 摄", "融媒记者了解到", "文章记者"])
def test_a_credit_or_a_sentence_is_no_medium_byline(line):
    assert not TOP_BYLINE.match(tidy(line))


@pytest.mark.parametrize("lead, dateline", [
    ("本台讯（记者 次旺）5月3日，县民政局召开会议。", "本台讯（记者 次旺）"),
    ("融媒讯（记者 温一帆 通讯员 邝秋实）4月9日，镇党委开展活动。", "融媒讯（记者 温一帆 通讯员 邝秋实）"),
    ("滨湖网讯（记者 柏一鸣）近日，区民政局开展走访。", "滨湖网讯（记者 柏一鸣）"),
])
def test_a_media_centre_s_dateline_opens_the_lead(lead, dateline):
    assert split_dateline(lead)[0] == dateline


def test_a_word_ending_in_xun_is_no_dateline():
    assert DATELINE.match("通讯员队伍不断壮大，") is None or DATELINE.match("通讯员队伍不断壮大，").group(0) == ""
    assert split_dateline("资讯网讯息发布后，群众纷纷点赞。")[0] is None


DATELINE_UNDER_A_HEADLINE = """雪城融媒
市社会组织党委召开学习
贯彻全会精神
座谈会
本台讯（记者 次旺）10月11日上午，市社会组织党委召开座谈会，交流学习体会。
10家社会组织党组织负责人作交流发言。
（通讯员 强巴）
"""


def test_a_headline_s_last_line_above_a_media_dateline_stays_in_the_headline():
    parsed = parse(DATELINE_UNDER_A_HEADLINE, "雪城融媒")
    assert titles(parsed) == ["市社会组织党委召开学习贯彻全会精神座谈会"]
    assert parsed.articles[0].attribution.startswith("本台讯（记者 次旺）")


MARKED_LABEL = """县民政局推进清风机关建设
今年以来，县民政局把清风机关建设与民政业务深度融合，开展廉政教育12场。
（县民政局供稿）

■ 党建快讯
■ 镇民政办召开党员大会
4月9日，镇民政办召开党员大会，通报一季度党建工作。
■ 社区开展党员志愿服务
4月中旬，社区组织党员志愿者走访独居老人30余户。

简讯
● 1月6日上午，县社会组织党委召开书记例会，部署全年工作。
● 近日，县民政局机关党支部开展主题党日活动。
"""


def test_a_marked_label_above_the_items_is_no_item():
    parsed = parse(MARKED_LABEL, "江城日报")
    assert len(parsed.articles) == 5
    assert "党建快讯" not in [a.title for a in parsed.articles]
    assert not any(p in ("党建快讯", "简讯") for a in parsed.articles for p in a.paragraphs)


SPACED_KICKER = """2024年10月15日  星期二

江城日报 · 党建

凝心聚力强根基

区民政局举办学习贯彻全会

精神专题读书班

本报讯（记者 柏一鸣 通

讯员 邝秋实）10月8日

至10日，区民政局举办学

习贯彻全会精神专题读书

班，局机关各科室负责人

参加学习。

读书班采取个人自学、分

组研讨相结合的方式。

西城区民政局“周末夜学”成为机关品牌

今年以来，西城区民政局坚

持每周组织机关党员集中

学习，已开展36期。

（西城区民政局供稿）
"""


def test_a_double_spaced_kicker_and_headline_down_to_the_dateline_are_one_title():
    parsed = parse(SPACED_KICKER, "江城日报")
    assert titles(parsed) == ["凝心聚力强根基区民政局举办学习贯彻全会精神专题读书班", "西城区民政局“周末夜学”成为机关品牌"]


CAPTION_THEN_TEXT = """市民政局召开“七一”表彰大会

　　本报讯　6月30日上午，市民政局召开“七一”表彰大会，对优秀共产党员进行表彰。

图为表彰大会现场。（柏一鸣 摄）

　　局党组书记、局长以“以学铸魂、以学增智、以学正风、以学促干”

为题讲授专题党课，勉励党员干部把学习成果转化为实际成效。
（记者 柏一鸣）
"""


def test_text_under_a_caption_goes_on_with_the_article():
    parsed = parse(CAPTION_THEN_TEXT, "江城日报")
    assert len(parsed.articles) == 1
    assert parsed.articles[0].paragraphs[-1].endswith("转化为实际成效。")


def test_brief_starts_keeps_every_line_number_of_a_broken_headline():
    from index.parse.clean import Ln
    lines = [Ln("【镇民政办举办专题培", (1,)), Ln("训班】9日，镇民政办举办培训。", (2,))]
    out, starts = brief_starts(lines)
    assert starts == {1}
    assert {n for ln in out for n in getattr(ln, "nos", ())} == {1, 2}


@pytest.mark.parametrize("piece", ["【让", "融媒记者", "本台讯（", "网讯（记者 "])
def test_no_new_pattern_backtracks_without_end(piece):
    text = piece * 3000
    start = time.perf_counter()
    TOP_BYLINE.match(tidy(text[:600]))
    DATELINE.match(text)
    brief_starts([text, text[:50], "】" + text[:40]])
    assert time.perf_counter() - start < 2.0


DISTRICT_REPORT = """江城日报
党建周刊
莲湖区“红色物业”托起社区幸福生活
——莲湖区推进物业服务企业党建工作见闻
本报记者 柏一鸣 通讯员 邝秋实
走进莲湖区北院门街道的一个老旧
小区，楼道整洁、停车有序。
居民说，报修的事情当天就有人上门。
今年以来，莲湖区委社会工作部
推动物业企业党组织与社区党组织
联建共建，组建党员志愿服务队46支。
区委社会工作部负责人表示，将坚持
党建引领社区治理。
"""


def test_a_lead_naming_the_reports_own_district_body_opens_no_new_report():
    parsed = parse(DISTRICT_REPORT, "江城日报")
    assert len(parsed.articles) == 1
    assert parsed.articles[0].attribution == "本报记者 柏一鸣 通讯员 邝秋实"


def _bold_bulletin(path):
    import docx
    document = docx.Document()
    for text, bold in [("江城民政简报", True), ("第1期", False), ("江城市民政局机关党委　　2025年1月10日", False),
                       ("━" * 20, False),
                       ("局机关党委表扬一批优秀共产党员", True),
                       ("12月30日，局机关党委印发通报，对年度优秀共产党员予以表扬。名单如下：", False),
                       ("优秀共产党员（4名）", True), ("欧阳明、邝秋实、岑立新、尤思远", False),
                       ("优秀党务工作者（2名）", True), ("柏一鸣、温一帆", False),
                       ("（局机关党委供稿）", False),
                       ("西城区民政局部署年度党建工作", True),
                       ("1月8日，西城区民政局召开党建工作会议，部署今年党建重点任务。", False),
                       ("（西城区民政局）", False)]:
        run = document.add_paragraph().add_run(text)
        run.bold = bold
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def test_a_bold_list_category_in_a_word_bulletin_is_no_headline(tmp_path):
    from dangjian.index.parse.pipeline import parse_file
    path = _bold_bulletin(tmp_path / "江城民政简报" / "2025-01-10" / "01.docx")
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == ["局机关党委表扬一批优秀共产党员", "西城区民政局部署年度党建工作"]
    assert "欧阳明、邝秋实、岑立新、尤思远" in "".join(parsed.articles[0].paragraphs)


SPLIT_HEADLINE_OVER_BYLINE = """（上接第5版）

会议要求，班子成员要以这次民主生活会为新的起点，推动机关作风持续向好。

寒潮里的守护
莲湖区民政局党员干部

走访慰问困难群众

本报记者 柏一鸣

1月上旬，莲湖区迎来入冬以来最强寒潮，区民政局组织党员干部逐户走访低保户和独居老人。

党员干部还帮助老人清理烟道、搬运柴火。
"""


def test_a_byline_under_a_headline_a_blank_split_opens_the_article():
    parsed = parse(SPLIT_HEADLINE_OVER_BYLINE, "江城日报")
    assert len(parsed.articles) == 2
    assert parsed.articles[1].attribution == "本报记者 柏一鸣"
    assert parsed.articles[1].paragraphs[0].startswith("1月上旬，")


RELATED_BOX_UNDER_A_LABEL = """党建引领让楼宇亮起“红色灯塔”

本刊记者 柏一鸣

记者：楼宇党建下一步怎么做？

邝秋实：我们将推动党建引领与社会组织发展同频共振，让每一幢楼宇都亮起“红色灯塔”。

相关链接

莲湖区楼宇党建“三个一”工作法

　　每幢重点楼宇建立一个党群服务站

、配备一名党建指导员、每月开展一次主题党日。

（来源：莲湖区社会组织服务中心）
"""


def test_a_related_box_under_its_label_alone_is_an_article_of_its_own():
    parsed = parse(RELATED_BOX_UNDER_A_LABEL, "江城社会组织")
    assert titles(parsed) == ["党建引领让楼宇亮起“红色灯塔”", "莲湖区楼宇党建“三个一”工作法"]
    assert parsed.articles[0].attribution == "本刊记者 柏一鸣"
    assert parsed.articles[1].paragraphs[0].startswith("每幢重点楼宇建立一个党群服务站")
    assert not any("相关链接" in p for a in parsed.articles for p in a.paragraphs)


TITLES_AFTER_BYLINED_PIECES = """江城社会报　2024年7月17日 星期三　第2版
□本报记者 柏一鸣 通讯员 邝秋实
7月1日，市委社会工作部组织快递员、外卖配送员等新就业群体中的党员代表，
走进革命纪念馆开展主题党日活动。
活动中，党员们重温入党誓词，参观主题展览。
市委社会工作部组织
新就业群体党员开展主题党日活动
□本报记者 温一帆 通讯员 岑立新
7月10日下午，莲湖区民政局机关党委组织党员志愿者走进区福利院，
开展“情暖一老一小”志愿服务活动。
局机关党委书记表示，要把学习教育成果转化为服务群众的实际行动。
莲湖区民政局：党员志愿服务
温暖“一老一小”
"""


def test_the_last_bylined_piece_takes_the_headline_printed_under_its_text():
    parsed = parse(TITLES_AFTER_BYLINED_PIECES, "江城社会报")
    assert titles(parsed) == ["市委社会工作部组织新就业群体党员开展主题党日活动", "莲湖区民政局：党员志愿服务温暖“一老一小”"]
    assert parsed.articles[1].paragraphs[-1].endswith("实际行动。")


UNFINISHED_PULL_QUOTE = """以高质量党建引领养老服务高质量发展

柏一鸣

（一）始终把政治建设摆在首位

区民政局首先是政治机关。要坚持以党的

创新理论凝心铸魂，严格落实“第一议题”制

度。

养老服务做得好不好，最终要看老人

的感受

（二）坚持围绕中心、服务大局

养老服务做得好不好，最终要看老人的感

受。要把党建工作融入养老服务全过程，

推动党建和业务深度融合。

（作者系某大学马克思主义学院教授）
"""


def test_an_unfinished_quote_of_the_paragraph_below_is_a_pull_quote():
    parsed = parse(UNFINISHED_PULL_QUOTE, "江城理论")
    assert len(parsed.articles) == 1
    body = parsed.articles[0].paragraphs
    assert "（二）坚持围绕中心、服务大局" in body
    assert "".join(body).count("养老服务做得好不好") == 1
