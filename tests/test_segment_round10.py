"""Tenth round on article boundaries and captions (issue 15, seg10).

Each page is invented for its test: a photo caption printed with no 图为/▲ marker right after a report's
text, its photographer credited in brackets on the line under it or with a bare credit (某某 摄), and
a report that follows it with its headline printed after it.
"""
import time

import pytest

from index.parse.clean import split_paragraphs
from index.parse.headlines import looks_like_title

from .test_publications import parse, titles


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


BRACKETED_CREDIT = """青川晚报　2024年3月5日　星期二　A4

社区·党建

河西街道：党员志愿者

为独居老人送年货

本报讯（通讯员　周江明）3月1
日，河西街道党工委组织党员志愿
者为辖区独居老人送去米面油等年
货和慰问金。
党员志愿者为老人送去米面油 。
（ 宋知远　摄）


3月2日，东岭镇各村党支部开
展学雷锋志愿服务活动，党员为群
众义务理发200余人次。

（通讯员　韩小溪）

东岭镇村党支部

开展学雷锋活动
"""


def _squashed(article):
    return ["".join(p.split()) for p in article.paragraphs]


def test_a_bracketed_credit_under_an_unmarked_caption_stays_with_the_report_above():
    parsed = parse(BRACKETED_CREDIT, publication="青川晚报")
    assert titles(parsed)[:2] == ["河西街道：党员志愿者为独居老人送年货", "东岭镇村党支部开展学雷锋活动"]
    first, second = parsed.articles[:2]
    assert "党员志愿者为老人送去米面油。（宋知远摄）" in _squashed(first)
    assert not any("宋知远" in p for p in _squashed(second))
    assert second.paragraphs[0].startswith("3月2日")


@pytest.mark.parametrize("credit", ["（ 宋知远　摄）", "(王海 摄)", "（摄影 李青禾）"])
def test_a_bracketed_credit_alone_is_no_headline(credit):
    assert not looks_like_title([credit])


BARE_CREDIT = """西岭镇“党建+养老”让老人安享晚年

本报记者 宋知远 通讯员 周江明

走进西岭镇桥头村幸福院，老人们
正在党员志愿者的陪伴下包饺子。

镇党委书记李青禾介绍，全镇已建
成 7个村级幸福院，由村党支部
统筹运营，实现就餐、照料、文娱
“一站式”服务。

老人们在幸福院包饺子。
宋知远 摄

下一步，镇里将推动幸福院与卫生
院签约，为老人提供上门医疗服务
。
"""


def test_a_bare_credit_under_a_one_line_caption_ends_the_caption_paragraph():
    parsed = parse(BARE_CREDIT, publication="青川晚报")
    assert len(parsed.articles) == 1
    paragraphs = _squashed(parsed.articles[0])
    assert "老人们在幸福院包饺子。宋知远摄" in paragraphs
    assert any(p.startswith("下一步") for p in paragraphs)


ROLE_CREDIT = """某某区民政局开展警示教育

　　近日 ，某某区民政局组
织党员干部观看警示 教育片，
局党组书记赵大河说，要以案
为鉴、以案促改。
党员干部观看警示教育片。　
　通讯员 赵小川 摄
（ 通讯员 赵小川）
"""


def test_a_caption_with_a_role_in_its_bare_credit_is_a_paragraph_of_its_own():
    parsed = parse(ROLE_CREDIT, publication="青川晚报")
    assert _squashed(parsed.articles[0])[-1] == "党员干部观看警示教育片。通讯员赵小川摄"


def test_a_running_sentence_ending_in_she_is_not_a_credit():
    lines = ["大家纷纷拿出手机拍", "摄", "下这一幕。"]
    assert len(split_paragraphs(lines)) == 1


def test_credit_shapes_stay_linear():
    start = time.perf_counter()
    looks_like_title(["（" + "宋知远 " * 3000 + "摄）"])
    split_paragraphs(["老人们在幸福院包饺子。", "宋知远 " * 3000 + "摄", "下一步。"] * 100)
    parse(BARE_CREDIT * 50, publication="青川晚报")
    assert time.perf_counter() - start < 5
