"""The trends chart: one line per term over the periods, drawn on the server as SVG geometry.

Like :mod:`.chart`, no script and no chart library: this module computes
coordinates in viewBox units and the template writes ``<svg>``, each point an
``<a>`` to the search for that term and period. Colours are SVG presentation
attributes (the site's CSP forbids inline style).
"""
from __future__ import annotations

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
