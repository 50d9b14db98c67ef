"""The advanced search form (/advanced): fields for those who do not type the query syntax.

The form's fields become one query in the syntax README teaches (built by
:func:`dangjian.search.rewrite.compose`), and "检索" sends the browser to
``/search?q=…`` — the same URL state the box writes, so the result page, its
links and bookmarks are the box's. "显示写法" shows the query without
searching, so staff can learn the syntax. Facet choices list the values the
engine has; dates are read by :mod:`dangjian.search.dates`, typed or picked.
"""
from __future__ import annotations

from werkzeug.datastructures import MultiDict

from dangjian.index.schema import FACETS_BY_NAME
from dangjian.search.dates import read_date
from dangjian.search.request import SORTS
from dangjian.search.rewrite import compose

from .urls import search_link

WORD_FIELDS = (("all", "包含全部这些词", "两个确立 民政厅"), ("phrase", "包含完整短语", "模范机关建设"),
               ("any", "包含任一个词", "延吉 银川"), ("none", "不包含这些词", "培训"),
               ("title", "只在标题中出现", "培训班"))
CHOICES = ("province", "agency", "slogans")     # multi-selects, values from the engine's facets
MAX_OPTIONS = 300                               # values listed per select, the most used first
MAX_FIELD = 200


def advanced_context(engine, args) -> dict:
    """Return the form's context: its fields as submitted, the choices, the query they make, problems."""
    fields = {name: _text(args.get(name)) for name, _, _ in WORD_FIELDS}
    chosen = {name: [v for v in (_text(x) for x in args.getlist(FACETS_BY_NAME[name].param)) if v]
              for name in CHOICES}
    problems, dates = [], {}
    for bound in ("from", "to"):
        typed, picked = _text(args.get(bound)), _text(args.get(bound + "_day"))
        dates[bound], dates[bound + "_day"] = typed, picked
        dates[bound + "_used"] = typed or picked          # the typed text wins over the picker
        try:
            dates[bound + "_iso"] = read_date(dates[bound + "_used"]) if dates[bound + "_used"] else None
        except ValueError as exc:
            problems.append(str(exc))
            dates[bound + "_iso"] = None
    query = compose(fields["all"], fields["phrase"], fields["any"], fields["none"], fields["title"],
                    tuple((FACETS_BY_NAME[n].prefixes[0], v) for n in CHOICES for v in chosen[n]),
                    dates["from_iso"], dates["to_iso"])
    sort = args.get("sort") if args.get("sort") in SORTS else "relevance"
    return {"fields": [{"name": n, "label": label, "example": ex, "value": fields[n]} for n, label, ex in WORD_FIELDS],
            "choices": _choices(engine, chosen), "dates": dates, "sort": sort, "problems": problems,
            "query": query, "search_url": search_link(MultiDict(), q=query or None,
                                                      sort=None if sort == "relevance" else sort),
            "submitted": bool(args.get("go") or args.get("preview"))}


def wants_search(args, context: dict) -> bool:
    """Tell whether the form asked to search and can: "检索" pressed, a query made, no bad date."""
    return bool(args.get("go")) and bool(context["query"]) and not context["problems"]


def _choices(engine, chosen: dict[str, list[str]]) -> list[dict]:
    counts = engine.stats()["facets"]
    out = []
    for name in CHOICES:
        facet = FACETS_BY_NAME[name]
        listed = sorted(counts.get(name, {}).items(), key=lambda item: (-item[1], item[0]))[:MAX_OPTIONS]
        values = [{"value": v, "count": n, "selected": v in chosen[name]} for v, n in listed]
        values += [{"value": v, "count": 0, "selected": True} for v in chosen[name] if v not in dict(listed)]
        out.append({"name": name, "param": facet.param, "label": facet.label, "prefix": facet.prefixes[0],
                    "values": values, "truncated": len(counts.get(name, {})) > MAX_OPTIONS})
    return out


def _text(value) -> str:
    return " ".join(str(value or "").replace("\x00", "").split())[:MAX_FIELD]
