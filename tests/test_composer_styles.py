"""The composer's styles of other publications (benchmarks/styles.py): reachable, reproducible, and
truthful about what they printed — every truth paragraph and title is on the page, every Han
character is in an article's truth or a noise line, and each style prints what it claims to."""
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from benchmarks import vocabulary as V
from benchmarks.styles import STYLES, compose_pages

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
PER_STYLE = 12
BACK = str.maketrans("０１２３４５６７８９・\u3000", "0123456789· ")


def han(text: str) -> Counter:
    return Counter(c for c in text if "\u3400" <= c <= "\u9fff")


def flat(text: str) -> str:
    return "".join(text.translate(BACK).split())


@pytest.fixture(scope="module")
def pages():
    return compose_pages(PER_STYLE * len(STYLES), seed=11)


def of(pages, style):
    return [p for p in pages if p.truth.style == style]


def test_every_style_is_reachable(pages):
    assert {p.truth.style for p in pages} == set(STYLES)
    assert all(len(of(pages, s)) == PER_STYLE for s in STYLES)
    assert all(p.truth.articles for p in pages)


def test_same_seed_same_pages_other_seed_other_pages():
    first = [p.data for p in compose_pages(2 * len(STYLES), seed=4)]
    assert first == [p.data for p in compose_pages(2 * len(STYLES), seed=4)]
    assert first != [p.data for p in compose_pages(2 * len(STYLES), seed=5)]


def test_a_chosen_style_only_and_unknown_styles_refused():
    assert {p.truth.style for p in compose_pages(6, seed=1, styles=["interview", "bulletin"])} == {
        "interview", "bulletin"}
    with pytest.raises(ValueError, match="nosuchstyle"):
        compose_pages(1, seed=1, styles=["nosuchstyle"])


def test_every_truth_paragraph_and_title_is_on_the_page(pages):
    for k, page in enumerate(pages):
        text = flat(page.text)
        for article in page.truth.articles:
            for paragraph in article.paragraphs:
                assert flat(paragraph) in text, (k, page.truth.style, paragraph)
            assert article.title is None or flat(article.title) in text, (k, page.truth.style, article.title)


def test_every_han_character_printed_is_in_the_truth(pages):
    for k, page in enumerate(pages):
        truth = Counter()
        for article in page.truth.articles:
            truth += han((article.title or "") + "".join(article.paragraphs) + (article.attribution or ""))
        for line in page.truth.noise:
            truth += han(line.text)
        assert truth == han(page.text), (k, page.truth.style)


def test_people_and_slogans_of_the_truth_are_in_its_text(pages):
    for page in pages:
        for a in page.truth.articles:
            text = flat((a.title or "") + "".join(a.paragraphs) + (a.attribution or ""))
            assert all(flat(p.name) in text for p in a.people), page.truth.style
            assert all(term in text for term in a.slogans), page.truth.style


def test_styles_print_what_they_claim(pages):
    lines = {s: [ln.strip().translate(BACK) for p in of(pages, s) for ln in p.text.splitlines()] for s in STYLES}
    truths = {s: [a for p in of(pages, s) for a in p.truth.articles] for s in STYLES}
    # Markers open brief items and are never part of a title.
    assert sum(ln[:1] in "■◆●★【" for ln in lines["briefs_titled"]) >= len(truths["briefs_titled"])
    assert all(a.title and not re.match(r"[■◆●★【]", a.title) for a in truths["briefs_titled"])
    assert all(a.title is None for a in truths["briefs_untitled"])
    # A byline at the top is the attribution; a 本报 byline makes the paper the source.
    assert any(a.attribution and a.attribution.startswith("文/") for a in truths["byline_top"])
    assert any(a.attribution and "（作者" in a.attribution for a in truths["byline_top"])
    assert any(a.attribution == "本报评论员" for a in truths["byline_top"])
    assert all(re.fullmatch(r"(本报|新华社)\S+?\d+月\d+日电（记者 \S+）", a.attribution) for a in truths["dateline"])
    assert all(a.title.startswith(V.KICKERS) or "——" in a.title for a in truths["kicker_subtitle"])
    assert all(a.title.startswith(INTERVIEW) and "——访" in a.title for a in truths["interview"])
    assert any(ln.startswith(("记者：", "问：")) for ln in lines["interview"])
    # Every name of an honour list is a person of its article.
    for a in truths["honour_list"]:
        listed = {n for para in a.paragraphs[2::2] for n in para.split("、")} - set(V.HONOUR_UNITS)
        assert listed and listed <= {p.name for p in a.people}
    assert any(para.startswith(("一、", "（一）")) for a in truths["enumeration"] for para in a.paragraphs)


