"""Generate an archive of N articles as newspaper pages: ``python -m benchmarks.generate OUT_DIR``.

Writes ``OUT_DIR/archive/<publication>/<YYYY-MM-DD>/<page>.txt`` (several
articles per page, laid out by :mod:`.page_layout`) and ``OUT_DIR/generated.json``
(what was written). Every page has its own random generator, seeded by
(seed, page number), so the output is the same bytes for the same seed, any
page can be rewritten alone (:func:`change_pages`, for ``dangjian update``),
and memory stays flat in N: pages are written as they are made.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from .archive_articles import make_article
from .page_layout import layout_page
from .vocab import facts

LAYOUT = layout_page                 # the composer's entry point can take its place
PUBLICATIONS = ("公益时报", "中国社会报", "浙江日报", "陕西日报")
START = date(2014, 1, 7)
SPAN_DAYS = 12 * 365                 # issues spread over 12 years whatever N is
PAGES_PER_ISSUE = 4
ARTICLES_PER_PAGE = (1, 2, 3, 4)
PAGE_WEIGHTS = (2, 4, 3, 1)          # 2.3 articles per page on average
MEAN_PER_PAGE = 2.3


@dataclass(frozen=True)
class GeneratedPage:
    rel: str            # path under the archive root
    data: bytes
    articles: int


def page_slot(k: int, n_articles: int) -> tuple[str, date, int]:
    """Return (publication, issue date, page number) of page k: unique per k."""
    issue = k // PAGES_PER_ISSUE
    per_publication = max(1, n_articles / MEAN_PER_PAGE / PAGES_PER_ISSUE / len(PUBLICATIONS))
    step = max(1, int(SPAN_DAYS / per_publication))
    day = START + timedelta(days=(issue // len(PUBLICATIONS)) * step)
    return PUBLICATIONS[issue % len(PUBLICATIONS)], day, k % PAGES_PER_ISSUE + 1


def make_page(seed: int, n_articles: int, k: int, count: int | None = None,
              variant: str = "") -> GeneratedPage:
    """Make page k of an archive; ``variant`` makes a changed edition of the same page."""
    rng = random.Random(f"{seed}/{k}{variant}")
    drawn = rng.choices(ARTICLES_PER_PAGE, weights=PAGE_WEIGHTS)[0]
    count = drawn if count is None else min(drawn, count)
    publication, issue, number = page_slot(k, n_articles)
    articles = [make_article(rng, facts(seed), issue) for _ in range(count)]
    text = LAYOUT(articles, rng)
    encoding, newline = "utf-8", "\n"
    roll = rng.random()
    if roll < 0.05:
        encoding = "gb18030"            # still common in government archives
    elif roll < 0.10:
        newline = "\r\n"
    data = text.replace("\n", newline).encode(encoding)
    return GeneratedPage(f"{publication}/{issue.isoformat()}/{number:02d}.txt", data, count)


def iter_pages(n_articles: int, seed: int) -> Iterator[GeneratedPage]:
    """Yield pages until n_articles articles are written; the last page is cut to fit."""
    written, k = 0, 0
    while written < n_articles:
        page = make_page(seed, n_articles, k, count=n_articles - written)
        written += page.articles
        k += 1
        yield page


def write_archive(out: Path, n_articles: int, seed: int) -> dict:
    """Write the archive under out/archive and a summary in out/generated.json; return the summary."""
    root = out / "archive"
    if root.exists() and any(root.iterdir()):
        raise FileExistsError(f"{root} is not empty: generate into a new directory")
    pages = chars = 0
    for page in iter_pages(n_articles, seed):
        path = root / page.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page.data)
        pages += 1
        chars += len(page.data)
    summary = {"articles": n_articles, "pages": pages, "seed": seed, "bytes": chars,
               "archive": str(root)}
    (out / "generated.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    return summary


def change_pages(out: Path, fraction: float = 0.01, variant: str = "/changed") -> list[str]:
    """Rewrite a fraction of the pages (not the last) with a changed edition; return their paths."""
    summary = json.loads((out / "generated.json").read_text(encoding="utf-8"))
    pages = summary["pages"]
    every = max(1, round(1 / fraction))
    changed = []
    for k in range(0, max(1, pages - 1), every):
        page = make_page(summary["seed"], summary["articles"], k, variant=variant)
        (out / "archive" / page.rel).write_bytes(page.data)
        changed.append(page.rel)
    return changed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="directory to write archive/ and generated.json into")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.articles < 1:
        parser.error("--articles must be at least 1")
    try:
        summary = write_archive(args.out, args.articles, args.seed)
    except (FileExistsError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {summary['articles']} articles on {summary['pages']} pages "
          f"({summary['bytes'] / 1e6:.1f} MB) under {summary['archive']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
