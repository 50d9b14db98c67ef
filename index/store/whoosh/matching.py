"""Which documents a query matches: one set per clause, combined by hand, exact phrases verified.

Each clause's documents come from the gram index (:mod:`.gramsearch`): a run of
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
from dataclasses import dataclass

from pyroaring import AbstractBitMap, BitMap

from dangjian.index.analysis import query_runs
from dangjian.index.parse import normalize
from dangjian.index.store import Clause, Deadline, Selection

from .gramsearch import Grams, terms_of, to_bitmap

CHECK_EVERY = 16            # documents between two looks at the clock
_NOT_UNIT = re.compile(r"[\W_]")


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


def match(searcher, grams: Grams, parsed: Selection, live, deadline: Deadline, memo: dict | None = None) -> Match:
    """Return the documents the query's words match; every live document when it has none."""
    if parsed.void:
        return Match(BitMap())
    live = live if isinstance(live, AbstractBitMap) else BitMap(live)
    found: dict[int, BitMap] = {}
    complete, scope = True, live
    # Groups are AND-ed: the rarest first, each searched only among the documents the groups before
    # it left, so a common term's candidates are checked only where the rare one is.
    for group in sorted(parsed.groups, key=lambda g: sum(estimate(grams, c) for c in g)):
        union = BitMap()
        for clause in group:
            docs, done = clause_docs(searcher, grams, clause, scope, deadline, memo)
            found[id(clause)], complete = docs, complete and done
            union |= docs
        scope = union
    for clause in parsed.negatives:           # only what the groups left can be excluded
        docs, done = clause_docs(searcher, grams, clause, scope, deadline, memo)
        if not done:
            return Match(BitMap(), False)     # which documents to exclude is unknown
        found[id(clause)] = docs
    for clause in [c for group in parsed.groups for c in group] + list(parsed.negatives):
        if needs_check(clause):
            checked = found[id(clause)] & scope
            verified, done = _verify(searcher, clause, checked, deadline)
            found[id(clause)] = checked if clause.negated and not done else verified
            complete &= done
    return Match(_combine(parsed, found, live), complete)


def estimate(grams: Grams, clause: Clause) -> int:
    """Return an upper bound of a clause's documents: its rarest term's list length (no list is read)."""
    counts = [grams.count(key) for run in clause_runs(clause) for key in terms_of("".join(run))[0]]
    return min(counts, default=0)


def clause_runs(clause: Clause) -> list[list[str]]:
    return query_runs(squeeze(clause.text) if clause.exact else clause.text)


def clause_docs(searcher, grams: Grams, clause: Clause, live: BitMap, deadline: Deadline,
                memo: dict | None = None) -> tuple[BitMap, bool]:
    """Return a clause's documents: those having every run (exact phrases with punctuation: checked later)."""
    runs, done = clause_runs(clause), True
    if not runs:
        return BitMap(), True
    docs = None
    fields = ("title",) if clause.field == "title" else ("title", "body")
    for run in sorted(runs, key=len, reverse=True):    # the longest run is usually the rarest
        found, finished = grams.run_docs("".join(run), clause.field == "title",
                                         live if docs is None else docs, deadline,
                                         known=lambda text: word_docs(grams.words, text, fields, memo))
        docs, done = found, done and finished
        if not docs:
            break
    return docs, done


def word_docs(words, run: str, fields: tuple[str, ...], memo: dict | None = None) -> BitMap:
    """Return documents sure to hold a run: those with it as a jieba word in one of the fields.

    A word is a lowercased piece of the text, so a run without cased letters that is a word of a
    document is in its text; with cased letters (lowercasing a piece and a whole text can differ:
    final Σ, İ) nothing is sure.
    """
    if any(c.lower() != c.upper() for c in run):
        return BitMap()
    return BitMap.union(BitMap(), *(to_bitmap(words.postings(f, run, memo)[0]) for f in fields))


def _combine(parsed: Selection, found: dict[int, BitMap], live: BitMap) -> BitMap:
    """AND of the groups (each an OR of clauses), minus the negations."""
    groups = [BitMap.union(BitMap(), *(found[id(c)] for c in group)) for group in parsed.groups]
    base = BitMap.intersection(*groups) if groups else BitMap(live)
    for clause in parsed.negatives:
        base = base - found[id(clause)]
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
