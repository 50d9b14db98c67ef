"""Round trip through PDF: compose pages from the bundled archive, render, parse, score per field.

    python -m benchmarks.pdf_score [--pages 120] [--seed 11] [--scanned N] [--keep DIR]

The truth is the bundled archive's expected fields (tests/archive_expected.json)
with the parsed title, paragraphs and attribution of each article. Articles are
recombined at random, 1–4 to a page, in 2–4 columns with headers, footers,
labels and titles before, after (the last article's, below its attribution, as on
the sample page) or absent, and drawn in reading, row or
shuffled order. Single-page files and multi-page issue files are both made.
With ``--scanned N``, N of the single-page files are also made as scans (images,
no text layer) and read by OCR, in a second column (tesseract must be installed;
OCR is not exact, so only the text-layer column is held to 97 %).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

from dangjian.index.parse.metadata import extract_metadata
from dangjian.index.parse.pipeline import parse_paths
from dangjian.index.parse.records import Report

from .pdf_pages import render_pdf

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("count", "title", "title_derived", "province", "agency", "source", "date", "slogans", "people",
          "paragraphs", "issue_date", "page")
LABELS = ("党建", "TOPIC", "基层党建", "PARTY BUILDING", None, None)
WEEKDAYS = "一二三四五六日"


def source_articles() -> list[dict]:
    """Return every bundled article as a plain dict: what to print and what parsing must find."""
    expected = json.loads((ROOT / "tests" / "archive_expected.json").read_text(encoding="utf-8"))
    report = Report()
    parsed: dict[str, list] = {}
    for _, articles in parse_paths([ROOT / "archive"], report):
        for a in articles:
            parsed.setdefault(a.path, []).append(a)
    out = []
    for page in expected:
        for got, want in zip(parsed[page["path"]], page["articles"]):
            out.append({"title": want["title"], "paragraphs": list(got.paragraphs),
                        "attribution": got.attribution, "issue_date": page["issue_date"],
                        "truth": {k: want[k] for k in FIELDS[1:9]}})
    return out


def _portable(article: dict, issue: date) -> bool:
    """Whether the article's event date stays the same under another issue date."""
    meta = extract_metadata(article["title"], article["paragraphs"], article["attribution"], issue)
    return str(meta.date) == article["truth"]["date"]


def compose_issue(pool: list[dict], rng: random.Random, pages: int) -> list[dict]:
    """Compose pages of one issue: an issue date and, per page, 1–4 articles that fit it."""
    issue = date.fromisoformat(rng.choice(pool)["issue_date"])
    fits = [a for a in pool if a["issue_date"] == issue.isoformat() or _portable(a, issue)]
    dated = rng.random() < 0.6          # the date in the page header, else in the folder name
    return [_page_spec(_pick(fits, rng), issue, rng, n, dated) for n in range(1, pages + 1)]


def _pick(fits: list[dict], rng: random.Random) -> list[dict]:
    """Pick 1–4 articles; one without a closing attribution can only end a page.

    The parser (like a reader) knows an article is over from its attribution or
    the next article's dated lead; so the bundled pages put such articles last.
    """
    chosen = rng.sample(fits, min(len(fits), rng.randint(1, 4)))
    closed = [a for a in chosen if a["attribution"]]
    return closed + [a for a in chosen if not a["attribution"]][:1]


def _page_spec(articles: list[dict], issue: date, rng: random.Random, number: int, dated: bool) -> dict:
    placed = []
    for k, a in enumerate(articles):
        position = "none" if a["truth"]["title_derived"] else "before"
        if position == "before" and k == len(articles) - 1 and a["attribution"] and rng.random() < 0.15:
            position = "after"
        placed.append({**a, "title_position": position})
    day = f"{issue.year}年{issue.month}月{issue.day}日 星期{WEEKDAYS[issue.weekday()]}"
    header = rng.choice((f"{day}  第{number}版", f"测试报  {day}  第{number}版  党建",
                         f"第{number}版  党建  {day}  测试报"))      # running heads come in any order
    return {"articles": placed, "columns": rng.randint(2, 4), "layout": rng.choice(("bands", "modules", "flow")),
            "font_size": rng.choice((8.5, 9.0, 9.5, 10.0)), "header": header if dated else None,
            "label": rng.choice(LABELS), "footer": rng.choice(("责任编辑：王雪  版面设计：李强", None)),
            "draw_order": rng.choice(("reading", "rows", "shuffled")), "issue_date": issue.isoformat(),
            "number": number, "header_dated": dated, "fake_bold": rng.random() < 0.3}


def write_corpus(pool: list[dict], target: int, seed: int, root: Path) -> list[tuple[str, int, dict]]:
    """Write PDFs under root until target pages exist; return (path, pdf page, spec) for each page."""
    rng, made, n = random.Random(seed), [], 0
    while len(made) < target:
        n += 1
        count = 1 if rng.random() < 0.7 else rng.randint(2, 5)
        specs = compose_issue(pool, rng, count)
        rel = _file_name(specs, n, count)
        render_pdf(specs, root / rel)
        made.extend((rel, k, spec) for k, spec in enumerate(specs, start=1))
    return made


