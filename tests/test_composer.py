"""The layout composer: reproducible, independent of the parser, and truthful about what it printed."""
import random
import re
from collections import Counter
from datetime import date
from pathlib import Path

from benchmarks import Layout, compose_page, random_articles, random_page
from benchmarks.composer import wrap

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
COMPOSER_MODULES = ("composer.py", "articles.py", "furniture.py", "vocabulary.py", "__init__.py")


def han(text: str) -> Counter:
    return Counter(c for c in text if "\u3400" <= c <= "\u9fff")


def test_same_seed_same_page():
    assert random_page(42).data == random_page(42).data
    assert random_page(42).data != random_page(43).data


def test_composer_shares_no_code_with_the_parser():
    """No import of the parser; of index/parse/data only the two plain fact lists are read."""
    for name in COMPOSER_MODULES:
        source = (BENCHMARKS / name).read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(dangjian|index)\b|^\s*from\s+\.\.", source, re.M), name
        assert set(re.findall(r"FACTS\s*/\s*\"([^\"]+)\"", source)) <= {"provinces.tsv", "slogans.txt"}, name


def test_bytes_decode_to_the_text_in_the_layouts_encoding():
    for seed in range(60):
        page = random_page(seed)
        data = page.data[3:] if page.data.startswith(b"\xef\xbb\xbf") else page.data
        assert data.decode("utf-8" if page.data[:3] == b"\xef\xbb\xbf" else _encoding(data)) == page.text


def _encoding(data: bytes) -> str:
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"


def test_every_han_character_printed_is_in_the_truth():
    """Conservation on the composer's side: page = printed articles + noise lines, character for character."""
    for seed in range(200):
        page = random_page(seed)
        truth = Counter()
        for article in page.truth.articles:
            truth += han((article.title or "") + "".join(article.paragraphs) + (article.attribution or ""))
        for line in page.truth.noise:
            truth += han(line.text)
        assert truth == han(page.text), seed


def test_truth_people_and_slogans_are_in_the_text():
    for seed in range(100):
        for article in random_page(seed).truth.articles:
            text = "".join((article.title or "") + "".join(article.paragraphs) + (article.attribution or ""))
            assert all(p.name in text for p in article.people)
            assert all(term in text for term in article.slogans)


def test_knobs_all_occur():
    pages = [random_page(seed) for seed in range(300)]
    raw = [p.data for p in pages]
    assert any(b"\r\n" in r for r in raw) and any(r.startswith(b"\xef\xbb\xbf") for r in raw)
    assert any(p.truth.articles and any(a.title is None for a in p.truth.articles) for p in pages)
    assert any("\u3000" in p.text for p in pages) and any("・" in p.text for p in pages)
    assert any("２" in p.text for p in pages)
    assert {len(p.truth.articles) for p in pages} == {1, 2, 3, 4, 5}
    assert {n.kind for p in pages for n in p.truth.noise} == {"header", "footer", "label", "continuation"}


def test_wrap_breaks_anywhere_and_keeps_every_character():
    text = "本报讯（记者 葛明华）10月26日，新疆维吾尔自治区民政厅召开会议。"
    for width in range(8, 23):
        lines = wrap(text, width)
        assert "".join(lines) == text
        assert all(sum(0.5 if c.isascii() else 1 for c in line if c != " ") <= width for line in lines)


def test_compose_page_takes_given_articles_and_layout():
    rng = random.Random(5)
    issue = date(2024, 3, 12)
    articles = random_articles(rng, 2, issue)
    page = compose_page(rng, articles, Layout(width=10, spacing="double", absent_title_rate=0.0), issue)
    assert [a.title for a in page.truth.articles] == [a.title for a in articles]
    assert "\n\n" in page.text
