"""SQLite FTS5 baselines (stdlib ``sqlite3``): jieba tokens, and trigrams with LIKE.

``fts5``: title and body as jieba search-mode tokens joined by spaces (the
tokens the naive Whoosh build indexes), queried with each term's precise-mode
tokens — ANDed, or as one FTS5 phrase when the term was quoted.
``trigram``: the text itself under FTS5's trigram tokenizer; a term of three or
more characters is a trigram phrase (a verbatim substring), a shorter one a
``LIKE '%…%'`` scan. Facet values live in a plain table joined on rowid;
counts are ``GROUP BY``.
"""
from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from .baselines import DEFAULT_FACETS, MULTI, Answer, article_rows
from .queries import BenchQuery

DB = "fts.sqlite3"
SINGLE = ("province", "agency", "year", "publication", "source")
_WORD = re.compile(r"\w")


def _jieba():
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    return jieba


def index_tokens(text: str) -> str:
    """Return text as jieba search-mode tokens joined by spaces."""
    return " ".join(w for w in _jieba().cut_for_search(text) if _WORD.search(w))


def build_sqlite(kind: str, archive: Path, out: Path) -> int:
    """Bulk-load the archive's articles into an FTS5 table and a facet table."""
    out.mkdir(parents=True, exist_ok=True)
    path = out / DB
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    db.executescript(f"""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE VIRTUAL TABLE fts USING fts5(title, body{", tokenize='trigram'" if kind == "trigram" else ""});
        CREATE TABLE meta(rowid INTEGER PRIMARY KEY, id TEXT, date TEXT, {", ".join(f"{f} TEXT" for f in SINGLE)});
        CREATE TABLE multi(rowid INTEGER, facet TEXT, value TEXT);
    """)
    prepare = (lambda t: t) if kind == "trigram" else index_tokens
    n = 0
    with db:
        for n, row in enumerate(article_rows(archive), start=1):
            db.execute("INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)",
                       (n, prepare(row["title"]), prepare(row["body"])))
            db.execute(f"INSERT INTO meta VALUES (?, ?, ?, {', '.join('?' for _ in SINGLE)})",
                       (n, row["id"], row["date"], *(row[f] or None for f in SINGLE)))
            db.executemany("INSERT INTO multi VALUES (?, ?, ?)",
                           [(n, f, v) for f in MULTI for v in row[f]])
    db.executescript("""
        CREATE INDEX meta_province ON meta(province); CREATE INDEX meta_date ON meta(date);
        CREATE INDEX multi_rowid ON multi(rowid, facet);
        INSERT INTO fts(fts) VALUES ('optimize');
    """)
    db.close()
    return n


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


class SqliteSystem:
    """A built SQLite baseline, open for searching (one long-lived connection)."""

    def __init__(self, kind: str, path: Path, facets=DEFAULT_FACETS):
        self.kind = kind
        self.db = sqlite3.connect(Path(path) / DB, check_same_thread=False)
        self.facets = tuple(facets)

    def _hits_sql(self, q: BenchQuery) -> tuple[str, list] | None:
        """Return the SELECT of matching rowids (with rank) and its parameters; None if nothing can match."""
        return self._trigram_sql(q) if self.kind == "trigram" else self._jieba_sql(q)

    def _jieba_sql(self, q: BenchQuery):
        parts = []
        for term in q.terms:
            tokens = [w for w in _jieba().cut(term) if _WORD.search(w)]
            if not tokens:
                return None
            parts.append(_quote(" ".join(tokens)) if q.phrase else " AND ".join(map(_quote, tokens)))
        return "SELECT rowid, rank FROM fts WHERE fts MATCH ?", [" AND ".join(parts)]

    def _trigram_sql(self, q: BenchQuery):
        long_terms = [t for t in q.terms if len(t) >= 3]
        short = [t for t in q.terms if len(t) < 3]
        where, params = [], []
        if long_terms:
            where.append("fts MATCH ?")
            params.append(" AND ".join(map(_quote, long_terms)))
        for term in short:
            like = "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')")
            params += [like, like]
        rank = "rank" if long_terms else "0"
        return f"SELECT rowid, {rank} AS rank FROM fts WHERE {' AND '.join(where)}", params

    def _filtered(self, q: BenchQuery, columns: str):
        hits = self._hits_sql(q)
        if hits is None:
            return None
        sql, params = hits
        where, extra = [], []
        for clause, value in (("m.province = ?", q.province), ("m.date >= ?", q.date_from),
                              ("m.date <= ?", q.date_to)):
            if value:
                where.append(clause)
                extra.append(value)
        cond = f"WHERE {' AND '.join(where)}" if where else ""
        return (f"WITH hits AS ({sql}) SELECT {columns} FROM hits h JOIN meta m ON m.rowid = h.rowid {cond}",
                params + extra)

    def search(self, q: BenchQuery) -> Answer:
        base = self._filtered(q, "m.rowid")
        if base is None:
            return Answer(0, [], {name: {} for name in self.facets})
        sql, params = base
        total = self.db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
        top_sql, top_params = self._filtered(q, "m.id")
        top = [r[0] for r in self.db.execute(top_sql + " ORDER BY h.rank LIMIT 10", top_params)]
        return Answer(total, top, {name: self._counts(name, sql, params) for name in self.facets})

    def _counts(self, name: str, sql: str, params: list) -> dict[str, int]:
        if name in MULTI:
            query = (f"SELECT x.value, count(*) FROM ({sql}) f JOIN multi x ON x.rowid = f.rowid "
                     f"AND x.facet = ? GROUP BY x.value")
            return dict(self.db.execute(query, params + [name]).fetchall())
        query = (f"SELECT m2.{name}, count(*) FROM ({sql}) f JOIN meta m2 ON m2.rowid = f.rowid "
                 f"WHERE m2.{name} IS NOT NULL GROUP BY m2.{name}")
        return dict(self.db.execute(query, params).fetchall())

    def all_ids(self, q: BenchQuery) -> set[str]:
        base = self._filtered(q, "m.id")
        return set() if base is None else {r[0] for r in self.db.execute(*base)}

    def close(self) -> None:
        self.db.close()
