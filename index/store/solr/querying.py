"""A parsed query in Solr's query syntax, with the project's verbatim semantics.

A fragment of two or more characters is the phrase of its bigrams in ``*_bi``
(the exact character sequence within one line); one character is a term of
``*_uni``. An unquoted term is its runs of letters and digits, each found
verbatim (``会议，民政`` = 会议 and 民政); a quoted phrase is one sequence,
punctuation, digits and its single spaces included (``"会议，民政"``).
"""
from __future__ import annotations

from dangjian.index.analysis import query_runs
from dangjian.index.parse import normalize

from .documents import squeeze_line

NOTHING = "-*:*"          # matches no document


def quote(value: str) -> str:
    """Return value as a quoted Lucene term or phrase."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def fragment_query(text: str, field: str = "text") -> str:
    """Return the query for one verbatim fragment (already squeezed) in field text or title."""
    if len(text) == 1:
        return f"{field}_uni:{quote(text)}"
    return f"{field}_bi:{quote(text)}"


def clause_fragments(clause) -> list[str]:
    """Return the fragments a clause needs, every one verbatim: the phrase, or the term's runs."""
    if clause.exact:
        needle = squeeze_line(normalize(clause.text))
        return [needle] if needle else []
    return ["".join(run) for run in query_runs(clause.text)]


def clause_query(clause) -> str:
    parts = [fragment_query(f, "title" if clause.field == "title" else "text") for f in clause_fragments(clause)]
    if not parts:
        return NOTHING
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def words_query(parsed) -> str:
    """Return the query of the parsed words: AND of groups (each an OR of clauses), minus negations."""
    if parsed.void:
        return NOTHING
    groups = []
    for group in parsed.groups:
        inner = [clause_query(c) for c in group]
        groups.append(inner[0] if len(inner) == 1 else "(" + " OR ".join(inner) + ")")
    negatives = [f"-{clause_query(c)}" for c in parsed.negatives]
    if not groups:
        groups = ["*:*"]
    return " ".join([f"+{g}" for g in groups] + negatives)


def values_query(name: str, values) -> str:
    """Return the query of documents having any of values in facet name."""
    if not values:
        return NOTHING
    return f"{name}:(" + " OR ".join(quote(v) for v in values) + ")"


def date_query(start: str | None, end: str | None) -> str:
    """Return the query of documents dated within [start, end] (ISO prefixes; undated ones never)."""
    lo = date_number(start) if start else 1
    hi = end_number(end) if end else 99999999
    return f"date_n:[{max(lo, 1)} TO {hi}]"


def date_number(iso: str) -> int:
    """Return an ISO date or prefix as YYYYMMDD, missing parts 0 (as the read model compares them)."""
    return int(iso.replace("-", "")[:8].ljust(8, "0"))


def end_number(iso: str) -> int:
    parts = [int(p) for p in iso.split("-")]
    return parts[0] * 10000 + (parts[1] if len(parts) > 1 else 99) * 100 + (parts[2] if len(parts) > 2 else 99)
