"""Cutting a page into articles: attributions, leads, titles before, after and missing."""
import pytest

from dangjian.index.parse.clean import page_lines
from dangjian.index.parse.segmentation import derive_title, segment_lines

PAGE = """ 党建

湖南省民政厅召开模范机关
创建推进会

3月 5日，湖南省民政厅在长沙召开
模范机关创建推进会，厅党组书记、
厅长刘志远出席并讲话。
会议要求，要坚定拥护“两个确
立 ”，以模范机关创建推动民政事
业高质量发展。

（湖南省民政厅供稿）

TOPIC

近日， 福建省民政厅举办青年干部
读书班 。厅机关青年干部 60 余人
参加。
读书班安排专题辅导、分组研讨等
环节。

（来源：福建省民政厅）

本报讯（记者 黄一鸣）3月 4日，
广西壮族自治区南宁市民政局召开
党风廉政建设工作会议，局长韦振
东作工作部署。

（通讯员 陆小琴）

为深入推进清廉机关建设，云南
省社会组织综合党委于3月1日在
昆明举办党务干部培训班，50余名
社会组织党组织书记参加培训。

（作者单位：云南省民政厅）

云南省社会组织综合党委举办
党务干部培训班
"""


@pytest.fixture(scope="module")
def pieces():
    return segment_lines(page_lines(PAGE))


def test_page_yields_each_article_once(pieces):
    assert len(pieces) == 4


def test_title_before_article_over_two_lines(pieces):
    assert pieces[0].title == "湖南省民政厅召开模范机关创建推进会"
    assert not pieces[0].title_derived


def test_missing_title_is_derived_from_lead(pieces):
    assert pieces[1].title == "福建省民政厅举办青年干部读书班"
    assert pieces[1].title_derived


def test_benbao_lead_with_byline_attribution(pieces):
    # The 本报讯 byline opening the lead goes to the attribution, before the closing one (issue 15).
    assert pieces[2].paragraphs[0].startswith("3月4日，广西壮族自治区南宁市民政局")
    assert pieces[2].attribution == "本报讯（记者 黄一鸣）（通讯员 陆小琴）"
    assert pieces[2].title == "广西壮族自治区南宁市民政局召开党风廉政建设工作会议"
    assert pieces[2].title_derived


def test_title_after_last_attribution_goes_to_its_article(pieces):
    assert pieces[3].title == "云南省社会组织综合党委举办党务干部培训班"
    assert not pieces[3].title_derived
    assert pieces[3].attribution == "（作者单位：云南省民政厅）"


@pytest.mark.parametrize("n,attribution", [(0, "（湖南省民政厅供稿）"), (1, "（来源：福建省民政厅）")])
def test_attribution_ends_article_and_is_not_body(pieces, n, attribution):
    assert pieces[n].attribution == attribution
    assert attribution not in "".join(pieces[n].paragraphs)


def test_labels_never_reach_article_text(pieces):
    text = "".join(p.title + "".join(p.paragraphs) for p in pieces)
    assert "TOPIC" not in text and not text.startswith("党建")


def test_article_without_attribution_after_benbao_lead_is_split_at_next_lead():
    page = ("本报讯（记者 王芳）5月8日，河北省民政厅召开会议，部署\n重点工作。\n\n"
            "5月9日，石家庄市民政局举办党课，\n局长李强讲授专题党课。\n\n（据石家庄市民政局）\n")
    pieces = segment_lines(page_lines(page))
    assert [p.paragraphs[0][:14] for p in pieces] == ["5月8日，河北省民政厅召开会", "5月9日，石家庄市民政局举办"]
    assert pieces[0].attribution == "本报讯（记者 王芳）"      # the byline opening the lead (issue 15)


@pytest.mark.parametrize("lead,title", [
    ("近日，江苏省民政厅举办党组理论学习中心组第12次理论学习会，邀请专家作报告。",
     "江苏省民政厅举办党组理论学习中心组第12次理论学习会"),
    ("日前，河北省民政厅召开会议。", "河北省民政厅召开会议"),
    ("本报讯（记者 张三）10月8日，陕西省民政厅召开会议。", "陕西省民政厅召开会议"),
    ("为深入推进主题教育，吉林省民政厅于10月23日举办培训班。", "吉林省民政厅于10月23日举办培训班"),
])
def test_derive_title(lead, title):
    assert derive_title([lead]) == title


