"""The baselines dangjian is measured against, built from the same parsed articles.

- ``whoosh`` — the textbook build: Whoosh with ``jieba.analyse.ChineseAnalyzer``
  on title and body (both stored, for snippets), one writer, the default
  ``MultifieldParser`` (terms ANDed), facet counts by ``groupedby``.
- ``fts5`` — SQLite FTS5 over the same jieba tokens (search mode, space-joined),
  counts by SQL ``GROUP BY`` (:mod:`.sqlite_fts`).
- ``trigram`` — SQLite FTS5 with the trigram tokenizer, plus ``LIKE`` for
  terms of one or two characters, which trigrams cannot match.
- ``tantivy`` — tantivy over overlapping character bigrams + unigrams, phrase
  queries over bigrams, counts by aggregations (:mod:`.tantivy_baseline`);
  left out of a run, with the reason, when the ``tantivy`` package is not installed.

Every system answers a :class:`~benchmarks.queries.BenchQuery` with an
:class:`Answer` (total, top-10 ids, counts for the chosen facets) and can list
all its hit ids for the recall check. Command line (a build, or one cold
search in a fresh process)::

    python -m benchmarks.baselines build KIND ARCHIVE OUT
    python -m benchmarks.baselines search KIND OUT QUERY_JSON [--facets province,year]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .queries import BenchQuery

# tantivy is a test dependency: without it the run has one row fewer and says why (report.py).
TANTIVY = importlib.util.find_spec("tantivy") is not None
KINDS = ("whoosh", "fts5", "trigram") + (("tantivy",) if TANTIVY else ())
DEFAULT_FACETS = ("province", "year")
MULTI = ("slogans", "people")          # multi-valued facets


@dataclass
class Answer:
    total: int
    top: list[str]
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"total": self.total, "top": self.top, "counts": self.counts}


def article_rows(archive: Path) -> Iterator[dict]:
    """Yield the parsed articles of an archive as flat rows, with dangjian's ids and facet values."""
    from dangjian.index.parse.pipeline import parse_paths
    from dangjian.index.parse.records import Report
    from dangjian.index.schema import facet_values
    for _, articles in parse_paths([archive], Report(), archive_root=archive):
        for a in articles:
            values = facet_values(a)
            # Everything printed is searchable text: the attribution （据…） is the body's last line.
            body = f"{a.body}\n{a.attribution}" if a.attribution else a.body
            row = {"id": a.id, "title": a.title, "body": body,
                   "date": a.date.isoformat() if a.date else ""}
            for name, vals in values.items():
                row[name] = list(vals) if name in MULTI else (vals[0] if vals else "")
            yield row


# ------------------------------------------------------------------ Whoosh

def _whoosh():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import whoosh.index
        from whoosh import fields, qparser, query, sorting
    return whoosh.index, fields, qparser, query, sorting


def whoosh_schema():
    """Return the textbook schema: jieba's ChineseAnalyzer on title and body, facets as ID/KEYWORD."""
    _, fields, _, _, _ = _whoosh()
    from jieba.analyse import ChineseAnalyzer
    analyzer = ChineseAnalyzer()
    facet_fields = {name: fields.KEYWORD(stored=True, commas=True, lowercase=False)
                    if name in MULTI else fields.ID(stored=True)
                    for name in ("province", "agency", "year", "slogans", "people", "publication", "source")}
    return fields.Schema(id=fields.ID(stored=True, unique=True), date=fields.ID(stored=True),
                         title=fields.TEXT(analyzer=analyzer, stored=True),
                         body=fields.TEXT(analyzer=analyzer, stored=True), **facet_fields)


def build_whoosh(archive: Path, out: Path) -> int:
    """Index the archive the textbook way: one writer, add every article, commit."""
    index, _, _, _, _ = _whoosh()
    out.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(out), whoosh_schema())
    writer = ix.writer()
    n = 0
    for row in article_rows(archive):
        row = {k: (",".join(v) if isinstance(v, list) else v) for k, v in row.items()}
        writer.add_document(**{k: v for k, v in row.items() if v})
        n += 1
    writer.commit()
    return n


class WhooshSystem:
    """The naive Whoosh build, open for searching (one long-lived searcher)."""

    def __init__(self, path: Path, facets=DEFAULT_FACETS):
        index, _, qparser, self._query, self._sorting = _whoosh()
        self.ix = index.open_dir(str(path))
        self.searcher = self.ix.searcher()
        self.parser = qparser.MultifieldParser(["title", "body"], self.ix.schema)
        self.facets = tuple(facets)

    def _parse(self, q: BenchQuery):
        wq = self._query
        parsed = self.parser.parse(q.text)
        filters = []
        if q.province:
            filters.append(wq.Term("province", q.province))
        if q.date_from or q.date_to:
            filters.append(wq.TermRange("date", q.date_from, q.date_to))
        return parsed, (wq.And(filters) if filters else None)

    def search(self, q: BenchQuery) -> Answer:
        parsed, filt = self._parse(q)
        grouped = {name: self._sorting.FieldFacet(name, allow_overlap=name in MULTI,
                                                  maptype=self._sorting.Count)
                   for name in self.facets}
        results = self.searcher.search(parsed, limit=10, filter=filt, groupedby=grouped)
        counts = {}
        for name in self.facets:
            try:
                counts[name] = {str(k): v for k, v in results.groups(name).items() if k}
            except KeyError:
                counts[name] = {}
        return Answer(len(results), [hit["id"] for hit in results[:10]], counts)

    def all_ids(self, q: BenchQuery) -> set[str]:
        parsed, filt = self._parse(q)
        results = self.searcher.search(parsed, limit=None, filter=filt)
        return {self.searcher.stored_fields(d)["id"] for d in results.docs()}

    def close(self) -> None:
        self.searcher.close()


# ------------------------------------------------------------------ dispatch

def build(kind: str, archive: Path, out: Path) -> int:
    """Build one baseline's index from the archive; return the number of articles."""
    if kind == "whoosh":
        return build_whoosh(archive, out)
    if kind == "tantivy":
        from .tantivy_baseline import build_tantivy
        return build_tantivy(archive, out)
    from .sqlite_fts import build_sqlite
    return build_sqlite(kind, archive, out)


def open_system(kind: str, path: Path, facets=DEFAULT_FACETS):
    """Open a built baseline for searching."""
    if kind == "whoosh":
        return WhooshSystem(path, facets)
    if kind == "tantivy":
        from .tantivy_baseline import TantivySystem
        return TantivySystem(path, facets)
    from .sqlite_fts import SqliteSystem
    return SqliteSystem(kind, path, facets)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.baselines")
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build a baseline index from an archive")
    b.add_argument("kind", choices=KINDS)
    b.add_argument("archive", type=Path)
    b.add_argument("out", type=Path)
    s = sub.add_parser("search", help="one search in this (fresh) process; prints JSON")
    s.add_argument("kind", choices=KINDS)
    s.add_argument("index", type=Path)
    s.add_argument("query", help="a BenchQuery as JSON")
    s.add_argument("--facets", default=",".join(DEFAULT_FACETS))
    args = parser.parse_args(argv)
    if args.command == "build":
        n = build(args.kind, args.archive, args.out)
        print(json.dumps({"articles": n}))
        return 0
    system = open_system(args.kind, args.index, tuple(args.facets.split(",")))
    answer = system.search(BenchQuery.from_dict(json.loads(args.query)))
    print(json.dumps(answer.to_dict(), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
