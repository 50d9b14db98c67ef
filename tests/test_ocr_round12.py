"""OCR'd pages, round 12 (issue 15): what a scan does to article boundaries, heads and credits.

Every text here is invented for the test. A scan misreads a lead's date (]2月30日，, l0月, ]月6日，), sets a
blank inside a headline whose second part carries its ——subtitle or its author's name, prints its running
head with a dotted date (2024.6.18), an issue count alone (第203期, 第1 5 2期), a page in numerals (第二版),
a dot-framed page beside a section (机关党建 ·15·), a page with its section on a line of its own (5　民 生),
breaks a head over two lines (笫3版 民 / 生·党建), splits the paper's name with a space (青溪 晚报), reads a
vertical rule between items as bars (丨 丨), misreads 责任编辑 as 责仼编辑, and breaks a continuation note
after 笫 (（下转笫 / 6版）). A county media centre credits its reporter （融媒记者 某某） under the report.
"""
from __future__ import annotations

import time

import pytest

from dangjian.index.parse.noise import noise_reason
from dangjian.index.parse.pipeline import parse_file


def _parse(tmp_path, text, publication="青溪融媒", day="2024-06-18"):
    path = tmp_path / publication / day / "02.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return parse_file(path, tmp_path, keep_noise=True)


FIRST = ("青溪县民政局召开党建工作推进会\n"
         "本报讯（记者 林小雨）6月12日，青溪县民政局召开\n"
         "机关党建工作推进会，部署下半年任务。\n"
         "会议要求，各支部要对标先进找差距。\n")


@pytest.mark.parametrize("lead", ["]2月30日，", "l0月9日，", "]月6日，", "1 2月3日，", "lO日上午，"])
def test_misread_lead_date_opens_the_next_report(tmp_path, lead):
    """A titled report under a dateline-opened one, its lead's date misread by the scan: two articles."""
    text = FIRST + "\n白石镇社会组织联合党委\n召开年度述职会\n\n" + lead + "白石镇社会组织联合党委召开\n述职会，9名书记逐一述职。\n（通讯员 周小禾）\n"
    parsed = _parse(tmp_path, text)
    titles = [a.title for a in parsed.articles]
    assert titles == ["青溪县民政局召开党建工作推进会", "白石镇社会组织联合党委召开年度述职会"]
    assert parsed.articles[0].attribution == "本报讯（记者 林小雨）"


def test_period_lead_opens_the_next_report(tmp_path):
    """4月上旬， opens another report after a dateline-opened one, as 4月11日， does."""
    text = FIRST + "\n4 月上旬， 白石镇党委组织党员干部\n与独居老人结对帮扶。\n（通讯员 周小禾）\n"
    parsed = _parse(tmp_path, text)
    assert len(parsed.articles) == 2
    assert parsed.articles[0].attribution == "本报讯（记者 林小雨）"


def test_dateline_broken_after_its_place(tmp_path):
    """青溪 / 融媒讯（记者 …）: the dateline a narrow column broke still opens the report, so the next
    headline with its lead starts another."""
    text = ("青溪县民政局召开组织生活会\n\n青溪\n融媒讯（记者 林小雨）\n\n12月 3O日，青溪县民政局党支部召开\n组织生活会。\n\n"
            "会议要求，要对照问题制定整改清单。\n\n白石乡：党员志愿者\n为独居老人送温暖\n\n]月上旬，白石乡党委组织党员\n走访独居老人。\n\n（通讯员 周小禾）\n")
    parsed = _parse(tmp_path, text)
    assert [a.title for a in parsed.articles] == ["青溪县民政局召开组织生活会", "白石乡：党员志愿者为独居老人送温暖"]


