"""Fields on publications the parser never met, fifth round (issue 15, fields5).

Every text here is invented for the test, after DOMAIN.md's descriptions and the conventions the
truth authors agree on (docs/decisions.md, "fields, fifth round").
"""
from datetime import date

import pytest

from dangjian.index.parse.dates import event_date
from dangjian.index.parse.metadata import extract_metadata
from dangjian.index.parse.sources import source_of

MAY = date(2024, 5, 20)


def meta(title, paragraphs, attribution=None, publication="某某日报", hint=None):
    return extract_metadata(title, paragraphs, attribution, MAY, hint, publication)


# --- source -------------------------------------------------------------------------------------

@pytest.mark.parametrize("attribution,expected", [
    ("（供稿：柳河县民政局）", "柳河县民政局"),
    ("（稿源：青石市民政局）", "青石市民政局"),
    ("（供稿单位：青石市社会组织综合党委）", "青石市社会组织综合党委"),
    ("（信息来源：青石市民政局）", "青石市民政局"),
])
def test_a_label_before_the_unit_names_the_source(attribution, expected):
    assert source_of(attribution, "5月8日，会议召开。", "某某简报") == expected


@pytest.mark.parametrize("attribution,expected", [
    ("周明远（作者单位：青石市民政局）", None),               # an author's own piece
    ("周明远　林晓雪（作者单位：青石市民政局）", None),
    ("文/周明远（作者单位：青石市民政局）", None),
    ("（作者单位：青石市民政局）", "青石市民政局"),            # the unit reports its own work
])
def test_an_author_unit_is_a_source_only_when_no_person_signs(attribution, expected):
    assert source_of(attribution, "近年来，青石市探索社区治理新路子。", "某某党建") == expected


# --- people -------------------------------------------------------------------------------------

def people(title, paragraphs, attribution=None):
    return list(meta(title, paragraphs, attribution).people)


@pytest.mark.parametrize("paragraphs,expected", [
    # a habit or time told right after a name
    (["在青石社区，党员社工韦晓蓓每周带队入户走访。"], ["韦晓蓓"]),
    # names listed before 等 and a group word
    (["服务队由庞阿妹、韦金花等党员带头，开展矛盾调解。"], ["庞阿妹", "韦金花"]),
    (["会上，林秀英、莫光明等6名书记现场述职。"], ["林秀英", "莫光明"]),
    (["镇党委对韦秀梅、龙再兴、潘老二等3名优秀共产党员进行表彰。"], ["韦秀梅", "龙再兴", "潘老二"]),
    # a minority name after a title, before what the person did
    (["在一家协会，指导员格桑多吉帮助协会建立党支部。"], ["格桑多吉"]),
    # after a people's name and a group word, whatever the name's shape
    (["活动中，彝族党员吉克阿依结合自身经历讲述家乡变化。"], ["吉克阿依"]),
    # a name before 当选
    (["9月2日，青石村召开党员大会，韦正清当选党支部书记。"], ["韦正清"]),
    # herders and visitors speak too; a minority name of four characters after them
    (["牧民多吉旺堆说，党的温暖送到了帐篷里。"], ["多吉旺堆"]),
    # a name followed by an action with 着
    (["八旬老党员邱秀芝拉着社工的手说，心里暖乎乎的。"], ["邱秀芝"]),
    # Dai surnames
    (["村民岩温罕说，政策讲到了家门口。"], ["岩温罕"]),
    (["州民政局负责同志刀建华表示，将继续推进。"], ["刀建华"]),
])
def test_people_without_a_title_before_them(paragraphs, expected):
    assert people("青石镇党建工作纪实", paragraphs) == expected


@pytest.mark.parametrize("paragraphs", [
    ["社区党组织书记全部参加了轮训。"],                       # 全部 is no name, though 全 is a surname
    ["局长韦建明代表班子作对照检查。"],                        # 班子 is no name
    ["各县分管负责同志和社工、网格员代表参加培训。"],        # 和 joins, it is no 和 surname here
])
def test_words_after_a_role_are_no_names(paragraphs):
    found = people("青石县召开会议", paragraphs)
    assert not {"全部", "班子", "和社工"} & set(found)


