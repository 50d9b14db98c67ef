"""The embedded store (the default): Whoosh segments, gram files and a read model in each generation folder.

Only this package imports whoosh (``tests/test_store_seam.py`` checks it).

- :mod:`.store`     — the read side (:class:`~.store.WhooshStore`): select, count, order, records;
- :mod:`.writer`    — the write side (:class:`~.writer.WhooshWriter`); :mod:`.segments` the workers' sinks;
- :mod:`.schema`, :mod:`.analyzer`, :mod:`.records` — how an article is stored, and the one decoder back;
- :mod:`.blocks`    — posting blocks written as Whoosh writes them, faster;
- :mod:`.wordpostings` — word posting lists decoded a block at a time (ranking);
- :mod:`.grams`, :mod:`.gramsearch`, :mod:`.matching` — verbatim recall: the gram files and the clauses over them;
- :mod:`.readmodel`, :mod:`.facets`, :mod:`.counts` — facet values, dates and the tie order as mapped arrays;
- :mod:`.ranking`   — BM25 over the hit set, nearness, ties by the tie order.
"""
from __future__ import annotations

from pathlib import Path

from dangjian.index.store import Backend


def _open(generation: Path):
    from .store import WhooshStore
    return WhooshStore(generation)


def _create(generation: Path):
    from .writer import WhooshWriter
    return WhooshWriter(generation, create=True)


def _extend(generation: Path):
    from .writer import WhooshWriter
    return WhooshWriter(generation, create=False)


BACKEND = Backend("whoosh", open=_open, create=_create, extend=_extend)
