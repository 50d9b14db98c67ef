"""The bundled archive: enough pages, years and provinces for a real demo, and parsed as written."""
import json
from collections import Counter
from pathlib import Path

import pytest

from .conftest import BUNDLED

EXPECTED = json.loads((Path(__file__).parent / "archive_expected.json").read_text(encoding="utf-8"))
FIELDS = ("title", "title_derived", "province", "agency", "source", "date", "slogans")


def test_archive_size_and_spread(bundled_articles):
    pages = {a.path for a in bundled_articles}
    assert len(pages) >= 30
    assert len({a.province for a in bundled_articles}) >= 12
    assert len({a.issue_date.year for a in bundled_articles}) >= 4


def test_archive_has_every_artefact():
    encodings = Counter(p["encoding"] for p in EXPECTED)
    assert encodings["gb18030"] >= 2 and encodings["utf-8-sig"] >= 1
    assert encodings["pdf"] >= 1 and encodings["html"] >= 1 and encodings["docx"] >= 1   # issue 11
    raw = [p.read_bytes() for p in BUNDLED.rglob("*.txt")]
    assert sum(b"\r\n" in r for r in raw) >= 2
    assert len(list(BUNDLED.rglob("*.txt.json"))) >= 2
    derived = [a for p in EXPECTED for a in p["articles"] if a["title_derived"]]
    assert len(derived) >= 4


def _by_page(articles):
    out = {}
    for a in articles:
        out.setdefault(a.path, []).append(a)
    return out


@pytest.mark.parametrize("page", EXPECTED, ids=[p["path"] for p in EXPECTED])
def test_bundled_page_parses_as_written(bundled_articles, page):
    got = _by_page(bundled_articles)[page["path"]]
    assert str(got[0].issue_date) == page["issue_date"]
    assert len(got) == len(page["articles"])
    for article, expected in zip(got, page["articles"]):
        actual = {f: getattr(article, f) for f in FIELDS}
        actual["date"] = str(actual["date"])
        actual["slogans"] = sorted(actual["slogans"])
        wanted = {f: expected[f] for f in FIELDS} | {"slogans": sorted(expected["slogans"])}
        assert actual == wanted


def test_people_found_in_bundled_articles(bundled_articles):
    pairs = [(a, e) for p in EXPECTED for a, e in zip(_by_page(bundled_articles)[p["path"]], p["articles"])]
    expected = sum(len(e["people"]) for _, e in pairs)
    found = sum(len(set(e["people"]) & set(a.people)) for a, e in pairs)
    extra = sum(len(set(a.people) - set(e["people"])) for a, e in pairs)
    assert found / expected >= 0.97       # measured: 1 miss in ~150 (a 5-character Mongolian name)
    assert extra == 0


def test_xi_is_whole_everywhere(bundled_articles):
    """Every page breaks 习近平 across a line at least once; every article that names him has it whole."""
    by_page = _by_page(bundled_articles)
    for page in EXPECTED:
        for article, expected in zip(by_page[page["path"]], page["articles"]):
            assert ("习近平" in article.body) == expected["names_xi"], article.title
