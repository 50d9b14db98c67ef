"""``dangjian parse --trace``: every source line with its fate."""
import re

from dangjian.cli import main

from .conftest import write_page

PAGE = """2024年3月12日 星期二  公益时报

党建

山东省民政厅召开党建工作推进会

3月10日，山东省民政厅召开党建工作推进会。副厅长张三丰、李四海出席。

会议要求，要坚持党建

引领。（据新疆维吾尔自治区
民政厅）

4  责任编辑：王某  美编：李某
"""
FATES = re.compile(r"^(title|lead|body|joined|attribution|blank|noise: .+)( \+ (title|lead|body|joined|attribution))*$")


def _trace(runner, tmp_path, text):
    path = write_page(tmp_path / "archive", "公益时报/2024-03-12/04.txt", text)
    result = runner.invoke(main, ["parse", "--trace", str(path), "--archive", str(tmp_path / "archive")])
    rows = [line for line in result.output.splitlines() if re.match(r"^\s+\d+  ", line)]
    return result, [re.match(r"^\s+(\d+)  (.+?)\s{2,}(#\d+)?\s*(.*)$", row).groups() for row in rows]


def test_every_line_has_one_fate(runner, tmp_path):
    result, rows = _trace(runner, tmp_path, PAGE)
    assert result.exit_code == 0
    assert [int(r[0]) for r in rows] == list(range(1, PAGE.count("\n") + 1))
    assert all(FATES.match(r[1].strip()) for r in rows), rows
    fates = {int(r[0]): r[1].strip() for r in rows}
    assert fates[1].startswith("noise: ") and fates[3] == "noise: layout label"
    assert fates[5] == "title" and fates[7] == "lead" and fates[9] == "body"
    # The attribution broken over two lines, glued to its paragraph's last line.
    assert fates[11] == fates[12] == "joined + attribution"
    assert fates[14].startswith("noise: footer")
    assert {r[2] for r in rows if r[1].strip() in ("title", "lead", "body")} == {"#1"}


def test_page_without_articles_is_traced_and_skipped(runner, tmp_path):
    result, rows = _trace(runner, tmp_path, "4  2024年3月12日 星期二  责任编辑：王某\n\n党建\n")
    assert result.exit_code == 1
    assert [r[1].strip().split(":")[0] for r in rows] == ["noise", "blank", "noise"]
    assert "no article found" in result.output


def test_text_no_article_takes_is_listed_as_noise_with_its_reason(runner, tmp_path):
    from dangjian.index.parse.pipeline import parse_page
    from dangjian.index.parse.reader import read_page
    # A title printed after the last attribution, with no untitled article to take it.
    text = "第一篇标题\n\n近日，江苏省民政厅召开会议。\n（据江苏省民政厅）\n\n无处安放的标题\n"
    path = write_page(tmp_path / "archive", "公益时报/2024-03-12/05.txt", text)
    parsed = parse_page(read_page(path, tmp_path / "archive"))
    assert [a.title for a in parsed.articles] == ["第一篇标题"]
    assert [(n.line, n.text) for n in parsed.noise] == [(6, "无处安放的标题")]
    assert parsed.noise[0].reason.startswith("left over")
    result, rows = _trace(runner, tmp_path, text)
    assert rows[-1][1].strip().startswith("noise: left over")
