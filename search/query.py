"""The query language, parsed by hand so a malformed query never raises.

    两个确立 民政厅           both (AND)
    "模范机关建设"            exact phrase (also “…”)
    江苏 OR 山东              either
    -培训  NOT 培训           without
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

from whoosh import query as wq
from whoosh.query import spans

from index.analysis import query_runs, word_tokens
from index.schema import FACETS

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
    date_from: str | None = None
    date_to: str | None = None
    notices: list[str] = field(default_factory=list)

    @property
    def highlights(self) -> list[str]:
        """The verbatim strings to mark in snippets."""
        return [c.text for g in self.groups for c in g]


def _split(raw: str, notices: list[str]) -> list[tuple[str, bool]]:
    """Split into (token, quoted) pairs; an unclosed quote is read as plain text."""
    tokens, i, n = [], 0, len(raw)
    buf = ""
    while i < n:
        c = raw[i]
        if c in _QUOTES:
            close = raw.find(_QUOTES[c], i + 1)
            if close < 0 and c == '"':
                close = raw.find("”", i + 1)
            if close < 0:
                notices.append(f"未闭合的引号 {c}：已按普通文字检索。(unclosed quote: searched as plain text)")
                i += 1
                continue
            phrase = raw[i + 1:close].strip()
            if buf and not buf.endswith((":", "：", "-")):
                tokens.append((buf, False))
                buf = ""
            tokens.append((buf + phrase, True) if buf else (phrase, True))
            buf = ""
            i = close + 1
        elif c.isspace():
            if buf:
                tokens.append((buf, False))
            buf = ""
            i += 1
        else:
            buf += c
            i += 1
    if buf:
        tokens.append((buf, False))
    return tokens


def parse_query(raw: str) -> ParsedQuery:
    """Parse a query string; never raises."""
    parsed = ParsedQuery(raw=raw)
    text = (raw or "").strip()
    if len(text) > MAX_QUERY_CHARS:
        parsed.notices.append(f"查询过长，只用了前 {MAX_QUERY_CHARS} 个字符。(query cut to {MAX_QUERY_CHARS} characters)")
        text = text[:MAX_QUERY_CHARS]
    pending_or = pending_not = False
    for token, quoted in _split(text, parsed.notices):
        if not quoted and token in ("OR", "|", "或"):
            pending_or = bool(parsed.groups)
            continue
        if not quoted and token in ("AND", "&"):
            continue
        if not quoted and token == "NOT":
            pending_not = True
            continue
        negated = pending_not
        if not quoted and token.startswith("-") and len(token) > 1:
            negated, token = True, token[1:]
        clause = _clause(token, quoted, negated, parsed)
        pending_not = False
        if clause is None:
            pending_or = False
            continue
        if clause.negated:
            parsed.negatives.append(clause)
        elif pending_or:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        pending_or = False
    clauses = sum(len(g) for g in parsed.groups) + len(parsed.negatives)
    if clauses > MAX_CLAUSES:
        parsed.notices.append(f"检索词过多，只用了前 {MAX_CLAUSES} 个。(only the first {MAX_CLAUSES} terms were used)")
        parsed.groups = parsed.groups[:MAX_CLAUSES]
        parsed.negatives = parsed.negatives[:max(0, MAX_CLAUSES - len(parsed.groups))]
    return parsed


def _clause(token: str, quoted: bool, negated: bool, parsed: ParsedQuery) -> Clause | None:
    target = "text"
    match = None if quoted and not _PREFIX.match(token) else _PREFIX.match(token)
    if match and match.group(1) in _FIELD_PREFIXES:
        target, token = _FIELD_PREFIXES[match.group(1)], match.group(2).strip().strip('"“”')
        if not token:
            parsed.notices.append(f"“{match.group(1)}:” 后面没有内容，已忽略。(empty field prefix ignored)")
            return None
    elif match and not quoted:
        parsed.notices.append(f"不认识的字段 “{match.group(1)}”，已按普通文字检索。(unknown field: searched as text)")
    if target == "date":
        _date_range(token, parsed)
        return None
    if target not in ("text", "title"):
        parsed.facets.setdefault(target, []).append(token)
        return None
    token = _strip_wildcards(token, parsed)
    if not query_runs(token):
        if token:
            parsed.notices.append(f"“{token}” 没有可检索的文字，已忽略。(no searchable characters)")
        return None
    return Clause(text=token, field=target, negated=negated)


def _strip_wildcards(token: str, parsed: ParsedQuery) -> str:
    if token[:1] in ("*", "?", "？"):
        parsed.notices.append(f"不支持前置通配符：“{token}”。检索本来就能匹配词的任何部分。"
                              "(leading wildcards are refused; every term already matches inside words)")
    elif any(c in token for c in "*?？"):
        parsed.notices.append(f"不需要通配符：“{token}” 已按文字检索。(wildcards are not needed; searched as text)")
    return token.replace("*", "").replace("?", "").replace("？", "")


def date_bound(text: str) -> str:
    """Return a date bound as an ISO prefix (2023, 2023-10, 2023-10-26); raise ValueError if malformed."""
    match = _DATE.match(text.strip())
    if not match:
        raise ValueError(f"日期 “{text}” 无法识别，应为 2023、2023-10 或 2023-10-26 (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    y, m, d = match.groups()
    if (m and not 1 <= int(m) <= 12) or (d and not 1 <= int(d) <= 31):
        raise ValueError(f"日期 “{text}” 不存在 (no such date)")
    return "-".join([y] + [f"{int(x):02d}" for x in (m, d) if x])


def _date_range(value: str, parsed: ParsedQuery) -> None:
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
            parsed.notices.append(f"{exc}，已忽略。")
            return
    parsed.date_from, parsed.date_to = bounds


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
