"""Fields on publications the parser never met, third round (issue 15): people with a middle dot
anywhere, honour lists in their printed variants, speakers after a generic role, districts named with
their city, a region's own 区民政厅, banners and leagues, publication names that start with a place.

Every text here is invented for the test, after DOMAIN.md's descriptions.
"""
from datetime import date

import pytest

from dangjian.index.parse.agencies import agencies_in, publication_province
from dangjian.index.parse.dates import event_date
from dangjian.index.parse.metadata import extract_metadata
from dangjian.index.parse.namelists import dot_names, honour_list
from dangjian.index.parse.lexicon import load_lexicon

MAY = date(2024, 5, 20)


def meta(title, paragraphs, attribution=None, publication="某某日报"):
    return extract_metadata(title, paragraphs, attribution, MAY, None, publication)


@pytest.mark.parametrize("text,expected", [
    ("一家社会组织的党员艾尔肯·吐尔洪每周都要走访独居老人。", ["艾尔肯·吐尔洪"]),
    ("在阿依古丽·买买提家中，大家围坐在一起。", ["阿依古丽·买买提"]),
    ("社区网格员热依拉·艾则孜和同事一起入户。", ["热依拉·艾则孜"]),
    ("村民巴特尔·孟和的家门口挂上了牌子。", ["巴特尔·孟和"]),
    ("志愿者古丽娜尔 · 哈斯木也来了。", ["古丽娜尔·哈斯木"]),
    ("会场设在“石榴籽·家”服务站。", []),                   # a brand with a dot is no person
])
def test_a_dot_name_is_a_person_wherever_it_stands(text, expected):
    assert dot_names(text, load_lexicon()) == expected


def test_dot_names_reach_the_article_people():
    m = meta("为民服务暖人心", ["近日，喀什地区民政局组织党员入户走访。党员艾尔肯·吐尔洪每周都去看望独居老人。"])
    assert "艾尔肯·吐尔洪" in m.people


@pytest.mark.parametrize("paragraphs,expected", [
    # annotations after names, a heading glued to the list by the line joiner
    (["一、优秀共产党员（5名）", "刘正阳（女）、张雅楠、陈思琪（藏族）、赵海峰、孙悦然二、优秀党务工作者（2名）", "周立新、杨雪梅"],
     ["刘正阳", "张雅楠", "陈思琪", "赵海峰", "孙悦然", "周立新", "杨雪梅"]),
    # minority names without a known surname, among others
    (["优秀共产党员（6名）：次仁卓玛、扎西顿珠、阿木尔且、王建国、吉克阿呷、乌兰托娅"],
     ["次仁卓玛", "扎西顿珠", "阿木尔且", "王建国", "吉克阿呷", "乌兰托娅"]),
    # unit headings with two names each; the next unit glued to the last name of the one before
    (["关于表彰优秀党务工作者的决定", "合肥市民政局：周立新、杨雪梅芜湖市民政局：吴佳怡、马文涛"],
     ["周立新", "杨雪梅", "吴佳怡", "马文涛"]),
    # a name with a middle dot and the trailing 同志 of a list
    (["授予古丽娜尔·哈斯木、王建国、陈思琪同志“优秀共产党员”称号。"], ["古丽娜尔·哈斯木", "王建国", "陈思琪"]),
])
def test_honour_list_variants(paragraphs, expected):
    assert honour_list(paragraphs, load_lexicon()) == expected


def test_a_list_of_words_is_no_honour_list():
    assert honour_list(["要把学习、宣传、贯彻、落实结合起来，推动党建、业务、服务融合。"], load_lexicon()) == []
    assert honour_list(["表彰决定：先进集体、先进个人、优秀组织奖、最佳创意奖"], load_lexicon()) == []


def test_a_speaker_after_a_generic_role():
    m = meta("传承红色基因", ["6月27日，盘锦市民政局组织党员参观纪念馆。党员王思远表示，要传承红色基因。"])
    assert "王思远" in m.people
    m = meta("传承红色基因", ["6月27日，盘锦市民政局组织党员参观纪念馆。党员们表示，要传承红色基因。"])
    assert m.people == ()


