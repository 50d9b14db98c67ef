"""The index's own vocabulary, for "did you mean": facet values and where a typed term comes near them.

Values come from :meth:`Engine.stats` (every value of every facet, with its
count), read once per generation. A term is near a stretch of a value of the
same length when every character sounds alike (any reading of either, after
merging zh/z, ch/c, sh/s, n/l, in/ing, en/eng, an/ang — the slips of southern
accents and of fuzzy-pinyin input) or when one character differs (two in a
term of eight or more); and near a stretch one character longer or shorter
when one character was dropped or added.
"""
from __future__ import annotations

import threading
from functools import lru_cache

from pypinyin import Style, pinyin

from dangjian.index.schema import FACETS

FACETS_USED = ("slogans", "people", "agency", "province", "source", "publication")
_BY_PREFIX = {prefix: f.name for f in FACETS if f.name in FACETS_USED for prefix in f.prefixes}
_MERGES = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("ing", "in"), ("eng", "en"), ("ang", "an"))
MAX_NEAR = 8

_cache: dict[str, Vocabulary] = {}
_lock = threading.Lock()


def facet_of(prefix: str | None) -> str | None:
    """Return the facet a query prefix filters (省份 → province), or None."""
    return _BY_PREFIX.get(prefix) if prefix else None


def of(engine) -> Vocabulary:
    """Return the live generation's vocabulary, built once per generation."""
    stats = engine.stats()
    with _lock:
        if stats["generation"] not in _cache:
            _cache.clear()                       # one generation at a time is live
            _cache[stats["generation"]] = Vocabulary(stats["facets"])
        return _cache[stats["generation"]]


@lru_cache(maxsize=50_000)
def sounds(char: str) -> frozenset[str]:
    """Return every reading of a character, toneless and with the accents' mergers applied."""
    if not "\u3400" <= char <= "\U0003134f":
        return frozenset({char})
    readings = set()
    for reading in pinyin(char, style=Style.NORMAL, heteronym=True, errors=lambda c: [c])[0]:
        for full, merged in _MERGES:
            reading = reading.replace(full, merged)
        readings.add(reading[0].replace("n", "l") + reading[1:] if reading else reading)
    return frozenset(readings)


class Vocabulary:
    def __init__(self, facets: dict[str, dict[str, int]]):
        counts: dict[str, int] = {}
        self.facets: dict[str, list[str]] = {}
        for name in FACETS_USED:
            values = facets.get(name, {})
            self.facets[name] = [v for v in values if len(v) > 1]
            for value, n in values.items():
                counts[value] = counts.get(value, 0) + n
        self.counts = counts

    def near(self, term: str, facet: str | None = None) -> list[str]:
        """Return stretches of values near term, the closest and most used first (never term itself)."""
        values = self.facets[facet] if facet else [v for name in FACETS_USED for v in self.facets[name]]
        scored: dict[str, tuple] = {}
        for value in values:
            for candidate, score in _near_in(term, value):
                key = (score, -self.counts.get(value, 0))
                if candidate not in scored or key < scored[candidate]:
                    scored[candidate] = key
        # A stretch inside the term only shortens it (两个确 for 两个确力) unless it is a whole value:
        # 两个确立 for 两个确立立.
        return sorted((c for c in scored if c not in term or c in self.counts), key=scored.get)[:MAX_NEAR]


def _near_in(term: str, value: str):
    """Yield (stretch of value, score) for every stretch near term; lower scores are closer."""
    n = len(term)
    allowed = 2 if n >= 8 else 1
    for i in range(len(value) - n + 1):
        window = value[i:i + n]
        if window == term:
            continue
        differ = [k for k in range(n) if window[k] != term[k]]
        if all(sounds(window[k]) & sounds(term[k]) for k in differ):
            yield window, len(differ) - 0.5          # homophones: the commonest slip
        elif n >= 3 and len(differ) <= allowed:
            yield window, len(differ)
    if n >= 4:
        for size in (n - 1, n + 1):
            for i in range(len(value) - size + 1):
                if _one_edit(term, value[i:i + size]):
                    yield value[i:i + size], 1.2


def _one_edit(a: str, b: str) -> bool:
    """Tell whether b is a with one character added or dropped (their lengths differ by one)."""
    short, long = (a, b) if len(a) < len(b) else (b, a)
    k = 0
    while k < len(short) and short[k] == long[k]:
        k += 1
    return long[k + 1:] == short[k:]
