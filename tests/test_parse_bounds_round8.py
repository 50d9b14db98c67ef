"""Shapes that made round seven's parser super-linear (found by a red-team pass feeding long, repetitive
pages to it). Each test would hang for tens of seconds before its fix; the watchdog (far above the
fixed time, so no speed is asserted) turns a hang into a failure, and the page's text must still be kept."""
import signal
from pathlib import Path

import pytest

from dangjian.index.parse import Report, parse_paths

WATCHDOG = 15       # seconds; each page parses in 2–3 s at most once fixed (30–40 s before)


@pytest.fixture
def watchdog():
    def hung(_signum, _frame):
        raise TimeoutError(f"the page did not parse within {WATCHDOG} s")
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(WATCHDOG)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def parse(tmp_path: Path, text: str):
    page = tmp_path / "某报" / "2024-03-12" / "01.txt"
    page.parent.mkdir(parents=True)
    page.write_text(text, encoding="utf-8")
    report = Report()
    articles = [a for _page, arts in parse_paths([page], report, archive_root=tmp_path) for a in arts]
    assert report.skipped == []
    return articles


def test_a_long_article_under_a_byline_parses_in_linear_time(tmp_path, watchdog):
    # every line after a byline asked whether it carries the byline on, by rescanning the whole article
    articles = parse(tmp_path, "学习贯彻党的二十大精神\n\n本报记者 张三\n\n" + "做好工作。\n" * 48000)
    assert sum("".join(a.paragraphs).count("做好工作") for a in articles) == 48000


def test_a_second_role_line_still_joins_the_byline(tmp_path, watchdog):
    articles = parse(tmp_path, "社区党委开展主题党日活动\n\n本报记者 张三\n\n通讯员 李四\n\n"
                               "5月8日，社区党委组织党员开展主题党日活动。\n")
    assert len(articles) == 1 and "李四" in articles[0].attribution and "张三" in articles[0].attribution


def test_spaces_after_a_broken_bracket_headline_do_not_backtrack(tmp_path, watchdog):
    spaces = " " * 19000
    text = "学习贯彻党的二十大精神\n\n本报讯 近日，召开会议。\n\n" + \
        "".join(f"【学习贯彻党的精神\n】{spaces}【\n本报讯 近日，召开第{k}次会议。\n\n" for k in range(16))
    articles = parse(tmp_path, text)
    assert any("召开第15次会议" in "".join(a.paragraphs) for a in articles)


def test_spaces_in_a_footer_like_line_do_not_backtrack(tmp_path, watchdog):
    spaces = " " * 19000
    text = "学习贯彻党的二十大精神\n\n本报讯 近日，召开会议。\n" + "".join(f"责任编辑 张三{spaces}x\n" for _ in range(12))
    parse(tmp_path, text)       # the watchdog is the assertion: each such line cost 2–8 s before