def test_a_long_name_is_a_speaker_when_a_role_also_names_it():
    paragraphs = ["宣讲队由蒙古族党员巴音额尔敦担任队长，用双语宣讲政策。巴音额尔敦说，牧民听得懂才有用。"]
    assert "巴音额尔敦" in people("草原宣讲", paragraphs)
    # …but a five-character run before 说 that no role names is nobody
    assert people("草原宣讲", ["大家都这样说，牧民听得懂才有用。"]) == []


def test_an_interviewee_of_any_shape_after_a_title_word():
    title = "把服务送到骑手身边——访青石市委社会工作部部长格桑措姆"
    paragraphs = ["记者：骑手有哪些特点？", "格桑措姆：流动性强，分布零散。", "记者：下一步呢？", "格桑措姆：继续建驿站。"]
    assert people(title, paragraphs, "本刊记者 韦明远") == ["韦明远", "格桑措姆"]


def test_an_author_before_a_nested_bracket_note():
    attribution = "韦清源（作者系中共青石市委党校（青石行政学院）党建教研部教授）"
    assert people("以党建引领发展", ["新时代新征程。"], attribution) == ["韦清源"]


def test_an_honour_list_whose_next_heading_names_a_kind_of_unit():
    paragraphs = ["名单如下：厅机关：韦丽芬、和建国、刀·玉香、杨春燕直属单位：罗秀英、段志强"]
    assert people("通报表扬一批优秀党务工作者", paragraphs) == ["韦丽芬", "和建国", "刀·玉香", "杨春燕", "罗秀英", "段志强"]


# --- dates --------------------------------------------------------------------------------------

@pytest.mark.parametrize("lead,issue,expected", [
    # a day right after the subject, before what it did
    ("青石市民政局16日召开机关党建工作会议，部署全年任务。", date(2024, 5, 20), date(2024, 5, 16)),
    ("省委社会工作部9日在青石举办培训班。", date(2024, 5, 20), date(2024, 5, 9)),
    ("全市社会组织党组织28日举行集中签约。", date(2024, 6, 3), date(2024, 5, 28)),
    # OCR's 明 for 6月 before a day at a clause's head
    ("明12日，青石县民政局召开推进会。", date(2024, 6, 14), date(2024, 6, 12)),
    # …but never a count or an ordinal
    ("培训为期3日，第2日组织现场教学。", date(2024, 5, 20), date(2024, 5, 20)),
])
def test_a_lone_day_after_the_subject(lead, issue, expected):
    assert event_date(lead, issue) == expected


def test_the_papers_own_dateline_dates_a_lead_that_dates_nothing():
    issue = date(2024, 1, 9)
    assert event_date("连日来，青石州民政局组织党员走村入户。", issue, "本报青石1月5日电（记者 韦明）") == date(2024, 1, 5)
    # a date in the lead still wins over the dateline's day
    assert event_date("1月3日，青石州民政局召开会议。", issue, "本报青石1月5日电（记者 韦明）") == date(2024, 1, 3)
    # a wire's dateline dates it too (round nine: "the dateline's day when the lead gives none",
    # docs/truth_conventions.md, which names no exception for a wire; every development truth agrees)
    assert event_date("连日来，青石州民政局组织党员走村入户。", issue, "新华社青石1月5日电") == date(2024, 1, 5)


# --- agency -------------------------------------------------------------------------------------

def test_a_commentator_without_the_papers_name_is_the_publication():
    assert source_of("特约评论员", "党的组织生活是基本制度。", "某某理论周刊") == "某某理论周刊"
    assert source_of("评论员", "党的组织生活是基本制度。", "某某理论周刊") == "某某理论周刊"


@pytest.mark.parametrize("title,lead", [
    ("社会事务处党支部开展主题党日", "5月上旬，社会事务处党支部组织党员参观红色教育基地。"),
    ("厅养老服务处推进党建品牌建设", "今年以来，厅养老服务处把党建品牌建设作为重点。"),
])
def test_a_division_of_the_provincial_department_is_the_department(title, lead):
    assert meta(title, [lead], hint="青海").agency == "青海省民政厅"


