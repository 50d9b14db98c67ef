"""The administrator's lexicon and corrections (issue 17 item 6): an archive's own slogan terms,
candidate new 提法, and corrections that survive a reindex. All texts are invented for the test."""
import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dangjian.cli import main
from dangjian.index.parse import Report, parse_paths, review_corrections
from dangjian.index.parse.slogans import article_slogans, label_like, suggest

PAGE = """岳阳市民政局开展“清廉民政”主题党日活动

3月5日，岳阳市民政局组织机关党员开展“清廉民政”主题党日活动，局党组书记、局长石青岚出席并讲话。

活动中，党员干部重温入党誓词，交流学习体会。

（来源：岳阳市民政局）

衡阳市民政局推行“三项机制”

3月6日，衡阳市民政局召开党组会议，研究推行“三项机制”，推动“红色管家”服务进社区。

局党组书记、局长欧阳晨表示，要把机制落到实处。

近日，衡阳市雁峰区民政局组织党员志愿者走访独居老人，推广“红色管家”服务。

（据衡阳市民政局）
"""


def _archive(tmp_path: Path, page: str = PAGE, **files: str) -> Path:
    root = tmp_path / "archive"
    (root / "湘江民政" / "2024-03-12").mkdir(parents=True)
    (root / "湘江民政" / "2024-03-12" / "03.txt").write_text(page, encoding="utf-8")
    for name, text in files.items():
        (root / name.replace("_", ".")).write_text(text, encoding="utf-8")
    return root


def _articles(root: Path):
    report = Report()
    found = [a for _, arts in parse_paths([root], report, archive_root=root) for a in arts]
    assert not report.skipped
    return found


@pytest.mark.parametrize("line,label", [
    ("【党建引领】", True), ("基层党建·经验交流", True), ("东坡融媒·党建快讯", True), ("理论周刊", True),
    ("岳阳市民政局开展主题党日活动", False), ("坚持党建引领，推动工作。", False),
    ("开展“党建引领·助老暖心”活动", False),
])
def test_label_shape(line, label):
    assert label_like(line) is label


def test_a_label_reaching_metadata_gives_no_slogan():
    assert article_slogans("党建引领·基层实践", ["3月5日，会议召开。"]) == []
    assert article_slogans("会议召开", ["【党建引领】", "3月5日，会议召开。"]) == []
    assert article_slogans("会议召开", ["3月5日，会议坚持党建引领。"]) == ["党建引领"]


def test_the_page_cuts_as_the_tests_assume(tmp_path):
    articles = _articles(_archive(tmp_path))
    assert [a.title for a in articles] == ["岳阳市民政局开展“清廉民政”主题党日活动", "衡阳市民政局推行“三项机制”"]


def test_archive_slogan_file_adds_terms(tmp_path):
    assert "清廉民政" not in _articles(_archive(tmp_path))[0].slogans
    root = _archive(tmp_path / "with", slogans_toml='# our own\nterms = ["“清廉民政”", "红色管家 "]  # a brand\n')
    first, second = _articles(root)
    assert "清廉民政" in first.slogans and "红色管家" in second.slogans and "三项机制" in second.slogans


def test_suggest_lists_numbered_and_recurring_quotes_with_counts(tmp_path):
    root = _archive(tmp_path, PAGE + PAGE.split("\n\n", 2)[2].replace("3月", "4月"))
    found = {s.term: s for s in suggest(_articles(root), ("清廉民政",))}
    assert set(found) == {"三项机制", "红色管家"}
    assert found["三项机制"].kind == "numbered" and found["红色管家"].kind == "recurring"
    assert found["红色管家"].count == 2 and "红色管家" in found["红色管家"].context
    assert found["三项机制"].example.startswith("湘江民政/2024-03-12/03.txt《衡阳市民政局推行")


def test_cli_slogans_suggest_and_list(tmp_path):
    root = _archive(tmp_path, slogans_toml='terms = ["清廉民政"]\n')
    out = CliRunner().invoke(main, ["slogans", "--suggest", "--min-count", "1", "--json", "--archive", str(root)])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert {r["term"] for r in rows} == {"三项机制", "红色管家"}       # 清廉民政 is listed already
    listing = CliRunner().invoke(main, ["slogans", "--archive", str(root)]).output
    assert "清廉民政\tslogans.toml" in listing and "两个确立\tbundled" in listing


