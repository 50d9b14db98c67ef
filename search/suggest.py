"""Suggestions while typing: facet values and titles that contain a fragment.

Values that start with the fragment come before values that merely contain
it, then the more frequent first. Titles come from the generation's catalogue.
The answer is a list of plain dicts ``{kind, facet, value, label, count | id}``.
"""
from __future__ import annotations

from dangjian.index.schema import FACETS_BY_NAME

from .catalog import catalog

SUGGEST_FACETS = ("province", "agency", "slogans", "people")
MAX_FRAGMENT = 40
PER_FACET = 4
TITLES = 5


def suggest(engine, fragment: str, limit: int = 12) -> list[dict]:
    """Return facet values and titles containing fragment (case-insensitive), best first."""
    text = (fragment or "").strip().replace("\x00", "")[:MAX_FRAGMENT].lower()
    if not text:
        return []
    snap = engine.snapshot()
    out = []
    counts = snap.live_counts()
    for name in SUGGEST_FACETS:
        out += _facet_values(counts.get(name, {}), name, text)
    out += _titles(snap, text)
    return out[:limit]


def _facet_values(counts: dict[str, int], name: str, text: str) -> list[dict]:
    found = []
    wanted = [v for v in counts if text in v.lower()]
    for value in wanted:
        count = counts.get(value, 0)
        if count:
            found.append((not value.lower().startswith(text), -count, value))
    facet = FACETS_BY_NAME[name]
    return [{"kind": "facet", "facet": name, "param": facet.param, "facet_label": facet.label,
             "value": value, "label": facet.label_of(value), "count": -neg}
            for _, neg, value in sorted(found)[:PER_FACET]]


def _titles(snap, text: str) -> list[dict]:
    found = [e for e in catalog(snap) if text in e.title.lower()]
    found.sort(key=lambda e: e.date or "", reverse=True)        # newest first …
    found.sort(key=lambda e: not e.title.lower().startswith(text))   # … titles that start with it before
    return [{"kind": "title", "id": e.id, "label": e.title, "value": e.title, "date": e.date}
            for e in found[:TITLES]]
