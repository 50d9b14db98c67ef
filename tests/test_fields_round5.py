"""Fields on publications the parser never met, fifth round (issue 15, fields5).

Every text here is invented for the test, after DOMAIN.md's descriptions and the conventions the
truth authors agree on (docs/decisions.md, "fields, fifth round").
"""
from datetime import date

import pytest

from dangjian.index.parse.metadata import extract_metadata
from dangjian.index.parse.sources import source_of

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
