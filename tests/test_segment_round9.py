"""Ninth round on article boundaries and titles (issue 15, seg9).

Each page is invented for its test: a paper printed in lettered sections (A05) whose running head
gives the day without the year, a county media centre's briefs opened by a township's name in
【】 and closed by its item count and issuer, a footer naming a padded two-character editor, and a
double-spaced page whose last report prints its two-line headline after its text.
"""
import time

import pytest

from index.parse.noise import noise_reason

from .test_publications import parse, titles


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


@pytest.mark.parametrize("line", ["B03 社区·党建", "9月3日  星期二", "2O23年1]月7日 星期五 C02",
                                  "2023年明l2日星期一", "本版编辑  周  岚", "责编 宋 河  美编 郑 一"])
def test_running_heads_and_footers_of_other_papers_are_noise(line):
    assert noise_reason(line) is not None


@pytest.mark.parametrize("line", ["9月3日", "9月3日至5日", "编辑 你 我 他 她 们", "A股市场"])
def test_a_bare_day_or_words_are_no_running_head(line):
    assert noise_reason(line) is None


def test_the_new_head_patterns_stay_linear():
    start = time.perf_counter()
    noise_reason("本版编辑 " + "周 " * 3000 + "，")
    noise_reason("A1 " * 3000 + "，")
    noise_reason("9月3日 " * 3000 + "星期二 x")
    assert time.perf_counter() - start < 1


LETTERED_SECTION = """西川晚报
C04 社区·党建
9月3日  星期二

城南街道建起“红色议事角”

本报讯（记者 贺明远）8月30日，城南街道在
各社区建成“红色议事角”12处，居民有事
可以随时找党员议一议。

（通讯员 钟雪）

编辑：韦青  美编：陆川
"""


def test_a_lettered_page_head_and_a_day_head_are_no_title():
    parsed = parse(LETTERED_SECTION, "西川晚报")
    assert titles(parsed) == ["城南街道建起“红色议事角”"]
    assert parsed.articles[0].paragraphs[0].startswith("8月30日")


COUNTY_BRIEFS = """青川融媒·快讯
第8期
◆ 县民政局开展社会组织年检培训
6月上旬，县民政局组织全县62家社会组织
负责人参加年检培训，讲解填报要求。
【石门乡】日前，石门乡党委组织党员为独居
老人检修电路，共走访38户。
【县委社会工作部】6月12日，县委社会工作部
召开新就业群体党建工作座谈会。
（本期共3条）
青川县融媒体中心编印
"""


def test_a_townships_name_in_brackets_opens_an_item_and_the_count_is_furniture():
    parsed = parse(COUNTY_BRIEFS, "青川融媒")
    assert len(parsed.articles) == 3
    assert titles(parsed) == ["县民政局开展社会组织年检培训", "石门乡", "县委社会工作部"]
    assert list(parsed.articles[1].paragraphs) == ["日前，石门乡党委组织党员为独居老人检修电路，共走访38户。"]
    assert parsed.articles[2].paragraphs[-1].endswith("座谈会。")
    noise = " ".join(n.text for n in parsed.noise)
    assert "本期共3条" in noise and "编印" in noise


BRIEF_COLUMN_WORD = """【清河镇开展消防安全培训】
5月上旬，清河镇党委组织机关干部参加消防
安全培训。
【快讯】5月9日，县民政局机关党支部召开
党员大会，开展警示教育。
"""


def test_a_column_word_in_brackets_opens_an_item_without_a_title():
    parsed = parse(BRIEF_COLUMN_WORD, "青川融媒")
    assert len(parsed.articles) == 2
    assert titles(parsed)[1] is None


DOUBLE_SPACED_AFTER = """塞北民政报

本报讯（通讯员 杜可）5

月上旬，区民政厅机关党委组织

各支部开展“红旗党支部”评选。

区民政厅开展红旗党支部评选

本报讯（记者 邵  北）5

月8日，石河市民政局召开

机关党建工作会议，部署全年

任务。

石河市民政局部署
机关党建全年任务

本版编辑  汤  月
"""


def test_a_two_line_headline_after_the_last_double_spaced_report_is_its_title():
    parsed = parse(DOUBLE_SPACED_AFTER, "塞北民政报")
    assert titles(parsed) == ["区民政厅开展红旗党支部评选", "石河市民政局部署机关党建全年任务"]
    assert parsed.articles[1].paragraphs[-1].endswith("任务。")
    assert any("汤" in n.text for n in parsed.noise)


CORNER_QUOTE = """让党员活动室“活”起来

本报记者 甘霖

走进白沙社区党员活动室，墙上贴着党员承诺

书。社区党委书记龙小禾说，活动室要让党员

愿意来、留得住，关键是把活动办到居民心上。

「活动室要让党员愿意来、留得住，

关键是把活动办到居民心上」

今年以来，活动室共开展学习活动26场，党员

参与率达到九成以上，居民也常来这里议事。
"""


