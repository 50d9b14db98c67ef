"""Plan a query over one generation: the matched documents, then filters as bitmap operations.

The words' documents come from :mod:`.matching`; everything else is the read
model's: a facet selection is the union of its values' bitmaps, a date range
a comparison over the date array, a negated facet or date a difference. The
plan keeps the pieces apart because counting is disjunctive (:mod:`.counts`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from pyroaring import BitMap

from dangjian.index.schema import FACET_NAMES

from .facets import FacetIndex
from .matching import Deadline, match
from .postings import Grams
from .query import ParsedQuery
from .request import SearchRequest
from .results import Notice


@dataclass
class Plan:
    """What a request selects: base (words minus negations), each facet's filter, the date range."""

    base: BitMap
    filters: dict[str, BitMap]
    selected: dict[str, list[str]]
    dates: BitMap | None
    hits: BitMap
    complete: bool = True
    notices: list[Notice] = field(default_factory=list)


def plan(searcher, grams: Grams, facets: FacetIndex, request: SearchRequest, parsed: ParsedQuery, deadline: Deadline,
         memo: dict | None = None) -> Plan:
    """Return the request's plan: the hit set and the filters its facet counts need."""
    notices: list[Notice] = []
    matched = match(searcher, grams, parsed, facets.live, deadline, memo)
    base = BitMap(matched.docs) - _excluded(facets, parsed, notices)
    selected = _selected(facets, request, parsed, notices)
    filters = {name: facets.docs_with(name, values) for name, values in selected.items()}
    dates = _date_filter(facets, request, parsed)
    hits = BitMap.intersection(base, *filters.values(), *([dates] if dates is not None else []))
    return Plan(base, filters, selected, dates, hits, matched.complete, notices)


def _selected(facets: FacetIndex, request: SearchRequest, parsed: ParsedQuery,
              notices: list[Notice]) -> dict[str, list[str]]:
    """Merge facet filters from the request and from the query's field prefixes."""
    selected: dict[str, list[str]] = {}
    asked = [(n, v) for n, values in request.filters.items() if n in FACET_NAMES for v in values if v]
    asked += [(n, v) for n, texts in parsed.facets.items() for v in texts]
    for name, text in asked:
        matched = facets.resolve(name, text)
        if not matched:
            notices.append(no_value(name, text))
            matched = [text]              # stays selected (count 0) so it can be unselected
        selected.setdefault(name, []).extend(matched)
    return {name: list(dict.fromkeys(values)) for name, values in selected.items()}


def no_value(name: str, text: str) -> Notice:
    whole = "（省份请写全称或简称，如 江苏 或 江苏省）" if name == "province" else ""
    return Notice("unknown_filter_value", f"没有 “{text}” 这个筛选值{whole}。(no {name} value matches “{text}”)")


def _excluded(facets: FacetIndex, parsed: ParsedQuery, notices: list[Notice]) -> BitMap:
    """Documents removed by -省份:… or -日期:…; they leave the base like a -word would."""
    out = BitMap()
    for name, texts in parsed.excluded_facets.items():
        for text in texts:
            values = facets.resolve(name, text)
            if not values:
                notices.append(no_value(name, text))
            out |= facets.docs_with(name, values)
    for start, end in parsed.excluded_dates:
        out |= facets.docs_in_dates(start, end)
    return out


def _date_filter(facets: FacetIndex, request: SearchRequest, parsed: ParsedQuery) -> BitMap | None:
    start = request.date_from or parsed.date_from
    end = request.date_to or parsed.date_to
    if not start and not end:
        return None
    return facets.docs_in_dates(start, end)
