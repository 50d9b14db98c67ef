"""The site's benchmark script runs end to end (its numbers are not asserted: speed is not a test)."""
from __future__ import annotations

import json

from benchmarks.web_bench import main


def test_web_bench_reports_every_page_type(built, capsys):
    config, _ = built
    main(["--index", str(config.index), "--archive", str(config.archive), "--repeat", "1", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] > 0
    assert {"search: words", "search: the site_load mix", "article (with related)", "source page", "browse", "suggest",
            "export.csv (all hits of 民政)"} <= set(report["pages"])
    assert all(row["requests"] >= 1 and 0 <= row["median_ms"] <= row["p95_ms"] for row in report["pages"].values())
    assert all(0 <= row["cpu_median_ms"] <= row["cpu_p95_ms"] for row in report["pages"].values())
