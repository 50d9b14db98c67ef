"""Score the parser on composed pages, field by field: ``python -m benchmarks.layout_score [--pages N] [--seed S]``.

Each page is written to a scratch archive and read back through the parser as
a user's page would be. One table is printed; the exit status is 1 when a
field is below its threshold.
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from dangjian.index.parse.pipeline import parse_file
from dangjian.index.parse.reader import UnreadableFile

from .composer import ComposedPage, random_page
from .styles import STYLES, compose_pages

# The floor CI holds the parser to, per field (see docs/decisions.md, issue 8).
THRESHOLDS = {"articles per page": 0.99, "segmentation": 0.99, "title": 0.99, "attribution": 0.99,
              "source": 0.99, "province": 0.99, "agency": 0.99, "date": 0.99, "slogans": 0.99,
              "people": 0.99, "roles": 0.99, "noise lines": 0.99, "conservation": 1.0}
ARTICLE_FIELDS = ("segmentation", "title", "attribution", "source", "province", "agency", "date",
                  "slogans", "people", "roles")


def flat(text: str | None) -> str | None:
    return None if text is None else "".join(text.split())


def han(text: str) -> Counter:
    return Counter(c for c in text if "\u3400" <= c <= "\u9fff")


def _overlap(truth, parsed) -> int:
    a, b = flat("".join(truth.paragraphs)), flat("".join(parsed.paragraphs))
    return len({a[i:i + 2] for i in range(len(a) - 1)} & {b[i:i + 2] for i in range(len(b) - 1)})


def align(truths, parsed) -> list:
    """Return the parsed article matched to each true one (by order when the counts agree), or None."""
    if len(truths) == len(parsed):
        return list(parsed)
    free, out = list(parsed), []
    for truth in truths:
        best = max(free, key=lambda p: _overlap(truth, p), default=None)
        out.append(best if best is not None and _overlap(truth, best) else None)
        if out[-1] is not None:
            free.remove(best)
    return out


# The composer prints a 本报讯 byline at the start of the lead; it belongs to the attribution,
# and it names the publication as the source (DOMAIN.md, "Attributions and leads").
_BYLINE = re.compile(r"^本报讯[（(][^）)]*[）)]")


def expected(truth, publication: str | None) -> tuple[list[str], str | None, str | None]:
    """Return the true (paragraphs, attribution, source), the lead's 本报讯 byline moved to the attribution."""
    paragraphs = list(truth.paragraphs)
    byline = _BYLINE.match(paragraphs[0]) if paragraphs else None
    if not byline:
        return paragraphs, truth.attribution, truth.source
    paragraphs[0] = paragraphs[0][byline.end():]
    return paragraphs, byline.group() + (truth.attribution or ""), truth.source or publication


def article_scores(truth, got, publication: str | None = None) -> dict[str, bool]:
    """Return, per field, whether the parsed article got the true value."""
    if got is None:
        return dict.fromkeys(ARTICLE_FIELDS, False)
    title_ok = got.title_derived if truth.title is None else (
        not got.title_derived and flat(got.title) == flat(truth.title))
    roles = {(n, r) for n, r in getattr(got, "roles", ())}
    paragraphs, attribution, source = expected(truth, publication)
    return {
        "segmentation": flat("".join(got.paragraphs)) == flat("".join(paragraphs)),
        "title": title_ok, "attribution": flat(got.attribution) == flat(attribution),
        "source": got.source == source, "province": got.province == truth.province,
        "agency": got.agency == truth.agency, "date": got.date == truth.date,
        "slogans": sorted(got.slogans) == sorted(truth.slogans),
        "people": set(got.people) == {p.name for p in truth.people},
        "roles": roles == {(p.name, p.role) for p in truth.people},
    }


def page_scores(page: ComposedPage, articles, noise) -> dict[str, bool]:
    """Return the page-level results: article count, noise lines found, every Han character kept."""
    kept = Counter()
    for a in articles:
        kept += han(("" if a.title_derived else a.title) + "".join(a.paragraphs) + (a.attribution or ""))
    for line in noise:
        kept += han(line.text)
    found = {flat(n.text) for n in noise}
    return {"articles per page": len(articles) == len(page.truth.articles),
            "noise lines": all(flat(n.text) in found for n in page.truth.noise),
            "conservation": kept == han(page.text)}


def parse_composed(page: ComposedPage, folder: Path, n: int):
    """Write the page where an archive keeps it, parse it; return (articles, noise lines)."""
    truth = page.truth
    path = folder / truth.publication / truth.issue_date.isoformat() / f"{n:04d}.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(page.data)
    try:
        parsed = parse_file(path, folder, keep_noise=True)
    except UnreadableFile:
        return [], []
    return parsed.articles, parsed.noise


def score(pages: int, seed: int, failures: list | None = None) -> dict[str, tuple[int, int]]:
    """Compose and parse pages; return field → (right, total)."""
    tally: dict[str, list[int]] = {f: [0, 0] for f in THRESHOLDS}
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(pages):
            page = random_page(seed * 1_000_003 + n)
            articles, noise = parse_composed(page, Path(tmp), n)
            results = [page_scores(page, articles, noise)]
            for truth, got in zip(page.truth.articles, align(page.truth.articles, articles)):
                results.append(article_scores(truth, got, page.truth.publication))
            for result in results:
                for field, ok in result.items():
                    tally[field][0] += ok
                    tally[field][1] += 1
            if failures is not None and not all(all(r.values()) for r in results):
                failures.append((seed * 1_000_003 + n, [k for r in results for k, v in r.items() if not v]))
    return {f: (right, total) for f, (right, total) in tally.items()}


