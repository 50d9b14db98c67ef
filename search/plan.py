"""Plan a query: resolve its filter texts to facet values and hand the whole selection to the store.

A request's filters (options and the query's own prefixes) are texts; the
store knows values. One rule resolves them (:func:`resolve`) for options,
prefixes and negations alike; a text that names no value gives a notice and
stays selected (count 0) so it can be unselected. The result is one
:class:`~dangjian.index.store.Selection` — words, facet filters, dates — that
the store answers in one call (:meth:`~dangjian.index.store.Store.select`).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from dangjian.index.parse import load_lexicon
from dangjian.index.schema import FACET_NAMES
from dangjian.index.store import Selection, Store

from .query import ParsedQuery
from .request import SearchRequest
from .results import Notice


@dataclass
class Plan:
    """A request's selection, the values shown as selected per facet, and notices about filters."""

    selection: Selection
    selected: dict[str, list[str]]
    notices: list[Notice] = field(default_factory=list)


def plan(store: Store, request: SearchRequest, parsed: ParsedQuery) -> Plan:
    """Return the request's plan: every clause, resolved filter and date range in one selection."""
    notices: list[Notice] = []
    selected = _selected(store, request, parsed, notices)
    excluded = _excluded(store, parsed, notices)
    selection = Selection(
        groups=tuple(tuple(group) for group in parsed.groups), negatives=tuple(parsed.negatives),
        void=parsed.void, filters={name: tuple(values) for name, values in selected.items()},
        excluded=excluded, date_from=request.date_from or parsed.date_from,
        date_to=request.date_to or parsed.date_to, excluded_dates=tuple(parsed.excluded_dates))
    return Plan(selection, selected, notices)


def resolve(store: Store, name: str, text: str) -> list[str]:
    """Return the values a filter text selects — one rule for options, prefixes and negations.

    A province is named whole, in full or short (江苏, 江苏省, 广西壮族自治区 → 江苏;
    江 names none). Any other facet: the value itself, else every value containing
    the text (单位:民政厅 → every 民政厅).
    """
    if name == "province":
        short = load_lexicon().provinces.get(text.strip())
        return [short] if short else []
    return matching_values(store.facet_values(name), text.strip())


def matching_values(values, text: str) -> list[str]:
    """Return the values equal to text, or else containing it (单位:民政厅)."""
    if text in values:
        return [text]
    return sorted(v for v in values if text.lower() in v.lower())


def _selected(store: Store, request: SearchRequest, parsed: ParsedQuery,
              notices: list[Notice]) -> dict[str, list[str]]:
    """Merge facet filters from the request and from the query's field prefixes."""
    selected: dict[str, list[str]] = {}
    asked = [(n, v) for n, values in request.filters.items() if n in FACET_NAMES for v in values if v]
    asked += [(n, v) for n, texts in parsed.facets.items() for v in texts]
    for name, text in asked:
        matched = resolve(store, name, text)
        if not matched:
            notices.append(no_value(name, text))
            matched = [text]              # stays selected (count 0) so it can be unselected
        selected.setdefault(name, []).extend(matched)
    return {name: list(dict.fromkeys(values)) for name, values in selected.items()}


def no_value(name: str, text: str) -> Notice:
    whole = "（省份请写全称或简称，如 江苏 或 江苏省）" if name == "province" else ""
    return Notice("unknown_filter_value", f"没有 “{text}” 这个筛选值{whole}。(no {name} value matches “{text}”)")


def _excluded(store: Store, parsed: ParsedQuery, notices: list[Notice]) -> dict[str, tuple[str, ...]]:
    """Values removed by -省份:…; they leave the base like a -word would (-日期:… is the selection's)."""
    out: dict[str, list[str]] = {}
    for name, texts in parsed.excluded_facets.items():
        for text in texts:
            values = resolve(store, name, text)
            if not values:
                notices.append(no_value(name, text))
            out.setdefault(name, []).extend(values)
    return {name: tuple(dict.fromkeys(values)) for name, values in out.items()}
