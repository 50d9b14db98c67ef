"""OCR'd pages, round 11 (issue 15): a scan's running head read back whatever it misread.

Every text here is invented for the test. A scan reads 第 as 笫, 期 as 朗 in 星期, 日 as 曰 after a day's
number, two 1s in a row as ll, a lettered page's 0 as O (AO5), splits a section's name with a stray
space (理论周 刊), sets the page under the head as 要闻 O1 or 04 基层, and a continuation note as
（上接笫1版）; a magazine's head counts issues (2023年第5期) and frames its page number with dots
(·12·). Each such head is furniture, not the first article's title.
"""
from __future__ import annotations

import time

import pytest

from dangjian.index.parse.noise import noise_reason
from dangjian.index.parse.pipeline import parse_file

BODY = ("3月5日，青溪县民政局召开党组理论学习中心组学习会，传达学习上级会议精神，研究部署今年重点工作。\n"
        "会议要求，全局党员干部要把学习成果转化为推动民政事业发展的实际成效。\n")


@pytest.mark.parametrize("head", [
    "青溪融媒 2O23年3月7日 笫2版 要闻·党建",
    "青溪融媒 2023年ll月l4日 星朗二 笫3版",
    "2023年3月7曰 星期二 笫2版",
    "青溪晚报  2O23年3月7日 星期二  AO5 理论周 刊",
    "青溪党建 2O23年笫5期 基层党建",
    "青溪党建 2023年笫ll期  ·12·",
    "青溪日报  2023年lO月17日  星期二",
    "要闻  O1",
    "O3 综合新闻",
    "04 基层",
    "（上接笫1版）",
    "（下转第2l页）",
])
def test_misread_running_head_is_furniture(head):
    assert noise_reason(head, publication="青溪融媒") is not None


@pytest.mark.parametrize("line", ["笫二届社会组织党建擂台赛举办", "2023年第5期学员结业", "张 三 李 四"])
def test_text_lines_stay_text(line):
    assert noise_reason(line, publication="青溪融媒") is None


def test_misread_head_is_not_the_first_title(tmp_path):
    path = tmp_path / "青溪融媒" / "2023-03-07" / "02.txt"
    path.parent.mkdir(parents=True)
    path.write_text("青溪融媒 2O23年3月7日 笫2版 要闻·党建\n\n青溪县民政局召开党组理论学习会\n" + BODY,
                    encoding="utf-8")
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title for a in parsed.articles] == ["青溪县民政局召开党组理论学习会"]


def test_ocr_read_stays_linear():
    from dangjian.index.parse.furniture import ocr_read
    for nasty in ("笫l" * 3000, "Al" * 3000 + "O", "星朗" * 3000, "党 建" * 3000):
        start = time.perf_counter()
        ocr_read(nasty)
        noise_reason(nasty[:200])
        assert time.perf_counter() - start < 0.5


def test_page_of_misread_heads_parses_fast(tmp_path):
    path = tmp_path / "青溪融媒" / "2023-03-07" / "02.txt"
    path.parent.mkdir(parents=True)
    path.write_text("".join(f"要闻  O{k % 9 + 1}\n笫ll期 lO月\n" + BODY for k in range(3000)), encoding="utf-8")
    start = time.perf_counter()
    parse_file(path, tmp_path, keep_noise=True)
    assert time.perf_counter() - start < 60


@pytest.mark.parametrize("lead, day", [
    ("6月]8日，青溪镇党委召开党建联席会。", "2024-06-18"),
    ("8月|9日，白石镇社会组织党委开展活动。", "2024-08-19"),
    ("6月l6曰，临河县民政局召开会议。", "2024-06-16"),
    ("5月1 4日，青溪县民政局举办培训班。", "2024-05-14"),
    ("（通讯员 李明）]2月 27日，青溪县召开述职评议会。", "2023-12-27"),
])
def test_misread_lead_dates_are_read(lead, day):
    from datetime import date

    from dangjian.index.parse.dates import event_date
    assert event_date(lead, date(2024, 8, 20)).isoformat() == day


def test_lead_date_reading_stays_linear():
    from datetime import date

    from dangjian.index.parse.dates import event_date
    for nasty in ("]" * 3000 + "月", "1 " * 3000 + "日", "曰" * 3000, "月1 " * 3000):
        start = time.perf_counter()
        event_date(nasty, date(2024, 8, 20))
        assert time.perf_counter() - start < 0.5


def test_headline_broken_in_three_by_the_scan_is_one_title(tmp_path):
    path = tmp_path / "青溪融媒" / "2023-03-07" / "02.txt"
    path.parent.mkdir(parents=True)
    path.write_text("青溪融媒\u30002023年]月]4日\n笫2版\u3000民政·党建\n\n青溪县民\n政局召开2O23年度\n\n"
                    "党支部组织生活会\n\n青溪\n融媒讯（ 记者 王明）\n\n12月 3O日，青溪县民政局党支\n"
                    "部召开年度组织生活会，支部党员参加会议。\n会议要求，全体党员要对照检查，\n"
                    "认真整改。\n", encoding="utf-8")
    parsed = parse_file(path, tmp_path, keep_noise=True)
    assert [a.title.replace(" ", "") for a in parsed.articles] == ["青溪县民政局召开2O23年度党支部组织生活会"]
