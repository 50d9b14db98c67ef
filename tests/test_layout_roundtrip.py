"""Round trip: parse(compose(articles, layout)) gives the articles back, and no character is ever lost."""
from collections import Counter

from hypothesis import HealthCheck, given, settings, strategies as st

from benchmarks.composer import random_page
from benchmarks.layout_score import article_scores, below, han, parse_composed, score, table
from dangjian.index.pipeline import parse_page
from dangjian.index.reader import iter_page_files, read_page

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
        page = read_page(path, BUNDLED)
        parsed = parse_page(page)
        assert kept(parsed.articles, parsed.noise) == han(page.text), page.path


@SETTINGS
@given(seed=SEEDS)
def test_round_trip_gives_the_articles_back(tmp_path, seed):
    """Count, order, titles, bodies, attribution, source, province, agency, date, slogans, people and roles.

    Hypothesis looks for a page the parser gets wrong; the fixed-seed corpus below
    says how often that happens. A failure here prints the seed: see it with
    ``dangjian parse --trace`` on the page ``random_page(seed)`` writes.
    """
    page = random_page(seed)
    articles, _ = parse_composed(page, tmp_path, seed % 10_000)
    assert len(articles) == len(page.truth.articles)
    for truth, got in zip(page.truth.articles, articles):
        assert all(article_scores(truth, got).values()), (seed, article_scores(truth, got))


def test_fixed_seed_corpus_scores_above_the_floors():
    scores = score(pages=300, seed=1)
    assert sum(total for _, total in scores.values()) > 300
    assert not below(scores), table(scores)