def test_split_headline_with_its_subtitle(tmp_path):
    """把…转化为 / blank / 治理效能 / ——访…局 / 长某某: one title, subtitle and all; the byline under it opens."""
    text = ("青溪党建　2024年笫l0期　33\n\n把党建优势转化为\n\n治理效能\n——访青溪县白石区民政局党组书记、局\n长孙明远\n\n"
            "本刊记者 林小雨\n近年来，白石区民政局坚持党建引领，推动社会组织参与社区治理。\n"
            "问：下一步有什么打算？\n答：我们将继续深化党建引领基层治理。\n")
    parsed = _parse(tmp_path, text, publication="青溪党建", day="2024-10-01")
    article = parsed.articles[0]
    assert article.title == "把党建优势转化为治理效能——访青溪县白石区民政局党组书记、局长孙明远"
    assert article.attribution == "本刊记者 林小雨"


def test_split_headline_with_its_author(tmp_path):
    """深刻把握… / blank / 的重大意义 / 罗某某 / blank / text: the title is whole, the name is the author's."""
    text = ("青溪理论周刊　2O23年1O月24日　星期二\n\n深刻把握“两个结合”\n\n的重大意义\n韩明远\n\n"
            "“两个结合”是我们党对马克思主义中国化\n时代化规律性认识的深化。\n\n"
            "把马克思主义基本原理同中国具体实际相结合，是党的理论创新的根本途径。\n\n"
            "（作者系青溪师范学院马克思主义学院教授）\n")
    parsed = _parse(tmp_path, text, publication="青溪理论周刊", day="2023-10-24")
    article = parsed.articles[0]
    assert article.title == "深刻把握“两个结合”的重大意义"
    assert article.attribution.startswith("韩明远")
    assert "韩明远" in article.people


@pytest.mark.parametrize("head", [
    "青溪晨报 2024.6.18 星期二",
    "2O24.O2　青溪融媒　20",
    "青溪融媒 第2O3期 2O25年2月l4日",
    "青溪融媒 第1 5 2期 2O23年12月5日 星期二",
    "第二版  党建",
    "机关党建  ·15·",
    "A04  2O25年]月7日 星期二   青溪 融媒",
    "责仼编辑　辛蕊",
    "主编:赵岩 责编:郭 蕊",
])
def test_scanned_heads_are_furniture(head):
    assert noise_reason(head, publication="青溪融媒") is not None


@pytest.mark.parametrize("line", ["第二版面设计方案征求意见", "2.3万元救助资金发放到位", "全镇第3期培训班开班 学员结业",
                                  "乌兰托娅、黄", "志斌"])
def test_text_lines_stay_text(line):
    assert noise_reason(line, publication="青溪融媒") is None


def test_head_broken_over_two_lines_and_page_with_section(tmp_path):
    """笫3版　民 / 生·党建 under the head, and 5　民 生 under another: furniture, not the first title."""
    text = ("青溪融媒　2O24年4月]6日　星朗二\n笫3版　民\n生·党建\n\n县民政局召开全面从严治党工作会议\n"
            "4月]1日，青溪县民政局召开全面从严治党工作会议，部署全年任务。\n")
    parsed = _parse(tmp_path, text, day="2024-04-16")
    assert [a.title for a in parsed.articles] == ["县民政局召开全面从严治党工作会议"]
    text = ("青溪日报　2O22年8月l6日　星期二\n5　民 生\n\n白石：社会组织党员\n\n“双报到”激活治理末梢\n\n"
            "本报白石讯（记者 林小雨）8月12日上午，白石市民政局召开推进会。\n")
    parsed = _parse(tmp_path, text, publication="青溪日报", day="2022-08-16")
    assert [a.title for a in parsed.articles] == ["白石：社会组织党员“双报到”激活治理末梢"]
    assert parsed.articles[0].attribution == "本报白石讯（记者 林小雨）"


