"""The benchmark tools: a deterministic generator whose pages parse, the truth oracle, the baselines, the runner."""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks import systems as systems_module
from benchmarks.baselines import KINDS, build, open_system
from benchmarks.generate import iter_pages, make_page, page_slot, write_archive
from benchmarks.queries import BenchQuery, Truth, query_mix
from benchmarks.vocab import facts, word_classes
from dangjian.index.config import Config
from dangjian.index.parse.pipeline import parse_paths
from dangjian.index.parse.records import Report
from dangjian.index.schema import facet_values
from dangjian.index.writer import build_index

ROOT = Path(__file__).resolve().parent.parent


def files_of(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def parse(archive: Path):
    report = Report()
    articles = [a for _, found in parse_paths([archive], report, archive_root=archive) for a in found]
    return articles, report


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A generated archive of 100 articles, parsed, with dangjian's index and the baselines (tantivy when installed)."""
    base = tmp_path_factory.mktemp("bench")
    write_archive(base, 100, seed=3)
    archive = base / "archive"
    articles, report = parse(archive)
    build_index(Config(archive=archive, index=base / "index"), processes=1)
    for kind in KINDS:
        build(kind, archive, base / kind)
    return base, archive, articles, report


# ------------------------------------------------------------------ generator

def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        write_archive(tmp_path / name, 50, seed)
    a, b, c = (files_of(tmp_path / n / "archive") for n in "abc")
    assert a == b
    assert a != c
    assert len(a) > 10


def test_generating_into_a_non_empty_archive_is_refused(tmp_path):
    write_archive(tmp_path, 5, seed=1)
    with pytest.raises(FileExistsError):
        write_archive(tmp_path, 5, seed=1)


def test_a_page_can_be_remade_alone():
    pages = list(iter_pages(40, seed=2))
    assert sum(p.articles for p in pages) == 40
    for k, page in enumerate(pages[:-1]):
        assert make_page(2, 40, k) == page
    assert make_page(2, 40, 0, variant="/changed").data != pages[0].data


def test_pages_parse_into_about_the_generated_articles(small):
    _, archive, articles, report = small
    assert not report.skipped
    assert 90 <= len(articles) <= 110
    assert len({a.province for a in articles if a.province}) >= 10


def test_generated_text_survives_layout_and_parsing(tmp_path, monkeypatch):
    """Conservation of text: the generated paragraphs are in the parsed articles, whatever the layout did."""
    from benchmarks import generate
    written: list[str] = []
    original = generate.make_article

    def recording(rng, pool, issue):
        article = original(rng, pool, issue)
        written.extend(article.paragraphs)
        return article
    monkeypatch.setattr(generate, "make_article", recording)
    write_archive(tmp_path, 60, seed=5)
    articles, _ = parse(tmp_path / "archive")
    parsed = "\n".join(a.title + "\n" + a.body for a in articles)
    assert sum(1 for p in written if p in parsed) >= 0.95 * len(written)


def test_archive_spans_ten_years_and_paths_are_unique():
    n = 20_000
    pages = int(n / 2.3)
    slots = [page_slot(k, n) for k in range(pages)]
    assert len(set(slots)) == len(slots)
    years = {day.year for _, day, _ in slots}
    assert max(years) - min(years) >= 10


def test_vocabulary_is_large_and_zipf_like():
    nouns = word_classes()["n"]
    assert sum(len(c.words) for c in word_classes().values()) >= 40_000
    import random
    rng = random.Random(0)
    drawn = Counter(nouns.draw(rng) for _ in range(20_000))
    assert drawn[nouns.words[0]] > 5 * max(1, drawn[nouns.words[2000]])
    assert len(drawn) > 3_000
    assert len(facts(1).provinces) == 31


# ------------------------------------------------------------------ truth

def test_truth_finds_every_article_by_any_fragment_of_its_text(small):
    *_, articles, _ = small
    truth = Truth(articles)
    for article in articles[::7]:
        run = max(re.findall(r"\w+", article.body), key=len)
        fragment = run[len(run) // 2: len(run) // 2 + 4]
        assert article.id in truth.ids(BenchQuery("fragment", (fragment,)))


def test_truth_filters_and_attribution(small):
    *_, articles, _ = small
    truth = Truth(articles)
    q = BenchQuery("word", ("民政",))
    jiangsu = BenchQuery("word", ("民政",), province="江苏")
    by_id = {a.id: a for a in articles}
    assert truth.ids(jiangsu) <= truth.ids(q)
    assert all(by_id[i].province == "江苏" for i in truth.ids(jiangsu))
    assert truth.ids(q, with_attribution=False) <= truth.ids(q)
    dated = BenchQuery("dates", ("民政",), date_from="2016-01-01", date_to="2019-12-31")
    assert all(date(2016, 1, 1) <= by_id[i].date <= date(2019, 12, 31) for i in truth.ids(dated))


def test_query_mix_covers_the_kinds_the_issue_names():
    queries = query_mix(1)
    kinds = {q.kind for q in queries}
    assert len(queries) >= 25
    assert {"word", "slogan", "fragment", "and", "phrase", "person", "province", "dates"} <= kinds
    assert any(q.terms == ("近平",) for q in queries) and any(q.terms == ("确立",) for q in queries)


# ------------------------------------------------------------------ systems

@pytest.mark.parametrize("kind", KINDS)
def test_baseline_answers_are_consistent(small, kind):
    base, _, articles, _ = small
    system = open_system(kind, base / kind, facets=("province", "year", "slogans"))
    for q in query_mix(3):
        answer, ids = system.search(q), system.all_ids(q)
        assert answer.total == len(ids)
        assert set(answer.top) <= ids and len(answer.top) <= min(10, len(ids))
        assert sum(answer.counts["year"].values()) <= answer.total
    system.close()


def test_trigram_baseline_matches_substring_truth(small):
    base, _, articles, _ = small
    truth, system = Truth(articles), open_system("trigram", base / "trigram")
    for q in query_mix(3):
        assert system.all_ids(q) == truth.ids(q), q.label


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_substring_agrees_between_truth_and_trigram_search(small, data):
    """Two independent substring searches — a scan and SQLite's trigram index — agree on any fragment."""
    base, _, articles, _ = small
    article = data.draw(st.sampled_from(articles))
    runs = re.findall(r"\w{3,}", article.body)
    run = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run) - 3))
    fragment = run[start:start + data.draw(st.integers(3, 8))]
    q = BenchQuery("fragment", (fragment,))
    found = open_system("trigram", base / "trigram").all_ids(q)
    assert article.id in found
    assert found == Truth(articles).ids(q)


