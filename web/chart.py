"""Results over time: hits per year (per month within one year) as bars for an inline SVG.

Drawn on the server (no script, no chart library): the view computes the
bars' geometry here and the template writes ``<svg>`` with one ``<a>`` per
bar, linking to the search narrowed to that period. Per-year counts are the
year facet's (its counts apply every filter but the year's own); per-month
counts are the results' date histogram over the same hit set, so they agree
with what the bar's link then shows.
"""
from __future__ import annotations

from .urls import search_link

WIDTH, HEIGHT, LABEL, TOP = 600, 70, 16, 14   # viewBox units: bar area, label strip below, count strip above
MAX_SLOT = 50                                 # a few years still look like bars, not blocks
GAP = 0.2                                  # share of a slot left empty between bars


def timeline(request, results, params) -> dict | None:
    """Return the chart: ``{mode, title, bars: [{label, count, url, x, y, width, height}]}``, or None."""
    if results.total == 0:
        return None
    counts = _year_counts(results)
    year = _single_year(request, counts)
    if year:
        bars = _month_bars(results, request, params, year)
        title = f"{year}年各月文章数"
    else:
        bars = _year_bars(counts, params)
        title = "各年文章数"
    if not bars or not any(b["count"] for b in bars):
        return None
    return {"mode": "month" if year else "year", "title": title, "bars": _geometry(bars),
            "width": WIDTH, "height": TOP + HEIGHT + LABEL}


def _year_counts(results) -> dict[str, int]:
    values = [v for v in results.facets["year"].values if v.value.isdigit()]
    chosen = [v for v in values if v.selected]
    return {v.value: v.count for v in (chosen or values)}


def _single_year(request, counts: dict[str, int]) -> str | None:
    start, end = request.date_from, request.date_to
    if start and end and start[:4] == end[:4]:
        return start[:4]
    years = [y for y, c in counts.items() if c]
    return years[0] if len(years) == 1 else None


def _year_bars(counts: dict[str, int], params) -> list[dict]:
    years = sorted(int(y) for y in counts)
    if not years:
        return []
    span = range(years[0], years[-1] + 1)
    return [{"label": str(y), "title": f"{y}年：{counts.get(str(y), 0)} 篇", "count": counts.get(str(y), 0),
             "url": search_link(params, year=str(y)) if counts.get(str(y)) else None}
            for y in span]


def _month_bounds(request, month: str) -> tuple[str, str] | None:
    """Return the month's part of the request's date range, or None when the range misses it."""
    start, end = request.date_from, request.date_to
    if (start and start[:7] > month) or (end and end[:7] < month):
        return None
    low = start if start and start.startswith(month) else month
    high = end if end and end.startswith(month) else month
    return low, high


def _month_bars(results, request, params, year: str) -> list[dict]:
    bars = []
    per_month = results.date_histogram("month")     # the answer's own hit set: no second search
    for m in range(1, 13):
        month = f"{year}-{m:02d}"
        bounds = _month_bounds(request, month)
        count = per_month.get(month, 0) if bounds else 0
        url = search_link(params, **{"from": bounds[0], "to": bounds[1]}) if count else None
        bars.append({"label": f"{m}月", "title": f"{year}年{m}月：{count} 篇", "count": count, "url": url})
    return bars


def _geometry(bars: list[dict]) -> list[dict]:
    top = max(b["count"] for b in bars)
    slot = min(WIDTH / len(bars), MAX_SLOT)
    out = []
    for i, bar in enumerate(bars):
        height = round(HEIGHT * bar["count"] / top, 1) if top else 0
        middle = round(i * slot + slot / 2, 1)
        out.append({**bar, "x": round(i * slot + slot * GAP / 2, 1), "width": round(slot * (1 - GAP), 1),
                    "y": round(TOP + HEIGHT - height, 1), "height": height, "label_x": middle,
                    "label_y": TOP + HEIGHT + LABEL - 3, "count_y": round(TOP + HEIGHT - height - 3, 1)})
    return out
