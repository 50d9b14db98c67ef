"""Furniture learned from the archive, and the publication profile (issue 15, steps 3 and 4).

The publication 青山融媒 and its pages are invented here; nothing in the parser names them.
"""
import json

from dangjian.cli import main
from dangjian.index.config import Config
from dangjian.index.parse import Report, parse_paths
from dangjian.index.parse.furniture import furniture_key, learn_furniture
from dangjian.index.parse.pipeline import archive_context, learn_archive
from dangjian.index.writer import build_index, update_index

from .conftest import write_page

# A recurring line no shape rule knows: a slogan-like strap the paper prints on every page.
STRAP = "看基层 听民声"
ARTICLE = """{strap}
{county}民政局举办党务干部培训班
{day}日，{county}民政局举办党务干部培训班，
全县{n}名党务干部参加。
（据{county}民政局）
"""
COUNTIES = ["青山县", "白水县", "红岭县", "石门县"]


def _archive(root, issues=3, strap=STRAP):
    for k in range(issues):
        text = ARTICLE.format(strap=strap, county=COUNTIES[k], day=k + 3, n=30 + k)
        write_page(root, f"青山融媒/2024-0{k + 1}-15/02.txt", text)
    return root


def _parse(root, *paths):
    report = Report()
    return [(p, a) for p, a in parse_paths(list(paths) or [root], report, archive_root=root)], report


def test_furniture_key_reads_digits_and_ocr_misreads_alike():
    assert furniture_key("2024年]月9日 第 3 版") == furniture_key("2023年12月19日第12版")


def test_a_line_recurring_in_three_issues_is_furniture_of_a_publication_never_seen(tmp_path):
    root = _archive(tmp_path / "archive")
    pages, report = _parse(root)
    assert not report.skipped
    for _page, articles in pages:
        assert [a.title for a in articles] == [articles[0].title] and articles[0].title.endswith("党务干部培训班")
        assert STRAP.replace(" ", "") not in articles[0].title


def test_two_issues_are_enough_only_at_the_top_of_the_page(tmp_path):
    top = _archive(tmp_path / "top", issues=2)
    assert all(STRAP.replace(" ", "") not in arts[0].title for _p, arts in _parse(top)[0])
    low = tmp_path / "low"
    for k in range(2):         # the same strap under the article, twice: it may be a title printed after it
        text = ARTICLE.format(strap="", county=COUNTIES[k], day=k + 3, n=30 + k).lstrip() + STRAP + "\n"
        write_page(low, f"青山融媒/2024-0{k + 1}-15/02.txt", text)
    context = archive_context(low, sorted(low.rglob("*.txt")))
    assert context.of("青山融媒").furniture == {}


def test_a_single_page_learns_from_its_publications_siblings(tmp_path):
    root = _archive(tmp_path / "archive")
    pages, _ = _parse(root, root / "青山融媒/2024-02-15/02.txt")
    assert [a.title for _p, arts in pages for a in arts] == ["白水县民政局举办党务干部培训班"]


def test_the_trace_gives_the_reason_learned_furniture_decided(tmp_path, runner):
    root = _archive(tmp_path / "archive")
    result = runner.invoke(main, ["parse", "--trace", "--archive", str(root), str(root / "青山融媒/2024-01-15/02.txt")])
    assert result.exit_code == 0
    assert "noise: furniture: recurs in 3 issues of this publication" in result.output


def test_sentences_and_credits_are_never_learned():
    page = "（据青山县民政局）\n文/李青\n会议强调，要抓好落实。\n"
    learned = learn_furniture([("青山融媒", str(k), page) for k in range(5)])
    assert learned == {}


def test_profile_file_states_kind_and_province(tmp_path):
    root = _archive(tmp_path / "archive")
    (root / "publications.toml").write_text('[publications."青山融媒"]\nprovince = "浙江"\nkind = "county"\n',
                                            encoding="utf-8")
    pages, report = _parse(root)
    assert not report.skipped
    assert {(p.province_hint, p.publication_kind) for p, _ in pages} == {("浙江", "county")}


def test_a_bad_profile_file_is_reported_and_the_run_goes_on(tmp_path):
    root = _archive(tmp_path / "archive")
    (root / "publications.toml").write_text('[publications."青山融媒"]\nkind = "weekly"\n', encoding="utf-8")
    pages, report = _parse(root)
    assert len(pages) == 3
    assert [(s.path, "kind 'weekly'" in s.reason) for s in report.skipped] == [("publications.toml", True)]
    context, problem = learn_archive(root, sorted(root.rglob("*.txt")))
    assert problem and context.of("青山融媒").furniture        # what the pages show is still learned