@pytest.mark.parametrize("text,expected", [
    ("近日，拉萨市城关区民政局召开会议。", "拉萨市城关区民政局"),     # a district many cities share, named with its city
    ("近日，西宁市城中区民政局召开会议。", "西宁市城中区民政局"),
])
def test_a_shared_district_name_with_its_city(text, expected):
    assert agencies_in(text)[0][0] == expected
    assert meta("", [text]).agency == expected


def test_a_regions_own_bureau_is_its_autonomous_region():
    m = extract_metadata("", ["5月12日，区民政厅召开党建工作会议。"], None, MAY, "广西", "八桂日报")
    assert (m.agency, m.province) == ("广西壮族自治区民政厅", "广西")


@pytest.mark.parametrize("publication,text,expected", [
    ("鄂托克前旗融媒", "近日，旗民政局开展主题党日活动。", "鄂托克前旗民政局"),
    ("阿拉善盟融媒", "近日，盟民政局开展主题党日活动。", "阿拉善盟民政局"),
])
def test_a_banner_or_league_paper_own_bureau(publication, text, expected):
    assert meta("", [text], publication=publication).agency == expected


@pytest.mark.parametrize("publication,expected", [
    ("鄂尔多斯日报", "内蒙古"),     # 鄂 is 湖北's cue, but the name starts with a city
    ("秦皇岛晚报", "河北"),
    ("鲁甸融媒", "云南"),
    ("鄂州日报", "湖北"),
    ("皖江晚报", "安徽"),
])
def test_a_place_at_the_head_of_a_name_beats_a_one_character_cue(publication, expected):
    assert publication_province(publication) == expected


def test_a_dot_name_after_an_occupation():
    assert dot_names("在渭滨区的一处驿站，外卖骑手热依汗古丽·吐尔逊正在休息。", load_lexicon()) == ["热依汗古丽·吐尔逊"]


def test_honour_list_headings_glued_without_colon():
    paragraph = ("决定对以下同志予以表彰：优秀共产党员刘振宇、蓝玉清、黄思源、邹雅琴优秀党务工作者胡长林、雷晓燕、曾繁荣")
    assert honour_list([paragraph], load_lexicon()) == ["刘振宇", "蓝玉清", "黄思源", "邹雅琴", "胡长林", "雷晓燕", "曾繁荣"]


@pytest.mark.parametrize("attribution,expected", [
    ("（通讯员：哈斯其木格）", ["哈斯其木格"]),            # a colon after the role, a five-character name
    ("（通讯员 更登 加措）", ["更登加措"]),                # a Tibetan name broken at the line end
    ("（通讯员 王五 赵六）", ["王五", "赵六"]),            # two names with surnames stay two
    ("（上饶市民政局郑海燕）", ["郑海燕"]),                # a unit and its author
])
def test_byline_name_forms(attribution, expected):
    assert list(meta("", ["近日，上饶市民政局召开会议。"], attribution).people) == expected


def test_the_own_department_named_first_acts():
    m = extract_metadata("", ["经厅机关党委研究，决定对江西省社会福利院党总支等予以表彰。"], None, MAY, "江西", "赣鄱民政简报")
    assert m.agency == "江西省民政厅"


@pytest.mark.parametrize("text,expected", [
    ("4月30日，市委社会工作部召开全市社会组织党建工作推进会。", "天津市委社会工作部"),
    # a district's bureau as printed (fifth round: two publications' authors against one)
    ("4日下午，河西区民政局党员宣讲小分队走进社区。", "河西区民政局"),
    ("12月30日，滨海新区民政局党组召开会议。", "滨海新区民政局"),
    ("12月30日，天津市滨海新区民政局党组召开会议。", "天津市滨海新区民政局"),
])
def test_a_municipality_papers_own_bodies(text, expected):
    m = extract_metadata("", [text], None, MAY, None, "津沽晚报")
    assert (m.agency, m.province) == (expected, "天津")


@pytest.mark.parametrize("publication,expected", [("津沽晚报", "天津"), ("羊城晚报", "广东"), ("姑苏晚报", "江苏"),
                                                  ("钱江晚报", "浙江"), ("春城晚报", "云南"), ("金城晚报", "甘肃")])
