"""The query language, parsed by hand so a malformed query never raises.

    两个确立 民政厅           both (AND)
    "模范机关建设"            exact phrase (also “…”)
    江苏 OR 山东              either
    -培训  NOT 培训           without (also -"phrase", -省份:江苏, -日期:2023)
    标题:培训班               in the title
    省份:江苏 单位:民政厅 提法:两个确立 人物:庄严 年份:2023   facet filters
    日期:2023-10..2023-12     a date range (YYYY, YYYY-MM or YYYY-MM-DD, either side open)

Every text term matches where the article contains it verbatim — a fragment
of a word included — through the bigram field; jieba words only add score.
What cannot be understood is searched as literal text, with a notice.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from whoosh import query as wq
from whoosh.query import spans

from dangjian.index.analysis import query_runs, word_tokens
from dangjian.index.clean import normalize
from dangjian.index.schema import FACETS

from .results import Notice

MAX_QUERY_CHARS = 200
NEAR_SLOP = 12            # characters apart that still count as "near" for ranking
NEAR_BOOST = 2.0
MAX_CLAUSES = 16
_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』"}
_FIELD_PREFIXES = {"标题": "title", "title": "title", "日期": "date", "date": "date"}
for _facet in FACETS:
    for _prefix in _facet.prefixes:
        _FIELD_PREFIXES[_prefix] = _facet.name
_PREFIX = re.compile(r"^([^\s:：]{1,12})[:：](.*)$", re.S)
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


@dataclass
class Clause:
    text: str
    field: str = "text"          # text | title
    negated: bool = False


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

    @property
    def highlights(self) -> list[str]:
        """The verbatim strings to mark in snippets."""
        return [c.text for g in self.groups for c in g]

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
    return parsed


def _add(parsed: ParsedQuery, token: Token, or_previous: bool) -> None:
    target = _FIELD_PREFIXES.get(token.prefix) if token.prefix else "text"
    value = token.text
    if token.prefix and target is None:
        parsed.notices.append(Notice("unknown_field", f"不认识的字段 “{token.prefix}”，已按普通文字检索。(unknown field: searched as text)"))
        target, value = "text", f"{token.prefix}:{value}"
    if not value.strip():
        parsed.notices.append(Notice("empty_prefix", f"“{token.prefix}:” 后面没有内容，已忽略。(empty field prefix ignored)"))
        return
    if target not in ("text", "title"):
        if or_previous:
            parsed.notices.append(Notice("filter_or_words", "筛选条件不能与检索词“或”组合，已作为筛选条件使用。"
                                  "(a filter cannot be OR-ed with words: applied as a filter)"))
        _add_filter(parsed, target, value.strip(), token.negated)
        return
    value = _strip_wildcards(value, parsed)
    if not query_runs(value):
        if value:
            parsed.notices.append(Notice("nothing_searchable", f"“{value}” 没有可检索的文字，已忽略。(no searchable characters)"))
        return
    if parsed.clause_count() >= MAX_CLAUSES:
        if not any(n.code == "too_many_terms" for n in parsed.notices):
            parsed.notices.append(Notice("too_many_terms", f"检索词过多，只用了前 {MAX_CLAUSES} 个。(only the first {MAX_CLAUSES} terms were used)"))
        return
    clause = Clause(text=value, field=target, negated=token.negated)
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


def _strip_wildcards(token: str, parsed: ParsedQuery) -> str:
    if token[:1] in ("*", "?", "？"):
        parsed.notices.append(Notice("leading_wildcard", f"不支持前置通配符：“{token}”。检索本来就能匹配词的任何部分。"
                              "(leading wildcards are refused; every term already matches inside words)"))
    elif any(c in token for c in "*?？"):
        parsed.notices.append(Notice("wildcard_as_text", f"不需要通配符：“{token}” 已按文字检索。(wildcards are not needed; searched as text)"))
    return token.replace("*", "").replace("?", "").replace("？", "")


def date_bound(text: str) -> str:
    """Return a date bound as an ISO prefix (2023, 2023-10, 2023-10-26); raise ValueError if malformed."""
    match = _DATE.match(text.strip())
    if not match:
        raise ValueError(f"日期 “{text}” 无法识别，应为 2023、2023-10 或 2023-10-26 (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    y, m, d = (int(x) if x else None for x in match.groups())
    try:
        date(y, m or 1, d or 1)
    except ValueError:
        raise ValueError(f"日期 “{text}” 不存在 (no such date)") from None
    return "-".join([f"{y:04d}"] + [f"{x:02d}" for x in (m, d) if x])


def _date_range(value: str, parsed: ParsedQuery) -> tuple[str | None, str | None] | None:
    lo, sep, hi = value.partition("..")
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


# ------------------------------------------------------------ to Whoosh

def verbatim_query(text: str, fieldname: str) -> wq.Query | None:
    """Match documents containing text verbatim in a bigram field."""
    parts = []
    for run in query_runs(text):
        if len(run) == 1:
            # One character: every bigram starting with it, and the run-final unigram.
            parts.append(wq.Prefix(fieldname, run[0]))
        else:
            grams = [a + b for a, b in zip(run, run[1:])]
            parts.append(wq.Term(fieldname, grams[0]) if len(grams) == 1 else wq.Phrase(fieldname, grams))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else wq.And(parts)


def words_query(text: str, fields: tuple[str, ...]) -> wq.Query | None:
    """Score jieba word matches (title boosted by its field boost)."""
    words = [w for w, *_ in word_tokens(text, mode="query")]
    if not words:
        return None
    per_field = [wq.And([wq.Term(f, w) for w in words]) for f in fields]
    return wq.Or(per_field)


def clause_query(clause: Clause) -> wq.Query | None:
    grams, fields = ("title_grams", ("title",)) if clause.field == "title" else ("grams", ("title", "body"))
    required = verbatim_query(clause.text, grams)
    if required is None:
        return None
    optional = words_query(clause.text, fields)
    return wq.AndMaybe(required, optional) if optional is not None else required


def proximity_query(parsed: ParsedQuery) -> wq.Query | None:
    """Score articles where the terms stand close together (民政 培训 → 民政培训 first).

    Each term is represented by its first bigram, which Whoosh can place in
    spans; single-character terms do not take part.
    """
    anchors = []
    for group in parsed.groups:
        runs = query_runs(group[0].text)
        if len(group) == 1 and runs and len(runs[0]) >= 2:
            anchors.append(wq.Term("grams", runs[0][0] + runs[0][1]))
    if len(anchors) < 2:
        return None
    near = spans.SpanNear2(anchors, slop=NEAR_SLOP, ordered=False)
    near.boost = NEAR_BOOST
    return near


def to_whoosh(parsed: ParsedQuery) -> wq.Query | None:
    """Return the Whoosh query, or None when the query has no text terms (all documents)."""
    groups = []
    for group in parsed.groups:
        qs = [q for q in map(clause_query, group) if q is not None]
        if qs:
            groups.append(qs[0] if len(qs) == 1 else wq.Or(qs))
    negatives = [q for q in (verbatim_query(c.text, "title_grams" if c.field == "title" else "grams")
                             for c in parsed.negatives) if q is not None]
    if not groups and not negatives:
        return None
    positive = (groups[0] if len(groups) == 1 else wq.And(groups)) if groups else wq.Every()
    near = proximity_query(parsed)
    if near is not None:
        positive = wq.AndMaybe(positive, near)
    if negatives:
        return wq.AndNot(positive, negatives[0] if len(negatives) == 1 else wq.Or(negatives))
    return positive
