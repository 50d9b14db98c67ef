"""Fourth round on article boundaries for publications never met (issue 15, seg6).

Each page is invented for its test, in habits any paper may print: a bare role over the names
(记者 某某, 通讯员 某某 — no 本报 before it), a column label right above a headline on a page without
blank lines, an editor's credit without its colon, a feature whose lead opens with no date under a
printed byline, and 文｜某某 with a full-width bar. The last test is a guard (it passed before).
"""
import pytest

from index.parse.noise import noise_reason
from index.parse.openings import TOP_BYLINE, is_top_byline
from index.parse.clean import tidy

from .test_publications import parse, titles


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    # The rules' mechanisms: the labeller learns their verdicts only when the lead retrains it.
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


@pytest.mark.parametrize("line", ["通讯员 岑晓川", "记者 鲍一凡", "特约记者 欧阳青禾", "记者 费 宁 通讯员 卜子墨"])
def test_a_bare_role_with_names_is_a_byline(line):
    assert is_top_byline(line) and TOP_BYLINE.match(tidy(line))


@pytest.mark.parametrize("line", ["记者了解到", "记者从县民政局获悉", "记者一行来到", "通讯员队伍不断壮大"])
def test_a_sentence_opening_with_the_role_is_no_byline(line):
    assert not TOP_BYLINE.match(tidy(line))


NO_BLANKS_BARE_ROLES = """廉洁文化进机关
甘泉县民政局机关党委开展廉政教育
本报通讯员 车文澜
6月3日上午，甘泉县民政局机关党委组织党员
干部观看廉政警示教育片。
大家表示，要严守纪律规矩。
关爱老人暖人心
兰溪镇党员志愿者走进敬老院
通讯员 岑晓川
6月8日下午，兰溪镇党员志愿者走进镇敬老院，
为老人理发、打扫卫生。
志愿者们还为老人表演了文艺节目。
"""


def test_a_bare_role_under_a_headline_opens_the_article():
    parsed = parse(NO_BLANKS_BARE_ROLES)
    assert titles(parsed) == ["廉洁文化进机关甘泉县民政局机关党委开展廉政教育", "关爱老人暖人心兰溪镇党员志愿者走进敬老院"]
    assert parsed.articles[1].attribution == "通讯员 岑晓川"
    assert parsed.articles[0].paragraphs[-1].endswith("要严守纪律规矩。")


LABEL_GLUED_ABOVE = """机关党支部开展读书分享会
本报记者 司徒雨桐
5月以来，丰宁县民政局机关党支部开展读书分
享活动6次。
（责任编辑 尤思远）
党建动态
民政干部走进田间地头
——丰宁县民政局开展调查研究综述
记者 鲍一凡
今年以来，丰宁县民政局组织干部深入乡村开展
调查研究，形成调研报告9篇。
"""


def test_a_column_label_glued_above_a_headline_is_no_part_of_it():
    parsed = parse(LABEL_GLUED_ABOVE)
    assert titles(parsed) == ["机关党支部开展读书分享会", "民政干部走进田间地头——丰宁县民政局开展调查研究综述"]
    assert parsed.articles[1].attribution == "记者 鲍一凡"
    assert any("党建动态" in n.text for n in parsed.noise)


def test_a_kicker_glued_above_a_headline_stays_the_titles():
    # A kicker names no section: it is the title's first line, as the guard against over-reach.
    text = LABEL_GLUED_ABOVE.replace("党建动态\n", "深耕一线\n")
    assert parse(text).articles[1].title.startswith("深耕一线民政干部走进田间地头")


@pytest.mark.parametrize("line", ["（责任编辑 尤思远）", "责任编辑 尤思远", "（责编 费宁 卜子墨）"])
def test_an_editors_credit_without_its_colon_is_furniture(line):
    assert noise_reason(line, isolated=False, at_edge=False) == "footer: editors' credits"


def test_a_sentence_opening_with_an_editors_role_is_text():
    assert noise_reason("编辑部召开全体会议", isolated=False, at_edge=False) is None
    assert noise_reason("校对工作要认真细致。", isolated=False, at_edge=False) is None


FEATURE_AFTER_COMMENTARY = """以钉钉子精神抓作风建设
本报评论员
作风建设永远在路上。各级党组织要坚持不懈
抓作风，持之以恒转作风。
要坚决反对形式主义、官僚主义。
把党群服务中心建成群众的家
——记青峰县社会组织党委书记蔺秋实
本报记者 单若水
走进青峰县社会组织党群服务中心，一面面锦旗
挂满墙面。
蔺秋实说：“服务群众是我们的本分。”
"""


def test_a_printed_byline_opens_a_feature_without_a_dated_lead():
    # The first piece has its byline at the top: nothing at its end closes it. The headline run
    # right above 本报记者 某某, after a finished sentence, heads the next piece, whatever its lead says.
    parsed = parse(FEATURE_AFTER_COMMENTARY)
    assert titles(parsed) == ["以钉钉子精神抓作风建设", "把党群服务中心建成群众的家——记青峰县社会组织党委书记蔺秋实"]
    assert parsed.articles[0].paragraphs[-1].endswith("官僚主义。")
    assert parsed.articles[1].attribution == "本报记者 单若水"


def test_a_full_width_bar_byline():
    parsed = parse("""推 动 党 建 与 业 务 深 度 融 合
文｜邵 安 澜
　　近年来，江口县民政局坚持党建引领，推动
党建与业务同频共振。
""")
    assert titles(parsed) == ["推动党建与业务深度融合"]
    assert parsed.articles[0].attribution.startswith("文｜")



JOURNAL_PIECES = """论基层党组织的政治功能
孟清和
　　基层党组织是党的全部工作和战斗力的基
础。我们要不断增强基层党组织的政治功能。
（作者系中共北岭市委党校（北岭行政
学院）副教授）

新时代机关党建的
实践要求与路径
韩光远
　　机关党建是党的建设的重要组成部分。新
时代机关党建要走在前、作表率。
　　一、把握政治方向
　　要把政治建设摆在首位。
"""


def test_a_name_alone_under_a_headline_opens_a_piece_with_no_blank_under_it():
    # A journal's piece: its headline in two lines, its writer's name alone right under it, and the
    # text with no blank between — the name is no headline's end: running text follows it at once.
    parsed = parse(JOURNAL_PIECES)
    assert titles(parsed) == ["论基层党组织的政治功能", "新时代机关党建的实践要求与路径"]
    assert parsed.articles[1].attribution == "韩光远"
    assert parsed.articles[1].paragraphs[0].startswith("机关党建是党的建设")


def test_guard_a_short_heading_with_a_name_under_it_does_not_open_a_piece():
    # A category of an honour list (a few words) with a name under it is no piece's headline.
    text = """柳河镇开展评选活动
本报讯 6月2日，柳河镇评选表彰一批优秀党员。
今年共评选出优秀党员12名。
服务之星
韩光远
韩光远同志长期扎根基层，热心服务群众。
"""
    parsed = parse(text)
    assert titles(parsed) == ["柳河镇开展评选活动"]


def test_a_long_line_of_roles_and_names_is_read_at_once_and_is_no_byline():
    # A bare role with names was one pattern of repeated 2–4-character names: on this line it
    # backtracked without end (the page never parsed). It is read by splitting at the roles now.
    assert not TOP_BYLINE.match("记者甲乙" * 300 + "，")
    assert TOP_BYLINE.match("记者张三通讯员李四") and not TOP_BYLINE.match("记者了解到")