def _sha1(root: Path) -> str:
    return hashlib.sha1((root / "湘江民政/2024-03-12/03.txt").read_bytes()).hexdigest()


def _fix(root: Path, body: str, fingerprint: bool = True) -> None:
    head = f'[[correction]]\nfile = "湘江民政/2024-03-12/03.txt"\n'
    if fingerprint:
        head += f'fingerprint = "{_sha1(root)}"\n'
    (root / "corrections.toml").write_text(head + body, encoding="utf-8")


def test_set_fields_and_title(tmp_path):
    root = _archive(tmp_path)
    _fix(root, 'anchor = "研究推行"\nset = { title = "衡阳市民政局推行三项机制", agency = "衡阳市委组织部", '
               'people = ["欧阳晨"], date = "2024-03-07" }\n')
    first, second = _articles(root)
    assert not first.corrected and second.corrected
    assert (second.title, second.agency, second.people, second.date.isoformat(), second.title_derived) == \
        ("衡阳市民政局推行三项机制", "衡阳市委组织部", ("欧阳晨",), "2024-03-07", False)
    assert second.to_dict()["corrected"] is True
    assert review_corrections(root) == (1, [])


def test_split_and_merge(tmp_path):
    root = _archive(tmp_path)
    _fix(root, 'anchor = "研究推行"\nsplit_at = "近日，衡阳市雁峰区"\nsplit_title = "雁峰区民政局推广红色管家服务"\n')
    articles = _articles(root)
    assert [a.title for a in articles][1:] == ["衡阳市民政局推行“三项机制”", "雁峰区民政局推广红色管家服务"]
    assert articles[2].paragraphs[0].startswith("近日") and articles[2].attribution == "（据衡阳市民政局）"
    # both forms printed (title 雁峰区民政局…, lead 衡阳市雁峰区民政局…): the shorter (settled convention 7)
    assert articles[2].agency == "雁峰区民政局" and articles[1].attribution is None
    assert [a.ordinal for a in articles] == [1, 2, 3] and len({a.id for a in articles}) == 3
    _fix(root, 'anchor = "重温入党誓词"\nmerge_next = true\n')
    (merged,) = _articles(root)
    assert merged.corrected and "欧阳晨" in merged.body and merged.title.startswith("岳阳市")


def test_a_fix_follows_its_article_when_the_page_changes(tmp_path):
    root = _archive(tmp_path)
    _fix(root, 'anchor = "研究推行"\nset = { province = "湖南", source = "衡阳市委组织部" }\n')
    page = root / "湘江民政/2024-03-12/03.txt"
    added = "益阳市民政局召开党组会议\n\n3月4日，益阳市民政局召开党组会议。\n\n（据益阳市民政局）\n\n"
    page.write_text(PAGE.replace("岳阳市民政局开展", added + "岳阳市民政局开展", 1), encoding="utf-8")
    articles = _articles(root)
    assert [a.corrected for a in articles] == [False, False, True]
    assert articles[2].source == "衡阳市委组织部"
    count, problems = review_corrections(root)
    assert count == 1 and ["the page changed" in p.problem for p in problems] == [True]
    assert _sha1(root) in problems[0].problem


@pytest.mark.parametrize("body,problem", [
    ('anchor = "没有这段文字"\nset = { province = "湖南" }\n', "no article holds the anchor"),
    ('anchor = "研究推行"\nsplit_at = "没有这段"\n', "not split"),
])
def test_review_names_fixes_that_do_not_fit(tmp_path, body, problem):
    root = _archive(tmp_path)
    _fix(root, body)
    _, problems = review_corrections(root)
    assert len(problems) == 1 and problem in problems[0].problem


def test_review_asks_for_a_fingerprint(tmp_path):
    root = _archive(tmp_path)
    _fix(root, 'anchor = "研究推行"\nset = { province = "湖南" }\n', fingerprint=False)
    (problem,) = review_corrections(root)[1]
    assert f'fingerprint = "{_sha1(root)}"' in problem.problem