def test_media_centre_reporter_closes_the_report(tmp_path):
    """（融媒记者 某某） under a report ends it: the headline under it opens the next (no blank lines)."""
    text = ("笫3版\n青溪融媒\n2O23年1O月2O日 星期五\n县民政局扎实开展主题教育\n10月17日下午，县民政局召开主题\n教育动员部署会。\n"
            "会议要求，全局党员干部要切实解决\n群众急难愁盼问题。\n（融媒记者 林小雨 通讯员 周小禾）\n"
            "白石镇“积分超市”激发党员干事热情\n今年以来，白石镇在全镇l8个村推\n行党员积分管理。\n"
            "县社会组织综合党委开展党务培训\n10月1O日，县社会组织综合党委\n举办党务工作者培训班。\n（据县民政局 ）\n")
    parsed = _parse(tmp_path, text, day="2023-10-20")
    assert parsed.articles[0].attribution == "（融媒记者 林小雨 通讯员 周小禾）"
    assert parsed.articles[0].source == "青溪融媒"
    assert len(parsed.articles) == 3


def test_scanned_rule_line_ends_an_item(tmp_path):
    """丨 丨 between two brief items is a rule: the untitled item under it is an article of its own."""
    text = ("青溪融媒 2O24年7月5日 星期五 笫2版\n\n白石乡：“党建+养老”让老人乐享晚年\n6 月下旬，白石乡老年食堂正式开\n餐。\n"
            "乡党委书记周明远表示，食堂由村党\n支部牵头管理。\n\n丨 丨\n日前，县民政局对全县l6个乡镇\n党员干部开展业务培训。\n（通讯员 周小禾）\n")
    parsed = _parse(tmp_path, text, day="2024-07-05")
    assert len(parsed.articles) == 2
    assert parsed.articles[0].attribution in (None, "")
    assert any(n.text == "丨 丨" for n in parsed.noise)


def test_continuation_note_after_a_comma_and_broken(tmp_path):
    """…清扫庭院，（下转笫5版） and （下转笫 / 6版） are notes, not text; the footer under them is furniture."""
    text = (FIRST + "活动中，党员志愿者\n还为老人们义诊、清扫庭院\n，（下转笫5版）\n\n主编:赵岩 责编:郭 蕊\n")
    parsed = _parse(tmp_path, text)
    body = "".join(parsed.articles[0].paragraphs)
    assert "下转" not in body and "主编" not in body
    text = (FIRST + "牧民们分组深入（下转笫3版）\n")
    parsed = _parse(tmp_path, text)
    body = "".join(parsed.articles[0].paragraphs)
    assert body.endswith("牧民们分组深入") and "下转" not in body
    text = (FIRST + "形成问题清单和经验做法清单。（下转笫\n6版）\n\n责仼编辑　辛蕊\n")
    parsed = _parse(tmp_path, text)
    body = "".join(parsed.articles[0].paragraphs)
    assert "下转" not in body and "辛蕊" not in body


def test_new_patterns_stay_linear(tmp_path):
    from dangjian.index.parse.attributions import is_attribution
    from dangjian.index.parse.headlines import STRONG_LEAD
    from dangjian.index.parse.openings import DATELINE
    nasty = ["]l" * 3000 + "月", "1 " * 3000 + "月", "融媒" * 3000 + "记者", "本报" + "泰" * 3000 + "讯",
             "·1·" * 3000, "丨 " * 3000 + "x", "第1 " * 3000 + "期", "太 行 " * 3000]
    for text in nasty:
        start = time.perf_counter()
        STRONG_LEAD.match(text)
        DATELINE.match(text)
        is_attribution("（" + text + "）")
        noise_reason(text[:300], publication="太行晚报")
        assert time.perf_counter() - start < 0.5
    lines = (FIRST + "\n丨 丨\n" + "白石镇社会组织联合党委\n召开年度述职会\n\n]2月30日，白石镇召开述职会。\n（融媒记者 周小禾）\n") * 1100
    start = time.perf_counter()
    _parse(tmp_path, lines[: 32000 * 12])
    assert time.perf_counter() - start < 60
