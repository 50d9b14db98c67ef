"""Metadata: event dates, slogan terms, people, agencies and provinces, named as staff filter by them."""
from datetime import date

import pytest

from dangjian.index.parse.metadata import (agencies_in, complete_agency, event_date, extract_metadata, parse_attribution,
                            people_in, places_in, slogans_in)
from dangjian.index.parse.lexicon import load_lexicon

ISSUE = date(2023, 10, 31)


@pytest.mark.parametrize("lead,issue,expected", [
    ("10月26日，山东省民政厅召开会议。", ISSUE, date(2023, 10, 26)),
    ("10月 26日，会议召开。", ISSUE, date(2023, 10, 26)),
    ("10月26日，会议召开。".replace("10", "１０").replace("26", "２６"), ISSUE, None),   # raw full-width: see below
    ("省社会组织联合党委于10月23至25日在延吉市举办培训班。", ISSUE, date(2023, 10, 23)),
    ("10月23日至25日，培训班举办。", ISSUE, date(2023, 10, 23)),
    ("2022年12月20日至22日，会议召开。", ISSUE, date(2022, 12, 20)),
    ("2023年10月26日，会议召开。", ISSUE, date(2023, 10, 26)),
    ("近日，江苏省民政厅举办学习会。", ISSUE, ISSUE),
    ("日前，会议召开。", ISSUE, ISSUE),
    ("近期，会议召开。", ISSUE, ISSUE),
    ("12月28日，会议召开。", date(2024, 1, 9), date(2023, 12, 28)),      # December event, January issue
    ("1月5日，会议召开。", date(2024, 1, 9), date(2024, 1, 5)),
    ("10月26日，会议召开。", None, None),                                  # unknown year stays unknown
    ("会议召开。", ISSUE, ISSUE),                                          # no date: the issue date stands
])
def test_event_date(lead, issue, expected):
    from dangjian.index.parse.clean import normalize
    if "１" in lead:   # the pipeline normalizes full-width digits before metadata sees them
        assert event_date(normalize(lead), issue) == date(2023, 10, 26)
    else:
        assert event_date(lead, issue) == expected


def test_slogans_found_after_cleaning_and_in_canonical_form():
    from dangjian.index.parse.clean import join_lines
    text = join_lines(["拥护 “两个确立 ”，树牢 “四", "个意识 ”，坚定“四个自信”，做到 “两个维护 ”，推进主题教",
                       "育和模范机关建设省市县“三级联", "动”工作，落实“五个坚持”。"])
    assert slogans_in(text) == ["两个确立", "四个意识", "四个自信", "两个维护", "主题教育", "模范机关", "三级联动", "五个坚持"]


@pytest.mark.parametrize("text,found", [
    ("落实“三张清单”要求", ["三张清单"]),
    ("推行“双报到”制度", ["双报到"]),
    ("防止“两张皮”", []),                 # colloquial, not a formulation
    ("关爱“一老一小”", []),
    ("做到“四个一”", ["四个一"]),
])
def test_new_numbered_formulations(text, found):
    assert slogans_in(text) == found


@pytest.mark.parametrize("text,people", [
    ("省民政厅党组书记、厅长庄严出席会议并讲话。", ["庄严"]),
    ("厅党组书记、厅长谢晓军出席会议，机关党委书记戚锡生主持会议。", ["谢晓军", "戚锡生"]),
    ("邀请南京陆军指挥学院教授张政文作专题辅导报告。", ["张政文"]),
    ("深入学习贯彻习近平总书记重要讲话精神。", []),
    ("厅长阿布都热合曼·吐尔逊出席会议。", ["阿布都热合曼·吐尔逊"]),
    ("本报讯（记者 吴晓岚 通讯员 陈立）", ["吴晓岚", "陈立"]),
])
def test_people(text, people):
    assert people_in(text) == people


def test_people_never_include_xi():
    assert "习近平" not in people_in("总书记习近平出席会议。书记习近平强调")


@pytest.mark.parametrize("text,expected", [
    ("山东省民政厅党组召开会议", [("山东省民政厅", "山东")]),
    ("宁夏回族自治区银川市民政局召开会议", [("银川市民政局", "宁夏")]),
    ("吉林省社会组织联合党委举办培训班", [("吉林省社会组织联合党委", "吉林")]),
    ("延吉市民政局开展活动", [("延吉市民政局", "吉林")]),
    ("莘县民政局开展宣传", [("莘县民政局", "山东")]),
    ("省民政厅召开会议", [("省民政厅", None)]),
    ("厅机关党委召开会议", []),
])
def test_agencies_named_as_institutions(text, expected):
    assert agencies_in(text) == expected


def test_abbreviated_agency_completed_with_province():
    lex = load_lexicon()
    assert complete_agency("省民政厅", "山东", lex) == "山东省民政厅"
    assert complete_agency("省民政厅", "内蒙古", lex) == "内蒙古自治区民政厅"
    assert complete_agency("省民政厅", None, lex) is None


