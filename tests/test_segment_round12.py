"""Twelfth round on article boundaries and titles of text layers (issue 15, seg12).

Each page is invented for its test: a magazine's contents list whose entries carry their page
numbers (the headlines stand on other pages, so they do not recur below), and a box's label
(相关链接, 延伸阅读, 读者来信) or a dot-framed column label (·学习园地·) over a headline — furniture,
never part of the title.
"""
import time

import pytest

from index.parse.furniture import numbered_contents, shape_reason

from .test_publications import parse, titles


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


NUMBERED_CONTENTS = """本期导读
03  坚持把政治建设摆在首位
09  青山镇：网格党建激活基层治理
15  社区书记谈服务群众的三个体会
22  一周要闻

坚持把政治建设摆在首位
文/韩明远
加强机关党的政治建设，是推动各项工作落实的根本
保证。今年以来，市直机关各级党组织把政治建设摆在
首位，推动学习制度化、常态化。
（作者单位：市委党校）
"""


def test_a_contents_list_with_page_numbers_is_furniture():
    parsed = parse(NUMBERED_CONTENTS, publication="北岭党建")
    assert titles(parsed) == ["坚持把政治建设摆在首位"]
    noise = "".join(n.text for n in parsed.noise)
    assert "青山镇：网格党建激活基层治理" in noise and "一周要闻" in noise


SECTIONED_CONTENTS = """目　录
卷首语
02  以奋斗姿态迎接新的一年 …………… 本刊编辑部
理论探索
08  做好新时代机关党建工作的几点思考 …… 赵启明
26  村级组织换届后的班子建设 …… 吕长青

卷首语
以奋斗姿态迎接新的一年
新的一年，各级党组织要以钉钉子精神抓好各项任务
落实，推动党建工作与业务工作深度融合。
本刊编辑部
"""


def test_section_lines_between_numbered_entries_go_with_the_list():
    parsed = parse(SECTIONED_CONTENTS, publication="北岭党建")
    noise = "".join(n.text for n in parsed.noise)
    assert "做好新时代机关党建工作的几点思考" in noise and "理论探索" in noise
    assert all("做好新时代" not in (a.title or "") for a in parsed.articles)
    assert len(parsed.articles) == 1


def test_numbered_body_lines_are_no_contents_list():
    lines = ["今年以来，全县开展以下工作：", "10 月 建成服务站3个，", "11 月 新建党组织5个，", "12 月 完成换届。"]
    assert numbered_contents(lines, [0, 1, 2, 3]) == []
    lines = ["30  社区书记谈", "12  党建时讯", "05  一周要闻"]
    assert numbered_contents(lines, [0, 1, 2]) == []          # numbers that go down are no page numbers


LINK_BOX = """社会组织党建工作现场会在南岭召开
9月5日，全市社会组织党建工作现场会在南岭县召开，与会人员
观摩了县社会组织党群服务中心。
（南岭县民政局供稿）

延伸阅读
什么是“两个覆盖”

　　“两个覆盖”是指党的组织覆盖和党的工作覆盖，凡有3名以上
正式党员的社会组织都应成立党组织。
"""


def test_a_link_box_label_is_no_part_of_its_title():
    parsed = parse(LINK_BOX, publication="南岭融媒")
    assert titles(parsed)[-1] == "什么是“两个覆盖”"
    assert any(n.text.strip() == "延伸阅读" for n in parsed.noise)


READERS_LETTER = """把“三会一课”开出新气象
文/杜衡
“三会一课”是党的组织生活的基本制度，要在内容上求新、
形式上求活。
（作者单位：东林大学马克思主义学院）

读者来信

愿多刊发基层鲜活经验

作为一名村党支部书记，我每期都认真阅读贵刊，希望今后
多刊发村级组织建设的鲜活经验。
（北林县青石镇 顾明远）
"""


def test_a_readers_letter_label_is_furniture():
    parsed = parse(READERS_LETTER, publication="东林党建")
    assert titles(parsed) == ["把“三会一课”开出新气象", "愿多刊发基层鲜活经验"]


def test_dot_framed_and_box_labels_by_shape():
    for line in ("·学习园地·", "— 访谈 —", "延伸阅读", "知识链接", "编读往来"):
        assert shape_reason(line) == "furniture: column label", line
    for line in ("延伸阅读服务链条", "·", "阿依古丽·买买提", "链接群众的桥梁"):
        assert shape_reason(line) is None, line


def test_the_new_patterns_stay_linear():
    nasty = ["0" * 3000 + "  " + "党" * 3000, "·" + "党" * 9000 + "·", "1 " * 3000 + "，"]
    start = time.perf_counter()
    for line in nasty:
        shape_reason(line)
        numbered_contents([line] * 3, [0, 1, 2])
    page = "\n".join(f"{n % 999:02d}  党建工作要闻第{n}条" for n in range(32000))
    numbered_contents(page.split("\n"), list(range(32000)))
    assert time.perf_counter() - start < 2


