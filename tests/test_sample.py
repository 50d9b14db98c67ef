"""The one real page we have (../shared/samples): three articles as the newspaper published them."""
import shutil
from datetime import date

import pytest

from dangjian.index.parse.pipeline import parse_file

EXPECTED = [
    ("山东省民政系统第一批、第二批主题教育衔接联动暨模范机关建设工作推进会议召开", False,
     "山东", "山东省民政厅", "山东省民政厅", date(2023, 10, 26)),
    ("江苏省民政厅举办党组理论学习中心组第12次理论学习会", True,
     "江苏", "江苏省民政厅", "江苏省民政厅", date(2023, 10, 31)),
    ("吉林省社会组织联合党委举办省级社会组织负责人主题教育示范培训班", False,
     "吉林", "吉林省社会组织联合党委", "吉林省民政厅", date(2023, 10, 23)),
]


@pytest.fixture
def articles(sample_page, tmp_path):
    root = tmp_path / "archive"
    dest = root / "公益时报" / "2023-10-31" / "04.txt"
    dest.parent.mkdir(parents=True)
    shutil.copy(sample_page, dest)
    page, articles = parse_file(dest, root)
    assert page.issue_date == date(2023, 10, 31) and page.publication == "公益时报"
    return articles


def test_sample_has_exactly_three_articles(articles):
    assert len(articles) == 3


@pytest.mark.parametrize("n", range(3))
def test_sample_article_metadata(articles, n):
    a = articles[n]
    assert (a.title, a.title_derived, a.province, a.agency, a.source, a.date) == EXPECTED[n]


def test_sample_slogans(articles):
    assert {"主题教育", "三级联动", "模范机关"} <= set(articles[0].slogans)
    assert {"两个确立", "四个意识", "四个自信", "两个维护", "总体国家安全观"} <= set(articles[1].slogans)
    assert {"两个确立", "四个意识", "四个自信", "两个维护", "主题教育"} <= set(articles[2].slogans)


def test_sample_people(articles):
    assert {"庄严", "刘建武", "李春田"} <= set(articles[0].people)
    assert {"谢晓军", "戚锡生", "张政文"} <= set(articles[1].people)
    assert "杜文革" in articles[2].people


def test_sample_body_has_no_broken_words(articles):
    for a in articles:
        body = a.body
        assert "习近平" in body
        assert "习近\n" not in body and "近平 " not in body
        assert " " not in body.replace("（", "")          # no stray spaces left in Chinese text
        assert "TOPIC" not in body and "（据" not in body
    assert "共70余人参加会议" in articles[0].body
    assert "“四个意识”" in articles[1].body and "第12次理论学习会" in articles[1].body
    assert "10月23至25日在延吉市" in articles[2].body


def test_sample_paragraphs_rebuilt(articles):
    assert len(articles[0].paragraphs) == 7          # double-spaced article: blank lines are not paragraphs
    assert articles[0].paragraphs[1].startswith("会议指出，")
    assert articles[2].paragraphs[-1].startswith("通过本次学习")