@pytest.mark.parametrize("attribution,source,people", [
    ("（据山东省民政厅）", "山东省民政厅", []),
    ("（山东省民政厅供稿）", "山东省民政厅", []),
    ("（来源：山东省民政厅）", "山东省民政厅", []),
    ("（作者单位：昆明市民政局）", "昆明市民政局", []),      # an agency reporting its own work
    ("（作者单位：中共山东省委党校）", None, []),            # a theory piece's author: no source
    ("（通讯员 马志强 王倩）", None, ["马志强", "王倩"]),
])
def test_parse_attribution(attribution, source, people):
    assert parse_attribution(attribution) == (source, people)


def test_places_identify_province_without_naming_it():
    meta = extract_metadata("延吉市民政局举办培训班", ["10月8日，延吉市民政局举办党务干部培训班，局长金哲洙出席。"],
                            "（据延吉市民政局）", ISSUE)
    assert (meta.province, meta.agency, meta.source, meta.date) == ("吉林", "延吉市民政局", "延吉市民政局", date(2023, 10, 8))
    assert "延吉" in places_in("在延吉市举办")


@pytest.mark.parametrize("term", load_lexicon().slogans)
def test_every_lexicon_term_found_when_broken_and_spaced(term):
    from dangjian.index.parse.clean import join_lines
    half = len(term) // 2
    quoted = len(term) <= 8 and "、" not in term
    lines = [f"要坚持“{term[:half]} " if quoted else f"要坚持{term[:half]} ", f"{term[half:]} ”，推进工作。" if quoted else f"{term[half:]}，推进工作。"]
    assert term in slogans_in(join_lines(lines))


@pytest.mark.parametrize("text,province", [
    ("山东省民政厅召开会议", "山东"), ("内蒙古自治区民政厅召开会议", "内蒙古"), ("广西壮族自治区民政厅召开会议", "广西"),
    ("滨州市民政局召开会议", "山东"), ("莘县民政局召开会议", "山东"), ("延吉市民政局召开会议", "吉林"),
])
def test_province_from_full_short_or_city_names(text, province):
    meta = extract_metadata(text, [f"3月1日，{text}，部署工作。"], None, ISSUE)
    assert meta.province == province


def test_province_from_places_when_no_agency_named():
    meta = extract_metadata("志愿服务活动", ["3月1日，滨州、济南等地开展志愿服务活动。"], None, ISSUE)
    assert meta.province == "山东" and meta.agency is None


def test_provincial_work_committee_is_an_agency():
    meta = extract_metadata("会议", ["3月1日，山东省委省直机关工委召开会议。"], None, ISSUE)
    assert meta.agency == "山东省委省直机关工委"


def test_national_article_gets_no_province():
    meta = extract_metadata("民政部召开会议", ["3月1日，民政部召开会议，江苏、浙江、山东作交流发言。"], None, ISSUE)
    assert meta.province is None and meta.agency == "民政部"


def test_tie_between_provinces_gives_none():
    meta = extract_metadata("交流活动", ["3月1日，江苏、浙江两地开展交流活动。"], None, ISSUE)
    assert meta.province is None


# Failure class 4 (issue 8): every person named, with the role the text gives.
@pytest.mark.parametrize("text, expected", [
    ("副厅长张三丰、李四海，一级巡视员王五岳出席。",
     [("张三丰", "副厅长"), ("李四海", "副厅长"), ("王五岳", "一级巡视员")]),
    ("副主任米热古丽·托合提出席并讲话。", [("米热古丽·托合提", "副主任")]),
    ("副局长王明、阿布都热合曼·吐尔逊参加活动。", [("王明", "副局长"), ("阿布都热合曼·吐尔逊", "副局长")]),
    ("本报讯（记者 葛明华）近日，某地召开会议。", [("葛明华", "记者")]),
])
def test_people_with_roles(text, expected):
    from dangjian.index.parse.metadata import people_with_roles
    assert people_with_roles(text) == expected


@pytest.mark.parametrize("lines", [
    ["副主任热依拉・", "买买提出席会议。"],          # katakana middle dot, line broken right after it
    ["副主任热依拉", "·买买提出席会议。"],
])
def test_minority_name_broken_at_its_dot(lines):
    from dangjian.index.parse.clean import join_lines, normalize
    assert people_in(join_lines([normalize(x) for x in lines])) == ["热依拉·买买提"]


def test_byline_broken_between_and_inside_names():
    from dangjian.index.parse.clean import join_lines
    assert join_lines(["（通讯员 陆峰彤", "吕璐睿）"]) == "（通讯员 陆峰彤 吕璐睿）"
    assert join_lines(["（通讯员 陆峰彤 吕", "璐睿）"]) == "（通讯员 陆峰彤 吕璐睿）"
    meta = extract_metadata("标题", ["近日，某地召开会议。"], "（通讯员 陆峰彤 吕璐睿）", ISSUE)
    assert meta.people == ("陆峰彤", "吕璐睿") and meta.roles == (("陆峰彤", "通讯员"), ("吕璐睿", "通讯员"))


def test_names_broken_across_lines_in_running_text():
    from dangjian.index.parse.clean import join_lines
    from dangjian.index.parse.people import people_with_roles
    text = join_lines(["会议由副厅长张", "三丰主持，副厅长李四海、欧", "阳明华，一级巡视员王五岳出", "席。"])
    assert people_with_roles(text) == [("张三丰", "副厅长"), ("李四海", "副厅长"), ("欧阳明华", "副厅长"),
                                       ("王五岳", "一级巡视员")]
