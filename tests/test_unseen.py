"""Pages the parser has never seen (tests/unseen, written independently of index/; truth in truth.json).

The per-field score is a finding, printed here and by `python -m benchmarks.unseen_score`; it is not asserted.
What is asserted: every page parses (no file skipped) and no Han character of a page is lost (each is in an
article or in a noise line the parser reports).
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import unseen_score
from dangjian.index.parse.pipeline import parse_paths
from dangjian.index.parse.records import Report

ROOT = Path(__file__).resolve().parent / "unseen"
REPO = ROOT.parent.parent
PAGES = sorted(json.loads((ROOT / "truth.json").read_text(encoding="utf-8")))


def test_truth_lists_every_page():
    on_disk = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.txt"))
    assert on_disk == PAGES
    assert len(PAGES) == 12


@pytest.mark.parametrize("rel", PAGES)
def test_page_parses_without_a_skipped_file(rel):
    report = Report()
    out = list(parse_paths([ROOT / rel], report, archive_root=ROOT))
    assert report.skipped == []
    assert sum(len(arts) for _page, arts in out) >= 1


@pytest.mark.parametrize("rel", PAGES)
def test_no_han_character_is_dropped(rel):
    gone = unseen_score.conservation(rel)
    assert not gone, f"{rel}: lost {''.join(sorted(gone.elements()))}"


def test_score_script_runs():
    run = subprocess.run([sys.executable, "-m", "benchmarks.unseen_score"], cwd=REPO, capture_output=True,
                         text=True, timeout=600)
    print(run.stdout)
    assert run.returncode == 0, run.stderr
    assert "segmentation" in run.stdout and "conservation:" in run.stdout
