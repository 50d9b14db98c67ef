"""Second round on bylines for publications never met (issue 15, parse-seg4).

Each page is invented for its test; the signals are ones every paper prints: a writer's byline
with an author's note under a piece's last paragraph ends it, and a piece that already carries
its byline at the top cannot also be the one a second writer signs at the bottom.
"""
from .test_publications import parse, titles

SIGNED_AT_THE_BOTTOM = """坚定不移推进全面从严治党

本刊评论员

全面从严治党永远在路上，必须一刻不停歇。
党员干部要把纪律挺在前面。

把为民服务落到实处
为民服务是党员干部的本分，要把群众的
急难愁盼放在心上，一件一件抓落实。
文/罗清源（作者单位：江南师范学院马克思主义学院）

柳河镇召开党建工作推进会
本报记者 韩落梅
6月2日，柳河镇召开党建工作推进会，
部署下半年重点任务。
"""


def test_a_writers_byline_with_an_authors_note_ends_the_piece_above():
    parsed = parse(SIGNED_AT_THE_BOTTOM)
    signed = next(a for a in parsed.articles if a.attribution and "罗清源" in a.attribution)
    assert signed.attribution == "文/罗清源（作者单位：江南师范学院马克思主义学院）"
    assert signed.paragraphs[-1].endswith("一件一件抓落实。")
    assert parsed.articles[-1].title == "柳河镇召开党建工作推进会"
    assert parsed.articles[-1].attribution == "本报记者 韩落梅"


def test_a_piece_bylined_at_the_top_is_not_the_one_signed_at_the_bottom():
    # 本刊评论员 opens the first piece; 文/罗清源 signs another: the headline between them opens it.
    parsed = parse(SIGNED_AT_THE_BOTTOM)
    assert titles(parsed) == ["坚定不移推进全面从严治党", "把为民服务落到实处", "柳河镇召开党建工作推进会"]
    assert parsed.articles[0].attribution == "本刊评论员"
    assert parsed.articles[0].paragraphs[-1].endswith("把纪律挺在前面。")
    assert parsed.articles[1].paragraphs[0].startswith("为民服务是党员干部的本分")


SIGNED_AND_NOTED = """把为民服务落到实处

文/罗清源

为民服务是党员干部的本分，要把群众的
急难愁盼放在心上，一件一件抓落实。
对标对表，才能见到实效。
（作者单位：江南师范学院马克思主义学院）

柳河镇召开党建工作推进会

本报记者 韩落梅

6月2日，柳河镇召开党建工作推进会。
"""


def test_an_authors_note_under_a_piece_bylined_at_the_top_stays_one_piece():
    # Guard: the same writer's byline at the top and note at the bottom are one piece.
    parsed = parse(SIGNED_AND_NOTED)
    assert titles(parsed) == ["把为民服务落到实处", "柳河镇召开党建工作推进会"]
    assert parsed.articles[0].attribution == "文/罗清源（作者单位：江南师范学院马克思主义学院）"
