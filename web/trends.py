"""Term trends: up to five terms or 提法 over time, as an SVG chart, a table, CSV and JSON.

``/trends?term=两个确立&term=两个维护&by=month|year`` plus the search's filters
(province, agency, …, from, to). Each term is one ``Engine.search`` with those
filters; its counts per period are that answer's own date histogram
(``Results.date_histogram``), and its total that answer's total — no second
counting path. Hits without an event date are in no period: they are reported
as ``undated``, so that the periods and ``undated`` add up to the total. A term
is anything the search box takes: ``提法:两个确立`` counts the 提法 facet,
``两个确立`` the text.

The chart is drawn like :mod:`.chart`: no script, no chart library; coordinates in
viewBox units computed here, ``<svg>`` written by the template, each point an ``<a>``
to the search for that term and period; colours as SVG presentation attributes
(the CSP forbids inline style), and dashes so the lines differ without colour too.
"""
from __future__ import annotations

import csv
import dataclasses
import io

from flask import Response, jsonify, render_template, request
from werkzeug.datastructures import MultiDict

from dangjian.search.request import SearchRequest

from .docx_export import disposition, export_filename
from .urls import link, search_link, state_params
from .views import bp, engine

MAX_TERMS = 5
MAX_TERM = 100              # characters of one term
MAX_MONTHS = 240            # a longer span by month reads better by year
BYS = {"year": "按年", "month": "按月"}


def _terms(args, notices: list[str]) -> list[str]:
    terms = [" ".join(t.replace("\x00", "").split())[:MAX_TERM] for t in args.getlist("term")]
    terms = list(dict.fromkeys(t for t in terms if t))
    if len(terms) > MAX_TERMS:
        notices.append(f"最多比较 {MAX_TERMS} 个词，只取前 {MAX_TERMS} 个。")
    return terms[:MAX_TERMS]


def _filters(args) -> MultiDict:
    """Return the search's filters of args (every state parameter but the words, sort and paging)."""
    params = state_params(args)
    for name in ("q", "sort", "page", "limit"):
        params.poplist(name)
    return params


def _periods(found: set[str], by: str) -> list[str]:
    """Return every period from the first to the last found, none skipped."""
    if not found:
        return []
    first, last = min(found), max(found)
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    out, (y, m) = [], (int(first[:4]), int(first[5:]))
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _bounds(base: SearchRequest, period: str) -> tuple[str, str]:
    """Return the from/to of a period's search: the period, narrowed by the search's own date range."""
    low = base.date_from if base.date_from and base.date_from.startswith(period) else period
    high = base.date_to if base.date_to and base.date_to.startswith(period) else period
    return low, high


def _count(term: str, base: SearchRequest, by: str):
    results = engine().search(dataclasses.replace(base, query=term, sort="date", page=1, limit=1, facet_limit=1,
                                                  snippets=False, notices=()))
    return results, results.date_histogram(by)


def trends_context(args) -> dict:
    """Return the trends page: ``{terms: [{term, total, undated, url, series: [{period, count, url}]}], by, …}``."""
    notices: list[str] = []
    terms, params = _terms(args, notices), _filters(args)
    by = args.get("by") or "year"
    if by not in BYS:
        notices.append(f"不认识的时间单位“{by[:20]}”，已按年统计。")
        by = "year"
    base = SearchRequest.from_params(params)
    notices += [n.message for n in base.notices]
    counted = [(t, *_count(t, base, by)) for t in terms]
    periods = _periods({p for _, _, hist in counted for p in hist}, by)
    if by == "month" and len(periods) > MAX_MONTHS:
        notices.append(f"跨度超过 {MAX_MONTHS} 个月，已改为按年统计。")
        by = "year"
        counted = [(t, *_count(t, base, by)) for t in terms]
        periods = _periods({p for _, _, hist in counted for p in hist}, by)
    series = [_series(t, results, hist, periods, base, params) for t, results, hist in counted]
    for t, results, _ in counted:
        notices += [f"“{t}”：{n.message}" for n in results.notices]
    return {"terms": series, "by": by, "bys": BYS, "periods": periods, "notices": notices,
            "filters": [(k, v) for k, v in params.items(multi=True)], "date_from": base.date_from,
            "date_to": base.date_to, "chart": line_chart(series, periods),
            "csv_url": link("site.trends_csv", _state(terms, by, params)),
            "api_url": link("site.api_trends", _state(terms, by, params))}


