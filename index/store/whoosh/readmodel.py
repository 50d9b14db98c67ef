"""The read model of a generation: facet value ids, dates and bitmaps, written once at build time.

Opening a generation used to read every stored field of every document
(whole article bodies) to rebuild facet arrays as Python sets. Here the
writer calls :func:`build` once the documents are committed, and searching
maps the files it wrote (:func:`open_model`): no stored field is read.

Files, beside the segments (flat, so ``checksums.json`` covers them):

- ``rm.json`` — format, document count, each facet's values (id → value);
- ``rm_dates.npy`` — int32 per docnum, the article date as YYYYMMDD (0: undated);
- ``rm_order.npy`` — int32 per docnum, its place in the tie order (:func:`~dangjian.index.store.tie_key`:
  newest first, then article id) among the live documents, so equal scores sort the same whatever
  the docnums (which depend on which build worker finished first);
- ``rm_<facet>_docs.npy`` / ``rm_<facet>_vals.npy`` — one row per (document, value id)
  pair, sorted by docnum (a single-valued facet has at most one row per document);
- ``rm_bitmaps.bin`` — the live-document bitmap, then one portable roaring bitmap
  per facet value, at the offsets ``rm.json`` lists.

Every file is written under a temporary name and renamed into place: an
update's generation starts as hard links to the live one's files, which must
never be written through.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from dangjian.index.schema import FACETS

# numpy and pyroaring are imported where used: the writer imports this module in every parsing
# worker, which need neither.

FORMAT = 2                 # 2: rm_order.npy, the tie order
META = "rm.json"
DATES = "rm_dates.npy"
ORDER = "rm_order.npy"
BITMAPS = "rm_bitmaps.bin"


def facet_files(name: str) -> tuple[str, str]:
    return f"rm_{name}_docs.npy", f"rm_{name}_vals.npy"


def date_number(iso: str | None) -> int:
    """Return an ISO date (or prefix) as YYYYMMDD, missing parts 0; 0 for no date."""
    digits = (iso or "").replace("-", "")[:8]
    return int(digits.ljust(8, "0")) if digits.isdigit() else 0


def facet_values_of(doc: dict, name: str, multi: bool) -> list[str]:
    """Return a stored document's values of one facet, as the index stores them."""
    raw = doc.get(name) or ""
    return [v for v in raw.split(",") if v] if multi else ([raw] if raw else [])


# ------------------------------------------------------------------ build

def build(generation: Path) -> None:
    """Write the read model of a committed generation (its segments must be final).

    Each segment's values come from its ``values.json`` (written with its gram
    files, :mod:`.grams`); a segment without one is read from its stored fields.
    """
    from whoosh import index as whoosh_index           # only the writer pays for Whoosh here
    from . import grams
    ix = whoosh_index.open_dir(str(generation))
    stored, base = [], 0
    for segment in ix._segments():
        deleted = set(segment.deleted_docs()) if segment.has_deletions() else set()   # an iterator: "in" eats it
        sidecar = generation / grams.files_of(segment.segment_id())["values.json"]
        values = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else None
        if values is None or len(values) != segment.doc_count_all() or (values and "id" not in values[0]):
            values = _stored_values(ix, segment)
        stored += [(base + n, doc) for n, doc in enumerate(values) if n not in deleted]
        base += segment.doc_count_all()
    write(generation, base, stored)


def _stored_values(ix, segment) -> list[dict]:
    from whoosh.reading import SegmentReader

    from .grams import model_fields
    reader = SegmentReader(ix.storage, ix.schema, segment)
    try:
        return [model_fields(reader.stored_fields(n)) for n in range(segment.doc_count_all())]
    finally:
        reader.close()


def write(generation: Path, size: int, stored: list[tuple[int, dict]]) -> None:
    """Write the model for ``size`` docnums, of which ``stored`` lists the live ones."""
    import numpy as np
    from pyroaring import BitMap
    dates = np.zeros(size, dtype=np.int32)
    live = BitMap()
    for docnum, doc in stored:
        live.add(docnum)
        dates[docnum] = date_number(doc.get("date"))
    save_array(generation / ORDER, tie_order(size, stored))
    blobs, meta = [live.serialize()], {"format": FORMAT, "size": size, "facets": {}}
    for facet in FACETS:
        values, docs, vals, bitmaps = _facet_columns(facet, stored)
        save_array(generation / facet_files(facet.name)[0], docs)
        save_array(generation / facet_files(facet.name)[1], vals)
        meta["facets"][facet.name] = {"values": values}
        blobs += [b.serialize() for b in bitmaps]
    offsets = np.cumsum([0] + [len(b) for b in blobs]).tolist()
    meta["bitmap_offsets"] = offsets
    save_array(generation / DATES, dates)
    write_bytes(generation / BITMAPS, b"".join(blobs))
    write_bytes(generation / META, json.dumps(meta, ensure_ascii=False).encode())