def _tantivy(small, facets=("province", "year")):
    pytest.importorskip("tantivy", reason="the tantivy package is not installed (pip install -e '.[test]')")
    return open_system("tantivy", small[0] / "tantivy", facets=facets)


def test_tantivy_baseline_returns_exactly_the_truths_hits(small):
    """Bigram phrases, bigram and unigram terms, filters: the same hits as the substring scan, query by query."""
    *_, articles, _ = small
    truth, system = Truth(articles), _tantivy(small)
    extra = [BenchQuery("char", ("民",)), BenchQuery("char", ("，",)), BenchQuery("fragment", ("厅，",)),
             BenchQuery("and", ("民", "党建")), BenchQuery("word", ("两个确立",), province="江苏"),
             BenchQuery("dates", ("民政",), date_from="2016-01-01", date_to="2019-12-31"),
             BenchQuery("word", ("ZZ没有的词",))]
    for q in query_mix(3) + extra:
        ids = system.all_ids(q)
        assert ids == truth.ids(q), q.label
        assert system.search(q).total == len(ids), q.label
    assert any(truth.ids(q) for q in extra[:3])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_fragment_agrees_between_truth_and_tantivy(small, data):
    """Any run of 1–8 printed characters (punctuation and digits included) is found where the scan finds it."""
    *_, articles, _ = small
    system = _tantivy(small)
    article = data.draw(st.sampled_from(articles))
    runs = re.findall(r"\S+", article.title + "\n" + article.body)
    run = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run) - 1))
    q = BenchQuery("fragment", (run[start:start + data.draw(st.integers(1, 8))],))
    found = system.all_ids(q)
    assert article.id in found
    assert found == Truth(articles).ids(q)


