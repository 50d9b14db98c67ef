"""Compare HTML extraction on generated e-paper pages: lxml with our rules vs trafilatura.

    python -m benchmarks.html_score [--pages 90]

Each bundled article is written in the three markup styles of
:mod:`benchmarks.epaper_html`; a field is right when it equals the truth
exactly (the body: every paragraph, attribution included, in order, nothing else).
trafilatura is optional: install it to compare.
"""
from __future__ import annotations

import argparse
import random
import tempfile
from collections import Counter
from pathlib import Path

from .epaper_html import render_epaper
from .pdf_score import source_articles

FIELDS = ("title", "date", "page", "publication", "body")
PUBLICATIONS = ("公益时报", "中国社会报", "浙江日报")


def corpus(count: int, seed: int) -> list[tuple[bytes, dict]]:
    """Return (page bytes, truth) for count pages over the bundled articles and the three styles."""
    rng, out = random.Random(seed), []
    for n, article in zip(range(count), rng.sample(source_articles() * 3, count)):
        edition = {"publication": rng.choice(PUBLICATIONS), "date": article["issue_date"],
                   "page": str(rng.randint(1, 12)), "section": "党建"}
        if rng.random() < 0.3:
            article = {**article, "subtitle": "以高质量党建引领民政事业高质量发展"}
        out.append(render_epaper(article, edition, 1 + n % 3))
    return out


def _body(truth: dict) -> list[str]:
    return truth["paragraphs"] + ([truth["attribution"]] if truth["attribution"] else [])


def ours(data: bytes, tmp: Path) -> dict:
    from dangjian.index.parse.formats.html import extract
    path = tmp / "page.html"
    path.write_bytes(data)
    page = extract(path)[0]
    from dangjian.index.parse.clean import page_lines, split_paragraphs
    return {**page.meta, "body": split_paragraphs(page_lines(page.text))}


def trafilatura_fields(data: bytes, tmp: Path) -> dict:
    import trafilatura
    doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    doc = doc.as_dict() if hasattr(doc, "as_dict") else (doc or {})
    return {"title": doc.get("title"), "date": doc.get("date"), "page": None,
            "publication": doc.get("sitename"), "body": [p for p in (doc.get("text") or "").split("\n") if p]}


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--pages", type=int, default=90)
    opts = args.parse_args(argv)
    pages = corpus(opts.pages, 7)
    print(f"{len(pages)} e-paper pages in 3 styles")
    print(f"{'extractor':<14}" + "".join(f"{f:>13}" for f in FIELDS))
    with tempfile.TemporaryDirectory() as tmp:
        for name, run in (("lxml + rules", ours), ("trafilatura", trafilatura_fields)):
            hits = Counter()
            try:
                for data, truth in pages:
                    got = run(data, Path(tmp))
                    for field in FIELDS:
                        want = _body(truth) if field == "body" else truth[field]
                        hits[field] += got.get(field) == want
            except ImportError as exc:
                print(f"{name:<14}not installed ({exc.name})")
                continue
            print(f"{name:<14}" + "".join(f"{hits[f] / len(pages):>13.1%}" for f in FIELDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