def test_province_is_inferred_when_one_province_is_named_overwhelmingly(tmp_path):
    root = tmp_path / "archive"
    for k, city in enumerate(["杭州市", "宁波市", "温州市"]):
        write_page(root, f"钱塘晨报/2024-0{k + 1}-01/01.txt", f"{city}民政局召开会议\n{k + 2}日，浙江省{city}民政局召开会议。\n")
    for k, prov in enumerate(["山东省", "江苏省", "河南省"]):
        write_page(root, f"九州时报/2024-0{k + 1}-01/01.txt", f"{prov}民政厅召开会议\n{k + 2}日，{prov}民政厅召开会议。\n")
    context = archive_context(root, sorted(root.rglob("*.txt")))
    assert context.of("钱塘晨报").province == "浙江" and context.of("钱塘晨报").province_from == "inferred"
    assert context.of("九州时报").province is None


def test_update_rebuilds_when_the_learned_furniture_changes(tmp_path):
    root = _archive(tmp_path / "archive", issues=1)
    config = Config(archive=root, index=tmp_path / "index")
    build_index(config, processes=1)
    text = ARTICLE.format(strap=STRAP, county=COUNTIES[3], day=9, n=40)
    # the strap now opens the page in 2 issues: learned (how many issues print a learned line is
    # no reason to rebuild — the next test — but a line becoming furniture is)
    write_page(root, "青山融媒/2024-04-15/02.txt", text)
    result = update_index(config, processes=1)
    assert any("recurring furniture" in note for note in result.notes)
    assert result.report.files_read == 2
    meta = json.loads((config.index / (config.index / "CURRENT").read_text().strip() / "meta.json").read_text())
    assert meta["archive_context"] == learn_archive(root, sorted(root.rglob("*.txt")))[0].digests()


def test_an_update_that_leaves_the_learned_lines_alone_rebuilds_nothing(tmp_path):
    # Four issues print the strap; removing one leaves it learned (in 3 issues, not 4): the other
    # pages' articles cannot differ, so the update reads no other page of the publication.
    root = _archive(tmp_path / "archive", issues=4)
    config = Config(archive=root, index=tmp_path / "index")
    build_index(config, processes=1)
    (root / "青山融媒/2024-04-15/02.txt").unlink()
    result = update_index(config, processes=1)
    assert result.removed == ["青山融媒/2024-04-15/02.txt"]
    assert not any("rebuilt in full" in note for note in result.notes) and not result.added


def test_a_provincial_papers_own_bodies_take_its_province(tmp_path):
    root = tmp_path / "archive"
    write_page(root, "钱塘晨报/2024-03-01/01.txt", "省民政厅召开机关党建推进会\n2月28日，省民政厅召开机关党建推进会。\n")
    without, _ = _parse(root)
    assert without[0][1][0].province is None
    (root / "publications.toml").write_text('[publications."钱塘晨报"]\nprovince = "浙江省"\nkind = "provincial"\n',
                                            encoding="utf-8")
    pages, _ = _parse(root)
    article = pages[0][1][0]
    assert (article.province, article.agency) == ("浙江", "浙江省民政厅")


def test_the_kind_decides_province_inference_and_distribution_lines(tmp_path):
    root = tmp_path / "archive"
    for k, city in enumerate(["杭州市", "宁波市", "温州市"]):
        write_page(root, f"华夏晨报/2024-0{k + 1}-01/01.txt",
                   f"{city}民政局召开会议\n{k + 2}日，浙江省{city}民政局召开会议。\n会议要求落实。\n报：上级机关。\n")
    files = sorted(root.rglob("*.txt"))
    assert archive_context(root, files).of("华夏晨报").province == "浙江"
    (root / "publications.toml").write_text('[publications."华夏晨报"]\nkind = "national"\n', encoding="utf-8")
    assert archive_context(root, files).of("华夏晨报").province is None     # a national paper has none
    pages, _ = _parse(root)
    assert all("报：上级机关。" in a.paragraphs for _p, arts in pages for a in arts)   # one 报： line is text
    (root / "publications.toml").write_text('[publications."华夏晨报"]\nkind = "bulletin"\n', encoding="utf-8")
    pages, _ = _parse(root)
    assert all("报：上级机关。" not in a.paragraphs for _p, arts in pages for a in arts)