def test_tantivy_facet_counts_are_the_hits_values(small):
    """The terms aggregations count each facet value over exactly the hit set (multi-valued facets too)."""
    *_, articles, _ = small
    facets = ("province", "year", "slogans", "people")
    system, by_id = _tantivy(small, facets), {a.id: a for a in articles}
    for q in (BenchQuery("word", ("民政",)), BenchQuery("word", ("两个确立",), province="江苏")):
        answer, ids = system.search(q), system.all_ids(q)
        assert ids
        for name in facets:
            expected = Counter(v for i in ids for v in facet_values(by_id[i])[name])
            assert answer.counts[name] == dict(expected), (q.label, name)


def test_tantivys_own_ngram_tokenizer_cannot_serve_phrases():
    """Why the baseline pre-tokenises: tantivy's ngram tokenizer indexes the grams but no usable positions."""
    tantivy = pytest.importorskip("tantivy", reason="the tantivy package is not installed")
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("t", tokenizer_name="ngram12", index_option="position")
    schema = builder.build()
    index = tantivy.Index(schema)
    index.register_tokenizer("ngram12", tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(1, 2, False)).build())
    writer = index.writer()
    writer.add_document(tantivy.Document(t="两个确立"))
    writer.commit()
    index.reload()
    searcher = index.searcher()
    assert searcher.search(tantivy.Query.term_query(schema, "t", "个确")).count == 1
    assert searcher.search(tantivy.Query.phrase_query(schema, "t", ["两个", "个确"])).count == 0


def test_naive_whoosh_misses_fragments_inside_words(small):
    """The gap the issue measures: jieba keeps 习近平 whole, so the textbook build cannot find 近平."""
    base, _, articles, _ = small
    q = BenchQuery("fragment", ("近平",))
    assert Truth(articles).ids(q)
    assert open_system("whoosh", base / "whoosh").all_ids(q) == set()


def test_dangjian_ids_are_listed_beyond_one_result_window(small, monkeypatch):
    """all_ids splits by date when a result is larger than the window: here a window of 20."""
    base, _, articles, _ = small
    monkeypatch.setattr(systems_module, "MAX_WINDOW", 20)
    monkeypatch.setattr(systems_module, "MAX_LIMIT", 10)
    span = (min(a.date for a in articles), max(a.date for a in articles))
    system = systems_module.DangjianSystem(base / "index", span)
    q = BenchQuery("word", ("民政",))
    engine_total = system.search(q).total
    assert engine_total > 20
    assert len(system.all_ids(q)) == engine_total
    assert not system.partial


# ------------------------------------------------------------------ runner

