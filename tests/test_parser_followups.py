"""Parser follow-ups: consecutive attributions, a byline under a title, extension-plane CJK, derived title length."""
from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian.index.parse.clean import tidy
from dangjian.index.parse.pipeline import parse_page
from dangjian.index.parse.records import Page
from dangjian.index.config import Config
from dangjian.index.writer import build_index
from dangjian.search.engine import Engine, SearchRequest
from .conftest import write_page
from dangjian.index.parse.titles import MAX_DERIVED_TITLE, derive_title


def parsed(text: str):
    page = Page(path="报/2024-03-12/04.txt", publication="报", issue_date=date(2024, 3, 12), page="04",
                text=text, sha1="0" * 40, encoding="utf-8")
    return parse_page(page)


def han(text: str) -> str:
    return "".join(re.findall(r"[\u3400-\u9fff]", text))


def assert_conserved(result) -> None:
    """Every Han character of the page is in an article or a noise line."""
    kept = "".join(("" if a.title_derived else a.title) + "".join(a.paragraphs) + (a.attribution or "")
                   for a in result.articles) + "".join(n.text for n in result.noise)
    assert sorted(han(result.page.text)) == sorted(han(kept))


TWO_ATTRIBUTIONS = """北京市民政局开展养老服务检查

近日，北京市民政局组织开展养老服务机构安全检查，
督促各区落实整改责任。

（据北京市民政局）
（通讯员 葛某某 欧阳某）

天津市民政局召开党建工作会议

日前，天津市民政局召开党建工作会议，部署全年工作。

（据天津市民政局）
"""


def test_a_second_attribution_line_is_kept_and_its_names_are_searchable(tmp_path):
    result = parsed(TWO_ATTRIBUTIONS)
    first, second = result.articles
    assert "（据北京市民政局）" in first.attribution and "（通讯员 葛某某 欧阳某）" in first.attribution
    assert first.source == "北京市民政局"
    assert {("葛某某", "通讯员"), ("欧阳某", "通讯员")} <= set(first.roles)
    assert second.attribution == "（据天津市民政局）" and second.title == "天津市民政局召开党建工作会议"
    assert_conserved(result)
    fates = {f.text.strip(): f.fate for f in result.fates}
    assert fates["（通讯员 葛某某 欧阳某）"] == "attribution"
    config = Config(tmp_path / "archive", tmp_path / "index")
    write_page(config.archive, "报/2024-03-12/04.txt", TWO_ATTRIBUTIONS)
    build_index(config, processes=1)
    for name in ("葛某某", "欧阳某"):
        results = Engine(config.index).search(SearchRequest(name))
        assert [h.title for h in results.hits] == [first.title], name


BYLINE_UNDER_TITLE = """山东省民政厅举办基层党务干部培训班

（记者 张某某 通讯员 李某）

近日，山东省民政厅在济南举办基层党务干部培训班，
全省80余名党务干部参加培训。

（据山东省民政厅）

河南省民政厅召开警示教育大会

日前，河南省民政厅召开警示教育大会，通报典型案例。

（据河南省民政厅）
"""


def test_a_byline_under_a_title_opens_the_article_instead_of_ending_one():
    result = parsed(BYLINE_UNDER_TITLE)
    assert [a.title for a in result.articles] == ["山东省民政厅举办基层党务干部培训班", "河南省民政厅召开警示教育大会"]
    first = result.articles[0]
    assert not first.title_derived and first.paragraphs[0].startswith("近日，山东省民政厅")
    assert "（记者 张某某 通讯员 李某）" in first.attribution and first.source == "山东省民政厅"
    assert {("张某某", "记者"), ("李某", "通讯员")} <= set(first.roles)
    assert_conserved(result)


def test_a_byline_glued_under_a_title_with_no_blank_line():
    result = parsed(BYLINE_UNDER_TITLE.replace("培训班\n\n（记者", "培训班\n（记者").replace("）\n\n近日", "）\n近日"))
    assert result.articles[0].title == "山东省民政厅举办基层党务干部培训班"
    assert len(result.articles) == 2


@given(st.integers(0x20000, 0x323AF).map(chr), st.sampled_from([" ", "\u3000", "  "]))
@settings(max_examples=200, deadline=None)
def test_stray_spaces_next_to_extension_plane_characters_are_removed(char, space):
    assert tidy(f"张{space}{char}{space}同志") == f"张{char}同志"
    assert tidy(f"{char}{space}{char}") == char * 2


def test_derived_titles_are_capped_at_a_clause_boundary():
    clause = "组织全省各级民政部门深入学习贯彻党的二十大精神"
    lead = "近日，" + "，".join([clause] * 80) + "。"
    title = derive_title([lead])
    assert 0 < len(title) <= MAX_DERIVED_TITLE
    assert title == clause                     # cut where a clause ends, not mid-word
    endless = "近日" + "民政" * 2000
    assert 0 < len(derive_title([endless])) <= MAX_DERIVED_TITLE


@given(st.lists(st.sampled_from(["民政厅召开会议", "党建学习", "，", "、", "。", "近日", "为了", "2024年3月5日",
                                 "在", "民政民政民政民政民政民政民政民政"]), max_size=60).map("".join))
@settings(max_examples=200, deadline=None)
def test_derived_titles_never_exceed_the_cap(lead):
    title = derive_title([lead])
    assert len(title) <= MAX_DERIVED_TITLE
    assert title.removesuffix("…") in lead            # a cut keeps the text as it was, from one place
