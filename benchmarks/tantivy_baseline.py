"""The tantivy baseline (the ``tantivy`` Python bindings): overlapping character bigrams + unigrams.

What Lucene-family engines do for CJK text without a dictionary, with the
verbatim semantics of the ``trigram`` baseline, so recall is comparable:

- One searchable text per article, ``title\\nbody`` (the body ends with the
  attribution), lowercased. Its characters go to ``chars`` (unigrams) and its
  overlapping pairs to ``grams`` (bigrams, positions on), both pre-tokenised
  here into whitespace-separated fields under tantivy's ``whitespace``
  tokenizer. Tantivy's own ``ngram`` tokenizer emits the same grams but puts
  every one at position 0, so no phrase over them ever matches (tried with
  0.27.0; ``tests/test_benchmarks.py`` keeps the check).
- A term of three or more characters is a phrase query over its bigrams, of
  two a bigram term, of one a unigram term: every term matches exactly where
  it occurs verbatim, never across the title/body line break. Terms are ANDed;
  a quoted term means the same (it is verbatim already).
- Filters are term queries on raw facet fields (scored 0) and a range on the
  event date as an integer ``YYYYMMDD``; undated articles are outside every range.
- Facet counts come from one ``terms`` aggregation per facet over the hit set
  (its size is the facet's number of values, recorded at build, so counts are
  exact); the total and the top 10 by BM25 from a second pass, ``search``.
"""
from __future__ import annotations

import json
from pathlib import Path

from .baselines import DEFAULT_FACETS, MULTI, Answer, article_rows
from .queries import BenchQuery

FACET_FIELDS = ("province", "agency", "year", "slogans", "people", "publication", "source")
SIZES = "facet_sizes.json"
# The whitespace tokenizer would split a gram holding a space or a line break: such
# characters are written as one private-use character, in the text and in queries alike.
SPACE = "\ue000"
_SPACES = str.maketrans({c: SPACE for c in map(chr, range(0x3001)) if c.isspace()})


def _tantivy():
    import tantivy
    return tantivy


def searchable(text: str) -> str:
    """Return text as it is indexed and queried: lowercased, every whitespace character as SPACE."""
    return text.lower().translate(_SPACES)


def grams(text: str) -> tuple[str, str]:
    """Return the unigram and bigram fields of a text: 两个确立 → ("两 个 确 立", "两个 个确 确立")."""
    chars = searchable(text)
    return " ".join(chars), " ".join(map(str.__add__, chars, chars[1:]))


def schema():
    """Return the schema: stored id, the two gram fields, facet fields (raw, fast) and the event day."""
    builder = _tantivy().SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("chars", tokenizer_name="whitespace", index_option="freq")
    builder.add_text_field("grams", tokenizer_name="whitespace", index_option="position")
    for name in FACET_FIELDS:
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("day", indexed=True, fast=True)
    return builder.build()


def _document(row: dict):
    chars, pairs = grams(f"{row['title']}\n{row['body']}")
    doc = _tantivy().Document(id=row["id"], chars=chars, grams=pairs)
    for name in FACET_FIELDS:
        for value in (row[name] if name in MULTI else [row[name]]):
            if value:
                doc.add_text(name, value)
    if row["date"]:
        doc.add_integer("day", int(row["date"].replace("-", "")))
    return doc


def build_tantivy(archive: Path, out: Path) -> int:
    """Index the archive's articles with one writer (tantivy's own indexing threads), commit, wait for merges."""
    out.mkdir(parents=True, exist_ok=True)
    index = _tantivy().Index(schema(), path=str(out))
    writer = index.writer()
    values: dict[str, set[str]] = {name: set() for name in FACET_FIELDS}
    n = 0
    for n, row in enumerate(article_rows(archive), start=1):
        writer.add_document(_document(row))
        for name in FACET_FIELDS:
            values[name].update(row[name] if name in MULTI else [row[name]] if row[name] else [])
    writer.commit()
    writer.wait_merging_threads()
    (out / SIZES).write_text(json.dumps({k: len(v) for k, v in values.items()}), encoding="utf-8")
    return n


class TantivySystem:
    """A built tantivy baseline, open for searching (one long-lived searcher)."""

    def __init__(self, path: Path, facets=DEFAULT_FACETS):
        tantivy = _tantivy()
        self._q, self._occur = tantivy.Query, tantivy.Occur
        self._integer = tantivy.FieldType.Integer
        self.index = tantivy.Index.open(str(path))
        self.schema = self.index.schema
        self.searcher = self.index.searcher()
        self.facets = tuple(facets)
        sizes = json.loads((Path(path) / SIZES).read_text(encoding="utf-8"))
        self.aggregation = {name: {"terms": {"field": name, "size": max(1, sizes[name])}} for name in self.facets}

    def term_query(self, term: str):
        """Return the query finding a term verbatim: a unigram, a bigram, or a phrase of bigrams."""
        text = searchable(term)
        if len(text) == 1:
            return self._q.term_query(self.schema, "chars", text)
        pairs = list(map(str.__add__, text, text[1:]))
        if len(pairs) == 1:
            return self._q.term_query(self.schema, "grams", pairs[0])
        return self._q.phrase_query(self.schema, "grams", pairs)

    def query(self, q: BenchQuery):
        """Return the whole query: every term ANDed, the filters unscored."""
        must = [self.term_query(t) for t in q.terms]
        if q.province:
            must.append(self._q.const_score_query(self._q.term_query(self.schema, "province", q.province), 0.0))
        if q.date_from or q.date_to:
            days = [int(d.replace("-", "")) if d else None for d in (q.date_from, q.date_to)]
            must.append(self._q.range_query(self.schema, "day", self._integer, *days))
        return self._q.boolean_query([(self._occur.Must, clause) for clause in must])

    def search(self, q: BenchQuery) -> Answer:
        query = self.query(q)
        found = self.searcher.search(query, limit=10, count=True)
        top = [self.searcher.doc(address)["id"][0] for _, address in found.hits]
        return Answer(found.count, top, self.counts(query))

    def counts(self, query) -> dict[str, dict[str, int]]:
        """Return each facet's value counts over the query's hits, by tantivy's terms aggregation."""
        if not self.facets:
            return {}
        result = self.searcher.aggregate(query, self.aggregation)
        return {name: {b["key"]: b["doc_count"] for b in result[name]["buckets"]} for name in self.facets}

    def all_ids(self, q: BenchQuery) -> set[str]:
        found = self.searcher.search(self.query(q), limit=max(1, self.searcher.num_docs), count=False)
        return {self.searcher.doc(address)["id"][0] for _, address in found.hits}

    def close(self) -> None:
        pass
