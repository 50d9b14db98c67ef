"""Titles and furniture on publications never met, fifth round (issue 15, titles5).

Every page is invented for its test; the signals are ones any paper prints: a running head
whose section is a dotted pair (理论·基层) or whose paper is named as the publication is,
an editor's ·-name in a footer, a section word under the running head in every issue, and a
column label standing alone between two articles.
"""
from dangjian.index.parse.furniture import learn_furniture
from dangjian.index.parse.noise import classify_page

from .test_publications import parse, titles


def _noise(text: str, publication: str = "云岭晨报") -> dict[int, str]:
    return {n.line: n.reason for n in classify_page(text, publication)[1]}


HEAD_WITH_A_DOTTED_SECTION = """青山晨报　2024年5月
14日 星期二　第3版　要闻·基层

白水县民政局召开党建工作推进会
5月10日，白水县民政局召开党建工作推进会，
部署下半年重点任务。
（据白水县民政局）
"""


def test_a_running_head_split_over_two_lines_with_a_dotted_section_is_furniture():
    noise = _noise(HEAD_WITH_A_DOTTED_SECTION, "青山晨报")
    assert 1 in noise and 2 in noise
    assert titles(parse(HEAD_WITH_A_DOTTED_SECTION, "青山晨报")) == ["白水县民政局召开党建工作推进会"]


def test_a_page_head_with_a_dotted_section_on_one_line_is_furniture():
    assert "header" in _noise("第6版　党建·访谈\n\n柳河镇召开党员大会\n6月2日，柳河镇召开党员大会。\n")[1]


def test_a_dotted_pair_that_is_no_section_does_not_pass_for_a_page_head():
    # 阿依古丽·买买提 beside a page number is a name in text, not the page's section.
    assert 1 not in _noise("第6版　阿依古丽·买买提\n\n她说，社区的事大家商量着办。\n")


FOOTER_NAMING_THE_PUBLICATION = """柳河镇召开党员大会
6月2日，柳河镇召开党员大会，部署下半年
重点任务。
（据柳河镇党委）


青山民政 2024年6月4日
第2版 责任编辑：热依拉·吐尔逊
"""


def test_a_footer_naming_the_publication_and_an_editors_dot_name_is_furniture():
    noise = _noise(FOOTER_NAMING_THE_PUBLICATION, "青山民政")
    assert 7 in noise and 8 in noise
    parsed = parse(FOOTER_NAMING_THE_PUBLICATION, "青山民政")
    assert titles(parsed) == ["柳河镇召开党员大会"]
    assert [a.title for a in parsed.articles] == ["柳河镇召开党员大会"]


def test_the_publications_name_alone_beside_a_number_stays_unjudged_by_edge_pieces():
    # Two bare pieces (the paper and a number) say nothing by themselves.
    assert _noise("青山民政 12\n\n柳河镇召开党员大会\n6月2日，柳河镇召开党员大会。\n", "青山民政").get(1) is None


SECTION_UNDER_THE_HEAD = """青山晨报
2024年{m}月14日 星期二
党 建

{county}民政局召开党建工作推进会
{m}月10日，{county}民政局召开党建工作推进会，部署重点任务。
（据{county}民政局）
"""


def test_a_section_word_under_the_running_head_in_every_issue_is_learned_as_furniture():
    # 党建 reads like a two-character name (党 is a surname), but no writer is called by a section word.
    pages = [("青山晨报", f"2024-0{m}-14", SECTION_UNDER_THE_HEAD.format(m=m, county=c))
             for m, c in ((3, "白水县"), (4, "红岭县"), (5, "石门县"))]
    assert "党建" in learn_furniture(pages)["青山晨报"]


def test_a_writers_name_recurring_under_the_head_is_still_not_learned():
    pages = [("青山晨报", f"2024-0{m}-14", SECTION_UNDER_THE_HEAD.format(m=m, county="白水县").replace("党 建", "柳青禾"))
             for m in (3, 4, 5)]
    assert "柳青禾" not in learn_furniture(pages).get("青山晨报", {})
