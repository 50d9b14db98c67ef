"""The fast postings writer writes exactly the bytes of Whoosh's own (the word fields' postings go to our word files)."""
import pytest
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from dangjian.index.parse.listing import walk_archive
from dangjian.index.store.whoosh.schema import build_schema, to_document
from dangjian.index.store.whoosh.segments import _SegmentWriter
from dangjian.index.writer import prepare_file

from .conftest import BUNDLED


def segment_bytes(directory, segment) -> dict[str, bytes]:
    prefix = segment.segment_id()
    return {p.name[len(prefix):]: p.read_bytes() for p in directory.iterdir() if p.name.startswith(prefix)}
    # (our word files are named g_<segment>_…: not the segment's own files, compared in test_grams)


class _WhooshWithoutWords(SegmentWriter):
    """Whoosh's own writer and posting code, given the pool without the word fields (as ours diverts them)."""

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = self.per_document_reader()
        postings = (p for p in self.pool.iter_postings() if p[0] not in ("title", "body"))
        self.fieldwriter.add_postings(self.schema, lengths, postings)
        self.fieldwriter.close()
        lengths.close()


def finished(writer_class, directory, docs, codec):
    directory.mkdir()
    whoosh_index.create_in(str(directory), build_schema())
    writer = writer_class(whoosh_index.open_dir(str(directory)), _lk=False, compound=False, codec=codec)
    for doc in docs:
        writer.add_document(**to_document(doc.article, doc.sha1, doc.tokens))
    return writer._finalize_segment()


@pytest.mark.parametrize("limit, blocklimit", [(None, 128), (40, 128), (None, 2)])
def test_fast_postings_are_byte_identical_to_whooshs(tmp_path, limit, blocklimit):
    docs = [d for f in walk_archive(BUNDLED).files for d in prepare_file((str(f), str(BUNDLED)))[2] or ()]
    docs = docs[:limit] if limit else docs
    slow = finished(_WhooshWithoutWords, tmp_path / "slow", docs, W3Codec(blocklimit=blocklimit))
    fast = finished(_SegmentWriter, tmp_path / "fast", docs, W3Codec(blocklimit=blocklimit))
    slow_files, fast_files = segment_bytes(tmp_path / "slow", slow), segment_bytes(tmp_path / "fast", fast)
    assert ".pst" in fast_files and ".trm" in fast_files
    assert slow_files == fast_files
    reader = SegmentReader(FileStorage(str(tmp_path / "fast")), build_schema(), fast)
    most = max(reader.doc_frequency(f, t) for f, t in reader.all_terms())
    reader.close()
    if blocklimit < 128:
        assert most > blocklimit          # terms spanning several blocks were written and compared
