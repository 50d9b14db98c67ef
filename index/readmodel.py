"""The read model of a generation: facet value ids, dates and bitmaps, written once at build time.

Opening a generation used to read every stored field of every document
(whole article bodies) to rebuild facet arrays as Python sets. Here the
writer calls :func:`build` once the documents are committed, and searching
maps the files it wrote (:func:`open_model`): no stored field is read.

Files, beside the segments (flat, so ``checksums.json`` covers them):

- ``rm.json`` — format, document count, each facet's values (id → value);
- ``rm_dates.npy`` — int32 per docnum, the article date as YYYYMMDD (0: undated);
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

from .schema import FACETS

# numpy and pyroaring are imported where used: the writer imports this module in every parsing
# worker, which need neither.

FORMAT = 1
META = "rm.json"
DATES = "rm_dates.npy"
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
    """Write the read model of a committed generation (its segments must be final)."""
    from whoosh import index as whoosh_index           # only the writer pays for Whoosh here
    ix = whoosh_index.open_dir(str(generation))
    with ix.reader() as reader:
        size = reader.doc_count_all()
        stored = [(docnum, _facet_fields(doc)) for docnum, doc in reader.iter_docs()]
    write(generation, size, stored)


def _facet_fields(doc: dict) -> dict:
    # Keep only what the model needs, so bodies are dropped as soon as they are read.
    return {k: doc.get(k) for k in ["date", *(f.name for f in FACETS)]}


def write(generation: Path, size: int, stored: list[tuple[int, dict]]) -> None:
    """Write the model for ``size`` docnums, of which ``stored`` lists the live ones."""
    import numpy as np
    from pyroaring import BitMap
    dates = np.zeros(size, dtype=np.int32)
    live = BitMap()
    for docnum, doc in stored:
        live.add(docnum)
        dates[docnum] = date_number(doc.get("date"))
    blobs, meta = [live.serialize()], {"format": FORMAT, "size": size, "facets": {}}
    for facet in FACETS:
        values, docs, vals, bitmaps = _facet_columns(facet, stored)
        _save(generation / facet_files(facet.name)[0], docs)
        _save(generation / facet_files(facet.name)[1], vals)
        meta["facets"][facet.name] = {"values": values}
        blobs += [b.serialize() for b in bitmaps]
    offsets = np.cumsum([0] + [len(b) for b in blobs]).tolist()
    meta["bitmap_offsets"] = offsets
    _save(generation / DATES, dates)
    _write_bytes(generation / BITMAPS, b"".join(blobs))
    _write_bytes(generation / META, json.dumps(meta, ensure_ascii=False).encode())


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


def _save(path: Path, array) -> None:
    import numpy as np
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        np.save(handle, array, allow_pickle=False)
    os.replace(tmp, path)          # a new inode: a hard-linked old file stays as it was


def _write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


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


class ReadModel:
    """A generation's read model, memory-mapped; bitmaps decoded on first use."""

    def __init__(self, generation: Path, mmap: bool = True):
        import numpy as np
        mode = "r" if mmap else None          # not mapped: the files are about to go (a scratch model)
        meta = json.loads((generation / META).read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise ValueError(f"read model format {meta.get('format')!r}, {FORMAT} expected")
        self.size = meta["size"]
        self.dates = np.load(generation / DATES, mmap_mode=mode)
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
                facet.name, values, np.load(generation / docs_file, mmap_mode=mode),
                np.load(generation / vals_file, mmap_mode=mode), first)
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