def test_a_streets_office_is_no_division():
    m = meta("青石街道办事处党支部开展主题党日", ["5月上旬，青石街道办事处党支部组织党员参观。"], hint="青海")
    assert m.agency != "青海省民政厅"


@pytest.mark.parametrize("attribution,hint,expected", [
    ("（宜春市民政局 韦海燕）", None, "宜春市民政局"),
    ("（厅社会救助处党支部 韦慧玲）", "江西", "江西省民政厅"),
])
def test_a_piece_whose_text_names_no_body_takes_its_signers_unit(attribution, hint, expected):
    paragraphs = ["开展主题教育，是一项重大部署。民政干部要以学正风，把作风建设落到实处。"]
    m = extract_metadata("在主题教育中锤炼作风", paragraphs, attribution, MAY, hint, "某某民政简报")
    assert m.agency == expected


def test_every_citys_bureau_is_no_one_body():
    lead = "11月28日，全省民政系统党建培训班在开封举办，各省辖市民政局分管负责同志参加。"
    m = extract_metadata("全省民政系统党建培训班举办", [lead], "（来源：省民政厅机关党委）", MAY, "河南", "某某政务网")
    assert m.agency == "河南省民政厅"


@pytest.mark.parametrize("lead,expected", [
    ("近日，老城区民政局组织党员志愿者入户走访。", "老城区民政局"),
    ("3月3日，城关区民政局组织党员志愿者走进福利院。", "城关区民政局"),
])
def test_a_district_named_like_a_word_before_a_bureau(lead, expected):
    assert meta("党员志愿者入户走访", [lead]).agency == expected


def test_a_feature_takes_a_body_from_a_later_paragraph():
    paragraphs = ["10月8日一早，草场上已有了寒意，宣讲队的越野车又出发了。", "宣讲队队长说，牧民居住分散。",
                  "在一户牧民家里，宣讲员用双语讲解政策。", "老党员边听边点头。",
                  "锡林郭勒盟民政局有关负责人表示，全盟已开展流动党课400余场次。"]
    assert meta("草原深处的流动党课", paragraphs).agency == "锡林郭勒盟民政局"


def test_a_dot_name_stops_before_a_byline_the_joiner_ran_on():
    from dangjian.index.parse.namelists import dot_names
    from dangjian.index.parse.lexicon import load_lexicon
    assert dot_names("——访联合党委书记阿依努尔·吐尔逊本刊记者韦佳雯", load_lexicon()) == ["阿依努尔·吐尔逊"]


BULLETIN = """机关党建简报
第5期
中共甘肃省民政厅机关委员会编 2024年5月14日

厅机关召开党建工作推进会
5月10日，厅机关召开党建工作推进会，部署
下一阶段重点任务。
（厅机关党委供稿）
"""


def test_a_bulletins_issuing_office_gives_the_province_its_name_does_not():
    from .test_publications import parse
    parsed = parse(BULLETIN, publication="机关党建简报")
    assert [(a.province, a.agency) for a in parsed.articles] == [("甘肃", "甘肃省民政厅")]


BUREAU_BULLETIN = """民政工作简报
第8期
宜春市民政局办公室编 2024年5月14日

局党组召开理论学习中心组学习会
5月10日，局党组理论学习中心组召开专题
学习会，传达学习有关会议精神。
（局机关党委）

万载县民政局开展主题党日活动
5月8日，万载县民政局机关党支部开展主题
党日活动。
（万载县民政局供稿）
"""


def test_a_bulletins_own_bureau_is_the_bureau_that_issues_it():
    from .test_publications import parse
    parsed = parse(BUREAU_BULLETIN, publication="民政工作简报")
    assert [a.agency for a in parsed.articles] == ["宜春市民政局", "万载县民政局"]


