"""What a search returns: the project's own records, each with ``to_dict()``."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


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

    def to_dict(self) -> dict:
        out = asdict(self)
        out["slogans"], out["people"], out["snippets"] = list(self.slogans), list(self.people), list(self.snippets)
        return out


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass
class Results:
    query: str
    total: int
    page: int
    limit: int
    sort: str
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    elapsed_ms: float = 0.0

    @property
    def notice(self) -> str | None:
        return " ".join(self.notices) or None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.limit))

    def to_dict(self) -> dict:
        return {
            "query": self.query, "total": self.total, "page": self.page, "pages": self.pages,
            "limit": self.limit, "sort": self.sort,
            "hits": [h.to_dict() for h in self.hits],
            "facets": {name: {v.value: v.count for v in values} for name, values in self.facets.items()},
            "selected": {name: [v.value for v in values if v.selected] for name, values in self.facets.items()},
            "notice": self.notice, "elapsed_ms": round(self.elapsed_ms, 1),
        }
