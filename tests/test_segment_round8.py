"""Eighth round on article boundaries and titles (issue 15, seg8).

Each page is invented for its test: a magazine's own writers signing a piece under its headline
(本刊编辑部, 本刊特约评论员), and a writer's name under a ——subtitle that fills the column.
"""
import pytest

from index.parse.openings import is_top_byline

from .test_publications import parse, titles


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


@pytest.mark.parametrize("line", ["本刊编辑部", "本报编辑部", "本刊特约评论员", "本报特约评论员", "本刊评论部"])
def test_the_publication_s_own_desk_signs_a_piece(line):
    assert is_top_byline(line)


@pytest.mark.parametrize("line", ["编辑部召开会议", "本刊编辑部召开学习会", "评论员"])
def test_a_desk_named_in_a_sentence_signs_nothing(line):
    assert not is_top_byline(line)


EDITORIAL_DESK = """2024年第9期

东岭党建

专题策划

让主题党日活起来

本刊编辑部

主题党日是党支部组织党员开展活

动的重要载体。各级党组织要在内容

上求新、在形式上求活。

一些支部把党日搬到田间地头，让党

员在服务群众中受教育。
"""

SPECIAL_COMMENTATOR = """东岭党建
2024年第10期

评论

以严实作风推动基层治理提质增效

本刊特约评论员

作风建设永远在路上。基层干部要把心思

用在干事创业上，把功夫下在解决问题上，

以实际行动赢得群众信任。
"""


@pytest.mark.parametrize("text,title,attribution", [
    (EDITORIAL_DESK, "让主题党日活起来", "本刊编辑部"),
    (SPECIAL_COMMENTATOR, "以严实作风推动基层治理提质增效", "本刊特约评论员"),
])
def test_a_desk_byline_is_taken_off_the_title(text, title, attribution):
    parsed = parse(text, publication="东岭党建")
    assert titles(parsed) == [title]
    assert parsed.articles[0].attribution == attribution


NAME_UNDER_A_SUBTITLE = """东岭理论周刊
2024年6月7日

（作者单位：东岭市委党校）

以干促学
以学促干
——谈新时代基层党员的知行合一之道
柯望舒
　　知行合一，是党员干部修身立德的
重要遵循，也是推动工作落实的
关键所在。
　　学习的目的全在于运用，要把理
论成果转化为推动发展的实际成效。
"""

ROLE_ENDS_THE_SUBTITLE = """东岭党建
2024年6月7日

用心用情服务群众
——访西岭村党支部书记兼村委会主任
柯望舒
本刊记者　林晚照
　　走进西岭村，整洁的道路两旁
花木成行，村民们在广场上跳舞。
"""


def test_a_name_under_a_subtitle_filling_the_column_is_the_byline():
    parsed = parse(NAME_UNDER_A_SUBTITLE, publication="东岭理论周刊")
    article = [a for a in parsed.articles if not a.title_derived][-1]
    assert article.title == "以干促学以学促干——谈新时代基层党员的知行合一之道"
    assert article.attribution == "柯望舒"
    assert article.paragraphs[0].startswith("知行合一")


def test_a_subtitle_ending_on_a_role_keeps_the_name_under_it():
    parsed = parse(ROLE_ENDS_THE_SUBTITLE, publication="东岭党建")
    assert "柯望舒" in parsed.articles[0].title