def tie_order(size: int, stored: list[tuple[int, dict]]):
    """Return each docnum's place in the tie order of the live documents (deleted ones: size)."""
    import numpy as np
    from dangjian.index.store import tie_key
    order = np.full(size, size, dtype=np.int32)
    ranked = sorted(stored, key=lambda item: tie_key(item[1].get("date"), item[1].get("id", "")))
    order[[docnum for docnum, _ in ranked]] = np.arange(len(ranked), dtype=np.int32)
    return order


def _facet_columns(facet, stored):
    """Return (values, docnums, value ids, one bitmap per value) of one facet."""
    import numpy as np
    from pyroaring import BitMap
    ids: dict[str, int] = {}
    docs, vals, bitmaps = [], [], []
    for docnum, doc in stored:
        for value in dict.fromkeys(facet_values_of(doc, facet.name, facet.multi)):
            vid = ids.setdefault(value, len(ids))
            if vid == len(bitmaps):
                bitmaps.append(BitMap())
            bitmaps[vid].add(docnum)
            docs.append(docnum)
            vals.append(vid)
    return (list(ids), np.asarray(docs, dtype=np.int32), np.asarray(vals, dtype=np.int32), bitmaps)


def save_array(path: Path, array) -> None:
    """Save a numpy array under a temporary name, then rename it into place (a new inode)."""
    import numpy as np
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        np.save(handle, array, allow_pickle=False)
    os.replace(tmp, path)          # a new inode: a hard-linked old file stays as it was


def write_bytes(path: Path, data: bytes) -> None:
    """Write bytes under a temporary name, then rename them into place (a new inode)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def map_array(path: Path):
    """Map a saved numpy array read-only, as a plain ndarray over the mapping.

    numpy's memmap subclass costs microseconds on every slice and result
    (``__array_finalize__``, ``__array_wrap__``): thousands per query. The view
    keeps the mapping alive and shares the page cache all the same.
    """
    import numpy as np
    return np.load(path, mmap_mode="r").view(np.ndarray)


def map_bytes(path: Path):
    """Map a file read-only (b"" when it is empty: an empty file cannot be mapped)."""
    import mmap
    if path.stat().st_size == 0:
        return b""
    with open(path, "rb") as handle:
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


# ------------------------------------------------------------------ open

@dataclass
class FacetColumn:
    """One facet of an open model: values, (doc, value id) pairs, and lazily decoded bitmaps."""

    name: str
    values: list[str]
    docs: "np.ndarray"
    vals: "np.ndarray"
    first_bitmap: int              # index of value 0's bitmap in the model's blob list

    def __post_init__(self):
        self.ids = {v: i for i, v in enumerate(self.values)}
        self._ranks = None

    @property
    def ranks(self):
        """(each value id's place in the values' sorted order, the value ids in that order):
        facet lists break count ties by value."""
        if self._ranks is None:
            import numpy as np
            by_rank = np.asarray(sorted(range(len(self.values)), key=self.values.__getitem__), dtype=np.int64)
            ranks = np.empty(len(self.values), dtype=np.int64)
            ranks[by_rank] = np.arange(len(self.values))
            self._ranks = (ranks, by_rank)
        return self._ranks


class ReadModel:
    """A generation's read model, memory-mapped; bitmaps decoded on first use."""

    def __init__(self, generation: Path, mmap: bool = True):
        import numpy as np
        # not mapped (mmap=False): the files are about to go (a scratch model)
        meta = json.loads((generation / META).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"read model format {meta.get('format')!r}, {FORMAT} expected")
        self.size = meta["size"]
        load = map_array if mmap else np.load
        self.dates = load(generation / DATES)
        self.order = load(generation / ORDER)
        self._offsets = meta["bitmap_offsets"]
        self._blob = np.memmap(generation / BITMAPS, dtype=np.uint8, mode="r") \
            if self._offsets[-1] and mmap else np.fromfile(generation / BITMAPS, dtype=np.uint8)
        self._decoded: dict = {}
        self.live = self._bitmap(0)
        self.facets: dict[str, FacetColumn] = {}
        first = 1
        for facet in FACETS:
            docs_file, vals_file = facet_files(facet.name)
            values = meta["facets"][facet.name]["values"]
            self.facets[facet.name] = FacetColumn(
                facet.name, values, load(generation / docs_file), load(generation / vals_file), first)
            first += len(values)

    def _bitmap(self, index: int):
        from pyroaring import FrozenBitMap
        found = self._decoded.get(index)
        if found is None:
            lo, hi = self._offsets[index], self._offsets[index + 1]
            found = FrozenBitMap.deserialize(self._blob[lo:hi].tobytes())
            self._decoded[index] = found          # a race decodes twice; both results are equal
        return found

    def docs_of(self, name: str, value: str):
        """Return the documents having value in facet name as a FrozenBitMap (empty when none has it)."""
        from pyroaring import FrozenBitMap
        column = self.facets[name]
        vid = column.ids.get(value)
        return self._bitmap(column.first_bitmap + vid) if vid is not None else FrozenBitMap()


def open_model(generation: Path) -> ReadModel:
    """Map a generation's read model; raise FileNotFoundError when it has none."""
    return ReadModel(Path(generation))
