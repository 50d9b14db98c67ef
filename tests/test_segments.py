"""The parallel segment writer equals Whoosh's single writer: same documents, postings, lengths, searches, facets.

The reference is the writer this project had before: one Whoosh writer in one
process adding every file's documents in archive order, then one commit.
"""
from pathlib import Path

import pytest
from whoosh import index as whoosh_index

from dangjian.index import generations as gens
from dangjian.index import workers
from dangjian.index.config import Config
from dangjian.index.parse.listing import walk_archive
from dangjian.index.parse import learn_archive
from dangjian.index.store.whoosh.schema import build_schema, to_document
from dangjian.index.writer import build_index, prepare_file, update_index
from dangjian.search.engine import Engine, SearchRequest

from .conftest import BUNDLED

QUERIES = ("民政", "两个确立", "社会组织", "习近平", "\"模范机关\"", "党建 引领", "廉", "2023", "养老服务 -培训",
           "主题教育 省份:江苏", "民政厅 日期:2019..2024")


def reference_index(archive: Path, out: Path):
    """Build the index the old way: one Whoosh writer, every document in archive order, one commit."""
    out.mkdir()
    ix = whoosh_index.create_in(str(out), build_schema())
    writer = ix.writer(limitmb=64, compound=False)
    context, _ = learn_archive(archive, walk_archive(archive).files)   # what every build learns first (issue 15)
    for path in walk_archive(archive).files:
        _, _, docs, error = prepare_file((str(path), str(archive)), context)
        for doc in docs if not error else ():
            writer.add_document(**to_document(doc.article, doc.sha1, doc.tokens))
    writer.commit()
    return ix


def inverted(ix) -> dict:
    """Return everything an index holds, keyed by article id rather than document number."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        ids = {n: doc["id"] for n, doc in reader.iter_docs()}
        stored = {doc["id"]: doc for _, doc in reader.iter_docs()}
        postings = {}
        for field, term in reader.all_terms():
            if field in WORD_FIELDS and has_word_files(ix):
                continue                  # an index of ours keeps none: they are read from its word files
            matcher = reader.postings(field, term)
            items = {ids[d]: (w, v) for d, w, v in _items(matcher) if d in ids}
            postings[field, term] = {k: w for k, (w, _) in items.items()} if field in WORD_FIELDS else items
        if has_word_files(ix):
            postings.update(word_file_postings(ix, ids))
        lengths = {(ids[n], f): reader.doc_field_length(n, f)
                   for n in ids for f in ("title", "body")}
    return {"stored": stored, "postings": {k: v for k, v in postings.items() if v}, "lengths": lengths}


WORD_FIELDS = ("title", "body")


def has_word_files(ix) -> bool:
    return any(Path(ix.storage.folder).glob("g_*_w_title_hashes.npy"))


def word_file_postings(ix, ids: dict) -> dict:
    """Return {(field, word bytes): {article id: weight}} from the index's word files (ours)."""
    from dangjian.index.store.whoosh import grams, wordfiles
    out: dict = {}
    for segment, base in zip(ix._segments(), _bases(ix._segments())):
        for field in WORD_FIELDS:
            part = wordfiles.open_field(Path(ix.storage.folder), f"{grams.PREFIX}{segment.segment_id()}_", field, base)
            for row, word in enumerate(part.all_words()):
                docs, weights = part.postings(row)
                found = {ids[d]: w for d, w in zip(docs.tolist(), weights.tolist()) if d in ids}
                if found:
                    out.setdefault((field, word.encode("utf-8")), {}).update(found)
    return out


def _bases(segments) -> list[int]:
    bases, at = [], 0
    for segment in segments:
        bases.append(at)
        at += segment.doc_count_all()
    return bases


def _items(matcher):
    while matcher.is_active():
        yield matcher.id(), matcher.weight(), matcher.value()
        matcher.next()


def answers(index_root: Path) -> dict:
    engine = Engine(index_root)
    out = {}
    for query in QUERIES:
        r = engine.search(SearchRequest(query, limit=100))
        facets = {name: {v.value: v.count for v in f.values} for name, f in r.facets.items()}
        out[query] = (r.total, sorted(h.id for h in r.hits), facets)
    return out


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    from benchmarks.generate import write_archive
    out = tmp_path_factory.mktemp("generated")
    write_archive(out, 120, seed=7)
    return out / "archive"


