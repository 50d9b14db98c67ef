"""Browse by issue: publication → year → issue date → page → articles.

For staff who remember when an article ran rather than what it said. Each
level is counted from the generation's catalogue (:mod:`.catalog`); an issue
without a known date is filed under :data:`UNDATED` at the year and the issue
level. The answer is a plain dict: ``{level, publication, year, issue, items}``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from .catalog import Entry, catalog, entry_dict

UNDATED = "undated"          # the year and issue key of pages whose issue date is unknown
LEVELS = ("publications", "years", "issues", "pages")


def browse(engine, publication: str | None = None, year: str | None = None,
           issue: str | None = None) -> dict:
    """Return one level of the browse tree; a key that matches nothing gives an empty list."""
    entries = catalog(engine.snapshot())
    out = {"publication": publication, "year": year, "issue": issue}
    if not publication:
        return {**out, "level": "publications", "items": _counted(e.publication or "" for e in entries)}
    entries = [e for e in entries if (e.publication or "") == publication]
    if not year:
        items = _counted(_year_of(e) for e in entries)
        return {**out, "level": "years", "items": sorted(items, key=lambda i: _dated_key(i["key"]), reverse=True)}
    entries = [e for e in entries if _year_of(e) == year]
    if not issue:
        items = _counted(e.issue_date or UNDATED for e in entries)
        return {**out, "level": "issues", "items": sorted(items, key=lambda i: _dated_key(i["key"]))}
    entries = [e for e in entries if (e.issue_date or UNDATED) == issue]
    return {**out, "level": "pages", "items": _pages(entries)}


def _year_of(entry: Entry) -> str:
    return entry.issue_date[:4] if entry.issue_date else UNDATED


def _dated_key(key: str) -> str:
    return "" if key == UNDATED else key          # undated sorts before any date


def _counted(keys) -> list[dict]:
    counts = Counter(keys)
    return [{"key": k, "count": c} for k, c in sorted(counts.items())]


def _page_order(page: str) -> tuple:
    digits = re.search(r"\d+", page)
    return (int(digits.group()) if digits else 10**6, page)


def _pages(entries: list[Entry]) -> list[dict]:
    """Group an issue's articles by page (pages in number order, articles in page order)."""
    by_page: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        by_page[entry.page or ""].append(entry)
    out = []
    for page in sorted(by_page, key=_page_order):
        articles = sorted(by_page[page], key=lambda e: (e.path, e.ordinal))
        out.append({"key": page, "count": len(articles), "articles": [entry_dict(a) for a in articles]})
    return out
