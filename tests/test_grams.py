"""The gram index finds exactly the documents whose text holds a run — checked against brute force."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyroaring import BitMap

from dangjian.index.store.whoosh import grams
from dangjian.index.analysis import query_runs
from dangjian.index.store import Deadline
from dangjian.index.store.whoosh.gramsearch import Grams

# CJK (BMP and extension B), case (Σ, İ lengthens when lowered), full-width forms, digits of
# other scripts, and the breaks between runs.
ALPHABET = "两个确立习近平民政厅〇𠀀𪜀ΣσİIiAbZ０９_-，。 \n·٣Ⅻ①"
docs_text = st.lists(st.text(alphabet=ALPHABET, max_size=40), min_size=1, max_size=12)


def segment_of(tmp_path, texts: list[str], base: int = 0) -> grams.SegmentGrams:
    lowered = [grams.lower_units(t) for t in texts]
    lengths = np.zeros((len(texts), 2), dtype=np.int32)
    grams.write_segment(tmp_path, f"S{base}", lowered, lengths)
    return grams.open_segment(tmp_path, f"S{base}", base)


def brute(texts: list[str], needle: str, title_only: bool, base: int = 0) -> set[int]:
    lowered = [grams.lower_units(t) for t in texts]
    return {base + i for i, t in enumerate(lowered) if needle in (t.split("\n")[0] if title_only else t)}


@settings(max_examples=300, deadline=None)
@given(texts=docs_text, query=st.text(alphabet=ALPHABET, min_size=1, max_size=6), title_only=st.booleans(),
       data=st.data())
def test_run_docs_equal_brute_force(tmp_path_factory, texts, query, title_only, data):
    # Half the time the query is cut from a document, so matches are common.
    source = data.draw(st.sampled_from(texts))
    if source and data.draw(st.booleans()):
        start = data.draw(st.integers(0, len(source) - 1))
        query = source[start:start + data.draw(st.integers(1, 6))]
    folder = tmp_path_factory.mktemp("g")
    split = data.draw(st.integers(0, len(texts)))           # two segments: docnums must carry on
    index = Grams([segment_of(folder, texts[:split], 0), segment_of(folder, texts[split:], split)])
    live = BitMap(range(len(texts)))
    for run in query_runs(query):
        needle = "".join(run)
        found, done = index.run_docs(needle, title_only, live, Deadline(60))
        assert done and set(found) == brute(texts, needle, title_only), (needle, texts)


@settings(max_examples=100, deadline=None)
@given(texts=docs_text)
def test_every_term_lists_sorted_distinct_documents(tmp_path_factory, texts):
    lowered = [grams.lower_units(t) for t in texts]
    keys, offsets, docs = grams.build_terms(lowered, [t.find("\n") if "\n" in t else len(t) for t in lowered])
    assert np.all(np.diff(keys.astype(np.int64)) > 0)
    for i in range(len(keys)):
        part = docs[offsets[i]:offsets[i + 1]].astype(np.int64)
        assert len(part) and np.all(np.diff(part) > 0)


def test_text_round_trips_and_dead_docs_stay_out(tmp_path):
    texts = ["两个确立\n坚决拥护“两个确立”", "标题\n习近平总书记", "𠀀字\nABC"]
    index = Grams([segment_of(tmp_path, texts)])
    assert [index.text(i) for i in range(3)] == [grams.lower_units(t) for t in texts]
    found, _ = index.run_docs("两个确立", False, BitMap([1, 2]), Deadline(60))
    assert set(found) == set()                         # doc 0 has it but is not live
    assert set(index.run_docs("abc", False, BitMap([0, 1, 2]), Deadline(60))[0]) == {2}


def test_an_expired_deadline_returns_a_subset(tmp_path):
    texts = ["民政厅召开会议" for _ in range(600)]
    index = Grams([segment_of(tmp_path, texts)])
    found, done = index.run_docs("民政厅", False, BitMap(range(600)), Deadline(-1))
    assert not done and set(found) <= set(range(600))


def test_a_segment_too_large_is_refused():
    with pytest.raises(ValueError):
        grams.build_terms([""] * (1 << grams.DOC_BITS), [0] * (1 << grams.DOC_BITS))


def word_oracle(searcher, articles) -> dict:
    """Return {(field, word): [(docnum, weight)]} counted from the analyzer's tokens of the stored articles."""
    from dangjian.index.schema import searchable_tokens
    by_id = {a.id: a for a in articles}
    boost = {"title": 3.0, "body": 1.0}
    postings: dict = {}
    for docnum in range(searcher.reader().doc_count_all()):
        tokens = searchable_tokens(by_id[searcher.stored_fields(docnum)["id"]])
        for field in ("title", "body"):
            counts: dict = {}
            for text, *_ in tokens[field].tokens:
                counts[text.lower()] = counts.get(text.lower(), 0) + 1
            for word, n in counts.items():
                postings.setdefault((field, word), []).append((docnum, n * boost[field]))
    return postings