def _file_name(specs: list[dict], n: int, count: int) -> str:
    """Undated folders for pages whose header carries the date; dated folders otherwise."""
    folder = f"undated_{n:03d}" if specs[0]["header_dated"] else f"{specs[0]['issue_date']}_{n:03d}"
    return f"测试报/{folder}/issue.pdf" if count > 1 else f"测试报/{folder}/{specs[0]['number']:02d}.pdf"


def _actual(article) -> dict:
    return {"title": article.title, "title_derived": article.title_derived, "province": article.province,
            "agency": article.agency, "source": article.source, "date": str(article.date),
            "slogans": sorted(article.slogans), "people": sorted(article.people),
            "paragraphs": list(article.paragraphs), "issue_date": str(article.issue_date), "page": article.page}


def _wanted(spec: dict, article: dict) -> dict:
    truth = article["truth"]
    return {**truth, "slogans": sorted(truth["slogans"]), "people": sorted(truth["people"]),
            "paragraphs": article["paragraphs"], "issue_date": spec["issue_date"], "page": str(spec["number"])}


def _pairs(truth: list[dict], got: list) -> list[tuple[dict, object]]:
    """Pair each truth article with the parsed one sharing most of its text's bigrams.

    Not by position: modules set side by side have no one reading order between them (left
    stack first, or row by row), and either keeps every article whole.
    """
    def bigrams(text: str) -> set[str]:
        return {text[i:i + 2] for i in range(len(text) - 1)}
    pairs, free = [], list(got)
    for article in truth:
        want = bigrams("".join(article["paragraphs"]))
        if not free:
            break
        best = max(free, key=lambda a: len(want & bigrams(a.body)))
        free.remove(best)
        pairs.append((article, best))
    return pairs


def score(made: list[tuple[str, int, dict]], parsed: dict) -> Counter:
    """Count, per field, the truth articles whose parsed counterpart (same page) agrees."""
    hits = Counter()
    for rel, pdf_page, spec in made:
        got = parsed.get((rel, pdf_page), [])
        hits["pages"] += 1
        hits["articles"] += len(spec["articles"])
        hits["count"] += len(got) == len(spec["articles"]) and len(spec["articles"])
        for article, found in _pairs(spec["articles"], got):
            want, actual = _wanted(spec, article), _actual(found)
            for name in FIELDS[1:]:
                hits[name] += want[name] == actual[name]
    return hits


def parse_corpus(root: Path) -> tuple[dict, Report]:
    """Run the whole pipeline on the corpus; return articles by (file, PDF page) and the report."""
    report, parsed = Report(), {}
    for _, articles in parse_paths([root], report, archive_root=root):
        for a in articles:
            parsed.setdefault((a.path, a.pdf_page), []).append(a)
    return parsed, report


def print_table(runs: dict[str, tuple[Counter, Report]]) -> bool:
    """Print one table, a column per run (PDF text layer, scans); return whether the first run
    reaches 97 % on every field."""
    for label, (hits, report) in runs.items():
        print(f"{label}: {hits['pages']} pages, {hits['articles']} articles, {len(report.skipped)} files skipped")
    print(f"{'field':<14}" + "".join(f"{label:>18}" for label in runs))
    ok = True
    for name in FIELDS:
        cells = []
        for n, (hits, _) in enumerate(runs.values()):
            share = hits[name] / hits["articles"] if hits["articles"] else 0.0
            ok &= n > 0 or share >= 0.97
            cells.append(f"{hits[name]:>5}/{hits['articles']:<4}{share:>8.1%}")
        print(f"{name:<14}" + "".join(f"{c:>18}" for c in cells))
    for label, (_, report) in runs.items():
        for skipped in report.skipped:
            print(f"{label}: skipped {skipped.path}: {skipped.reason}")
    return ok


def scanned_run(made: list[tuple[str, int, dict]], count: int, root: Path) -> tuple[Counter, Report]:
    """Render the first count single-page files again as scans and score what OCR reads."""
    from .pdf_pages import render_scanned_pdf
    chosen = [m for m in made if m[0].endswith(f"{m[2]['number']:02d}.pdf")][:count]
    for rel, _, spec in chosen:
        render_scanned_pdf([spec], root / rel)
    parsed, report = parse_corpus(root)
    return score(chosen, parsed), report


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--pages", type=int, default=120)
    args.add_argument("--seed", type=int, default=11)
    args.add_argument("--scanned", type=int, default=0, help="also OCR this many pages as scans (slow)")
    args.add_argument("--keep", type=Path, help="write the PDFs here and keep them")
    opts = args.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = opts.keep or Path(tmp)
        made = write_corpus(source_articles(), opts.pages, opts.seed, root / "text")
        parsed, report = parse_corpus(root / "text")
        runs = {"PDF text layer": (score(made, parsed), report)}
        if opts.scanned:
            runs["scanned, OCR"] = scanned_run(made, opts.scanned, root / "scanned")
        return 0 if print_table(runs) else 1


if __name__ == "__main__":
    sys.exit(main())
