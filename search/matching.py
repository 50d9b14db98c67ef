"""Which documents a query matches: one set per clause, combined by hand, exact phrases verified.

Each clause's documents come from the bigram field (:mod:`.postings`: the
bigrams' document sets intersected as bitmaps, positions checked only for
those candidates): a run of letters and digits matches where the text has the
same run (a single character by prefix). The runs of a term broken by
punctuation are AND-ed. A quoted phrase is the exact character sequence,
punctuation included, within the title, one paragraph or the attribution:
when it holds anything but letters and digits its candidates are checked
against the stored text, both normalized as pages are (full-width forms as
ASCII, letters lowercased, any whitespace as one space).

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
from whoosh import query as wq
from whoosh.query import spans

from dangjian.index.analysis import query_runs, units
from dangjian.index.clean import normalize

from .postings import run_docs
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


def verbatim_query(text: str, fieldname: str) -> wq.Query | None:
    """Match documents whose bigram field has every run of text unbroken."""
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


def consecutive_query(text: str, fieldname: str) -> wq.Query | None:
    """Match where a phrase's runs stand one after another, only a break between them.

    The bigram field skips one position at every break and ends each run with
    its last unit alone, so 会议，民政 is 会议@p 议@p+1 民政@p+3: a span query
    with those exact distances finds the runs back to back: a superset of the
    phrase's documents. Which punctuation stands in the break, and a last
    one-character run with nothing after it (only a prefix could match it), are
    left to the check against the stored text.
    """
    found = units(text)
    if not found:
        return None
    runs = query_runs(text)
    trailing = found[-1][2] < len(text)          # a break after the last run closes it too
    parts = []
    for i, run in enumerate(runs):
        closed = i < len(runs) - 1 or trailing
        terms = [wq.Term(fieldname, a + b) for a, b in zip(run, run[1:])]
        terms += [wq.Term(fieldname, run[-1])] if closed else []
        if not terms:                             # an open one-character run: a prefix; left to the check
            break
        parts.append(terms[0] if len(terms) == 1 else spans.SpanNear2(terms, slop=1, mindist=1))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else spans.SpanNear2(parts, slop=2, mindist=2)


def grams_field(clause: Clause) -> str:
    return "title_grams" if clause.field == "title" else "grams"


def squeeze(text: str) -> str:
    """Normalize a query phrase as pages are: full-width forms as ASCII, lowercase, one space."""
    return " ".join(normalize(text).lower().split())


def _squeeze_stored(text: str) -> str:
    # Stored text was normalized by the cleaner already; the index lowercases, and so do we.
    return " ".join(text.lower().split())


def needs_check(clause: Clause) -> bool:
    """Whether the bigram index alone cannot decide the clause (an exact phrase with punctuation or spaces)."""
    return clause.exact and bool(_NOT_UNIT.search(squeeze(clause.text)))


def match(searcher, parsed: ParsedQuery, live, deadline: Deadline) -> Match:
    """Return the documents the query's words match; every live document when it has none."""
    if parsed.void:
        return Match(BitMap())
    live = live if isinstance(live, AbstractBitMap) else BitMap(live)
    clauses = [c for group in parsed.groups for c in group] + parsed.negatives
    found, complete = [], True
    for clause in clauses:
        docs, done = clause_docs(searcher, clause, live, deadline)
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


def clause_docs(searcher, clause: Clause, live: BitMap, deadline: Deadline) -> tuple[BitMap, bool]:
    """Return a clause's documents (exact phrases with punctuation: candidates, checked later)."""
    if needs_check(clause):
        q = consecutive_query(squeeze(clause.text), grams_field(clause))
        if q is not None:
            docs, done = _docs(searcher, q, deadline)
            return docs & live, done
    runs, done = query_runs(clause.text), True
    if not runs:
        return BitMap(), True
    docs = None
    for run in sorted(runs, key=len, reverse=True):    # the longest run is usually the rarest
        found, finished = run_docs(searcher, grams_field(clause), run, live if docs is None else docs, deadline)
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


def _docs(searcher, q, deadline: Deadline) -> tuple[BitMap, bool]:
    docs = BitMap()
    if q is None:
        return docs, True
    for n, docnum in enumerate(q.docs(searcher)):
        if n % CHECK_EVERY == 0 and deadline.passed():
            return docs, False
        docs.add(docnum)
    return docs, True


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
