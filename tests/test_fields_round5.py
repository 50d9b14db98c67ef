"""Fields on publications the parser never met, fifth round (issue 15, fields5).

Every text here is invented for the test, after DOMAIN.md's descriptions and the conventions the
truth authors agree on (docs/decisions.md, "fields, fifth round").
"""
from datetime import date

import pytest

from dangjian.index.parse.metadata import extract_metadata
from dangjian.index.parse.sources import source_of

from .test_publications import parse

MAY = date(2024, 5, 20)


def meta(title, paragraphs, attribution=None, publication="某某日报", hint=None):
    return extract_metadata(title, paragraphs, attribution, MAY, hint, publication)


# --- source -------------------------------------------------------------------------------------

@pytest.mark.parametrize("attribution,expected", [
    ("（供稿：柳河县民政局）", "柳河县民政局"),
    ("（稿源：青石市民政局）", "青石市民政局"),
    ("（供稿单位：青石市社会组织综合党委）", "青石市社会组织综合党委"),
    ("（信息来源：青石市民政局）", "青石市民政局"),
])
def test_a_label_before_the_unit_names_the_source(attribution, expected):
    assert source_of(attribution, "5月8日，会议召开。", "某某简报") == expected


@pytest.mark.parametrize("attribution,expected", [
    ("周明远（作者单位：青石市民政局）", None),               # an author's own piece
    ("周明远　林晓雪（作者单位：青石市民政局）", None),
    ("文/周明远（作者单位：青石市民政局）", None),
    ("（作者单位：青石市民政局）", "青石市民政局"),            # the unit reports its own work
])
def test_an_author_unit_is_a_source_only_when_no_person_signs(attribution, expected):
    assert source_of(attribution, "近年来，青石市探索社区治理新路子。", "某某党建") == expected


@pytest.mark.parametrize("attribution,expected", [
    ("本刊通讯员 周明远", None),                                # an agency's correspondent
    ("本刊通讯员 周明远（青石市民政局供稿）", "青石市民政局"),
    ("本刊特约评论员", "某某党建"),
    ("本刊编辑部", "某某党建"),
    ("中新社记者 周明远", "中新社"),
])
def test_own_top_bylines_but_not_a_correspondent_alone(attribution, expected):
    assert source_of(attribution, "近日，青石市召开会议。", "某某党建") == expected


CORRESPONDENT_AT_THE_TOP = """青石市：社区党建激活邻里互助

本刊通讯员 周明远

5月8日，青石市民政局组织社区党组织书记
开展交流，推广邻里互助做法。
"""


def test_a_correspondent_at_the_top_gives_the_article_no_source():
    parsed = parse(CORRESPONDENT_AT_THE_TOP, publication="某某党建")
    assert [a.source for a in parsed.articles] == [None]
