"""Which documents a query matches: one set per clause, combined by hand, exact phrases verified.

Each clause's documents come from the gram index (:mod:`.postings`): a run of
letters and digits matches where the text has the same run; the runs of a
term broken by punctuation are AND-ed. A quoted phrase is the exact character
sequence, punctuation included, within the title, one paragraph or the
attribution: when it holds anything but letters and digits, the documents
having all its runs are checked against the stored text, both normalized as
pages are (full-width forms as ASCII, letters lowercased, any whitespace as
one space).

Every set is computed under the query's :class:`Deadline`. When it passes,
what is returned is still true — a subset of the hits, never an unrelated
article: a positive clause keeps what was found so far, an unchecked
candidate is dropped, an unchecked candidate of a negation is excluded, and
an unfinished negation empties the result.
"""
from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass

from pyroaring import AbstractBitMap, BitMap

from dangjian.index.analysis import query_runs
from dangjian.index.clean import normalize

from .postings import Grams
from .query import Clause, ParsedQuery

CHECK_EVERY = 16            # documents between two looks at the clock
_NOT_UNIT = re.compile(r"[\W_]")


class Deadline:
    """A query's time budget on a clock (injectable, so tests need no real time)."""

    def __init__(self, seconds: float, clock=time.monotonic):
        self.clock = clock
        self.end = clock() + seconds
        self.expired = False

    def passed(self) -> bool:
        if not self.expired and self.clock() > self.end:
            self.expired = True
        return self.expired


@dataclass
class Match:
    docs: BitMap
    complete: bool = True


def squeeze(text: str) -> str:
    """Normalize a query phrase as pages are: full-width forms as ASCII, lowercase, one space."""
    return " ".join(normalize(text).lower().split())


def _squeeze_stored(text: str) -> str:
    # Stored text was normalized by the cleaner already; the index lowercases, and so do we.
    return " ".join(text.lower().split())


def needs_check(clause: Clause) -> bool:
    """Whether the bigram index alone cannot decide the clause (an exact phrase with punctuation or spaces)."""
    return clause.exact and bool(_NOT_UNIT.search(squeeze(clause.text)))


def match(searcher, grams: Grams, parsed: ParsedQuery, live, deadline: Deadline) -> Match:
    """Return the documents the query's words match; every live document when it has none."""
    if parsed.void:
        return Match(BitMap())
    live = live if isinstance(live, AbstractBitMap) else BitMap(live)
    clauses = [c for group in parsed.groups for c in group] + parsed.negatives
    found, complete = [], True
    for clause in clauses:
        docs, done = clause_docs(grams, clause, live, deadline)
        if not done and clause.negated:
            return Match(BitMap(), False)     # which documents to exclude is unknown
        found.append(docs)
        complete &= done
    positive = _combine(parsed, clauses, found, live, negate=False)
    for i, clause in enumerate(clauses):
        if needs_check(clause):
            scope = found[i] & positive
            verified, done = _verify(searcher, clause, scope, deadline)
            found[i] = scope if clause.negated and not done else verified
            complete &= done
    return Match(_combine(parsed, clauses, found, live), complete)


def clause_docs(grams: Grams, clause: Clause, live: BitMap, deadline: Deadline) -> tuple[BitMap, bool]:
    """Return a clause's documents: those having every run (exact phrases with punctuation: checked later)."""
    runs, done = query_runs(squeeze(clause.text) if clause.exact else clause.text), True
    if not runs:
        return BitMap(), True
    docs = None
    for run in sorted(runs, key=len, reverse=True):    # the longest run is usually the rarest
        found, finished = grams.run_docs("".join(run), clause.field == "title",
                                         live if docs is None else docs, deadline)
        docs, done = found, done and finished
        if not docs:
            break
    return docs, done


def _combine(parsed: ParsedQuery, clauses: list[Clause], found: list[BitMap], live: BitMap,
             negate: bool = True) -> BitMap:
    """AND of the groups (each an OR of clauses), minus the negations (unless negate is False)."""
    docs_of = dict(zip(map(id, clauses), found))
    groups = [BitMap.union(BitMap(), *(docs_of[id(c)] for c in group)) for group in parsed.groups]
    base = BitMap.intersection(*groups) if groups else BitMap(live)
    for clause in parsed.negatives if negate else ():
        base = base - docs_of[id(clause)]
    return base


def _verify(searcher, clause: Clause, docs: BitMap, deadline: Deadline) -> tuple[BitMap, bool]:
    """Keep the documents whose stored text has the exact phrase; (kept, all were checked)."""
    needle = squeeze(clause.text)
    out = BitMap()
    for n, docnum in enumerate(sorted(docs)):
        if n % CHECK_EVERY == 0 and deadline.passed():
            return out, False
        if any(needle in line for line in stored_lines(searcher, docnum, clause.field)):
            out.add(docnum)
    return out, True


def stored_lines(searcher, docnum: int, field: str = "text") -> list[str]:
    """Return a document's searchable lines, squeezed: title, paragraphs, attribution (or the title only)."""
    doc = searcher.stored_fields(docnum)
    if field == "title":
        return [_squeeze_stored(doc.get("title") or "")]
    lines = [doc.get("title") or "", *json.loads(doc.get("paragraphs") or "[]"), doc.get("attribution") or ""]
    return [_squeeze_stored(line) for line in lines if line]
