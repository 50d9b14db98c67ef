"""Fields, round seven (issue 15): sources named in full, a bulletin's dated masthead, a page's own place.

Every text here is invented for the test, after DOMAIN.md's descriptions and docs/truth_conventions.md.
"""
from datetime import date
from types import SimpleNamespace

import pytest

from dangjian.index.parse.lexicon import load_lexicon
from dangjian.index.parse.metadata import complete_source, extract_metadata, page_province_hint
from dangjian.index.parse.pipeline import parse_page
from dangjian.index.parse.records import Page


def parsed(text: str, publication: str = "某某简报", path: str = "某某简报/2024-05-20/02.txt"):
    page = Page(path=path, publication=publication, issue_date=date(2024, 5, 20), page="02",
                text=text, sha1="0" * 40, encoding="utf-8")
    return parse_page(page).articles


# --- a source is named in full (（据X）/（X供稿）/来源：X → X in full form) ------------------------------

@pytest.mark.parametrize("source,province,expected", [
    ("省民政厅", "河北", "河北省民政厅"),
    ("省民政厅机关党委", "云南", "云南省民政厅机关党委"),
    ("省社会组织党委", "甘肃", "甘肃省社会组织党委"),
    ("厅机关党委", "青海", "青海省民政厅机关党委"),                 # a provincial department's own bulletin
    ("自治区民政厅", "宁夏", "宁夏回族自治区民政厅"),
    ("省民政厅", None, "省民政厅"),                                # no province known: as printed
    ("福泉市民政局", "贵州", "福泉市民政局"),                        # already whole
    ("新华社", None, "新华社"),
    (None, "河北", None),
])
def test_source_is_completed_with_the_province(source, province, expected):
    assert complete_source(source, province, load_lexicon()) == expected


def test_a_bureau_bulletins_own_unit_is_its_bureau():
    lex = load_lexicon()
    assert complete_source("局机关党委", "天津", lex, bureau=lambda: "天津市民政局") == "天津市民政局机关党委"
    assert complete_source("局机关党委", "天津", lex, bureau=lambda: None) == "局机关党委"


def test_a_provincial_paper_names_its_own_department_in_a_closing_credit():
    text = ("省民政厅开展节前廉政提醒\n\n"
            "5月16日，省民政厅召开节前廉政提醒会，通报典型案例，要求党员干部严守纪律。\n\n"
            "会议强调，要把纪律规矩挺在前面，营造风清气正的干事氛围。\n\n"
            "（省民政厅供稿）\n")
    [article] = parsed(text, publication="河北社会报", path="河北社会报/2024-05-20/02.txt")
    assert article.source == "河北省民政厅"


# --- a bulletin's masthead: its issuer printed before the issue's date -----------------------------------

MASTHEAD = ("某某工作简报\n\n第5期\n\n中共{issuer}　　　　2024年5月20日\n\n━━━━━━━━━━━━━━━━━━━━\n\n")


def test_a_dated_masthead_names_the_bureau_that_issues_the_bulletin():
    text = MASTHEAD.format(issuer="天津市民政局机关委员会") + (
        "局机关党委召开党建工作推进会\n\n"
        "5月14日，局机关党委召开党建工作推进会，总结前一阶段工作，部署下一步任务。\n\n"
        "会议要求，各党支部要对照清单逐项推进，确保各项任务落实到位。\n\n"
        "（局机关党委供稿）\n")
    [article] = parsed(text)
    assert article.agency == "天津市民政局"
    assert article.source == "天津市民政局机关党委"


def _meta_on_page(page_text: str, title: str, paragraphs: list[str], publication: str = "某某简报"):
    """The metadata of one article, given its page's text (where its masthead stands) and its cut."""
    page = SimpleNamespace(text=page_text, publication=publication, province_hint=None)
    piece = SimpleNamespace(title=title, paragraphs=paragraphs)
    hint = page_province_hint(page, [piece])
    return extract_metadata(title, paragraphs, None, date(2024, 5, 20), hint, publication=publication)


