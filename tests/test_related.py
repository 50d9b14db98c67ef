"""Related articles: never the article itself or a removed one; a near-copy first; each shares something."""
import pytest

from dangjian.index.config import Config
from dangjian.index.writer import build_index, update_index
from dangjian.search.engine import Engine
from dangjian.search.related import related
from dangjian.search.request import SearchRequest

from .conftest import write_page

BODY = ("10月12日，甲市民政局召开养老服务体系建设推进会，部署居家社区养老服务网络建设，"
        "要求各县区加快建设区域养老服务中心，推动养老服务高质量发展。")
OTHER = "10月13日，乙县民政局组织开展婚姻登记窗口业务培训，学习婚姻登记工作规范，提升窗口服务水平。"
PAGES = {
    "a": ("甲市民政局推进养老服务体系建设", BODY),
    "copy": ("甲市民政局部署养老服务网络建设", BODY.replace("10月12日", "10月20日")),
    "other": ("乙县民政局开展婚姻登记业务培训", OTHER),
}


@pytest.fixture()
def small(tmp_path):
    root = tmp_path / "archive"
    for n, (key, (title, body)) in enumerate(PAGES.items()):
        write_page(root, f"报/2023-10-2{n}/{key}.txt", f"{title}\n\n{body}\n\n（据{key}市民政局）\n")
    config = Config(archive=root, index=tmp_path / "index")
    build_index(config, processes=1)
    return config


def ids_by_key(engine):
    return {h.path.split("/")[-1].removesuffix(".txt"): h.id
            for h in engine.search(SearchRequest("民政局", limit=10)).hits}


def test_a_near_copy_comes_first_and_the_article_itself_never(small):
    engine = Engine(small.index)
    ids = ids_by_key(engine)
    found = related(engine, ids["a"])
    assert found and found[0]["id"] == ids["copy"]
    assert ids["a"] not in [r["id"] for r in found]
    assert [r["score"] for r in found] == sorted((r["score"] for r in found), reverse=True)
    assert all(r["score"] > 0 for r in found)


def test_a_removed_article_is_never_related(small):
    engine = Engine(small.index)
    ids = ids_by_key(engine)
    (small.archive / "报/2023-10-21/copy.txt").unlink()
    update_index(small, processes=1)          # the copy stays in its segment, deleted
    assert ids["copy"] not in [r["id"] for r in related(engine, ids["a"])]
    assert related(engine, "no-such-article") == []


def test_related_articles_of_the_bundled_archive_are_other_live_articles(engine, bundled_articles):
    known = {a.id for a in bundled_articles}
    for article in bundled_articles[:20]:
        found = related(engine, article.id)
        assert all(r["id"] in known and r["id"] != article.id for r in found)
        assert len({r["id"] for r in found}) == len(found) <= 5
