"""Round ten (fields10): agencies under the conventions settled in round nine — a town's committee only where
printed, both forms printed → the shorter, a town printed with its county; every text here is invented."""
from datetime import date

from dangjian.index.parse.metadata import extract_metadata

ISSUE = date(2024, 5, 10)


def _meta(title, paragraphs, attribution="", publication=None, hint=None):
    paragraphs = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    return extract_metadata(title, paragraphs, attribution, ISSUE, province_hint=hint, publication=publication)


# --- a town that acts: its committee only where the article prints one ------------------------------------

def test_a_town_that_acts_is_the_town_when_no_committee_is_printed():
    assert _meta("青禾镇开展敬老志愿服务", "5月8日，青禾镇组织党员志愿者走访独居老人。").agency == "青禾镇"
    assert _meta("暖心服务进社区", "近日，青禾街道开展“邻里节”活动。").agency == "青禾街道"


def test_a_town_that_acts_is_its_committee_when_the_article_prints_it():
    paragraphs = ["5月8日，青禾镇组织党员志愿者走访独居老人。", "镇党委书记林一帆表示，将把走访活动常态化。"]
    assert _meta("青禾镇开展敬老志愿服务", paragraphs).agency == "青禾镇党委"
    paragraphs = ["5月8日，青禾镇组织党员志愿者走访独居老人。", "青禾镇党委将把走访活动常态化。"]
    assert _meta("敬老志愿服务", paragraphs).agency == "青禾镇党委"


def test_a_branch_being_founded_is_the_towns_work():
    assert _meta("联合党支部成立", "近日，青禾镇社会组织联合党支部成立，覆盖6家社会组织。").agency == "青禾镇"
    lead = "近日，青禾镇社会组织联合党支部成立，覆盖6家社会组织。镇党委副书记林一帆为其授牌。"
    assert _meta("联合党支部成立", lead).agency == "青禾镇党委"


def test_a_town_printed_with_its_county_is_named_so():
    assert _meta("党组织书记外出取经", "4月上旬，青田县青禾镇组织30余名村党组织书记外出学习。").agency == "青田县青禾镇"


def test_a_number_or_a_quote_may_follow_the_town():
    assert _meta("党员中心户助力防汛", "入汛以来，青禾乡37名党员中心户巡查河道。").agency == "青禾乡"
    assert _meta("青禾镇“红色驿站”启用", "近日，青禾镇“红色驿站”启用，为快递员提供歇脚服务。").agency == "青禾镇"


def test_a_city_named_like_a_town_is_no_town():
    assert _meta("景德镇市：红色物业暖人心", "近日，小区业委会与物业服务企业签订协议。").agency is None


def test_a_town_that_only_sets_the_scene_gives_way_to_the_body_named_later():
    paragraphs = ["走进青禾街道的一个老旧小区，楼道整洁、停车有序。", "今年以来，青田县民政局推动物业企业党组织与社区联建。"]
    assert _meta("红色物业托起幸福生活", paragraphs).agency == "青田县民政局"
    assert _meta("志愿服务队里的红马甲", "在青田县青禾镇，一支志愿服务队活跃在渔村街巷。").agency == "青田县青禾镇"


def test_a_town_that_sends_its_own_report_is_its_agency():
    assert _meta("", "去年底，全镇4家社会组织新建党支部。", "（青禾镇供稿）").agency == "青禾镇"


# --- both forms printed: the shorter ---------------------------------------------------------------------

def test_both_forms_printed_give_the_bodys_own_name():
    lead = "4月2日，杭州市上城区民政局联合街道党工委设立党员先锋岗。"
    assert _meta("党员先锋岗上岗", lead, "（上城区民政局供稿）").agency == "上城区民政局"
    assert _meta("党员先锋岗上岗", lead).agency == "杭州市上城区民政局"


# --- a bulletin's unit completed from its masthead's issuing office ---------------------------------------

