"""A photo's ▲ is no word of its caption (docs/truth_conventions.md, settled): the parser keeps the
caption as a paragraph of its article without the marker; a ▲ line that is no caption keeps it.
Pages invented for these tests."""
import pytest

from index.parse.clean import unmarked_caption

from .test_publications import parse

PAGE = """青川晚报  2024年5月14日  星期二  A06
社区党建
河西街道党员认领微心愿
5月10日，河西街道党工委组织辖区
在职党员走进社区，认领困难群众微心
愿86个。党员李青禾说：“能帮上忙，
心里踏实。”
▲党员为老人送去认领的微心愿。
（周江明 摄）
活动中，党员还为居民讲解了防诈骗
知识。
（据河西街道党工委）
"""


@pytest.fixture(autouse=True)
def _the_rules(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")


def test_a_marked_caption_is_kept_without_its_triangle():
    parsed = parse(PAGE, publication="青川晚报")
    paragraphs = [p for a in parsed.articles for p in a.paragraphs]
    assert "党员为老人送去认领的微心愿。（周江明 摄）" in ["".join(p.split()) for p in paragraphs] or \
        any(p.startswith("党员为老人送去认领的微心愿") for p in paragraphs)
    assert not any(p.lstrip().startswith("▲") for p in paragraphs)


@pytest.mark.parametrize("paragraph, caption", [
    ("▲培训班现场。", "培训班现场。"),
    ("▲▲党员干部在纪念馆参观学习。", "党员干部在纪念馆参观学习。"),
    ("▲图为述职评议会现场。（摄影 林小舟）", "图为述职评议会现场。（摄影 林小舟）"),
    ("△ 志愿者为老人检查取暖设备。宋一帆 摄", "志愿者为老人检查取暖设备。宋一帆 摄"),
])
def test_caption_shapes_lose_only_the_marker(paragraph, caption):
    assert unmarked_caption(paragraph) == caption


@pytest.mark.parametrize("paragraph", [
    "▲开展主题党日活动12次，走访群众300余户，帮助解决实际困难45件，群众满意度明显提升，有关做法在全区推广，"
    "得到上级党组织的肯定，下一步还将持续深化",   # a long marked list item: no caption
    "▲一是抓学习，二是抓服务",                      # no sentence end, no credit
    "党员为老人送去微心愿。（周江明 摄）",          # no marker: unchanged
])
def test_other_marked_lines_are_left_alone(paragraph):
    assert unmarked_caption(paragraph) == paragraph


def test_the_caption_test_stays_linear():
    import time
    start = time.perf_counter()
    for piece in ("▲", "摄影 ", "摄 ", "▲ "):
        unmarked_caption(piece * 20000)
        unmarked_caption("▲" + piece * 50)
    assert time.perf_counter() - start < 2.0
