"""Relevance as the embedded store computes it, from statistics the collection returns.

BM25 over the jieba words of the positive clauses (k1 1.2, b 0.75, the title's
words weigh 3, field lengths quantised as Whoosh keeps them), plus a bonus when
the single-clause groups stand near each other. Solr orders the hits by the
same formula written as a function query (constants from the statistics),
and the best candidates are rescored here in double precision, so scores
equal the embedded store's to the last bit; ties go by ``tie_key``.
"""
from __future__ import annotations

from dangjian.index.analysis import query_runs

from .reader import LENGTH_OF, WEIGHT_OF, Statistics, bm25

FIELDS = ("title", "body")
MAX_WORD_UNITS = 8          # the longest word looked up (slogans are 4, agencies up to 8)
NEAR_SLOP = 12              # characters apart that still count as near
NEAR_BOOST = 2.0
NEAR_CANDIDATES = 200       # best-scored hits whose nearness is looked at


def clause_fields(clause) -> tuple[str, ...]:
    return ("title",) if clause.field == "title" else FIELDS


def candidate_words(clauses) -> set[tuple[str, str]]:
    """Return every (field, word) a clause could be cut into: the pieces of its runs up to 8 units."""
    return {(f, "".join(run[i:j]).lower()) for c in clauses for run in query_runs(c.text)
            for i in range(len(run)) for j in range(i + 1, min(len(run), i + MAX_WORD_UNITS) + 1)
            for f in clause_fields(c)}


def query_words(text: str, fields: tuple[str, ...], stats: Statistics) -> list[str]:
    """Cut a clause into the collection's own words, longest first, left to right."""
    words = []
    for run in query_runs(text):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + MAX_WORD_UNITS), i, -1):
                word = "".join(run[i:j]).lower()
                if any(stats.frequency.get((f, word), 0) for f in fields):
                    words.append(word)
                    i = j
                    break
            else:
                i += 1
    return words


def ranking_terms(clauses, stats: Statistics) -> list[tuple[str, str]]:
    """Return the (field, word) terms scored, in the embedded store's order (repeats count again)."""
    terms = []
    for clause in clauses:
        fields = clause_fields(clause)
        for word in query_words(clause.text, fields, stats):
            terms += [(f, word) for f in fields]
    return terms


def score(doc: dict, terms: list[tuple[str, str]], stats: Statistics) -> float:
    """Return a candidate's BM25 from its term frequencies and field lengths (as Solr returned them)."""
    total = 0.0
    for name, word in terms:
        tf = float(doc["tf"].get((name, word), 0)) * WEIGHT_OF[name]
        total += bm25(tf, float(doc.get(LENGTH_OF[name], 0)), float(stats.average[name]),
                      stats.idf(name, word)) if tf else 0.0
    return total


def anchors(groups) -> list[str]:
    """Return the text standing for each single-clause group in nearness (its longest run)."""
    out = []
    for group in groups:
        runs = query_runs(group[0].text)
        if len(group) == 1 and runs:
            out.append("".join(max(runs, key=len)))
    return out if len(out) >= 2 else []


def near(text: str, needles: list[str], slop: int = NEAR_SLOP) -> bool:
    """Return whether every needle occurs within slop characters of the first one somewhere."""
    spots = [_positions(text, n) for n in needles]
    if not all(spots):
        return False
    return any(all(any(abs(p - q) <= slop + len(needles[0]) for q in others) for others in spots[1:])
               for p in spots[0])


def _positions(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def search_text(article) -> str:
    """Return a stored article's searchable text, one line each, lowercased unit by unit."""
    lines = [article.title or "", *article.paragraphs] + ([article.attribution] if article.attribution else [])
    text = "\n".join(lines)
    return text if text.lower() == text else "".join(c.lower() for c in text)   # unit by unit, as queries
