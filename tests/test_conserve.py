"""The last guard of conservation: a line a stage replaced (not placed) is listed as noise, never lost."""
from collections import Counter

from dangjian.index.parse import Page, parse_page
from dangjian.index.parse.conserve import HAN, REPLACED, rescue_lines
from dangjian.index.parse.records import Article, NoiseLine

TEXT = """枫林镇开展党员志愿服务月活动

5月8日上午，枫林镇党委组织机关党员走进敬老院，为老人打扫房间、检查电器线路，并开展健康义诊。

活动中，党员们还为老人讲解防范养老诈骗知识，发放宣传资料二百余份。

（通讯员 韩若溪）
"""


def _chars(parsed):
    held = Counter()
    for a in parsed.articles:
        held.update(HAN.findall("".join([*a.paragraphs, a.attribution or "", "" if a.title_derived else a.title])))
    for n in parsed.noise:
        held.update(HAN.findall(n.text))
    return held


def test_a_markup_title_over_the_text_title_keeps_the_text_title_as_noise():
    page = Page(path="镇网/2024-05-09/1.html", text=TEXT, sha1="c1", encoding="utf-8",
                title="志愿服务暖人心", extraction="html")
    parsed = parse_page(page)
    assert parsed.articles and parsed.articles[0].title == "志愿服务暖人心"
    assert not Counter(HAN.findall(TEXT)) - _chars(parsed)            # nothing lost
    kept = [n for n in parsed.noise if n.reason == REPLACED]
    assert [n.text for n in kept] == ["枫林镇开展党员志愿服务月活动"]
    fate = next(f for f in parsed.fates if f.line == kept[0].line)
    assert REPLACED in fate.fate and fate.fate != f"noise: {REPLACED}"   # the trace says both


def test_a_page_whose_text_is_all_placed_gets_no_rescued_line():
    parsed = parse_page(Page(path="镇网/2024-05-09/2.txt", text=TEXT, sha1="c2", encoding="utf-8"))
    assert not [n for n in parsed.noise if n.reason == REPLACED]


def test_rescue_takes_only_lines_holding_missing_characters():
    source = ["头条新闻", "正文第一段。", "（据某局）"]
    art = Article(id="x", path="p", ordinal=1, publication=None, issue_date=None, page=None, title="另一个标题",
                  title_derived=False, paragraphs=("正文第一段。",), attribution="（据某局）")
    rescued = rescue_lines(source, [art], [])
    assert [(n.line, n.text) for n in rescued] == [(1, "头条新闻")]
    assert rescue_lines(source, [art], [NoiseLine(1, "头条新闻", "label")]) == []
