"""Round nine (fields9): the paper's own prefixes in one place, sources of e-papers, sites and bulletins,
agencies a verb or a word ran into. Every text here is invented."""
from datetime import date

from dangjian.index.parse.agencies import agencies_in, complete_agency
from dangjian.index.parse.attributions import ATTRIBUTION
from dangjian.index.parse.dates import event_date
from dangjian.index.parse.lexicon import load_lexicon
from dangjian.index.parse.metadata import complete_source, extract_metadata
from dangjian.index.parse.sources import info_fields, info_source, named_source, paper_name, source_of

ISSUE = date(2024, 5, 10)


def _meta(title, lead, attribution="", publication=None, hint=None):
    return extract_metadata(title, [lead], attribution, ISSUE, province_hint=hint, publication=publication)


# --- the paper's own prefixes: 本台 as 本报 -------------------------------------------------------------

def test_a_stations_dateline_dates_a_lead_that_dates_nothing():
    assert event_date("连日来，各村党员志愿者走进农户。", ISSUE, "本台河口5月6日电（记者 林一帆）") == date(2024, 5, 6)


def test_a_stations_dateline_in_the_lead_is_not_the_event_day():
    lead = "本台河口5月8日电（记者 林一帆）3日，县民政局召开党建工作推进会。"
    assert event_date(lead, ISSUE) == date(2024, 5, 3)


def test_a_stations_or_sites_own_desk_is_the_publication():
    assert source_of("本台评论员", "近日，", "青禾融媒") == "青禾融媒"
    assert source_of("本网编辑部", "近日，", "青禾民政网") == "青禾民政网"


# --- sources ------------------------------------------------------------------------------------------

def test_a_media_centres_e_paper_is_named_as_the_centre():
    assert paper_name("青禾融媒数字报") == "青禾融媒"
    assert paper_name("青禾融媒电子报") == "青禾融媒"
    assert paper_name("津河晚报数字报") == "津河晚报"


def test_the_sites_own_source_line_names_the_site():
    assert source_of("来源：本网", "近日，", "青禾民政网") == "青禾民政网"
    assert info_source(info_fields("发布时间：2024-05-09 来源：本网 作者：林一帆 浏览次数："), "青禾民政网") == "青禾民政网"


def test_a_bulletins_own_unit_is_an_attribution_and_a_source_of_its_issuer():
    for bracket in ("（办公室）", "（厅团委）", "（离退休干部处）"):
        assert ATTRIBUTION.fullmatch(bracket), bracket
    assert not ATTRIBUTION.fullmatch("（青禾街道办事处）")
    assert named_source("（离退休干部处）") == "离退休干部处"
    lex = load_lexicon()
    assert complete_source("机关党委", None, lex, (), lambda: "青禾市民政局") == "青禾市民政局机关党委"
    assert complete_source("组织人事科", None, lex, (), lambda: "青禾市民政局") == "青禾市民政局组织人事科"


# --- agencies -----------------------------------------------------------------------------------------

def test_a_municipalitys_department_is_a_bureau():
    lex = load_lexicon()
    assert complete_agency("省民政厅", "上海", lex) == "上海市民政局"
    assert complete_agency("省民政厅", "浙江", lex) == "浙江省民政厅"


def test_a_verb_of_going_is_no_part_of_a_town():
    assert _meta("幸福院里笑声多", "走进青禾镇留香村幸福院，老人们正在做手工。").agency == "青禾镇"   # no 党委 printed


def test_words_that_end_like_a_town_are_none():
    assert _meta("社区社会组织有活力", "社区社会组织是居民发起成立，在城乡社区开展服务的组织。").agency is None
    assert _meta("党建引领乡村振兴见闻", "合作社的茶园里一片繁忙。").agency is None


def test_an_interviews_visit_is_no_part_of_a_district():
    assert ("河湾区社会组织联合党委", None) in agencies_in("党建强起来——访河湾区社会组织联合党委书记林一帆")


def test_a_towns_civil_affairs_office_and_community_committee_are_bodies():
    assert agencies_in("8月14日，青禾镇民政办工作人员走访特困老人。")[0][0] == "青禾镇民政办"
    assert agencies_in("10月18日，青禾镇社区党支部开展关爱老人服务。")[0][0] == "青禾镇社区党支部"


def test_an_autonomous_countys_own_bureau_is_named_in_full():
    assert complete_agency("县民政局", None, load_lexicon(), ["宁蒗"]) == "宁蒗彝族自治县民政局"


def test_a_place_printed_with_its_level_goes_before_a_word_middle():
    # 评定结果 holds the name of a county (定结) by accident; the county medium's own county is meant
    meta = _meta("县福利院党支部获评五星", "近日，县委组织部公布年度党支部星级评定结果。", publication="勐海融媒")
    assert meta.agency == "勐海县委组织部"


def test_a_meeting_of_a_whole_levels_civil_affairs_system_is_its_departments():
    meta = _meta("全省民政系统推进会召开", "6月27日，全省民政系统模范机关建设观摩推进会在某地召开。", hint="河北")
    assert meta.agency == "河北省民政厅"


def test_the_pages_own_place_goes_before_a_place_inside_another_name():
    # 井冈山干部学院 names a school, not the city whose 市民政局 the bulletin means
    hint = lambda: "江西"                                    # noqa: E731
    hint.local = lambda: ["吉安"]
    meta = _meta("全市民政系统党务干部培训班举办", "9月中旬，全市民政系统党务干部培训班在井冈山干部学院举办。", hint=hint)
    assert meta.agency == "吉安市民政局"


def test_a_wires_dateline_dates_a_lead_that_dates_nothing():
    assert event_date("会议要求，各部门要把学习成果转化为工作成效。", date(2025, 1, 7), "新华社北京12月30日电") \
        == date(2024, 12, 30)


def test_today_counts_from_the_datelines_day():
    assert event_date("今天，省民政厅召开机关党建工作会议。", date(2025, 3, 18), "本报江城3月14日电（记者 林一帆）") \
        == date(2025, 3, 14)