def test_period_dates_and_the_year_boundary(pages):
    truths = [(p.truth.issue_date, a) for p in of(pages, "period_dates") for a in p.truth.articles]
    truths += [(p.truth.issue_date, a) for p in compose_pages(60, seed=3, styles=["period_dates"])
               for a in p.truth.articles]
    leads = [a.paragraphs[0] for _, a in truths]
    assert any(re.search(r"\d+月[上中下]旬", lead) for lead in leads)
    assert any(re.search(r"(今年以来|年初|去年底)", lead) for lead in leads)
    for issue, a in truths:
        if re.search(r"(今年以来|年初|去年底)", a.paragraphs[0]):
            assert a.date == issue
        period = re.search(r"\d+月([上中下])旬", a.paragraphs[0])
        if period:
            assert a.date.day == {"上": 1, "中": 11, "下": 21}[period.group(1)]
    assert any(issue.month == 1 and a.date.year == issue.year - 1 and a.date.month == 12 for issue, a in truths)


def test_furniture_of_the_styles_is_noise(pages):
    kinds = {s: Counter(n.kind for p in of(pages, s) for n in p.truth.noise) for s in STYLES}
    assert kinds["column_labels"]["label"] >= PER_STYLE
    assert kinds["bulletin"]["masthead"] >= 3 * PER_STYLE and kinds["bulletin"]["distribution"] >= 2 * PER_STYLE
    assert kinds["continued"]["continuation"] == 2 * PER_STYLE
    assert all(p.truth.articles[0].title is None for p in of(pages, "continued"))
    labels = {n.text for p in of(pages, "column_labels") for n in p.truth.noise if n.kind == "label"}
    assert labels <= set(V.COLUMN_LABELS)
    # OCR misreads the running head, which stays noise.
    heads = [n.text for p in of(pages, "ocr_furniture") for n in p.truth.noise if n.kind == "header"]
    assert heads and any(re.search(r"[\]lOB明]", h.translate(BACK)) for h in heads)


def test_layout_habits_of_the_styles(pages):
    assert all("\n\n" not in p.text.replace("\r\n", "\n") for p in of(pages, "no_blank_lines"))
    broken = [ln.strip() for p in of(pages, "names") for ln in p.text.splitlines()]
    assert any(ln.endswith(("·", "・")) for ln in broken) and any(ln.startswith(("·", "・")) for ln in broken)
    # A provincial paper's own 省民政厅, or a county, without the province's name in the article.
    unnamed = [a for p in of(pages, "province_context") for a in p.truth.articles
               if a.province not in (a.title or "") + "".join(a.paragraphs)]
    assert unnamed and all(a.province for a in unnamed)


def test_styles_share_no_code_with_the_parser():
    source = (BENCHMARKS / "styles.py").read_text(encoding="utf-8")
    assert not re.search(r"^\s*(from|import)\s+(dangjian|index)\b|^\s*from\s+\.\.", source, re.M)


INTERVIEW = tuple(V.INTERVIEW_TITLES)


def test_score_by_style_prints_a_row_per_style(capsys):
    import benchmarks.layout_score as layout_score
    status = layout_score.main(["--styles", "interview,dateline", "--pages", "2", "--seed", "3"])
    out = capsys.readouterr().out
    assert status in (0, 1)
    rows = [ln.split()[0] for ln in out.splitlines()[2:]]
    assert rows[:2] == ["interview", "dateline"]
    assert layout_score.main(["--styles", "nosuchstyle", "--pages", "1"]) == 2
