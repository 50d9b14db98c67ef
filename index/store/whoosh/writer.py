"""The embedded store's write side: a Whoosh index in the generation folder, written by the workers.

A rebuild creates an empty index; an update opens the one the pipeline
hard-linked from the live generation, deletes the removed files' articles,
merges small segments as Whoosh's own commit does, and rewrites them all once
deleted documents pass ``PURGE_SHARE``. :meth:`WhooshWriter.finish` writes
what is derived from the final segments: gram files for merged segments and
the read model.
"""
from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path

with warnings.catch_warnings():
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import index as whoosh_index

from dangjian.index.store import SinkSpec, StoreWriter

from . import grams, readmodel
from .schema import build_schema
from .segments import SegmentBuilder, commit_segments, merging_writer

PURGE_SHARE = 0.2                # update rewrites the segments once deleted documents pass this share


class WhooshWriter(StoreWriter):
    """Write the Whoosh index of one generation folder: new (``create``) or linked from the live one."""

    def __init__(self, generation: Path, create: bool):
        self.generation = Path(generation)
        if create:
            whoosh_index.create_in(str(self.generation), build_schema())
        self.updating = not create
        self.ix = whoosh_index.open_dir(str(self.generation))

    def sink_spec(self) -> SinkSpec:
        return SinkSpec(SegmentBuilder, (str(self.generation),))

    def commit(self, parts: Sequence, delete_paths: Sequence[str] = ()) -> None:
        commit_segments(self.ix, list(parts), delete_paths=delete_paths, merge=self.updating)
        if self.updating:
            purge_deleted(self.ix)

    def finish(self) -> None:
        grams.complete(self.generation, whoosh_index.open_dir(str(self.generation)))   # merged segments'; stale go
        readmodel.build(self.generation)          # facet ids, dates, tie order, bitmaps


def purge_deleted(ix) -> None:
    """Rewrite the segments once deleted documents pass PURGE_SHARE, so the index does not grow forever."""
    with ix.reader() as reader:
        total, live = reader.doc_count_all(), reader.doc_count()
    if total and total - live > PURGE_SHARE * total:
        merging_writer(ix).commit(optimize=True)
