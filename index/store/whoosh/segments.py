"""The embedded store's parts: Whoosh segments, written in the worker processes, named in one TOC.

Whoosh's single writer replays every document in one process and merges one
posting pool at commit — minutes at 20,000 articles, in a process that grows
with the archive. Here each worker (:mod:`dangjian.index.workers`) adds its
articles to a Whoosh segment of its own (:class:`SegmentBuilder`, the
worker's :class:`~dangjian.index.store.ArticleSink`) and finishes it —
postings sorted and written (:mod:`.blocks`), gram files built (:mod:`.grams`)
— in its own process; the parent names the finished segments in the table of
contents (:func:`commit_segments`). The posting pool spills to disk past
``POOL_MB``, so memory is bounded per worker.
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import index as whoosh_index
    from whoosh.codec.whoosh3 import W3Codec
    from whoosh.writing import NO_MERGE, SegmentWriter

import numpy as np

from dangjian.index.store import AnalysedArticle, ArticleSink

from . import blocks, grams, wordfiles
from .schema import to_document

# Postings per block: a search decodes a word's whole posting list (.wordpostings), so few large
# blocks beat Whoosh's 128, which suit skipping from document to document.
BLOCK_POSTINGS = 1024
POOL_MB = 128             # a worker's posting pool spills sorted runs to disk past this


class _SegmentWriter(SegmentWriter):
    """Whoosh's segment writer, with the word fields' postings in our word files instead of Whoosh's.

    Whoosh still counts the word fields' lengths (BM25) and stores the
    documents; their postings, which our mapped word files serve to every
    query, are diverted from its posting pool into :class:`.wordfiles.WordPostings`
    (a merge takes them from the sources' word files) and written as the
    segment's word files. The other fields' postings are finished through
    :mod:`.blocks` (the same bytes as Whoosh's writer, faster).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.words = wordfiles.WordPostings()
        self._copied: list[tuple[int, int]] = []       # docnum ranges whose words came with their source's files

    def add_reader(self, reader):
        """Copy a segment being merged; its word postings come from its word files, mapped to the new docnums."""
        folder, base = Path(self.storage.folder), self.docnum
        super().add_reader(reader)
        prefix = grams.word_prefix(reader.segment().segment_id())
        if wordfiles.present(folder, prefix):       # else (an old segment) Whoosh's word postings came in the pool
            live = np.fromiter(reader.all_doc_ids(), dtype=np.int64)
            self.words.add_segment(folder, prefix, live, reader.doc_count_all(), base)
            self._copied.append((base, self.docnum))

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = self.per_document_reader() if self.codec.length_stats else None
        others = self.words.divert(self.pool.iter_postings(), self._came_with_files)
        if blocks.supports(self.codec):
            blocks.add_postings(self.fieldwriter, self.schema, _field_length(lengths), others)
        else:
            self.fieldwriter.add_postings(self.schema, lengths, others)
        self.fieldwriter.close()
        if lengths:
            lengths.close()
        self.words.write(Path(self.storage.folder), grams.word_prefix(self.newsegment.segment_id()), self.docnum)

    def _came_with_files(self, docnum: int) -> bool:
        return any(lo <= docnum < hi for lo, hi in self._copied)


def _field_length(reader):
    """Return doc_field_length(docnum, field), read once per document and field rather than per posting."""
    if reader is None:
        return lambda docnum, fieldname: 0
    cache: dict = {}

    def length(docnum: int, fieldname: str) -> int:
        key = (docnum, fieldname)
        if key not in cache:
            cache[key] = reader.doc_field_length(docnum, fieldname)
        return cache[key]
    return length


class SegmentBuilder(ArticleSink):
    """Add articles to one new segment of an index, without locking it or touching its TOC (a worker's sink)."""

    def __init__(self, index_dir: str, pool_mb: int = POOL_MB):
        self.ix = whoosh_index.open_dir(index_dir)
        self.pool_mb = pool_mb
        self.writer: _SegmentWriter | None = None

    def add_file(self, articles: Sequence[AnalysedArticle]) -> str | None:
        """Add one file's articles; return why they could not be indexed, or None."""
        if self.writer is None:
            # _lk=False: the parent holds the index; temp runs have random names, so sharing the dir is safe.
            self.writer = _SegmentWriter(self.ix, _lk=False, limitmb=self.pool_mb, compound=False,
                                         codec=W3Codec(blocklimit=BLOCK_POSTINGS))
        try:
            for item in articles:
                self.writer.add_document(**to_document(item.article, item.sha1, item.tokens))
        except Exception as exc:   # a value Whoosh refuses costs this file, never the run
            return f"cannot index: {type(exc).__name__}: {exc}"
        return None

    def pending(self) -> int:
        return self.writer.doc_count() if self.writer else 0

    def finish(self):
        """Sort and write the postings; return the finished segment (None when nothing was added)."""
        writer, self.writer = self.writer, None
        if writer is None or not writer.doc_count():
            if writer is not None:
                writer._close_segment()
            return None
        segment = writer._finalize_segment()
        grams.build_segment(Path(self.ix.storage.folder), self.ix.schema, segment)   # here, in the worker
        return segment


# ------------------------------------------------------------------ the TOC

def commit_segments(ix, segments: list, delete_paths=(), merge: bool = False) -> None:
    """Name the new segments in the index's table of contents, after deleting the given paths' documents.

    The deletions apply to the existing segments only (the new ones hold the
    replacements). ``merge`` lets Whoosh merge small existing segments, as its
    own commit does; the new segments are never merged here.
    """
    writer = merging_writer(ix)
    try:
        for path in delete_paths:
            writer.delete_by_term("path", path)
        # The same steps as SegmentWriter.commit, plus the workers' segments (as Whoosh's MpWriter does).
        final = writer._merge_segments(None if merge else NO_MERGE, None, None)
        if writer._added:
            final.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(final + list(segments))
    except BaseException:
        try:
            writer.cancel()
        except Exception:   # noqa: BLE001 — cancelling on a full disk fails too; the directory goes anyway
            pass
        raise
    writer._finish()


def merging_writer(ix) -> SegmentWriter:
    """Return a writer of the index that merges segments with their word files (and holds its lock)."""
    return _SegmentWriter(ix, compound=False)