@pytest.mark.parametrize("lead,expected", [
    ("4月8日，第六师五家渠市民政局召开动员会。", "第六师五家渠市民政局"),      # a Corps division and its city
    ("4月12日，兵团民政局召开机关党建工作会议。", "新疆生产建设兵团民政局"),
    ("近日，一〇五团民政办党支部开展读书分享会。", "一〇五团民政办"),            # a regiment's bodies
    ("日前，一三一团党委推行清单化管理。", "一三一团党委"),
    ("12月30日，第九师白杨市社会组织综合党委召开述职评议会。", "第九师白杨市社会组织综合党委"),
])
def test_corps_bodies(lead, expected):
    m = meta("召开会议", [lead])
    assert (m.agency, m.province) == (expected, "新疆")


def test_a_municipalitys_district_bureau_as_printed():
    assert meta("社区服务集市", ["5月17日，渝中区民政局举办社区服务集市。"], hint="重庆").agency == "渝中区民政局"


@pytest.mark.parametrize("paragraphs,expected", [
    (["土家族党员企业家覃春燕说，党员就要带头。"], ["覃春燕"]),
    (["蒙古族老党员包·巴特尔为大家讲述家乡的故事。"], ["包·巴特尔"]),
    (["满族老党员关秀凤用满语为村民讲党课。"], ["关秀凤"]),
])
def test_more_people_after_a_peoples_name(paragraphs, expected):
    assert people("村里的党课", paragraphs) == expected


def test_a_sites_own_reporter_in_the_info_line_makes_the_site_the_source():
    m = extract_metadata("专访", ["岁末年初，记者采访了区民政局局长。"], None, MAY, None, "某某民政网",
                         info="发布时间：2024-12-26 来源：本网 作者：本网记者 韦静")
    assert m.source == "某某民政网"
    m = extract_metadata("活动", ["5月8日，青石市民政局开展活动。"], None, MAY, None, "某某民政网",
                         info="发布时间：2024-05-08 （来源：宜春市民政局）")
    assert m.source == "宜春市民政局"


@pytest.mark.parametrize("paragraph,expected", [
    ("志愿者其木格说：“服务队就是老人们的家里人。”", ["其木格"]),
    ("居民高兴地说，楼道亮了。", []),                  # 高兴地 is no name
])
def test_a_three_character_minority_name_after_a_generic_role(paragraph, expected):
    assert people("入户送温暖", [paragraph]) == expected


def test_trade_party_committees_are_agencies():
    assert meta("律师进社区", ["3月8日，省律师行业党委在武昌举办公益法律服务活动。"], hint="湖北").agency == "湖北省律师行业党委"


def test_an_authors_note_a_mis_cut_left_in_the_body_neither_locates_nor_makes_news():
    paragraphs = ["机关党建是党的建设的重要组成部分，要在理论武装上持续用力。",
                  "要持之以恒落实中央八项规定精神。（作者系中共甘肃省委党校（甘肃行政学院）党建教研部教授）"]
    m = meta("推动机关党建高质量发展", paragraphs, "韦文博", publication="陇原日报", hint="甘肃")
    assert (m.province, m.agency) == (None, None)


@pytest.mark.parametrize("paragraph,expected", [
    ("1月9日，述职评议会召开。韦文清在点评时指出，要抓好落实。", ["韦文清"]),
    ("会上，大家在交流中表示，收获很大。", []),                 # 大家 is nobody
])
def test_a_speaker_then_when_it_spoke(paragraph, expected):
    assert people("述职评议会", [paragraph]) == expected


def test_a_journal_papers_author_unit_is_no_source():
    paragraphs = ["摘要：近年来，青石市民政局探索“党建+”模式。", "关键词：党建引领；民政服务", "一、主要做法"]
    m = meta("以“党建+”提升民政服务效能", paragraphs, "（作者单位：宜春市民政局）")
    assert m.source is None
    # …while a news report the unit sends is its own (the bundled archive's case)
    assert meta("宜春市民政局开展活动", ["5月8日，宜春市民政局开展活动。"], "（作者单位：宜春市民政局）").source == "宜春市民政局"