@pytest.mark.parametrize("source", ["bundled", "generated"])
def test_parallel_segments_hold_exactly_what_one_writer_writes(source, generated, tmp_path, monkeypatch):
    archive = BUNDLED if source == "bundled" else generated
    monkeypatch.setattr(workers, "PART_ARTICLES", 9)          # many segments from two workers
    config = Config(archive=archive, index=tmp_path / "index")
    build_index(config, processes=2)
    ix = whoosh_index.open_dir(str(gens.current_dir(config.index)))
    assert len(ix._segments()) >= 3
    assert inverted(ix) == inverted(reference_index(archive, tmp_path / "reference"))


@pytest.mark.parametrize("source", ["bundled", "generated"])
def test_searches_and_facets_do_not_depend_on_segmentation(source, generated, tmp_path, monkeypatch):
    archive = BUNDLED if source == "bundled" else generated
    one = Config(archive=archive, index=tmp_path / "one")
    build_index(one, processes=1)
    monkeypatch.setattr(workers, "PART_ARTICLES", 5)
    many = Config(archive=archive, index=tmp_path / "many")
    build_index(many, processes=2)
    assert len(whoosh_index.open_dir(str(gens.current_dir(many.index)))._segments()) > 1
    got = answers(one.index)
    assert got == answers(many.index)
    assert sum(1 for total, _, _ in got.values() if total) >= len(QUERIES) // 2    # not vacuous


def test_one_document_per_article_and_no_temporary_files_left(tmp_path, monkeypatch):
    monkeypatch.setattr(workers, "PART_ARTICLES", 4)
    config = Config(archive=BUNDLED, index=tmp_path / "index")
    result = build_index(config, processes=2)
    live = gens.current_dir(config.index)
    with whoosh_index.open_dir(str(live)).searcher() as searcher:
        ids = [doc["id"] for _, doc in searcher.reader().iter_docs()]
    assert len(ids) == len(set(ids)) == result.report.articles
    assert not [p for p in live.iterdir() if p.is_dir()]              # the posting pools' temp dirs are gone


def test_update_over_many_segments_purges_and_equals_rebuild(tmp_path, monkeypatch):
    import shutil
    monkeypatch.setattr(workers, "PART_ARTICLES", 6)
    archive = tmp_path / "archive"
    shutil.copytree(BUNDLED, archive)
    config = Config(archive=archive, index=tmp_path / "index")
    build_index(config, processes=2)
    for page in sorted(archive.rglob("*.txt"))[::2]:                   # half the pages go: a purge is due
        page.unlink()
    update_index(config, processes=2)
    with whoosh_index.open_dir(str(gens.current_dir(config.index))).searcher() as searcher:
        reader = searcher.reader()
        assert reader.doc_count_all() == reader.doc_count()           # deleted documents purged
    rebuilt = Config(archive=archive, index=tmp_path / "rebuilt")
    build_index(rebuilt, processes=2)
    assert answers(config.index) == answers(rebuilt.index)


@pytest.mark.parametrize("removed_share", [2, 9])       # every 2nd page: a purge rewrites all; every 9th: merges only
def test_an_update_merges_the_word_files_with_the_segments(tmp_path, monkeypatch, removed_share):
    # Whoosh keeps no word postings, so a merge (of small segments, or the purge's rewrite) must carry
    # each source's word files to the merged segment, renumbered, deleted documents left out.
    import shutil
    monkeypatch.setattr(workers, "PART_ARTICLES", 3)
    archive = tmp_path / "archive"
    shutil.copytree(BUNDLED, archive)
    config = Config(archive=archive, index=tmp_path / "index")
    build_index(config, processes=2)
    before = {s.segment_id() for s in whoosh_index.open_dir(str(gens.current_dir(config.index)))._segments()}
    for page in sorted(archive.rglob("*.txt"))[::removed_share]:
        page.unlink()
    update_index(config, processes=2)
    updated = whoosh_index.open_dir(str(gens.current_dir(config.index)))
    merged = [s for s in updated._segments() if s.segment_id() not in before and s.doc_count_all() > 3]
    assert merged                                                      # not vacuous: a merge happened
    rebuilt = Config(archive=archive, index=tmp_path / "rebuilt")
    build_index(rebuilt, processes=2)
    assert answers(config.index) == answers(rebuilt.index)
    ours = inverted(updated)["postings"]
    assert ours == inverted(whoosh_index.open_dir(str(gens.current_dir(rebuilt.index))))["postings"]
    assert sum(1 for field, _ in ours if field in WORD_FIELDS) > 1000
