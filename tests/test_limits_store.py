"""Issue 18, defect 12 (index side): retired generations expire with the clock set back, and
identical files are reported by check."""
from __future__ import annotations

import os
import shutil
import time

from dangjian.index import generations as gens
from dangjian.index.check import check_index
from dangjian.index.config import Config
from dangjian.index.writer import build_index

from .conftest import write_page

PAGE = "近日，河北省民政厅召开党组理论学习中心组学习会，深入学习习近平总书记重要讲话精神。\n（据河北省民政厅）\n"


def test_12_retired_generations_expire_with_the_clock_set_back_a_day(tmp_path):
    root = tmp_path / "index"
    names = [f"gen-2026010{n}-000000-1-00000{n}" for n in range(1, 9)]
    for name in names:
        (root / name).mkdir(parents=True)
    (root / gens.CURRENT).write_text(names[-1], encoding="utf-8")
    tomorrow = time.time() + 86_400          # stamped before the clock went back a day
    for name in names[:-1]:
        os.utime(root / name, (tomorrow, tomorrow))
    removed = gens.clean_up(root, keep_previous=names[-2])
    assert sorted(removed) == sorted(names[:-2])
    assert sorted(p.name for p in root.glob("gen-*")) == names[-2:]


def test_12_a_generation_retired_just_now_is_kept_for_its_grace(tmp_path):
    root = tmp_path / "index"
    for name in ("gen-a", "gen-b", "gen-c"):
        (root / name).mkdir(parents=True)
    (root / gens.CURRENT).write_text("gen-c", encoding="utf-8")
    assert gens.clean_up(root, keep_previous="gen-b") == []


def test_12_check_reports_identical_files(tmp_path):
    archive = tmp_path / "archive"
    first = write_page(archive, "公益时报/2023-06-13/04.txt", PAGE)
    copy = archive / "公益时报/2023-06-13/05.txt"
    shutil.copy(first, copy)
    write_page(archive, "公益时报/2023-06-13/06.txt", PAGE.replace("河北", "河南"))
    config = Config(archive, tmp_path / "index")
    build_index(config, processes=1)
    report = check_index(config)
    assert report.duplicates == [["公益时报/2023-06-13/04.txt", "公益时报/2023-06-13/05.txt"]]
    assert report.exit_code() == 0
    assert any("04.txt = 公益时报/2023-06-13/05.txt" in line for line in report.lines())