GLUED_UNDER_LABEL = """全县村级组织换届工作圆满完成
5月20日，全县村级组织换届工作全面完成，新一届村“两委”
班子平均年龄下降6.2岁，大专以上学历占比提高到46%。
（东林县委组织部供稿）

编读往来
望多登村级组织建设经验
我是一名村党支部书记，每期报纸都认真阅读。希望编辑部多刊
发村级组织建设的鲜活经验，为我们提供借鉴。
（北林县青石镇 顾明远）
"""


def test_a_headline_glued_under_a_label_is_the_title():
    parsed = parse(GLUED_UNDER_LABEL, publication="东林时报")
    assert titles(parsed) == ["全县村级组织换届工作圆满完成", "望多登村级组织建设经验"]
    assert parsed.articles[1].paragraphs[0].startswith("我是一名村党支部书记")


BROKEN_HEADLINE_UNDER_LABEL = """全县村级组织换届工作圆满完成
5月20日，全县村级组织换届工作全面完成。
（东林县委组织部供稿）

基层实践

青石镇：“红色管家”
打通服务群众“最后一米”
本报记者 顾明远
在青石镇，一支由党员、退休干部组成的“红色管家”队伍，
活跃在大街小巷。
"""


def test_a_broken_headline_under_a_label_stays_whole():
    parsed = parse(BROKEN_HEADLINE_UNDER_LABEL, publication="东林时报")
    assert titles(parsed)[-1] == "青石镇：“红色管家”打通服务群众“最后一米”"


INDENTED_BOX = """南岭县召开社会组织党建工作推进会
　　9月5日，南岭县召开社会组织党建工作推进会，部署下一阶段
重点任务。
（南岭县民政局供稿）

相关链接
什么是“党建指导员”
　　党建指导员是指由上级党组织选派到社会组织，指导
其开展党建工作的人员。
　　今年全县共选派党建指导员42名。
"""


def test_a_headline_over_an_indented_paragraph_under_a_label():
    parsed = parse(INDENTED_BOX, publication="南岭融媒")
    assert titles(parsed)[-1] == "什么是“党建指导员”"
    assert parsed.articles[-1].paragraphs[0].startswith("党建指导员是指")


BOX_THEN_REPORT = """南岭县召开社会组织党建工作推进会
9月5日，南岭县召开社会组织党建工作推进会，部署下一阶段重点
任务。
（南岭县民政局供稿）

名词解释

什么是“党建指导员”
党建指导员是指由上级党组织选派到社会组织，指导其开展党建
工作的人员。

9月8日，北岭镇社会组织党委举办党务干部培训班，全镇30余名
党务干部参加培训。
（北岭镇供稿）
"""


def test_a_report_under_an_explaining_box_is_its_own():
    parsed = parse(BOX_THEN_REPORT, publication="南岭融媒")
    assert titles(parsed)[:2] == ["南岭县召开社会组织党建工作推进会", "什么是“党建指导员”"]
    assert len(parsed.articles) == 3
    assert parsed.articles[2].paragraphs[0].startswith("9月8日，北岭镇")
    assert parsed.articles[1].attribution in ("", None)


LETTER_WITH_LEAD = """（作者单位：东林大学马克思主义学院）

读者之声
我们村的“议事亭”又热闹起来
去年11月20日，青石镇党委组织党员来到村里，帮
我们修好了议事亭，还教大家用手机参与村务议事。
（北林县青石镇东岗村村民 顾明远）
"""


def test_a_headline_over_a_lead_under_a_label():
    parsed = parse(LETTER_WITH_LEAD, publication="东林党建")
    assert titles(parsed)[-1] == "我们村的“议事亭”又热闹起来"


def test_a_long_page_of_boxes_and_contents_parses_in_linear_time():
    box = "相关链接\n什么是“党建指导员”\n党建指导员是指由上级党组织选派的人员，\n指导社会组织开展党建。\n\n9月8日，北岭镇召开会议。\n\n"
    entries = "".join(f"{n:02d}  社会组织党建工作要闻第{n}条\n" for n in range(1, 99))
    text = entries + "\n" + box * 4000          # some 28,000 lines
    start = time.perf_counter()
    parsed = parse(text, publication="南岭融媒")
    assert time.perf_counter() - start < 60
    assert len(parsed.articles) >= 4000


BOX_THEN_HEADLINE = """全省民政系统推进清廉机关建设
11月10日，全省民政系统清廉机关建设推进会召开，各地交流了
经验做法。
（据省民政厅）

相关链接

“三级联动”是指省、市、县三级民政部门在模范机关创建中协同
推进、结对共建的工作机制。

北岭：“红色驿站”
暖了快递小哥的心

日前，北岭区民政局在街道建成首批6个“红色驿站”，为快递员
提供歇脚、充电等服务。
（据北岭区民政局）
"""


def test_a_headline_under_an_explaining_box_opens_the_next_report():
    parsed = parse(BOX_THEN_HEADLINE, publication="南岭融媒")
    assert titles(parsed) == ["全省民政系统推进清廉机关建设", None, "北岭：“红色驿站”暖了快递小哥的心"]
    assert parsed.articles[2].paragraphs[0].startswith("日前，北岭区民政局")