def test_runner_completes_and_writes_its_table(tmp_path):
    results = tmp_path / "RESULTS.md"
    done = subprocess.run([sys.executable, "-m", "benchmarks.run", "--articles", "200", "--skip-site",
                           "--rounds", "1", "--cold-queries", "1", "--work", str(tmp_path / "work"),
                           "--results", str(results)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    text = results.read_text(encoding="utf-8")
    assert "## Benchmark: 200 generated articles" in text
    rows = ("| dangjian |", "| naive Whoosh + ChineseAnalyzer |", "| SQLite FTS5 (jieba tokens) |",
            "| SQLite FTS5 trigram + LIKE |", "| dangjian update (1% of pages) |")
    for row in rows + (("| tantivy (bigrams + unigrams) |",) if "tantivy" in KINDS else ()):
        assert text.count(row) == 2 if "update" not in row else text.count(row) == 1, row
    assert len(re.findall(r"^\| \d+ \| ", text, re.M)) == len(query_mix(1))
    assert text in done.stdout
    assert not (tmp_path / "work").exists()          # scratch removed without --keep


def test_report_gives_every_figure_with_its_ratio_to_the_naive_build():
    from benchmarks.queries import Truth
    from benchmarks.report import render
    from benchmarks.run import Build, QueryRun
    q = BenchQuery("word", ("民政",))
    runs = {}
    for name, ms in (("dangjian", 30.0), ("whoosh", 10.0), ("fts5", 5.0), ("trigram", 20.0)):
        runs[name] = QueryRun(name, warm={q.label: [ms, ms * 3, ms]}, cold=[ms * 100], recall={q.label: 1.0},
                              false_hits={q.label: 0}, totals={q.label: 1})
    builds = [Build("dangjian", 100, 20.0, 400e6, 30e6), Build("whoosh", 100, 10.0, 200e6, 10e6),
              Build("fts5", 100, 5.0, 100e6, 8e6), Build("trigram", 100, 4.0, 50e6, 12e6),
              Build("dangjian update", 100, 0.5, 90e6, 0, note="1 of 40 pages changed")]
    ctx = {"machine": {"nproc": 2, "cpu": "x", "memory_gb": 1, "python": "3", "os": "linux", "load_at_start": 0},
           "generated": {"articles": 100, "seed": 1, "pages": 40, "bytes": 1e6, "seconds": 1.0, "peak_bytes": 6e7},
           "command": "python -m benchmarks.run", "started": "now", "parse_seconds": 2.0, "builds": builds,
           "runs": runs, "queries": [q], "truth": Truth([]), "facets": ("province", "year"), "partial": [],
           "rounds": 3, "site": {"status": "skipped"},
           "open": {"open_ms": 40.0, "first_search_ms": 5.0, "rss_added_mb": 320.0, "pss_added_mb": 300.0,
                    "pss_mb": 350.0}}
    text = render(ctx)
    dangjian_build = next(line for line in text.splitlines() if line.startswith("| dangjian | 100 |"))
    assert "| 0.50× |" in dangjian_build and "| 3.00× |" in dangjian_build and "| 2.00× |" in dangjian_build
    dangjian_query = next(line for line in text.splitlines() if line.startswith("| dangjian | 30 |"))
    assert dangjian_query.count("| 3.00× |") >= 3 and "| 6.00× |" in dangjian_query
    assert "| update of 1% ≤ 5% of reindex | 2.5% | yes |" in text
    assert "| reindex ≥ 3× naive articles/s | 0.50× | **no** |" in text
    opened = next(line for line in text.splitlines() if line.startswith("| open a generation"))
    assert "| 40 ms, +320 MB RSS" in opened and opened.endswith("| **no** |")     # the open added > 300 MB
    assert "| warm p95 ≤ 2× tantivy p95 (issue 16), with tantivy's recall | not measured" in text
    runs["tantivy"] = QueryRun("tantivy", warm={q.label: [10.0]}, cold=[500.0], recall={q.label: 1.0},
                               false_hits={q.label: 0}, totals={q.label: 1})
    target = next(line for line in render(ctx).splitlines() if line.startswith("| warm p95 ≤ 2× tantivy"))
    assert "| 30 vs 10 ms = 3.00×; recall 1/1 vs 1/1 | **no** |" in target
    runs["tantivy"].warm[q.label] = [15.0]
    assert next(line for line in render(ctx).splitlines() if "2× tantivy" in line).endswith("= 2.00×; recall 1/1 vs 1/1 | yes |")


def test_site_hook_reports_why_a_figure_is_missing(monkeypatch):
    import types

    from benchmarks import run
    assert run.site_figures(Path("x"), [], skip=True)["status"].startswith("skipped")
    import benchmarks

    def install(module):
        # `from . import web_bench` reads the package's attribute first: collecting
        # tests/test_web_bench.py has set it to the real module.
        monkeypatch.setitem(sys.modules, "benchmarks.web_bench", module)
        monkeypatch.setattr(benchmarks, "web_bench", module, raising=False)

    install(types.ModuleType("benchmarks.web_bench"))
    assert "has no run" in run.site_figures(Path("x"), [], skip=False)["status"]
    broken = types.ModuleType("benchmarks.web_bench")
    broken.run = lambda **kw: 1 / 0
    install(broken)
    assert run.site_figures(Path("x"), [], skip=False)["status"].startswith("failed: ZeroDivisionError")


def test_site_load_serves_the_query_mix_with_two_workers(built):
    """The site-throughput hook runs the real server over loopback, bounded, and stops it."""
    from benchmarks.queries import BenchQuery
    from benchmarks.web_bench import run as site_run
    queries = [BenchQuery("word", ("民政",)), BenchQuery("province", ("两个确立",), province="江苏"),
               BenchQuery("dates", ("培训",), date_from="2023-01-01", date_to="2023-12-31")]
    figures = site_run(index=built[0].index, queries=queries, workers=2, max_requests=60, max_seconds=30)
    assert figures["workers"] == 2 and figures["failed"] == 0
    assert 0 < figures["requests"] <= 60 and figures["requests_per_s"] > 0
    assert figures["p50_ms"] <= figures["p95_ms"]


def test_warm_latency_alone_times_every_query_and_agrees_with_the_engine(small, capsys):
    from benchmarks import warm
    from benchmarks.systems import request
    from dangjian.search.engine import Engine
    base = small[0]
    assert warm.main(["--index", str(base / "index"), "--rounds", "1", "--seed", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    queries = query_mix(3)
    assert len(lines) == len(queries) + 1 and lines[-1].startswith("p50 ")
    engine = Engine(base / "index")
    for line, q in zip(lines, queries):          # each line: ms, the query's total, its label
        assert line.rstrip().endswith(q.label)
        assert int(line.split()[2].replace(",", "")) == engine.search(request(q)).total


def test_tantivy_comparison_report_gives_the_ratio_and_the_target():
    from benchmarks.run import Build, QueryRun
    from benchmarks.tantivy_compare import render
    q = BenchQuery("word", ("民政",))
    runs = {name: QueryRun(name, warm={q.label: [ms]}, cold=[ms * 50], recall={q.label: recall},
                           false_hits={q.label: 0}, totals={q.label: 1})
            for name, ms, recall in (("dangjian", 12.0, 1.0), ("tantivy", 4.0, 0.5))}
    ctx = {"machine": {"nproc": 2, "cpu": "x", "memory_gb": 1, "python": "3", "load_at_start": 9.5},
           "generated": {"articles": 100, "seed": 1, "pages": 40}, "command": "c", "started": "now",
           "parse_seconds": 2.0, "builds": [Build("dangjian", 100, 20.0, 400e6, 30e6),
                                            Build("tantivy", 100, 4.0, 50e6, 12e6)],
           "runs": runs, "queries": [q], "truth": Truth([]), "rounds": 1, "facets": ("province", "year")}
    text = render(ctx)
    assert "| tantivy (bigrams + unigrams) | 100 | 4.0 | 25 | 12.0 | 50 |" in text
    assert "| dangjian | 12 | 12 | 3.00× | 600 | 1/1 | 0 |" in text
    # 3× slower is over the target, even though tantivy missed hits here (recall 0/1)
    assert "| 12 vs 4.0 ms = 3.00×; recall 1/1 vs 0/1 | **no** |" in text
    assert "load average at start 9.5" in text and "| 1 | word | 民政 |" in text
