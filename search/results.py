"""What a search returns: the project's own records, each with ``to_dict()``.

These records are the engine's contract with its callers (the CLI, the site,
the JSON API): nothing of a store's engine leaves :mod:`dangjian.search`.

- :class:`Notice` — something the user should know about the answer, as a
  stable ``code`` (for the site to phrase or style) and a bilingual ``message``.
- :class:`FacetList` — one facet's values as ``{value, label, count, selected}``
  plus ``truncated`` (more values exist than are listed); the site adds
  ``toggle_url`` to each value.
- :class:`Results` — total, the page of :class:`Hit` records, facets, notices,
  and the sort actually used (an empty query is listed newest first).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Notice:
    code: str          # stable identifier: unclosed_quote, unknown_filter_value, timeout, …
    message: str       # Chinese, then English in parentheses

    def to_dict(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True)
class Hit:
    id: str
    title: str
    title_derived: bool
    date: str | None
    issue_date: str | None
    publication: str | None
    page: str | None
    province: str | None
    agency: str | None
    source: str | None
    slogans: tuple[str, ...]
    people: tuple[str, ...]
    path: str
    score: float | None
    snippets: tuple[str, ...]      # HTML: escaped text, only <mark> is markup

    @classmethod
    def of(cls, record, score: float | None, snippets: tuple[str, ...] = ()) -> Hit:
        """Return the hit view of a :class:`~dangjian.index.store.StoredArticle`."""
        return cls(id=record.id, title=record.title, title_derived=record.title_derived, date=record.date,
                   issue_date=record.issue_date, publication=record.publication, page=record.page,
                   province=record.province, agency=record.agency, source=record.source,
                   slogans=record.slogans, people=record.people, path=record.path,
                   score=round(score, 4) if score is not None else None, snippets=snippets)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["slogans"], out["people"], out["snippets"] = list(self.slogans), list(self.people), list(self.snippets)
        return out


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool
    label: str = ""        # what to show; the value itself unless the facet says otherwise (2023 → 2023年)

    def to_dict(self) -> dict:
        return {"value": self.value, "label": self.label or self.value, "count": self.count,
                "selected": self.selected}


@dataclass
class FacetList:
    """One facet's counted values, most frequent first; selected values always included."""

    name: str
    label: str
    values: list[FacetValue] = field(default_factory=list)
    truncated: bool = False        # more values have hits than are listed

    def __iter__(self):
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def to_dict(self) -> dict:
        return {"label": self.label, "values": [v.to_dict() for v in self.values],
                "truncated": self.truncated}


@dataclass
class Results:
    query: str
    total: int
    page: int
    limit: int
    sort: str                      # the sort actually used
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, FacetList] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)
    elapsed_ms: float = 0.0
    # Set by the engine: hits per period over this answer's own hit set and generation (not serialized).
    histogram: Callable[[str], dict[str, int]] | None = field(default=None, repr=False, compare=False)

    def date_histogram(self, by: str = "month") -> dict[str, int]:
        """Return this answer's hits per month ('2023-10') or year ('2023'), undated ones not
        counted, from the hit set the answer was counted on: no second search."""
        if self.histogram is None:
            raise ValueError("these results carry no hit set to count by date")
        return self.histogram(by)

    @property
    def notice(self) -> str | None:
        """All notices' messages in one line, or None."""
        return " ".join(n.message for n in self.notices) or None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit))

    def selected(self) -> dict[str, list[str]]:
        return {name: [v.value for v in values if v.selected] for name, values in self.facets.items()}

    def to_dict(self) -> dict:
        return {
            "query": self.query, "total": self.total, "page": self.page, "pages": self.pages,
            "limit": self.limit, "sort": self.sort,
            "hits": [h.to_dict() for h in self.hits],
            "facets": {name: values.to_dict() for name, values in self.facets.items()},
            "selected": self.selected(),
            "notices": [n.to_dict() for n in self.notices],
            "notice": self.notice, "elapsed_ms": round(self.elapsed_ms, 1),
        }
