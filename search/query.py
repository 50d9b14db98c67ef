"""The query language, parsed by hand so a malformed query never raises.

    两个确立 民政厅           both (AND)
    "模范机关建设"            exact phrase (also “…”)
    江苏 OR 山东              either
    -培训  NOT 培训           without (also -"phrase", -省份:江苏, -日期:2023)
    标题:培训班               in the title
    省份:江苏 单位:民政厅 提法:两个确立 人物:庄严 年份:2023   facet filters
    日期:2023-10..2023-12     a date range (YYYY, YYYY-MM or YYYY-MM-DD, either side open)

Every text term matches where the article contains it verbatim — a fragment
of a word included — in every store (the embedded one: its gram files); jieba words only add score.
A quoted phrase is the exact character sequence, punctuation included (see
the store contract, :class:`dangjian.index.store.Store`). What cannot be understood is searched as literal text, with
a notice; a query with nothing searchable in it finds nothing, with a notice
(only an empty query lists everything).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from dangjian.index.analysis import query_runs
from dangjian.index.parse import normalize
from dangjian.index.schema import FACETS
from dangjian.index.store import Clause   # noqa: F401  (a query's clauses are the store contract's)

from .dates import read_date, split_range
from .results import Notice

MAX_QUERY_CHARS = 200
MAX_CLAUSES = 16
_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}
_FIELD_PREFIXES = {"标题": "title", "title": "title", "日期": "date", "date": "date"}
for _facet in FACETS:
    for _prefix in _facet.prefixes:
        _FIELD_PREFIXES[_prefix] = _facet.name
_PREFIX = re.compile(r"^([^\s:：]{1,12})[:：](.*)$", re.S)
_WILDCARDS = "*?？~"
_EDGE_WILDCARDS = "*?？"


@dataclass
class ParsedQuery:
    raw: str
    groups: list[list[Clause]] = field(default_factory=list)   # AND of ORs
    negatives: list[Clause] = field(default_factory=list)
    facets: dict[str, list[str]] = field(default_factory=dict)
    excluded_facets: dict[str, list[str]] = field(default_factory=dict)
    date_from: str | None = None
    date_to: str | None = None
    excluded_dates: list[tuple[str | None, str | None]] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    void: bool = False           # words were typed but nothing in them is searchable: no results

    @property
    def highlights(self) -> list[str]:
        """The verbatim strings to mark in snippets."""
        return [c.text for g in self.groups for c in g]

    @property
    def phrases(self) -> list[str]:
        """The exact phrases among the highlights: marked whole, punctuation included."""
        return [" ".join(c.text.split()) for g in self.groups for c in g if c.exact]

    def clause_count(self) -> int:
        return sum(len(g) for g in self.groups) + len(self.negatives)


@dataclass(frozen=True)
class Token:
    """One query token: its text, whether it was quoted, negated, and its field prefix."""

    text: str
    quoted: bool = False
    negated: bool = False
    prefix: str | None = None      # the word before ':' as typed, or None


def _token(raw: str, quoted: bool, lead: str = "") -> Token:
    """Read a token's leading - and its field prefix; for a quoted token they stand in lead (-标题:"…")."""
    head = lead if quoted else raw
    negated = head.startswith("-") and (quoted or len(head) > 1)
    if negated:
        head = head[1:]
    prefix = None
    match = _PREFIX.match(head)
    if match and not quoted:
        prefix, head = match.group(1), match.group(2)
    elif quoted and head.rstrip(":："):
        prefix = head.rstrip(":：")
    return Token(raw if quoted else head, quoted, negated, prefix)


def tokenize(raw: str, notices: list[Notice]) -> list[Token]:
    """Split a query into tokens; an unclosed quote is read as plain text."""
    tokens, buf, i = [], "", 0
    while i < len(raw):
        c = raw[i]
        if c in _QUOTES:
            close = raw.find(_QUOTES[c], i + 1)
            if close < 0 and c == '"':
                close = raw.find("”", i + 1)
            if close < 0:
                # A lone quote separates, as punctuation does in the text: 落实“第一议题 → 落实 第一议题.
                notices.append(Notice("unclosed_quote", f"未闭合的引号 {c}：已按普通文字检索。(unclosed quote: searched as plain text)"))
                if buf:
                    tokens.append(_token(buf, False))
                buf, i = "", i + 1
                continue
            lead = buf if buf in ("-",) or buf.endswith((":", "：")) else ""
            if buf and not lead:
                tokens.append(_token(buf, False))
            tokens.append(_token(raw[i + 1:close].strip(), True, lead))
            buf, i = "", close + 1
        elif c.isspace():
            if buf:
                tokens.append(_token(buf, False))
            buf, i = "", i + 1
        else:
            buf, i = buf + c, i + 1
    if buf:
        tokens.append(_token(buf, False))
    return tokens