@pytest.mark.parametrize("text,words", [
    ("[[correction]\nfile=", "not valid TOML"),
    ('[[correction]]\nanchor = "研究推行"\nset = { province = "湖南" }\n', "'file' is missing"),
    ('[[correction]]\nfile = "a.txt"\nanchor = "x"\nset = { colour = "红" }\n', "cannot set colour"),
    ('[[correction]]\nfile = "a.txt"\nanchor = "x"\n', "says nothing to do"),
    ('[[correction]]\nfile = "a.txt"\nanchor = "x"\nset = { date = "3月5日" }\n', "YYYY-MM-DD"),
])
def test_a_bad_corrections_file_loses_nothing_and_is_named(tmp_path, text, words):
    root = _archive(tmp_path, corrections_toml=text)
    assert len(_articles(root)) == 2 and not any(a.corrected for a in _articles(root))
    _, problems = review_corrections(root)
    assert len(problems) == 1 and words in problems[0].problem


def test_a_bad_slogans_file_loses_nothing_and_is_named(tmp_path):
    root = _archive(tmp_path, slogans_toml='terms = "清廉民政"\n')
    assert len(_articles(root)) == 2
    assert [p.line() for p in review_corrections(root)[1]] == [
        'slogans.toml: write the terms as a list: terms = ["清廉民政", "红色管家"]']


def test_check_reports_a_fix_whose_page_changed(tmp_path):
    root = _archive(tmp_path)
    _fix(root, 'anchor = "研究推行"\nset = { province = "湖南" }\n')
    index = tmp_path / "index"
    built = CliRunner().invoke(main, ["reindex", "--archive", str(root), "--index", str(index), "--processes", "1"])
    assert built.exit_code == 0, built.output
    ok = CliRunner().invoke(main, ["check", "--archive", str(root), "--index", str(index)])
    assert ok.exit_code == 0 and "corrections: 1 in corrections.toml, 0 problem(s)" in ok.output
    page = root / "湘江民政/2024-03-12/03.txt"
    page.write_text(page.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    changed = CliRunner().invoke(main, ["check", "--archive", str(root), "--index", str(index), "--json"])
    report = json.loads(changed.output)
    assert changed.exit_code == 1 and "the page changed" in report["correction_problems"][0]["problem"]
    (root / "slogans.toml").write_text('terms = ["清廉民政"]\n', encoding="utf-8")
    later = CliRunner().invoke(main, ["check", "--archive", str(root), "--index", str(index)])
    assert "slogans.toml changed after the index was built: run `dangjian update`" in later.output


def test_update_applies_a_changed_slogans_file_and_marks_corrected_articles(tmp_path):
    """update rebuilds in full when slogans.toml or corrections.toml changed (their pages did not),
    and a corrected article says so in the index (the article page shows the note)."""
    root = _archive(tmp_path)
    index = tmp_path / "index"
    args = ["--archive", str(root), "--index", str(index)]
    assert CliRunner().invoke(main, ["reindex", *args, "--processes", "1"]).exit_code == 0
    _fix(root, 'anchor = "研究推行"\nset = { province = "湖南" }\n')
    updated = CliRunner().invoke(main, ["update", *args])
    assert updated.exit_code == 0, updated.output
    assert "slogans.toml or corrections.toml changed" in updated.output
    found = CliRunner().invoke(main, ["search", "研究推行", "--json", "--index", str(index)])
    hit = json.loads(found.output)["hits"][0]
    assert hit["province"] == "湖南"
    from dangjian.search.engine import Engine
    engine = Engine(index)
    assert engine.article(hit["id"])["corrected"] is True
    others = [h for h in json.loads(CliRunner().invoke(main, ["search", "", "--json", "--index", str(index)]).output)["hits"]
              if h["id"] != hit["id"]]
    assert others and all(engine.article(h["id"])["corrected"] is False for h in others)
    from dangjian.web import create_app
    client = create_app({"INDEX": index, "ARCHIVE": root, "TESTING": True}).test_client()
    assert "经管理员校正" in client.get(f"/articles/{hit['id']}").get_data(as_text=True)
    assert "经管理员校正" not in client.get(f"/articles/{others[0]['id']}").get_data(as_text=True)
