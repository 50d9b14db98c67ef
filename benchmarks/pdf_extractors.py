"""Compare PDF text extractors on generated multi-column Chinese pages.

    python -m benchmarks.pdf_extractors [--pages 60] [--seed 5]

For each extractor: the share of the articles' paragraphs (and titles) found
verbatim, whitespace aside, in the page's text (reading order: a paragraph
interleaved with another column or cut by a misplaced line is not found), the
share of characters kept (nothing dropped or garbled, order aside), and the
time per page. pypdf and pdfplumber are optional: install them to compare.
"""
from __future__ import annotations

import argparse
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from .pdf_score import source_articles, write_corpus


def _ours(path: Path) -> list[str]:
    from dangjian.index.parse.formats.pdf import extract
    return [page.text for page in extract(path)]


def _pdfminer(path: Path, **params) -> list[str]:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams
    text = extract_text(str(path), laparams=LAParams(**params))
    return text.split("\f")


def _pypdf(path: Path, **mode) -> list[str]:
    import pypdf
    return [page.extract_text(**mode) for page in pypdf.PdfReader(str(path)).pages]


def _pdfplumber(path: Path, **opts) -> list[str]:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_text(**opts) or "" for page in pdf.pages]


EXTRACTORS = {
    "pdfminer.six, ours (chars + column order)": _ours,
    "pdfminer.six extract_text, default LAParams": _pdfminer,
    "pdfminer.six, line_margin=1.0": lambda p: _pdfminer(p, line_margin=1.0),
    "pdfminer.six, line_margin=1.0, boxes_flow=None": lambda p: _pdfminer(p, line_margin=1.0, boxes_flow=None),
    "pypdf extract_text": _pypdf,
    "pypdf layout mode": lambda p: _pypdf(p, extraction_mode="layout"),
    "pdfplumber extract_text": _pdfplumber,
    "pdfplumber layout=True": lambda p: _pdfplumber(p, layout=True),
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def measure(name: str, files: dict[str, list[dict]], root: Path) -> tuple[float, float, float] | str:
    """Return (paragraphs found, characters kept, seconds per page), or why it could not run."""
    found = total = kept = chars = pages = 0
    started = time.perf_counter()
    for rel, specs in files.items():
        try:
            texts = EXTRACTORS[name](root / rel)
        except ImportError as exc:
            return f"not installed ({exc.name})"
        for spec, text in zip(specs, texts):
            pages += 1
            flat, have = _squash(text), Counter(_squash(text))
            for article in spec["articles"]:
                for part in [article["title"], *article["paragraphs"]]:
                    total += 1
                    found += _squash(part) in flat
                    want = Counter(_squash(part))
                    chars += sum(want.values())
                    kept += sum((want & have).values())
    return found / total, kept / chars, (time.perf_counter() - started) / pages


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--pages", type=int, default=60)
    args.add_argument("--seed", type=int, default=5)
    opts = args.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        files: dict[str, list[dict]] = {}
        for rel, _, spec in write_corpus(source_articles(), opts.pages, opts.seed, root):
            files.setdefault(rel, []).append(spec)
        print(f"{sum(map(len, files.values()))} pages in {len(files)} PDF files")
        print(f"{'extractor':<48}{'paragraphs':>11}{'chars':>8}{'s/page':>8}")
        for name in EXTRACTORS:
            result = measure(name, files, root)
            if isinstance(result, str):
                print(f"{name:<48}{result:>27}")
            else:
                print(f"{name:<48}{result[0]:>11.1%}{result[1]:>8.1%}{result[2]:>8.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