def test_source_cited_inside_running_text_does_not_end_the_article():
    page = ("3月1日，山东省民政厅组织党员重温入党誓词。（据大众日报）\n活动中，与会人员表示要坚定理想信念。\n\n"
            "（据山东省民政厅）\n")
    pieces = segment_lines(page_lines(page))
    assert len(pieces) == 1 and pieces[0].attribution == "（据山东省民政厅）"


def test_subheading_before_a_dated_paragraph_does_not_split_an_article():
    page = ("3月1日，山东省民政厅召开会议，部署全年工作。\n\n聚焦主责主业推动工作落实\n\n"
            "12月5日，厅机关各支部召开组织生活会。\n\n（据山东省民政厅）\n")
    pieces = segment_lines(page_lines(page))
    assert len(pieces) == 1 and pieces[0].attribution == "（据山东省民政厅）"


def test_articles_without_blank_lines_between_them():
    page = ("江苏省民政厅召开学习会\n近日，江苏省民政厅召开党组理论学习中心组学习会。\n（据江苏省民政厅）\n"
            "本报讯（记者 李四）3月2日，天津市民政局召开会议，部署工作。\n（据天津市民政局）\n")
    pieces = segment_lines(page_lines(page))
    assert [p.title for p in pieces] == ["江苏省民政厅召开学习会", "天津市民政局召开会议"]
    assert [p.title_derived for p in pieces] == [False, True]


def test_derived_title_drops_a_date_range_across_years():
    assert derive_title(["2023年12月30日至2024年1月2日，北京市民政局举办培训班。"]) == "北京市民政局举办培训班"


# Failure class 3 (issue 8): an attribution broken across lines still ends its article.
@pytest.mark.parametrize("first, second, source", [
    ("（据新疆维吾尔自治区", "民政厅）", "新疆维吾尔自治区民政厅"),
    ("（来源：吉林省社会", "组织联合党委）", "吉林省社会组织联合党委"),
    ("（吉林省民政厅", "供稿）", "吉林省民政厅"),
    ("（通讯员", "葛明华）", None),
])
def test_attribution_broken_across_lines_ends_its_article(first, second, source):
    from dangjian.index.parse.metadata import parse_attribution
    page = (f"第一篇标题\n\n近日，某地召开会议。会议要求，\n抓好落实。\n{first}\n{second}\n\n"
            "第二篇标题\n\n日前，另一地召开会议。会议指出，\n要抓好落实。\n（据山东省民政厅）\n")
    pieces = segment_lines(page_lines(page))
    assert [p.title for p in pieces] == ["第一篇标题", "第二篇标题"]
    assert "".join(pieces[0].attribution.split()) == "".join((first + second).split())
    assert parse_attribution(pieces[0].attribution)[0] == source
    assert pieces[1].paragraphs[0].startswith("日前")


# Failure class 5: a page with only headers, labels and footers is skipped with a reason.
def test_page_without_articles_is_skipped_with_its_reason(tmp_path):
    from dangjian.index.parse.pipeline import parse_paths
    from dangjian.index.parse.records import Report
    page = tmp_path / "公益时报" / "2024-03-12" / "04.txt"
    page.parent.mkdir(parents=True)
    page.write_text("4  2024年3月12日 星期二  责任编辑：王某\n\n党建\n\n美编：李某  校对：张某\n", encoding="utf-8")
    report = Report()
    assert list(parse_paths([tmp_path], report)) == []
    assert [s.path for s in report.skipped] == ["公益时报/2024-03-12/04.txt"]
    assert "no article" in report.skipped[0].reason


def test_derived_title_skips_a_purpose_clause_before_the_date():
    lead = "为深入学习贯彻“四个意识”，2023年12月16日，泉州市民政局开展主题党日活动。"
    assert derive_title([lead]) == "泉州市民政局开展主题党日活动"
