"""Round trip: parse(compose(articles, layout)) gives the articles back, and no character is ever lost."""
import random
from collections import Counter
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from benchmarks import Layout, compose_page, random_articles
from benchmarks.composer import random_page
from benchmarks.layout_score import article_scores, below, han, parse_composed, score, table
from dangjian.index.parse.pipeline import parse_page, parsed_pages_of
from dangjian.index.parse.reader import iter_page_files

from .conftest import BUNDLED

SEEDS = st.integers(min_value=0, max_value=2**31)
# Derandomized: CI must not turn red on a seed no one can reproduce; the fixed-seed corpus and
# `python -m benchmarks.layout_score --seed S` explore new seeds on purpose.
SETTINGS = settings(max_examples=80, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


def kept(articles, noise) -> Counter:
    out = Counter()
    for a in articles:
        out += han(("" if a.title_derived else a.title) + "".join(a.paragraphs) + (a.attribution or ""))
    for line in noise:
        out += han(line.text)
    return out


@SETTINGS
@given(seed=SEEDS)
def test_conservation_on_every_composed_page(tmp_path, seed):
    """Every Han character of the page is in an article or in a noise line with its reason."""
    page = random_page(seed)
    articles, noise = parse_composed(page, tmp_path, seed % 10_000)
    assert all(n.reason for n in noise)
    assert kept(articles, noise) == han(page.text)


def test_conservation_on_every_bundled_page():
    for path in iter_page_files(BUNDLED):
        for parsed in parsed_pages_of(path, BUNDLED):      # a PDF: each of its pages
            # An e-paper page's title comes from its markup, beside the text layer.
            given = han(parsed.page.text) + han(parsed.page.title or "")
            assert kept(parsed.articles, parsed.noise) == given, parsed.page.path


LAYOUTS = st.builds(
    Layout, width=st.integers(8, 22), spacing=st.sampled_from(["single", "double", "mixed"]),
    title_width=st.integers(12, 26), absent_title_rate=st.sampled_from([0.0, 0.3, 1.0]),
    trailing_titles=st.booleans(), glued_attribution_rate=st.sampled_from([0.0, 0.5, 1.0]),
    header=st.booleans(), split_header=st.booleans(), split_footer=st.booleans(),
    footer=st.sampled_from(["bottom", "under_attribution", "top", "between", "none"]),
    labels=st.integers(0, 3), stray_space_rate=st.sampled_from([0.0, 0.03, 0.1]),
    ideographic_spaces=st.booleans(), fullwidth_digits=st.booleans(), middle_dot=st.sampled_from(["·", "・"]),
    crlf=st.booleans(), encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]),
    column_breaks=st.sampled_from([0.0, 0.05]), continued=st.booleans())


@SETTINGS
@given(seed=SEEDS, count=st.integers(1, 5), layout=LAYOUTS, issue=st.dates(date(2019, 1, 1), date(2025, 12, 31)))
def test_round_trip_gives_the_articles_back(tmp_path, seed, count, layout, issue):
    """Count, order, titles, bodies, attribution, source, province, agency, date, slogans, people and roles.

    Hypothesis draws the layout knob by knob, so a failure shrinks to the few
    knobs that matter; write the page with ``compose_page`` and look at it with
    ``dangjian parse --trace``.
    """
    rng = random.Random(seed)
    page = compose_page(rng, random_articles(rng, count, issue), layout, issue)
    articles, _ = parse_composed(page, tmp_path, seed % 10_000)
    assert len(articles) == len(page.truth.articles)
    for truth, got in zip(page.truth.articles, articles):
        scores = article_scores(truth, got, page.truth.publication)     # 本报讯 names the paper (issue 15)
        assert all(scores.values()), scores


def test_fixed_seed_corpus_scores_above_the_floors():
    scores = score(pages=300, seed=1)
    assert sum(total for _, total in scores.values()) > 300
    assert not below(scores), table(scores)


def test_score_command_exits_non_zero_below_a_floor(monkeypatch, capsys):
    import benchmarks.layout_score as layout_score
    assert layout_score.main(["--pages", "5", "--seed", "9"]) == 0
    monkeypatch.setitem(layout_score.THRESHOLDS, "title", 1.01)      # a floor no parser can reach
    assert layout_score.main(["--pages", "5", "--seed", "9"]) == 1
    assert "BELOW" in capsys.readouterr().out


# The composer's styles of other publications (benchmarks/styles.py) that the parser already passes
# at 100% on 300 pages each (seed 1, docs/decisions.md "Composer: every style of Publications differ");
# the others are findings for the parser, scored by `python -m benchmarks.layout_score --styles all`.
PASSING_STYLES = ["dateline", "kicker_subtitle", "enumeration", "period_dates", "names", "bulletin",
                  "no_blank_lines", "titles_after"]


def test_styles_the_parser_passes_stay_above_the_floors():
    from benchmarks.layout_score import below, score_styles, style_table
    scores = score_styles(pages=20, seed=1, styles=PASSING_STYLES)
    assert all(fields["segmentation"][1] >= 20 for fields in scores.values())
    assert not [s for s, fields in scores.items() if below(fields)], style_table(scores)