def test_a_quote_set_large_in_corner_brackets_is_a_pull_quote():
    parsed = parse(CORNER_QUOTE, "白沙周报")
    assert len(parsed.articles) == 1
    body = "".join(parsed.articles[0].paragraphs)
    assert "「" not in body and body.count("关键是把活动办到居民心上") == 1
    assert any(n.text.startswith("「活动室") for n in parsed.noise)


QUOTED_SPEECH = """社区里的“老书记”

本报记者 甘霖

走进白沙社区，老党员龙小禾正在给居民讲政策。

“只要大家信得过，我就一直干下去。”

这是龙小禾常挂在嘴边的一句话。今年以来，他

带着党员志愿者走访独居老人120余户。
"""


def test_a_quoted_speech_printed_once_stays_in_the_body():
    parsed = parse(QUOTED_SPEECH, "白沙周报")
    body = "".join(parsed.articles[0].paragraphs)
    assert "只要大家信得过" in body


def test_quoted_pull_quotes_stay_linear_on_a_page_of_quotes():
    page = "开头一句话说完了。\n\n" + "「关键是把活动办到居民心上，\n\n" * 3000 + "末尾。\n"
    start = time.perf_counter()
    parse(page, "白沙周报")
    assert time.perf_counter() - start < 20


GLUED_CONTINUATION = """（上接第3版）会议强调，各县区民政局
要在年底前完成整改。

石渠县开展结对帮扶

11月上旬，石渠县民政局组织党员干部走访
困难群众，帮助解决实际问题，群众满意度要
拿群众的口碑来检验。（下转第
6版）
"""


def test_a_continuation_note_glued_to_the_text_is_noise_and_the_text_stays():
    parsed = parse(GLUED_CONTINUATION, "高原民政报")
    assert len(parsed.articles) == 2
    assert parsed.articles[0].paragraphs[0].startswith("会议强调")
    assert parsed.articles[1].paragraphs[-1].endswith("检验。")
    noise = [n.text for n in parsed.noise]
    assert "（上接第3版）" in noise and "（下转第" in noise


UNITS_LIST_THEN_REPORT = """全县民政系统先进集体名单

为表彰先进，县民政局决定，授予以下单位
先进集体称号。
县救助管理站党支部、县民政局机关第二党支部、
县社会福利院党支部、县殡葬服务中心党
支部

石渠县民政局发布党建品牌
“雪域暖心”
10月下旬，石渠县民政局发布机关党建品牌“雪
域暖心”，推出8项承诺服务。
"""


def test_a_headline_under_a_list_of_units_the_column_broke_opens_the_next_report():
    parsed = parse(UNITS_LIST_THEN_REPORT, "高原民政报")
    assert len(parsed.articles) == 2
    assert titles(parsed)[1] == "石渠县民政局发布党建品牌“雪域暖心”"


SEASON_LEAD = """本报讯（记者 罗青）12月26日，石渠县民政局召开
年度党建述职会，各支部书记逐一述职。

石渠县民政局：
党建述职晒实绩

色须：岁末年初
走访困难党员

岁末年初，色须镇党委分组走访慰问困难党员、
老党员30余人。

（色须镇党委供稿）
"""


def test_a_lead_opening_with_the_year_s_turn_under_stacked_headlines_opens_a_report():
    parsed = parse(SEASON_LEAD, "高原民政报")
    assert len(parsed.articles) == 2
    assert titles(parsed) == ["石渠县民政局：党建述职晒实绩", "色须：岁末年初走访困难党员"]


RECENTLY_UNDER_A_DATELINE = """本报讯（记者 罗青）11月3日，理塘县民政局召开
社会组织党建座谈会，12家社会组织负责人参加。

会议要求，要推动党建工作与业务工作深度融合。

近期，色达县民政局机关党委对所属4个党支部
落实情况进行督查，发现问题6个，已全部整改。
（通讯员 扎西）
"""


def test_a_recently_lead_naming_another_body_opens_another_report():
    parsed = parse(RECENTLY_UNDER_A_DATELINE, "高原民政报")
    assert len(parsed.articles) == 2
    assert parsed.articles[1].paragraphs[0].startswith("近期，色达县")


MISREAD_HEAD = """云岭晨扳　2024年5月I4日　星期二

社区·党建

盘龙区民政局

“党建+社工”服务进楼院

本报讯（记者　陶然）5月10日，盘龙区民政局组织社工站党员社
工走进楼院，为独居老人提供生活照料服务。
"""


def test_a_running_head_with_the_paper_s_name_misread_is_noise_and_the_body_heads_the_title():
    parsed = parse(MISREAD_HEAD, "云岭晨报")
    assert titles(parsed) == ["盘龙区民政局“党建+社工”服务进楼院"]
    assert any(n.text.startswith("云岭晨扳") for n in parsed.noise)
