"""Pull quotes and titles printed after their articles on publications never met (issue 15, titles6).

Every page is invented for its test: a pull quote the layout set above the passage it repeats
(the text layer reads it before its sentence), and a page that prints every title after its
article, the last one at the page's foot.
"""
import pytest

from .test_publications import parse, titles


@pytest.fixture(params=["rules", "combined"])
def method(request, monkeypatch):
    """Each cut is checked with the rules alone (where the mechanism lives) and with the default."""
    monkeypatch.setenv("DANGJIAN_PARSER", request.param)
    return request.param


QUOTE_ABOVE_ITS_SENTENCE = """以“三个坚持”推动社区党建提质增效
文/柳青禾
社区党建是基层治理的“根”。推动社区党建
提质增效，要在“三个坚持”上下功夫。

服务群众永远在路上

服务群众永远在路上。只有把群众的事当成自
己的事，才能赢得群众的信任。
（作者系青山市委党校教授）

石门镇党委举办党务干部培训班
5月9日，石门镇党委举办党务干部培训班。
（据石门镇党委）
"""


def test_a_pull_quote_set_above_the_sentence_it_repeats_is_furniture(method):
    parsed = parse(QUOTE_ABOVE_ITS_SENTENCE)
    assert titles(parsed) == ["以“三个坚持”推动社区党建提质增效", "石门镇党委举办党务干部培训班"]
    quote = [n for n in parsed.noise if n.text == "服务群众永远在路上"]
    assert quote and "pull quote" in quote[0].reason
    body = "".join(parsed.articles[0].paragraphs)
    assert body.count("服务群众永远在路上") == 1      # the sentence stays, the quote goes


HEADLINE_ITS_LEAD_RESTATES = """白水县民政局召开党建工作推进会
5月10日，白水县民政局召开党建工作推进会。

石门镇党委举办党务干部培训班

石门镇党委举办党务干部培训班。60余名党务干部
参加培训。
"""


def test_a_headline_whose_lead_restates_it_is_no_pull_quote():
    # The same shape as a quote above its sentence, but the line opens with its actor's place.
    parsed = parse(HEADLINE_ITS_LEAD_RESTATES)
    assert not any("pull quote" in n.reason for n in parsed.noise)


def test_a_subheading_the_paragraph_under_it_does_not_repeat_is_no_pull_quote():
    text = QUOTE_ABOVE_ITS_SENTENCE.replace("服务群众永远在路上。只有", "只有")
    parsed = parse(text)
    assert not any("pull quote" in n.reason for n in parsed.noise)


TITLES_AFTER_ARTICLES = """5月10日，白水县民政局召开党建工作推进会，
部署下半年重点任务。会议要求，要把党建工作
与业务工作同谋划、同部署。

白水县民政局召开党建工作推进会

5月12日，柳河镇在辖区小区推行“红色管家”
机制，由党员担任楼栋长，服务群众。

柳河镇推行“红色管家”机制
"""


def test_the_last_title_printed_after_its_article_at_the_pages_foot_is_its_title(method):
    parsed = parse(TITLES_AFTER_ARTICLES)
    assert titles(parsed) == ["白水县民政局召开党建工作推进会", "柳河镇推行“红色管家”机制"]
    assert "柳河镇推行" not in "".join(parsed.articles[1].paragraphs)


def test_a_headline_like_last_line_stays_body_when_the_page_prints_titles_above():
    text = """白水县民政局召开党建工作推进会
5月10日，白水县民政局召开党建工作推进会，
部署下半年重点任务。
（据白水县民政局）

柳河镇推行“红色管家”机制
5月12日，柳河镇在辖区小区推行“红色管家”
机制，由党员担任楼栋长，服务群众。

党员服务永远在路上
"""
    parsed = parse(text)
    assert titles(parsed) == ["白水县民政局召开党建工作推进会", "柳河镇推行“红色管家”机制"]
    assert "党员服务永远在路上" in parsed.articles[1].paragraphs


QUOTE_PARAGRAPH_ABOVE_A_SUBHEADING = """推动社会组织党建提质增效的实践与思考
文/柳青禾
近年来，青山市社会组织综合党委坚持党建引领，
着力在组织覆盖和作用发挥上下功夫。

把学习贯彻党的创新理论作为党组织会议的第一项议程，推动学习常态化。

二、规范组织生活

把学习贯彻党的创新理论作为党组织会
议的第一项议程，推动学习常态化。一是
落实“三会一课”制度；二是推行组织生
活纪实管理。
（作者系青山市委党校教授）
"""


def test_a_quote_paragraph_in_large_type_above_the_passage_it_repeats_leaves_the_body(monkeypatch):
    # The rules (the default method); the labeller learns the cut when the lead retrains it.
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")
    # Its lines are wider than the column (large type), so narrowness cannot tell it; the
    # paragraph under the subheading opening with all of it does.
    parsed = parse(QUOTE_PARAGRAPH_ABOVE_A_SUBHEADING)
    assert titles(parsed) == ["推动社会组织党建提质增效的实践与思考"]
    body = "".join(parsed.articles[0].paragraphs)
    assert body.count("把学习贯彻党的创新理论作为党组织会议的第一项议程") == 1
    assert "二、规范组织生活" in parsed.articles[0].paragraphs


def test_a_magazines_continuation_note_counts_pages_and_is_noise(method):
    text = """以“三个坚持”推动社区党建提质增效
文/柳青禾
社区党建是基层治理的“根”。推动社区党建
提质增效，要在“三个坚持”上下功夫。
（下转第26页）
"""
    parsed = parse(text)
    assert "（下转第26页）" not in "".join(parsed.articles[0].paragraphs)
    assert any(n.text == "（下转第26页）" and n.reason == "continuation note" for n in parsed.noise)