# The styles' truth gives people without roles where the page names none (an author, an honour list):
# the hand-written truth of tests/unseen has no roles either, so the styles are scored without them.
STYLE_FIELDS = ("articles per page", "noise lines", "conservation", *ARTICLE_FIELDS[:-1])


def score_styles(pages: int, seed: int, styles: list[str], examples: dict | None = None) -> dict[str, dict]:
    """Compose pages per style and parse them; return style → field → (right, total).

    examples, when given, receives for each (style, field) below 100% the seed of its first miss
    and what was expected and got.
    """
    out: dict[str, dict[str, list[int]]] = {s: {f: [0, 0] for f in STYLE_FIELDS} for s in styles}
    with tempfile.TemporaryDirectory() as tmp:
        for k, page in enumerate(compose_pages(pages * len(styles), seed, styles)):
            style = page.truth.style
            articles, noise = parse_composed(page, Path(tmp), k)
            results = [page_scores(page, articles, noise)]
            for truth, got in zip(page.truth.articles, align(page.truth.articles, articles)):
                results.append(article_scores(truth, got, page.truth.publication))
                for field, ok in results[-1].items():
                    if examples is not None and not ok and field in STYLE_FIELDS:
                        examples.setdefault((style, field), (k, _shown(truth, got, field)))
            for result in results:
                for field, ok in result.items():
                    if field in STYLE_FIELDS:
                        out[style][field][0] += ok
                        out[style][field][1] += 1
            if examples is not None and not all(results[0].values()):
                for field in (f for f, ok in results[0].items() if not ok):
                    examples.setdefault((style, field), (k, f"{len(page.truth.articles)} articles, got {len(articles)}"))
    return {s: {f: tuple(v) for f, v in fields.items()} for s, fields in out.items()}


def _shown(truth, got, field: str) -> str:
    """Say what a miss expected and what the parser gave, in a line."""
    if got is None:
        return f"article {(truth.title or truth.paragraphs[0])[:24]!r} not found"
    pick = {"segmentation": lambda a: "".join(a.paragraphs)[:30], "title": lambda a: a.title,
            "people": lambda a: sorted(p.name if hasattr(p, "name") else p for p in a.people)}
    value = pick.get(field, lambda a: getattr(a, field))
    return f"expected {value(truth)!r}, got {value(got)!r}"


def style_table(scores: dict[str, dict]) -> str:
    """One row per style, one column per field: the share right, * where below its floor."""
    short = {"articles per page": "count", "noise lines": "noise", "conservation": "chars", "segmentation": "segm"}
    rows = [f"{'style':<18}" + "".join(f"{short.get(f, f)[:8]:>9}" for f in STYLE_FIELDS) + f"{'articles':>9}"]
    for style, fields in scores.items():
        cells = []
        for field in STYLE_FIELDS:
            right, total = fields[field]
            rate = right / total if total else 1.0
            cells.append(f"{rate:>8.1%}" + ("*" if rate < THRESHOLDS[field] else " "))
        rows.append(f"{style:<18}" + "".join(cells) + f"{fields['segmentation'][1]:>9}")
    return "\n".join(rows)


def table(scores: dict[str, tuple[int, int]]) -> str:
    rows = [f"{'field':<18}{'right':>7}{'of':>7}{'score':>9}{'floor':>8}"]
    for field, (right, total) in scores.items():
        rate = right / total if total else 1.0
        mark = "" if rate >= THRESHOLDS[field] else "  BELOW"
        rows.append(f"{field:<18}{right:>7}{total:>7}{rate:>9.2%}{THRESHOLDS[field]:>8.0%}{mark}")
    return "\n".join(rows)


def below(scores: dict[str, tuple[int, int]]) -> list[str]:
    return [f for f, (right, total) in scores.items() if total and right / total < THRESHOLDS[f]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show-failures", type=int, default=0, help="list the seeds of up to N failing pages")
    parser.add_argument("--styles", default=None,
                        help="score the styles of other publications instead (benchmarks.styles): 'all' or "
                             "a comma-separated list; --pages is then the pages per style")
    args = parser.parse_args(argv)
    if args.styles:
        return _main_styles(args)
    failures: list = []
    scores = score(args.pages, args.seed, failures)
    print(f"{args.pages} composed pages, seed {args.seed}")
    print(table(scores))
    for seed, fields in failures[:args.show_failures]:
        print(f"  page seed {seed}: {', '.join(fields)}")
    return 1 if below(scores) else 0


def _main_styles(args) -> int:
    styles = list(STYLES) if args.styles == "all" else args.styles.split(",")
    unknown = [s for s in styles if s not in STYLES]
    if unknown:
        print(f"unknown style(s): {', '.join(unknown)}; known: {', '.join(STYLES)}", file=sys.stderr)
        return 2
    examples: dict = {}
    scores = score_styles(args.pages, args.seed, styles, examples)
    print(f"{args.pages} composed pages per style, {len(styles)} styles, seed {args.seed} (* below the floor)")
    print(style_table(scores))
    shown = sorted(examples.items())[:args.show_failures] if args.show_failures else []
    for (style, field), (k, what) in shown:
        print(f"  {style} / {field}: page {k} of compose_pages(..., seed={args.seed}): {what}")
    failing = [s for s, fields in scores.items() if below(fields)]
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