def test_a_bulletins_abbreviated_office_is_its_mastheads_office_named_in_full():
    from types import SimpleNamespace
    from dangjian.index.parse.metadata import page_province_hint
    title = "综合党委召开年度工作会议"
    lead = "3月9日，综合党委召开年度工作会议，部署全年重点任务。"
    piece = SimpleNamespace(title=title, paragraphs=[lead])
    page = SimpleNamespace(text="某某社会组织党建简报\n第3期\n中共江西省社会组织综合委员会办公室　2024年5月10日\n"
                           + title + "\n" + lead + "\n（综合党委办公室供稿）\n", publication="某某社会组织党建简报",
                           province_hint=None)
    hint = page_province_hint(page, [piece])
    meta = extract_metadata(title, [lead], "（综合党委办公室供稿）", ISSUE, hint, publication="某某社会组织党建简报")
    assert meta.source == "江西省社会组织综合党委办公室"


# --- places of local portals and media centres, formal committee names, service institutions ---------------

def test_a_local_government_portal_completes_its_districts_bodies():
    assert _meta("区民政局召开专题党课", "2月26日，区民政局党组书记讲授专题党课。", publication="綦江政务网").agency == "綦江区民政局"


def test_a_county_media_centre_named_in_the_furniture_completes_a_county_body():
    from types import SimpleNamespace
    from dangjian.index.parse.metadata import page_province_hint
    title = "县民政局召开动员部署会"
    lead = "3月8日上午，县民政局召开党纪学习教育动员部署会。"
    piece = SimpleNamespace(title=title, paragraphs=[lead])
    page = SimpleNamespace(text=title + "\n" + lead + "\n青田县融媒体中心 主办\n", publication="某某融媒", province_hint=None)
    meta = extract_metadata(title, [lead], None, ISSUE, page_province_hint(page, [piece]), publication="某某融媒")
    assert meta.agency == "青田县民政局"


def test_a_committee_printed_in_its_formal_name_is_its_party_committee():
    lead = "日前，中共青田县社会组织委员会召开全体会议，部署年度工作。"
    assert _meta("", lead).agency == "青田县社会组织党委"
    title = "中共丽水市民政局机关委员会关于表彰先进党支部的决定"
    assert _meta(title, "经各党支部推荐，决定授予以下党支部荣誉称号。").agency == "丽水市民政局"


def test_a_counties_service_institution_is_a_body():
    assert _meta("", "9月1日，青田县儿童福利院党支部召开组织生活会。").agency == "青田县儿童福利院"
    assert _meta("", "7月19日，青田县老年大学组织学员开展主题党日活动。").agency == "青田县老年大学"


def test_a_towns_party_members_are_no_part_of_a_body_name():
    paragraphs = ["金秋十月，青田县青禾乡党员干部组成秋收帮扶队。", "乡党委书记林一帆说，全乡已组建帮扶队8支。"]
    assert _meta("青禾乡：党员带头搞好秋收", paragraphs).agency == "青田县青禾乡党委"


# --- the paper's own prefixes, one definition: 本台/本网 bylines as 本报's ---------------------------------

def test_a_stations_and_a_sites_own_reporter_in_a_top_byline_is_a_person():
    for own in ("本台", "本网"):
        meta = _meta("社区里的红色管家", "5月8日，青田县民政局召开党建工作推进会。", f"文/林一帆 {own}记者 王晓岚")
        assert {"林一帆", "王晓岚"} <= set(meta.people), own
        assert not any(own in p or "记者" in p for p in meta.people), meta.people


def test_a_corps_regiment_acts_as_a_town_its_committee_where_printed():
    paragraphs = ["在第六师五家渠市一〇二团，番茄种植、加工两个环节各有一个党小组。团党委组织委员林一帆说，党小组跟着产业走。"]
    assert _meta("把党支部建在产业链上", paragraphs).agency == "一〇二团党委"
    assert _meta("", "今年春播期间，一〇二团组织党员技术骨干组成服务队。").agency == "一〇二团"


# --- bounds: the new patterns stay linear -------------------------------------------------------------------

def test_the_town_and_both_forms_readers_stay_linear():
    import time
    from dangjian.index.parse.agencies import party_committees
    from dangjian.index.parse.metadata import _town_or_committee, _town_subject
    nasty = ["在" + "青禾镇" * 3000, "近日，" + "青田县" * 3000 + "青禾镇召开", "中共" + "青田县社会组织" * 3000,
             "镇党委" * 3000, "一二三四团" * 3000]
    for text in nasty:
        start = time.perf_counter()
        _town_subject(text)
        _town_or_committee("青禾镇", text)
        party_committees(text)
        _meta(text[:2000], [text])
        assert time.perf_counter() - start < 2.0, text[:20]
