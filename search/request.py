"""A search request that validates its own parameters.

Two ways in, one object out:

- ``SearchRequest(...)`` — for code. Wrong types and unknown names raise
  ``TypeError``/``ValueError`` at once (a ``str`` where a tuple of values
  belongs would otherwise be read as one value per character).
- ``SearchRequest.from_params(params)`` — for people: the site's query string,
  the JSON API and the CLI options. It never raises; whatever it cannot use it
  drops or bounds, with a :class:`Notice` saying so, kept in ``notices``.

Parameters (the URL's and the CLI's names): ``q``, one per facet
(``province agency year slogan person publication source``; repeat for OR),
``from``, ``to`` (2023, 2023-10, 2023-10-05, 2023年10月, 2023.10, 2023/10/5: :mod:`.dates`), ``sort``
(relevance | date | date_asc), ``page``, ``limit``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from dangjian.index.parse import without_controls
from dangjian.index.schema import FACET_NAMES, FACETS, FACETS_BY_PARAM

from .dates import read_date as date_bound
from .results import Notice

SORTS = ("relevance", "date", "date_asc")
MAX_LIMIT = 100
MAX_WINDOW = 1000            # deepest result reachable by paging
MAX_QUERY_PARAM = 1000       # characters of q accepted from outside; the parser cuts further
MAX_VALUES = 20              # values per facet filter
PARAMS = ("q", "from", "to", "sort", "page", "limit") + tuple(f.param for f in FACETS)


@dataclass(frozen=True)
class SearchRequest:
    query: str = ""
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"
    page: int = 1
    limit: int = 10
    facet_limit: int = 30         # values listed per facet
    snippets: bool = True         # an export that shows no text skips making them
    notices: tuple[Notice, ...] = ()

    def __post_init__(self):
        if not isinstance(self.query, str):
            raise TypeError(f"query must be a str, not {type(self.query).__name__}")
        for name, values in self.filters.items():
            if name not in FACET_NAMES:
                raise ValueError(f"unknown filter {name!r}; facets are {', '.join(FACET_NAMES)}")
            if isinstance(values, str) or not all(isinstance(v, str) for v in values):
                raise TypeError(f"filter {name!r} takes a tuple of str values, not {values!r}")
        if self.sort not in SORTS:
            raise ValueError(f"unknown sort {self.sort!r}; sorts are {', '.join(SORTS)}")
        for name in ("page", "limit", "facet_limit"):
            if not isinstance(getattr(self, name), int):
                raise TypeError(f"{name} must be an int")
        for bound in (self.date_from, self.date_to):
            if bound is not None:
                date_bound(bound)         # raises ValueError naming the bad date

    @classmethod
    def from_params(cls, params: Mapping, **extra) -> SearchRequest:
        """Build a request from untrusted parameters: a mapping of name → str or list of str
        (a werkzeug MultiDict works too). Never raises; problems become notices."""
        get = _getter(params)
        notices: list[Notice] = []
        unknown = sorted(k for k in _keys(params) if k not in PARAMS)
        if unknown:
            notices.append(Notice("unknown_param", f"不认识的参数 {'、'.join(unknown)[:80]}，已忽略。"
                                                   "(unknown parameters ignored)"))
        filters = {}
        for facet in FACETS:
            values = [v for v in (without_controls(v).strip() for v in get(facet.param)) if v]
            if len(values) > MAX_VALUES:
                notices.append(Notice("too_many_values", f"{facet.label}最多选 {MAX_VALUES} 个值。"
                                                         f"(at most {MAX_VALUES} values per filter)"))
            if values:
                filters[facet.name] = tuple(dict.fromkeys(values[:MAX_VALUES]))
        date_from, date_to = (_date(get(n), n, notices) for n in ("from", "to"))
        if date_from and date_to and date_from > date_to:
            notices.append(Notice("date_reversed", "日期范围前后颠倒，已对调。(date range reversed: swapped)"))
            date_from, date_to = date_to, date_from
        query = without_controls(_first(get("q")))     # a bidi override would reverse the echoed query
        if len(query) > MAX_QUERY_PARAM:
            query = query[:MAX_QUERY_PARAM]
        return cls(query=query, filters=filters, date_from=date_from, date_to=date_to,
                   sort=_sort(get("sort"), notices), page=_int(get("page"), "page", 1, notices),
                   limit=_int(get("limit"), "limit", 10, notices), notices=tuple(notices), **extra)

    def bounded(self) -> tuple[int, int, list[Notice]]:
        """Return (page, limit) within the engine's bounds, with notices for what was changed."""
        notices = []
        limit = min(max(1, self.limit), MAX_LIMIT)
        if limit != self.limit:
            notices.append(Notice("limit_bounded", f"每页条数已调整为 {limit}。(limit bounded to 1–{MAX_LIMIT})"))
        page = max(1, self.page)
        if page != self.page:
            notices.append(Notice("page_bounded", "页码从 1 开始。(pages start at 1)"))
        if page * limit > MAX_WINDOW:
            page = max(1, MAX_WINDOW // limit)
            notices.append(Notice("page_window", f"最多只能翻到第 {MAX_WINDOW} 条结果，请缩小范围。"
                                                 f"(paging stops at result {MAX_WINDOW})"))
        return page, limit, notices


def _keys(params: Mapping) -> list[str]:
    return [k for k in params.keys() if isinstance(k, str)]


def _getter(params: Mapping):
    """Return get(name) → list of str, for dicts of str/list and for MultiDicts alike."""
    def get(name: str) -> list[str]:
        if hasattr(params, "getlist"):
            raw = params.getlist(name)
        else:
            raw = params.get(name, [])
            raw = [raw] if isinstance(raw, (str, int)) else list(raw or [])
        return [str(v).replace("\x00", "") for v in raw if v is not None]
    return get


def _first(values: list[str]) -> str:
    return values[0] if values else ""


def _date(values: list[str], name: str, notices: list[Notice]) -> str | None:
    text = _first(values).strip()
    if not text:
        return None
    try:
        return date_bound(text)
    except ValueError as exc:
        notices.append(Notice("bad_date", f"{exc}，已忽略。"))
        return None


def _sort(values: list[str], notices: list[Notice]) -> str:
    text = _first(values).strip()
    if text and text not in SORTS:
        notices.append(Notice("unknown_sort", f"不认识的排序方式 “{text[:20]}”，已按相关度排序。"
                                              f"(unknown sort: relevance used; sorts are {', '.join(SORTS)})"))
        return "relevance"
    return text or "relevance"


def _int(values: list[str], name: str, default: int, notices: list[Notice]) -> int:
    text = _first(values).strip()
    if not text:
        return default
    try:
        value = int(text)
    except ValueError:
        notices.append(Notice("bad_number", f"参数 {name} 应为整数，已用 {default}。({name} must be a whole number)"))
        return default
    return max(-10**9, min(value, 10**9))     # the engine bounds further, with its own notice