def test_more_classical_names_of_provinces(publication, expected):
    assert publication_province(publication) == expected


def test_an_e_paper_site_is_its_paper():
    m = meta("", ["本报讯 4月30日，市委社会工作部召开会议。"], "本报讯", publication="津沽晚报数字报")
    assert m.source == "津沽晚报"


@pytest.mark.parametrize("paragraph,expected", [
    ("外卖配送员党员陈晓东说：“我要在奔忙中守好初心。”", {"陈晓东"}),
    ("老党员多吉次仁说，感谢党组织的关心。", {"多吉次仁"}),
    ("居民李大爷说，服务很贴心。", set()),
    ("培训班邀请州委党校教师仁青卓玛作党的二十届三中全会精神专题辅导。", {"仁青卓玛"}),
])
def test_speakers_and_teachers_without_surname_rules(paragraph, expected):
    assert set(meta("", ["近日，某县民政局组织学习。", paragraph]).people) == expected


def test_an_honour_list_with_a_five_character_name():
    paragraph = "优秀党务工作者（4名）郝振东、白玉兰、那仁格日勒、米娜瓦尔·艾力"
    assert honour_list([paragraph], load_lexicon()) == ["郝振东", "白玉兰", "那仁格日勒", "米娜瓦尔·艾力"]


def test_an_authors_school_is_no_person():
    m = meta("论基层治理", ["基层治理是国家治理的基石。"], "（作者系中共某省委党校教授）")
    assert m.people == ()


WEB_PAGE = """<html><head><meta charset="utf-8"><title>某县民政局开展主题党日活动_某某民政网</title></head><body>
<div class="detail"><h2>某县民政局开展主题党日活动</h2>
<div class="info">发布时间：2024-05-18 09:30&nbsp;&nbsp;来源：{source}&nbsp;&nbsp;作者：{author}&nbsp;&nbsp;浏览次数：</div>
<div id="zoom"><p>5月17日，湟源县民政局机关党支部组织党员走进敬老院开展志愿服务。</p>
<p>党员们为老人打扫房间、整理床铺，陪老人拉家常。</p>{end}</div></div></body></html>"""


@pytest.mark.parametrize("source,author,end,expected_source,person", [
    ("西宁市民政局", "卓玛才让", "", "西宁市民政局", "卓玛才让"),          # the info line names them
    ("西宁市民政局", "湟源县民政局", "", "西宁市民政局", None),             # an author that is a unit is no person
    ("西宁市民政局", "", "<p>（据湟源县民政局）</p>", "湟源县民政局", None),  # the text's own attribution first
    ("西宁市民政局", "", "", "西宁市民政局", None),                       # an empty 作者： is followed by the next label
    ("湟源日报", "本报记者 王明 通讯员 李华", "", "湟源日报", "李华"),     # a byline in the 作者 field
    ("湟源日报", "记者", "", "湟源日报", None),                          # a role alone names no one
    # the site itself (来源：本站, as 本网: "本网 → the site's name", docs/truth_conventions.md), its uploader: no one
    ("本站", "管理员", "", "某某民政网", None),
])
def test_a_web_pages_info_line_gives_source_and_author(tmp_path, source, author, end, expected_source, person):
    from dangjian.index.parse import parse_file
    path = tmp_path / "青海民政网" / "2024-05-18" / "01.html"
    path.parent.mkdir(parents=True)
    path.write_text(WEB_PAGE.format(source=source, author=author, end=end), encoding="utf-8")
    _, articles = parse_file(path, tmp_path)
    assert articles[0].source == expected_source
    assert (person in articles[0].people) if person else articles[0].people == ()