def test_a_dated_masthead_gives_the_city_of_an_abbreviated_body():
    title = "市社会组织党委召开党建工作会议"
    lead = "5月14日，市社会组织党委召开党建工作会议，总结去年工作，部署今年重点任务。"
    page = MASTHEAD.format(issuer="厦门市社会组织委员会") + title + "\n\n" + lead + "\n"
    assert _meta_on_page(page, title, [lead]).agency == "厦门市社会组织党委"
    undated = "某某工作简报\n\n第5期\n\n" + title + "\n\n" + lead + "\n"
    assert _meta_on_page(undated, title, [lead]).agency is None       # no city known: no guess


def test_a_county_pages_own_county_completes_an_abbreviated_body():
    text = ("沂南县民政局开展养老服务检查\n\n"
            "5月10日，沂南县民政局对全县养老机构开展安全检查，督促整改隐患。\n\n"
            "（通讯员 王某明）\n\n"
            "■\n\n"
            "5月16日，县社会组织综合党委组织党员到社区开展志愿服务，为居民义诊理发。\n\n"
            "（通讯员 李某华）\n\n"
            "■\n\n"
            "5月17日，沂南县委社会工作部召开新就业群体党建工作座谈会，听取意见建议。\n")
    articles = parsed(text, publication="某某融媒", path="某某融媒/2024-05-20/02.txt")
    second = next(a for a in articles if "县社会组织综合党委组织" in "".join(a.paragraphs))
    assert second.agency == "沂南县社会组织综合党委"


# --- agencies: where a name starts, townships of 内蒙古, villages, a branch being founded ---------------------

def _agency(title: str, lead: str, publication: str = "某某融媒") -> str | None:
    return extract_metadata(title, [lead], None, date(2024, 5, 20), publication=publication).agency


def test_the_body_named_first_is_the_one_whose_name_starts_first():
    lead = "近日，成都市武侯区民政局联合街道党工委在辖区小区推行“红色物业”。"
    assert _agency("", lead) == "成都市武侯区民政局"


@pytest.mark.parametrize("title,lead,expected", [
    ("", "近日，乌兰察布格苏木党委组织党员干部入户宣讲政策。", "乌兰察布格苏木党委"),
    ("呼格吉勒图苏木开展主题党日", "5月12日，呼格吉勒图苏木组织党员重温入党誓词。", "呼格吉勒图苏木"),   # no 党委 printed (settled, round nine)
    ("", "5月9日，平阳镇上湾村党支部组织党员清理河道。", "平阳镇上湾村党支部"),
    ("", "5月9日，青山县平阳镇社工站联合镇妇联走访困难老人。", "平阳镇社工站"),
    ("", "5月6日，平阳镇社会组织联合党支部开展党课进社团活动。", "平阳镇社会组织联合党支部"),
    ("平阳镇社会组织联合党支部成立", "5月6日，平阳镇社会组织联合党支部成立，覆盖辖区社会组织8家。", "平阳镇"),
    ("", "近日，东湖街道社会组织联合党支部揭牌，首批纳入社会组织6家。", "东湖街道"),
])
def test_town_and_village_bodies(title, lead, expected):
    assert _agency(title, lead) == expected


def test_a_county_level_city_made_from_a_county_is_a_place():
    assert _agency("", "11月下旬，米林市民政局组织开展养老机构安全检查。") == "米林市民政局"


# --- people ------------------------------------------------------------------------------------------------

def _people(text: str, attribution: str = "") -> list[str]:
    return list(extract_metadata("", [text], attribution, date(2024, 5, 20)).people)


def test_a_byline_role_split_by_a_stray_space_names_no_one():
    assert sorted(_people("会议要求各单位抓好落实。", "本报讯（记者 周明远 通 讯员 邵可欣）")) == ["周明远", "邵可欣"]


