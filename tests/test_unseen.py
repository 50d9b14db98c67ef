"""Pages the parser has never seen, written by people who never read it: the development share
(tests/unseen) and the held-back share (tests/heldout), split by publication; truth in truth*.json.

The per-field score is a finding, printed by `python -m benchmarks.unseen_score [--set heldout]`; it is not
asserted here. What is asserted: every page parses (no file skipped) and no Han character of a page is lost
(each is in an article or in a noise line the parser reports). Failures on held-back pages name no content.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import unseen_score
from dangjian.index.parse import Report, parse_paths

ROOT = Path(__file__).resolve().parent / "unseen"
REPO = ROOT.parent.parent
PAGE_SUFFIXES = {".txt", ".html", ".htm", ".docx", ".pdf"}
CASES = [(share, rel) for share, root in sorted(unseen_score.SETS.items())
         for rel in sorted(unseen_score.load_truth(root))]


def _on_disk(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES)


@pytest.mark.parametrize("share", sorted(unseen_score.SETS))
def test_truth_lists_every_page(share):
    root = unseen_score.SETS[share]
    if not root.exists():
        pytest.skip(f"no {share} share in this checkout")
    assert _on_disk(root) == sorted(unseen_score.load_truth(root))


def test_development_share_holds_the_first_pages():
    assert len(unseen_score.load_truth(ROOT)) >= 12


@pytest.mark.parametrize("share,rel", CASES, ids=[f"{s}:{i}" for i, (s, _r) in enumerate(CASES)])
def test_page_parses_without_a_skipped_file(share, rel):
    root = unseen_score.SETS[share]
    report = Report()
    out = list(parse_paths([root / rel], report, archive_root=root))
    if share == "dev":
        assert report.skipped == [], f"{rel} skipped"
        assert sum(len(arts) for _page, arts in out) >= 1, f"{rel}: no article"
    elif report.skipped or not any(arts for _page, arts in out):     # no introspection: it would print the path
        pytest.fail("a held-back page is skipped or gives no article", pytrace=False)


@pytest.mark.parametrize("share,rel", CASES, ids=[f"{s}:{i}" for i, (s, _r) in enumerate(CASES)])
def test_no_han_character_is_dropped(share, rel):
    gone = unseen_score.conservation(rel, unseen_score.SETS[share])
    if share == "dev":
        assert not gone, f"{rel}: lost {''.join(sorted(gone.elements()))}"
    elif gone:      # pytest.fail, not assert: an assertion's introspection would print the characters
        pytest.fail(f"a held-back page loses {sum(gone.values())} Han characters", pytrace=False)


def test_score_script_runs():
    run = subprocess.run([sys.executable, "-m", "benchmarks.unseen_score"], cwd=REPO, capture_output=True,
                         text=True, timeout=600)
    print(run.stdout)
    assert run.returncode == 0, run.stderr
    assert "segmentation" in run.stdout and "conservation:" in run.stdout


def _batch(tmp_path, text):
    root = tmp_path / "held"
    root.mkdir(exist_ok=True)
    (root / "truth-x.json").write_text(text, encoding="utf-8")
    return root


def test_held_back_checks_are_logged_and_refused_past_the_budget(tmp_path):
    root, log = _batch(tmp_path, "{}"), tmp_path / "runs.log"
    for n in range(unseen_score.HELD_BACK_BUDGET):
        unseen_score.spend_held_back_run(f"look {n}", root=root, log=log)
    with pytest.raises(SystemExit, match="budget"):
        unseen_score.spend_held_back_run("one more", root=root, log=log)
    unseen_score.spend_held_back_run("one more", over_budget="the closing figure", root=root, log=log)
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == unseen_score.HELD_BACK_BUDGET + 1      # the refused look wrote nothing
    assert "over budget: the closing figure" in lines[-1]


def test_a_new_held_back_batch_gets_a_new_budget(tmp_path):
    root, log = _batch(tmp_path, "{}"), tmp_path / "runs.log"
    for n in range(unseen_score.HELD_BACK_BUDGET):
        unseen_score.spend_held_back_run("look", root=root, log=log)
    _batch(tmp_path, '{"p.txt": {}}')           # the truth changed: another batch
    unseen_score.spend_held_back_run("first look at the new batch", root=root, log=log)
    assert unseen_score.held_back_runs(unseen_score.batch_of(root), log) == 1


def test_a_held_back_check_needs_a_reason(capsys):
    if not list(unseen_score.SETS["heldout"].glob("truth*.json")):
        pytest.skip("no held-back share in this checkout")
    assert unseen_score.main(["--set", "heldout"]) == 2
    assert "--why" in capsys.readouterr().err