@pytest.mark.parametrize("paragraph,expected", [
    ("服务队队员古丽米拉·艾则孜说，要把温暖送到老人身边。", {"古丽米拉·艾则孜"}),
    ("培训班学员阿依古丽·买买提表示，收获很大。", {"阿依古丽·买买提"}),
    ("社区书记米日古丽·阿不都热依木带领党员入户。", {"米日古丽·阿不都热依木"}),
    ("图为党员入户走访。古丽娜尔·艾买提摄", {"古丽娜尔·艾买提"}),
])
def test_dot_names_without_what_runs_into_them(paragraph, expected):
    assert set(meta("", ["近日，某县民政局组织学习。", paragraph]).people) == expected


def test_a_dot_names_second_part_stops_before_a_verb():
    assert dot_names("书记叶尔江·阿合买提牵头成立服务队。", load_lexicon()) == ["叶尔江·阿合买提"]


@pytest.mark.parametrize("lead,issue,expected", [
    ("昨日，县民政局召开党建工作会议。", date(2024, 3, 12), date(2024, 3, 11)),
    ("昨天上午，县民政局召开会议。", date(2024, 3, 1), date(2024, 2, 29)),          # across a month end
    ("今日，县民政局启动志愿服务月活动。", date(2024, 3, 12), date(2024, 3, 12)),
    ("本月5日，县民政局召开会议。", date(2024, 3, 12), date(2024, 3, 5)),
    ("上月28日，县民政局召开会议。", date(2024, 1, 10), date(2023, 12, 28)),        # the month before, last year
    ("三月五日，县民政局召开会议。", date(2024, 3, 12), date(2024, 3, 5)),          # Chinese numerals
    ("十二月二十八日，县民政局召开会议。", date(2025, 1, 6), date(2024, 12, 28)),
    ("据今日头条报道，……", date(2024, 3, 12), date(2024, 3, 12)),                  # a name, not a day
])
def test_relative_and_written_out_days(lead, issue, expected):
    assert event_date(lead, issue) == expected


@pytest.mark.parametrize("text,expected", [
    ("坚定拥护“两个 确立”，做到“两个维护”。", ["两个确立", "两个维护"]),       # a stray space inside the quotes
    ("严格落实“三会\n一课”制度。", ["三会一课"]),                             # a line break inside
    ("牢记“不忘初心，牢记使命”的要求。", ["不忘初心、牢记使命"]),               # a comma for 、: the canonical form
    ("坚持学思想，强党性，重实践，建新功。", ["学思想、强党性、重实践、建新功"]),
])
def test_slogans_in_their_printed_variants(text, expected):
    from dangjian.index.parse.slogans import slogans_in
    assert slogans_in(text) == expected


@pytest.mark.parametrize("caption,expected", [
    ("图为志愿服务现场。陈宝珠 摄", {"陈宝珠"}),               # a credit without brackets at a caption's end
    ("图为志愿服务现场。（本报记者 张三 摄）", {"张三"}),         # the role is not a name
    ("▲志愿者为老人理发。王五/摄", {"王五"}),
    ("图为志愿服务现场。（图/李四）", {"李四"}),
    ("图为志愿服务现场。（图片由县民政局提供）", set()),
])
def test_photographers_in_their_printed_forms(caption, expected):
    assert set(meta("", ["近日，某县民政局组织党员开展志愿服务。", caption]).people) == expected


@pytest.mark.parametrize("attribution,expected", [
    ("文/图 王明", {"王明"}),
    ("（王明 李华）", {"王明", "李华"}),            # names alone in the closing brackets
    ("王明 李华", {"王明", "李华"}),
    ("（图片由县民政局提供）", set()),
    ("（作者单位：某县民政局）", set()),
])
def test_names_alone_in_an_attribution(attribution, expected):
    assert set(meta("", ["近日，某县民政局组织党员开展志愿服务。"], attribution).people) == expected


def test_a_credit_run_into_the_next_paragraph():
    paragraph = "图为党员在三沙镇开展主题党日活动。陈宝珠摄局党支部书记刘泽民说，组织生活要有效。"
    assert set(meta("", ["近日，某县民政局召开会议。", paragraph]).people) == {"陈宝珠", "刘泽民"}