def test_a_name_ending_in_a_conjunctions_character():
    assert "韩立和" in _people("局党组书记、局长韩立和在总结讲话中指出，要抓好整改落实。")
    assert "韩立和" not in _people("副局长韩立和周晓明出席会议。")         # 和 the conjunction: the next name follows


@pytest.mark.parametrize("text,nobody", [
    ("党员服务队为瑶族老人送去慰问品。", "送去"),
    ("让党员志愿者常态化为老人提供助餐服务。", "常态化"),
])
def test_verbs_after_a_role_are_no_names(text, nobody):
    assert nobody not in _people(text)


@pytest.mark.parametrize("text,name", [
    ("入住老人宁秀芬说，护理员天天来看，心里踏实。", "宁秀芬"),
    ("快递小哥阿不都·热依木说，党组织让他找到了家。", "阿不都·热依木"),
    ("局党组书记、局长朝鲁孟巴图尔主持会议。", "朝鲁孟巴图尔"),
    ("乡党委书记次仁多吉平措现场点评。", "次仁多吉平措"),
])
def test_names_after_everyday_roles_and_long_names(text, name):
    assert name in _people(text)


def test_a_conjunction_opens_no_long_name():
    assert not [p for p in _people("支部书记和党务工作者出席会议。") if p.startswith("和")]


# --- a bare unit closing a bulletin item; OCR's letters in a date; a scholar's piece --------------------------

def test_a_bracket_holding_only_a_unit_is_the_source():
    meta = extract_metadata("某区民政局开展志愿服务", ["3月5日，河东区民政局组织党员开展志愿服务。"], "（河东区民政局）",
                            date(2024, 3, 15))
    assert meta.source == "河东区民政局"
    other = extract_metadata("", ["3月5日，河东区民政局组织党员开展志愿服务。"], "（河东区民政局 王某明）", date(2024, 3, 15))
    assert other.source is None                     # a unit and a name: a signer, not a bare credit


@pytest.mark.parametrize("lead,expected", [
    ("l0月15日至16日，某市社会组织综合党委举办培训班。", date(2024, 10, 15)),
    ("1O月9日，某县民政局召开会议。", date(2024, 10, 9)),
    ("10月I2日，某县民政局召开会议。", date(2024, 10, 12)),
])
def test_ocr_letters_in_a_dates_number(lead, expected):
    from dangjian.index.parse.dates import event_date
    assert event_date(lead, date(2024, 10, 18)) == expected


def test_a_piece_signed_with_its_authors_unit_takes_no_province_from_its_paper():
    meta = extract_metadata("让调查研究成为基本功", ["调查研究是谋事之基、成事之道。", "要防止走过场。"],
                            "柯某某（作者单位：某某师范大学马克思主义学院）", date(2024, 11, 11), "安徽",
                            publication="某某理论周刊")
    assert meta.province is None


def test_a_division_branch_closing_a_departments_bulletin_is_its_source():
    meta = extract_metadata("养老服务处党支部开展主题党日", ["3月上旬，养老服务处党支部组织党员重温入党誓词。"],
                            "（养老服务处党支部）", date(2024, 3, 20), "青海", publication="某某民政机关党建简报")
    assert meta.source == "青海省民政厅养老服务处党支部"


def test_a_continued_report_names_its_papers_department_further_on():
    meta = extract_metadata("", ["勉励年轻党员坚定理想信念，在岗位上践行初心使命。",
                                 "座谈会要求，厅机关各级党组织要把庆祝建党活动同党纪学习教育结合起来。"],
                            None, date(2024, 7, 2), "安徽", publication="某某日报")
    assert meta.agency == "安徽省民政厅"


def test_a_dot_name_split_by_a_space_in_a_byline_is_one_name():
    people = _people("图为党员干部向群众发放棉被。", "（通讯员 索朗· 旺姆）")
    assert "索朗·旺姆" in people and "索朗·" not in people


def test_a_long_second_part_of_a_dot_name():
    assert "古丽娜·买买提依明" in _people("机关党委书记古丽娜·买买提依明作交流发言。")