def parse_query(raw: str) -> ParsedQuery:
    """Parse a query string; never raises."""
    parsed = ParsedQuery(raw=raw)
    text = normalize(raw or "").strip()       # full-width digits and letters, as the index has them
    if len(text) > MAX_QUERY_CHARS:
        parsed.notices.append(Notice("query_too_long", f"查询过长，只用了前 {MAX_QUERY_CHARS} 个字符。(query cut to {MAX_QUERY_CHARS} characters)"))
        text = text[:MAX_QUERY_CHARS]
    pending_or = pending_not = False
    for token in tokenize(text, parsed.notices):
        if not token.quoted and not token.negated and token.prefix is None:
            if token.text in ("OR", "|", "或"):
                pending_or = bool(parsed.groups)
                continue
            if token.text in ("AND", "&"):
                continue
            if token.text == "NOT":
                pending_not = True
                continue
        if pending_not:
            token = Token(token.text, token.quoted, True, token.prefix)
        _add(parsed, token, pending_or)
        pending_or = pending_not = False
    if text and _is_void(parsed):
        parsed.void = True
        parsed.notices.append(Notice("nothing_to_search", "查询中没有可检索的文字，没有结果（空查询才列出全部文章）。"
                                     "(nothing searchable in the query: no results; an empty query lists every article)"))
    return parsed


def _is_void(parsed: ParsedQuery) -> bool:
    return not (parsed.groups or parsed.negatives or parsed.facets or parsed.excluded_facets
                or parsed.date_from or parsed.date_to or parsed.excluded_dates)


def _add(parsed: ParsedQuery, token: Token, or_previous: bool) -> None:
    target = _FIELD_PREFIXES.get(token.prefix) if token.prefix else "text"
    value = token.text
    if token.prefix and target is None:
        parsed.notices.append(Notice("unknown_field", f"不认识的字段 “{token.prefix}”，已按普通文字检索。(unknown field: searched as text)"))
        target, value = "text", f"{token.prefix}:{value}"
    if not value.strip():
        if token.prefix:
            parsed.notices.append(Notice("empty_prefix", f"“{token.prefix}:” 后面没有内容，已忽略。(empty field prefix ignored)"))
        else:
            parsed.notices.append(Notice("empty_phrase", "引号里没有内容，已忽略。(empty quotes ignored)"))
        return
    if target not in ("text", "title"):
        if or_previous:
            parsed.notices.append(Notice("filter_or_words", "筛选条件不能与检索词“或”组合，已作为筛选条件使用。"
                                  "(a filter cannot be OR-ed with words: applied as a filter)"))
        _add_filter(parsed, target, value.strip(), token.negated)
        return
    value, literal = (value, False) if token.quoted else _read_wildcards(value, parsed)
    if not query_runs(value):
        if value:
            parsed.notices.append(Notice("nothing_searchable", f"“{value}” 没有可检索的文字，已忽略。(no searchable characters)"))
        return
    if parsed.clause_count() >= MAX_CLAUSES:
        if not any(n.code == "too_many_terms" for n in parsed.notices):
            parsed.notices.append(Notice("too_many_terms", f"检索词过多，只用了前 {MAX_CLAUSES} 个。(only the first {MAX_CLAUSES} terms were used)"))
        return
    clause = Clause(text=value, field=target, negated=token.negated, exact=token.quoted or literal)
    if clause.negated:
        parsed.negatives.append(clause)
    elif or_previous:
        parsed.groups[-1].append(clause)
    else:
        parsed.groups.append([clause])


def _add_filter(parsed: ParsedQuery, target: str, value: str, negated: bool) -> None:
    if target == "date":
        bounds = _date_range(value, parsed)
        if bounds is None:
            return
        if negated:
            parsed.excluded_dates.append(bounds)
        else:
            parsed.date_from, parsed.date_to = bounds
        return
    into = parsed.excluded_facets if negated else parsed.facets
    into.setdefault(target, []).append(value)


def _read_wildcards(token: str, parsed: ParsedQuery) -> tuple[str, bool]:
    """Return (text, literal): a wildcard at a term's edge is dropped, one inside it is literal text.

    Every term already matches inside words, so 民政* and *政厅 mean what 民政
    and 政厅 do. 民?厅 or 两个确立~2 cannot be honoured: they are searched as
    the exact characters typed (which are rarely printed), and the notice says so.
    """
    stripped = token.strip(_EDGE_WILDCARDS)
    if stripped != token:
        code, what = ("leading_wildcard", "leading wildcards are refused") if token[:1] in _EDGE_WILDCARDS \
            else ("trailing_wildcard", "trailing wildcards are not needed")
        parsed.notices.append(Notice(code, f"不需要通配符：检索词本来就能匹配词的任何部分，“{token}” 已按 “{stripped}” 检索。"
                                           f"({what}: every term already matches inside words)"))
    if any(c in stripped for c in _WILDCARDS):
        parsed.notices.append(Notice("wildcard_as_text", f"不支持通配符和模糊检索：“{stripped}” 已按原样的字符检索。"
                                                         "(wildcards and ~ are not operators: searched as the exact characters typed)"))
        return stripped, True
    return stripped, False


date_bound = read_date          # one reader for every date typed anywhere: search/dates.py


def _date_range(value: str, parsed: ParsedQuery) -> tuple[str | None, str | None] | None:
    lo, sep, hi = split_range(value)
    bounds = []
    for part in (lo, hi) if sep else (lo, lo):
        part = part.strip()
        if not part:
            bounds.append(None)
            continue
        try:
            bounds.append(date_bound(part))
        except ValueError as exc:
            parsed.notices.append(Notice("bad_date", f"{exc}，已忽略。"))
            return None
    if bounds[0] and bounds[1] and bounds[0] > bounds[1]:
        parsed.notices.append(Notice("date_reversed", "日期范围前后颠倒，已对调。(date range reversed: swapped)"))
        bounds.reverse()
    return bounds[0], bounds[1]