def _state(terms: list[str], by: str, params: MultiDict) -> MultiDict:
    state = MultiDict([("term", t) for t in terms] + [("by", by)])
    state.update(params)
    return state


def _series(term: str, results, hist: dict, periods: list[str], base: SearchRequest, params) -> dict:
    points = []
    for period in periods:
        count = hist.get(period, 0)
        low, high = _bounds(base, period)
        points.append({"period": period, "count": count,
                       "url": search_link(params, q=term, **{"from": low, "to": high}) if count else None})
    return {"term": term, "total": results.total, "undated": results.total - sum(hist.values()),
            "url": search_link(params, q=term), "series": points}


@bp.route("/trends")
def trends():
    return render_template("trends.html", **trends_context(request.args))


@bp.route("/api/trends")
def api_trends():
    context = trends_context(request.args)
    return jsonify({k: context[k] for k in ("terms", "by", "periods", "notices")})


@bp.route("/trends.csv")
def trends_csv():
    context = trends_context(request.args)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["时期"] + [_cell(t["term"]) for t in context["terms"]])
    for n, period in enumerate(context["periods"]):
        writer.writerow([period] + [t["series"][n]["count"] for t in context["terms"]])
    writer.writerow(["日期不详"] + [t["undated"] for t in context["terms"]])
    writer.writerow(["合计"] + [t["total"] for t in context["terms"]])
    name = export_filename("趋势-" + "-".join(t["term"] for t in context["terms"]), "csv")
    return Response("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": disposition(name)})


def _cell(text: str) -> str:
    """Return a CSV cell; a term Excel would run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(("=", "+", "-", "@", "\t", "\r")) else text


# ------------------------------------------------------------------ the chart

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 36, 26, 12, 24       # margins for the axis labels (and the last year's)
COLOURS = ("#b8464a", "#0b4f8a", "#2e7d32", "#8e5a00", "#6a1b9a")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2")     # told apart without colour too
MAX_LABELS = 12
DODGE = 6                  # each line shifted sideways a little, so equal counts do not hide each other's points


def line_chart(series: list[dict], periods: list[str]) -> dict | None:
    """Return ``{width, height, lines: [{term, colour, dash, points: [{x, y, count, url, title}]}], xlabels, ymax}``."""
    if not series or not periods or not any(p["count"] for s in series for p in s["series"]):
        return None
    top = max(p["count"] for s in series for p in s["series"])
    inner_w, inner_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = inner_w / max(1, len(periods) - 1)

    def x_of(i: int) -> float:
        return round(LEFT + (i * step if len(periods) > 1 else inner_w / 2), 1)

    def y_of(count: int) -> float:
        return round(TOP + inner_h - inner_h * count / top, 1)
    lines = []
    for n, s in enumerate(series):
        shift = round((n - (len(series) - 1) / 2) * DODGE, 1)
        points = [{"x": round(x_of(i) + shift, 1), "y": y_of(p["count"]), "count": p["count"], "url": p["url"],
                   "title": f"{s['term']}，{p['period']}：{p['count']} 篇"} for i, p in enumerate(s["series"])]
        lines.append({"term": s["term"], "colour": COLOURS[n % len(COLOURS)], "dash": DASHES[n % len(DASHES)],
                      "path": " ".join(f"{p['x']},{p['y']}" for p in points), "points": points})
    every = max(1, -(-len(periods) // MAX_LABELS))
    xlabels = [{"x": x_of(i), "label": period} for i, period in enumerate(periods) if i % every == 0]
    return {"width": WIDTH, "height": HEIGHT, "lines": lines, "xlabels": xlabels, "ymax": top,
            "left": LEFT, "bottom": HEIGHT - BOTTOM, "top": TOP, "right": WIDTH - RIGHT,
            "label_y": HEIGHT - 6, "ymax_y": TOP + 4}
