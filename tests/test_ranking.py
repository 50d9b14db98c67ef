"""Ranking: word matches, title matches and nearness beat bigram-only, body-only and far-apart matches."""
import pytest

from dangjian.index.config import Config
from dangjian.index.writer import build_index
from dangjian.search.engine import Engine, SearchRequest

from .conftest import write_page

FILLER = "会上，与会人员结合工作实际作交流发言，大家表示要把学习成果转化为推动工作的实际成效。"
# Each loser is written first, so a tie (broken by document order) would fail the test.
ARTICLES = {
    "bigram": ("乙县民政局开展学习活动", "3月1日，乙县民政局研究社会议题，部署全年工作。"),
    "word": ("甲县民政局开展学习活动", "3月1日，甲县民政局召开会议，部署全年工作。"),
    "body": ("丁县民政局部署全年工作", "3月2日，丁县民政局部署全年工作，推进养老服务。"),
    "title": ("丙县民政局推进养老服务", "3月2日，丙县民政局部署全年工作，推进养老服务。"),
    "far": ("己县开展学习活动", "3月3日，己县组织民政干部，部署全年工作，再开展培训。"),
    "near": ("戊县开展学习活动", "3月3日，戊县组织干部，部署全年工作，再开展民政培训。"),
}


@pytest.fixture(scope="module")
def ranked(tmp_path_factory):
    root = tmp_path_factory.mktemp("ranking")
    for n, (key, (title, lead)) in enumerate(ARTICLES.items()):
        text = f"{title}\n\n{lead}\n{FILLER}\n\n（据{key}供稿）\n"
        write_page(root / "archive", f"报/2023-03-0{n + 1}/{key}.txt", text)
    config = Config(archive=root / "archive", index=root / "index")
    build_index(config, processes=1)
    return Engine(config.index)


def order(engine, query):
    return [h.path.split("/")[-1].removesuffix(".txt") for h in engine.search(SearchRequest(query)).hits]


def test_word_match_ranks_above_bigram_only_match(ranked):
    ranking = order(ranked, "会议")
    assert ranking.index("word") < ranking.index("bigram")


def test_title_match_ranks_above_body_match(ranked):
    ranking = order(ranked, "养老服务")
    assert ranking[:2] == ["title", "body"]


def test_terms_close_together_rank_first(ranked):
    assert order(ranked, "民政 培训")[:2] == ["near", "far"]
