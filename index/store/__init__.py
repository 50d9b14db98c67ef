"""Stores: the engines that hold a generation's articles, behind one seam (:mod:`.base`).

A store is registered as a :class:`Backend` — how to open a generation for
reading and how to write one — under a name recorded in the generation's
``meta.json`` (``"store"``), so a reader opens whatever store built the live
generation. ``whoosh`` (:mod:`.whoosh`, the embedded default) is registered
here; another store registers itself on import of its package
(``register(Backend("solr", …))``). Nothing here imports an engine until a
backend is used. How to add one: ``docs/stores.md``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .base import ArticleSink, SinkSpec, Store, StoreWriter
from .values import (SORTS, AnalysedArticle, Clause, Deadline, DocKey, FacetTally, HitSet, Selected,
                     Selection, StoredArticle, StoreInfo, WordStat, tie_key)

__all__ = ["SORTS", "AnalysedArticle", "ArticleSink", "Backend", "Clause", "DEFAULT", "Deadline", "DocKey",
           "FacetTally", "HitSet", "Selected", "Selection", "SinkSpec", "Store", "StoreInfo", "StoreWriter",
           "StoredArticle", "WordStat", "backend", "backend_names", "open_generation", "register", "store_name",
           "tie_key"]

DEFAULT = "whoosh"


@dataclass(frozen=True)
class Backend:
    """A store kind: ``open(generation dir) -> Store``; ``create(generation dir) -> StoreWriter``
    for a new, empty generation; ``extend(generation dir) -> StoreWriter`` for one that starts as
    a copy of the live generation (hard links made by the pipeline), for an update."""

    name: str
    open: Callable[[Path], Store]
    create: Callable[[Path], StoreWriter]
    extend: Callable[[Path], StoreWriter]


_BACKENDS: dict[str, Backend | Callable[[], Backend]] = {}


def register(item: Backend | Callable[[], Backend], name: str | None = None) -> None:
    """Register a backend, or a function returning one (imported on first use) under name."""
    _BACKENDS[name or item.name] = item


def backend(name: str | None = None) -> Backend:
    """Return the backend called name (default: the embedded store); KeyError names the known ones."""
    name = name or DEFAULT
    item = _BACKENDS.get(name)
    if item is None:
        raise KeyError(f"unknown store {name!r}; known: {', '.join(sorted(_BACKENDS))}")
    if not isinstance(item, Backend):
        item = _BACKENDS[name] = item()
    return item


def store_name(generation: Path) -> str:
    """Return the name of the store that built a generation (meta.json's ``store``; older ones: whoosh)."""
    from dangjian.index.generations import META, read_json
    meta = read_json(Path(generation) / META, {})
    return (meta.get("store") if isinstance(meta, dict) else None) or DEFAULT


def open_generation(generation: Path) -> Store:
    """Open a generation for reading with the store that built it."""
    return backend(store_name(generation)).open(Path(generation))


def backend_names() -> list[str]:
    return sorted(_BACKENDS)


def _whoosh() -> Backend:
    from .whoosh import BACKEND
    return BACKEND


register(_whoosh, DEFAULT)


def _solr() -> Backend:
    from .solr import BACKEND
    return BACKEND


register(_solr, "solr")
