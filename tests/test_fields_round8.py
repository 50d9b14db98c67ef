"""Fields, round eight (issue 15): bodies without a known suffix, a town with its county as printed,
an author's school, a banner named short, a page's own place from its furniture, own-desk sources,
a day range without its month, paired slogans.

Every text here is invented for the test, after DOMAIN.md's descriptions and docs/truth_conventions.md.
"""
import time
from datetime import date
from types import SimpleNamespace

import pytest

from dangjian.index.parse.agencies import agencies_in
from dangjian.index.parse.dates import event_date
from dangjian.index.parse.metadata import extract_metadata, page_province_hint
from dangjian.index.parse.slogans import slogans_in
from dangjian.index.parse.sources import source_of


def _agency(title: str, lead: str, attribution: str | None = None, publication: str = "某某融媒",
            paragraphs: tuple[str, ...] = ()) -> str | None:
    return extract_metadata(title, [lead, *paragraphs], attribution, date(2024, 5, 20),
                            publication=publication).agency


# --- bodies no suffix table lists -------------------------------------------------------------------

@pytest.mark.parametrize("lead,expected", [
    ("5月8日，泉州市会计协会党支部组织党员学习党章。", "泉州市会计协会党支部"),
    ("5月8日，南平市餐饮商会党委召开党员大会。", "南平市餐饮商会党委"),
    ("5月9日，沂南县社会工作指导中心组织社工走访老人。", "沂南县社会工作指导中心"),
    ("5月9日，开化县社会福利中心党支部开展主题党日。", "开化县社会福利中心"),
    ("5月9日，天河区社会组织服务中心举办公益创投路演。", "天河区社会组织服务中心"),
    ("5月9日，思明区社会组织党建联盟召开联席会议。", "思明区社会组织党建联盟"),
    ("5月9日，崇仁镇新时代文明实践站开设道德讲堂。", "崇仁镇新时代文明实践站"),
    ("5月9日，中共河北省委党校举办专题研讨会。", "中共河北省委党校"),
    ("5月9日，临港示范区工委社会工作部走访快递网点。", "临港示范区工委社会工作部"),
])
def test_bodies_without_a_listed_suffix(lead, expected):
    assert _agency("", lead) == expected


def test_an_association_branch_being_founded_is_its_founders_work():
    lead = "近日，洛阳市老城区家政服务协会党支部成立，老城区民政局派驻党建工作指导员1名。"
    assert _agency("", lead) == "老城区民政局"


def test_an_association_needs_a_place():
    assert agencies_in("协会党委书记王某某介绍") == []


def test_a_banner_named_short_before_its_committee():
    assert _agency("", "今年以来，科右前旗委组织部在嘎查推行党员积分管理。") == "科右前旗委组织部"


# --- a town with its county, as printed -----------------------------------------------------------------

@pytest.mark.parametrize("lead,expected", [
    ("5月11日，华池县柔远镇党委组织党员开展志愿服务。", "华池县柔远镇党委"),
    ("5月11日，富裕县塔哈乡某某村党支部召开党员大会。", "富裕县塔哈乡某某村党支部"),
    ("5月11日，柔远镇党委组织党员开展志愿服务。", "柔远镇党委"),          # no county printed: none added
])
def test_a_town_keeps_the_county_printed_before_it(lead, expected):
    assert _agency("", lead) == expected


# --- an author's school is no acting body ---------------------------------------------------------------

def test_an_authors_school_is_neither_agency_nor_source():
    meta = extract_metadata("关于基层党建的几点思考", ["基层党组织是党的全部工作和战斗力的基础。"],
                            "王某某（作者单位：中共某某省委党校）", date(2024, 5, 20), publication="某某学刊")
    assert meta.agency is None and meta.source is None


def test_an_authors_note_cut_into_the_body_names_no_agency():
    meta = extract_metadata("关于基层党建的几点思考", ["基层党组织是党的全部工作和战斗力的基础。",
                                                  "要把党的组织优势转化为治理效能。",
                                                  "（作者单位：中共河北省委党校党建教研部）"],
                            "王某某", date(2024, 5, 20), publication="某某学刊")
    assert meta.agency is None


# --- a page's own place from its furniture ---------------------------------------------------------------

def test_a_county_named_in_the_pages_furniture_completes_an_abbreviated_body():
    title = "县社会福利中心党支部开展志愿服务"
    lead = "近日，县社会福利中心党支部组织党员为院内老人理发、读报。"
    other = SimpleNamespace(title="县民政局召开党组会议", paragraphs=["5月6日，开化县民政局召开党组会议。"])
    piece = SimpleNamespace(title=title, paragraphs=[lead])
    page = SimpleNamespace(text="党建快讯\n" + other.title + "\n" + other.paragraphs[0] + "\n" + title + "\n" + lead
                           + "\n开化县融媒体中心出品\n", publication="某某融媒", province_hint=None)
    hint = page_province_hint(page, [other, piece])
    meta = extract_metadata(title, [lead], None, date(2024, 5, 20), hint, publication="某某融媒")
    assert meta.agency == "开化县社会福利中心"


# --- sources: a magazine's own desk ---------------------------------------------------------------------

@pytest.mark.parametrize("attribution", ["本刊编辑部", "本刊特约评论员", "本报编辑部"])
def test_a_publications_own_desk_is_its_source(attribution):
    assert source_of(attribution, "", "某某党建") == "某某党建"


# --- dates: a range of days without its month ---------------------------------------------------------------

def test_a_day_range_at_the_head_of_the_lead():
    assert event_date("8日至10日，县民政局举办专题读书班。", date(2024, 5, 14), "") == date(2024, 5, 8)
    assert event_date("20日至22日，县民政局举办专题读书班。", date(2024, 5, 14), "") == date(2024, 4, 20)


# --- slogans: a report's own paired name is no 提法 ------------------------------------------------------------

def test_a_paired_name_is_no_slogan_but_a_short_double_is():
    assert "双促双融" not in slogans_in("推动党建和业务“双促双融”。")
    assert "双报到" in slogans_in("推行“双报到”制度。")


# --- no pattern backtracks without end -----------------------------------------------------------------------

def test_new_patterns_on_long_repetitions():
    start = time.perf_counter()
    agencies_in("，" + "物流" * 3000 + "协会党委")
    agencies_in("市" + "示范" * 3000 + "区工委")
    agencies_in("，杨凌示范" * 3000)
    event_date("，" + "8日至" * 3000, date(2024, 5, 14), "")
    assert time.perf_counter() - start < 2


# --- a body being founded is its founder's work --------------------------------------------------------------

def test_the_founder_of_a_body_founded_in_the_lead_is_the_agency():
    lead = ("5月16日，昆明市西山区快递行业联合党委成立，覆盖辖区站点30个。"
            "区委社会工作部部长王某某为联合党委授牌。")
    assert _agency("西山区成立快递行业联合党委", lead, publication="某某日报") == "西山区委社会工作部"


def test_a_body_founded_with_no_founder_named_stays():
    lead = "5月16日，昆明市西山区快递行业联合党委成立，覆盖辖区站点30个。"
    assert _agency("", lead, publication="某某日报") == "昆明市西山区快递行业联合党委"