@pytest.mark.parametrize("attribution,lead,expected", [
    ("通讯员 王明 记者 李华", "5月12日，县民政局召开会议。", "湘江融媒"),       # a top byline without brackets
    (None, "记者 王明 报道：5月12日，县民政局召开会议。", "湘江融媒"),
    ("（融媒体记者 李华）", "5月12日，县民政局召开会议。", "湘江融媒"),        # a media centre's reporter
    ("（县融媒体中心记者 李华）", "5月12日，县民政局召开会议。", "湘江融媒"),
    (None, "湘江融媒讯（记者 王明）5月12日，县民政局召开会议。", "湘江融媒"),   # the centre's own 讯
    (None, "记者从县民政局获悉，全县已建成……", None),                          # a reporter learning is no byline
    ("（通讯员 王明）", "5月12日，县民政局召开会议。", None),                   # an agency's correspondent alone
])
def test_a_media_centres_own_reporting(attribution, lead, expected):
    assert meta("", [lead], attribution, publication="湘江融媒").source == expected


def test_a_trainee_is_a_role_and_a_news_agency_no_acting_body():
    m = meta("", ["5月12日，县民政局召开会议。"], "（记者 李华 实习生 王明）", publication="湘江融媒")
    assert set(m.people) == {"李华", "王明"}
    assert meta("", ["5月12日，县民政局召开会议。"], "（新华社）", publication="湘江融媒").agency is None


@pytest.mark.parametrize("paragraph,expected", [
    ("该中心负责人王海介绍，服务已覆盖全县。", {"王海"}),
    ("外卖骑手黄志鹏、快递员邓丽娟等12名代表提出意见。", {"黄志鹏", "邓丽娟"}),
    ("讲解员李娜向大家介绍了展馆。", {"李娜"}),
    ("村民张大山感慨道：“日子越过越好。”", {"张大山"}),
])
def test_more_roles_and_name_ends(paragraph, expected):
    assert set(meta("", ["5月12日，县民政局召开会议。", paragraph]).people) == expected


def test_a_place_inside_a_persons_name_is_no_place():
    m = meta("", ["5月12日，县民政局召开会议。局长扎西平措出席会议并讲话。"])
    assert m.province is None and "西平" not in m.places


def test_a_feature_whose_lead_names_no_body_takes_the_next_paragraphs():
    paragraphs = ["5月下旬，记者走进广州、深圳等地，探访行业协会商会党建工作的新气象。",
                  "把党建工作写入章程。广东省民政厅推动全省行业协会商会将党建工作要求写入章程。"]
    assert meta("行业协会商会党建综述", paragraphs, "本刊记者 林初夏").agency == "广东省民政厅"
    # a commentary still names none
    assert meta("论基层治理", ["基层治理是国家治理的基石。", "省民政厅提出……"], "（作者系某大学教授）").agency is None


def test_a_title_that_is_only_a_term_is_a_label():
    m = meta("党建引领", ["6月4日，省社会组织综合党委召开推进会，落实“三会一课”制度。"])
    assert m.slogans == ("三会一课",)
    m = meta("党建引领", ["6月4日，县民政局坚持党建引领，推动工作。"])
    assert m.slogans == ("党建引领",)           # the body's own term stays


@pytest.mark.parametrize("lead,expected", [
    ("本报合肥讯（记者 王明）5月12日，省民政厅召开会议。", "江淮日报"),
    ("本报北京5月12日讯 记者王明报道：民政部召开会议。", "江淮日报"),
    ("本报综合消息 5月12日，省民政厅召开会议。", "江淮日报"),
    ("本报特约记者 王明 5月12日，省民政厅召开会议。", "江淮日报"),
    ("人民日报北京5月12日电 民政部召开会议。", "人民日报"),          # another paper's dateline
])
def test_dateline_and_byline_variants_name_their_paper(lead, expected):
    assert meta("", [lead], publication="江淮日报").source == expected


def test_a_wire_dateline_is_not_the_acting_body():
    m = extract_metadata("", ["新华社合肥5月12日电（记者 王明）省民政厅召开会议。"], None, MAY, "安徽", "江淮日报")
    assert (m.source, m.agency) == ("新华社", "安徽省民政厅")
    assert "王明" in meta("", ["本报北京5月12日讯 记者王明报道：民政部召开会议。"]).people