def test_word_files_equal_the_analyzers_tokens_and_whoosh_keeps_no_word_postings(engine, bundled_articles):
    # Brute force: every word of title and body, counted from the analyzer's tokens of each stored
    # article, has exactly these postings (docnum, term frequency x field boost) in the word files,
    # with Whoosh's document frequency and idf formula; no other word is there. Whoosh's own term
    # index holds no word of these fields (our files are the only copy) but still their lengths.
    import math
    searcher = engine.warm().store.searcher()
    reader = searcher.reader()
    words = engine.warm().store.grams.words
    expected = word_oracle(searcher, bundled_articles)
    for (field, word), postings in expected.items():
        ids, weights = words.postings(field, word)
        assert list(zip(ids.tolist(), weights.tolist())) == postings, (field, word)
        assert words.has(field, word) and words.doc_frequency(field, word) == len(postings)
        assert words.idf(field, word) == math.log(reader.doc_count_all() / (len(postings) + 1)) + 1
    listed = {(field, w) for field, parts in words.fields.items() for part in parts for w in part.all_words()}
    assert listed == set(expected) and len(expected) > 1000
    assert not any(f in ("title", "body") for f, _ in reader.all_terms())
    from whoosh.util.numeric import byte_to_length, length_to_byte
    lengths: dict = {}
    for (field, _), postings in expected.items():
        for docnum, weight in postings:
            key = (docnum, field)
            lengths[key] = lengths.get(key, 0) + int(weight / (3.0 if field == "title" else 1.0))
    for (docnum, field), length in lengths.items():   # stored quantised, as Whoosh always did
        assert reader.doc_field_length(docnum, field) == byte_to_length(length_to_byte(length))
    assert not words.has("body", "没有这个词语") and words.postings("title", "没有这个词语")[0].size == 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_runs_found_with_word_postings_equal_brute_force(engine, bundled_articles, data):
    # Word postings make some candidates sure without a look at their text: only ever true ones.
    from dangjian.index.store.whoosh import gramsearch as postings
    from dangjian.index.store.whoosh.matching import clause_docs
    from dangjian.search.query import parse_query
    article = data.draw(st.sampled_from(bundled_articles))
    runs = [r for line in (article.title, *article.paragraphs) for r in query_runs(line) if len(r) >= 3]
    run = data.draw(st.sampled_from(runs or [list("民政厅")]))
    start = data.draw(st.integers(0, len(run) - 3))
    needle = "".join(run[start:start + data.draw(st.integers(3, 8))])
    snap = engine.warm()
    searcher = snap.store.searcher()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(postings, "SURE_FROM", 0)           # the bundled archive is small: always ask
        docs, done = clause_docs(searcher, snap.store.grams, parse_query(needle).groups[0][0],
                                 BitMap(snap.store.facets.live), Deadline(60))
    texts = {a.id: grams.lower_units("\n".join([a.title, *a.paragraphs, a.attribution or ""]))
             for a in bundled_articles}
    assert done and {searcher.stored_fields(d)["id"] for d in docs} == {i for i, t in texts.items() if needle in t}


def test_cards_decode_to_the_stored_documents_records(engine):
    # A hit without snippets is read from its card; it must be the record Whoosh's stored document gives.
    from dangjian.index.store.whoosh.records import decode
    store = engine.warm().store
    searcher = store.searcher()
    live = sorted(store.live())
    assert all(store.grams.card(d) is not None for d in live)
    assert store.records(live, text=False) == [decode(searcher.stored_fields(d), text=False) for d in live]
    assert store.records(live[:3], text=True) == [decode(searcher.stored_fields(d), text=True) for d in live[:3]]
    assert store.catalogue() == [decode(doc, text=False) for d, doc in searcher.reader().iter_docs() if d in live]
    assert any(r.slogans for r in store.records(live, text=False))          # not vacuous: lists came through
