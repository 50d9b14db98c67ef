"""Doubtful cuts: computed at index time, kept with the file's entry, listed by `dangjian check`."""
import json
from types import SimpleNamespace

from dangjian.cli import main
from dangjian.index.parse import doubtful_cut

from .conftest import write_page


def art(chars, derived=False, attribution=None):
    return SimpleNamespace(paragraphs=("字" * chars,), title_derived=derived, attribution=attribution)


def test_an_article_far_longer_than_the_pages_others_is_doubtful():
    assert doubtful_cut([art(300), art(2000), art(350)]) == ["article 2 is 6x as long as the page's others"]
    assert doubtful_cut([art(300), art(700), art(350)]) == []          # long, but not a merger's length


def test_an_untitled_article_mid_page_is_doubtful_but_not_the_first_or_last():
    assert doubtful_cut([art(300, True), art(300, True), art(300, True)]) == [
        "article 2 has no printed title in the middle of the page"]


def test_one_article_with_several_attributions_is_doubtful():
    lone = SimpleNamespace(paragraphs=("甲。（据甲市民政局）乙。",), title_derived=False, attribution="（据乙县民政局）")
    assert doubtful_cut([lone]) == ["one article with 2 attributions"]


def test_check_lists_the_doubtful_pages_built_into_the_index(tmp_path, runner):
    archive, index = tmp_path / "archive", tmp_path / "index"
    write_page(archive, "云岭晨报/2024-05-14/03.txt",
               "丽江市民政局召开会议\n5月10日，丽江市民政局召开会议。（据丽江市民政局）会议要求，抓好落实。\n"
               "会议还部署了下一阶段工作。\n（来源：玉龙县民政局）\n")
    opts = ["--archive", str(archive), "--index", str(index)]
    assert runner.invoke(main, ["reindex", *opts, "--processes", "1"]).exit_code == 0
    result = runner.invoke(main, ["check", *opts])
    assert result.exit_code == 0, result.output
    assert "doubtful cuts" in result.output and "云岭晨报/2024-05-14/03.txt: one article with 2 attributions" in result.output
    data = json.loads(runner.invoke(main, ["check", "--json", *opts]).output)
    assert data["doubtful"] == ["云岭晨报/2024-05-14/03.txt: one article with 2 attributions"]
