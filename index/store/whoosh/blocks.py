"""Write a segment's posting lists in Whoosh 3's format — the same bytes as Whoosh's writer, faster.

Finishing a segment is dominated by per-term work: a generated article of
2.8 KB brings a few hundred new bigram terms, and Whoosh's
``FieldWriter.add_postings`` spends ~150 µs of Python method calls on each
(start_postings, add_posting with type assertions, _write_block,
finish_postings, a column read per posting for the field length). This loop
does the same work for one term at a time with plain lists. The block layout,
pickles, compression and term infos are Whoosh's own (``W3TermInfo`` and
``length_to_byte`` are called, not copied); ``tests/test_postings.py`` proves
the postings and term files byte-identical to Whoosh's.
"""
from __future__ import annotations

import zlib
from array import array
from pickle import dumps

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3TermInfo
from whoosh.system import emptybytes, pack_int, pack_ushort
from whoosh.util.numeric import length_to_byte


class _Block:
    """The statistics W3TermInfo.add_block reads from one block of postings."""

    __slots__ = ("_weights", "_n", "_minlength", "_maxlength", "_maxweight", "_minid", "_maxid")

    def __len__(self):
        return self._n

    def min_length(self):
        return self._minlength

    def max_length(self):
        return self._maxlength

    def max_weight(self):
        return self._maxweight

    def min_id(self):
        return self._minid

    def max_id(self):
        return self._maxid


def supports(codec) -> bool:
    """Whether the fast path writes what this codec would (Whoosh 3, no inlined postings)."""
    return type(codec) is W3Codec and codec._inlinelimit <= 1


def add_postings(fieldwriter, schema, field_length, items) -> None:
    """Write sorted (field, term bytes, docnum, weight, value bytes) postings, as FieldWriter.add_postings."""
    term_key, postings, field = None, [], None
    for fieldname, btext, docnum, weight, value in items:
        if docnum == -1:                      # Whoosh's marker for spelling words, not postings
            continue
        if (fieldname, btext) != term_key:
            if postings:
                _write_term(fieldwriter, term_key[1], postings)
            if fieldname != field:
                if field is not None:
                    fieldwriter.finish_field()
                fieldwriter.start_field(fieldname, schema[fieldname])
                field = fieldname
            term_key, postings = (fieldname, btext), []
        postings.append((docnum, weight, value or emptybytes, field_length(docnum, fieldname)))
    if postings:
        _write_term(fieldwriter, term_key[1], postings)
    if field is not None:
        fieldwriter.finish_field()


def _write_term(fieldwriter, btext: bytes, postings: list) -> None:
    codec, postfile = fieldwriter._codec, fieldwriter._postfile
    fixed = fieldwriter._format.fixed_value_size()
    terminfo, start = W3TermInfo(), postfile.tell()
    limit = codec._blocklimit
    postfile.write(WHOOSH3_HEADER_MAGIC)
    for at in range(0, len(postings), limit):
        block = postings[at:at + limit]
        _write_block(postfile, terminfo, block, fixed, codec._compression, last=at + limit >= len(postings))
    terminfo.set_extent(start, postfile.tell() - start)
    fieldwriter._tindex.add(pack_ushort(fieldwriter._fieldid) + btext, terminfo.to_bytes())


def _write_block(postfile, terminfo, block: list, fixed, compression: int, last: bool) -> None:
    ids = [p[0] for p in block]
    weights = array("f", [p[1] for p in block])
    stats = _stats(block, ids, weights)
    terminfo.add_block(stats)
    data = (_deltas(ids), _mini_weights(weights), _mini_values([p[2] for p in block if p[2]], fixed))
    databytes = dumps(data, 2)
    if compression:
        databytes = zlib.compress(databytes, compression)
    infobytes = dumps((len(ids), ids[-1], stats._maxweight, compression,
                       length_to_byte(stats._minlength), length_to_byte(stats._maxlength)), 2)
    length = len(infobytes) + len(databytes)
    postfile.write(pack_int(-length if last else length))
    postfile.write(infobytes)
    postfile.write(databytes)


def _stats(block: list, ids: list, weights: array) -> _Block:
    stats = _Block()
    stats._weights, stats._n = weights, len(ids)
    stats._minid, stats._maxid = ids[0], ids[-1]
    stats._maxweight = max(0, max(p[1] for p in block))
    lengths = [p[3] for p in block if p[3]]
    stats._minlength = min(lengths) if lengths else None
    stats._maxlength = max(lengths) if lengths else 0
    return stats


def _deltas(ids: list) -> tuple:
    return tuple(n - b for n, b in zip(ids, [0] + ids[:-1]))


def _mini_weights(weights: array):
    if all(w == 1.0 for w in weights):
        return None
    if all(w == weights[0] for w in weights):
        return weights[0]
    return tuple(weights)


def _mini_values(values: list, fixed):
    if fixed is None or fixed < 0:
        return tuple(values)
    if fixed == 0:
        return None
    return emptybytes.join(values)
