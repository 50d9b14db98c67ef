"""rjieba, as index/segmenter.py loads it, gives exactly jieba's word tokens.

jieba is the oracle: every comparison runs ``word_tokens`` (both modes: the
index's search-mode words with their dictionary sub-words and offsets, and the
query's precise words) once with each segmenter, the user dictionary and HMM
included. The comparisons skip only when rjieba is not installed (it is optional).
"""
import json
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dangjian.cli import main
from dangjian.index import analysis
from dangjian.index import words as segmenter
from dangjian.index.analysis import jieba_tokenizer, word_tokens

from .conftest import BUNDLED


@pytest.fixture(scope="module")
def pair():
    pytest.importorskip("rjieba", reason="rjieba is not installed (optional)")
    return segmenter.JiebaWords(jieba_tokenizer()), segmenter.RustWords(segmenter.rust_like_jieba(),
                                                                        jieba_tokenizer)


def tokens_with(seg, text, mode):
    saved = segmenter._chosen
    segmenter._chosen = seg
    try:
        return word_tokens(text, mode)
    finally:
        segmenter._chosen = saved


def assert_same(pair, text):
    jieba_words, rust_words = pair
    for mode in ("index", "query"):
        assert tokens_with(rust_words, text, mode) == tokens_with(jieba_words, text, mode), (mode, text[:200])


def test_every_bundled_article(pair, bundled_articles):
    for article in bundled_articles:
        for text in (article.title, article.body, article.attribution or ""):
            assert_same(pair, text)


def test_generated_pages(pair):
    from benchmarks.generate import make_page
    for k in range(200):
        data = make_page(3, 5000, k).data
        text = data.decode("gb18030") if _not_utf8(data) else data.decode("utf-8")
        assert_same(pair, text)


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


# Characters where the two implementations part: jieba's block punctuation (- _ . % + # &),
# numbers, Latin, ideographs outside U+4E00–U+9FD5 (extension A and B, U+9FD6–U+9FFF,
# compatibility), whitespace of every kind, and lexicon words (user dictionary) and prose.
PIECES = ["两个确立", "习近平", "民政厅", "北京市民政局", "党建工作", "高质量发展", "中华人民共和国",
          "增长", "同比", "的", "了", "COVID", "v", "x1", "AT&T", "c++", "C#",
          "-", "_", ".", "%", "+", "#", "&", "，", "。", "“", "”", "、", " ", "\n", "\r\n", "\t", "\u3000",
          "㐀", "䶵", "鿖", "鿿", "豈", "𠀀", "𪜀", "〇", "ǅ", "ß", "Σ", "Ａ", "１", "٣", "\x00", "\x85", "\u2028"]
numbers = st.builds(lambda n, frac, pct: f"{n}{frac}{pct}", st.integers(0, 99999),
                    st.sampled_from(["", ".", ".5", ".05", ".5.3"]), st.sampled_from(["", "%", "%%"]))
ideographs = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
pieces = st.sampled_from(PIECES) | numbers | st.text(ideographs, min_size=1, max_size=6)
texts = st.lists(pieces, max_size=25).map("".join) | st.text(max_size=40)


@settings(max_examples=600, deadline=None)
@given(texts)
def test_hypothesis_texts(pair, text):
    assert_same(pair, text)


def reference_word_tokens(tok, text, mode):
    # word_tokens as it was before the segmenter and the word cache, straight on jieba.
    out, position = [], 0
    for word, start, end in tok.tokenize(text, HMM=True):
        if not re.search(r"[\w]", word):
            continue
        word = word.strip().lower()
        if not word:
            continue
        if mode == "index":
            for size in (2, 3):
                if len(word) > size:
                    out.extend((word[i:i + size], position, start + i, start + i + size)
                               for i in range(len(word) - size + 1) if tok.FREQ.get(word[i:i + size]))
        out.append((word, position, start, end))
        position += 1
    return out


@settings(max_examples=300, deadline=None)
@given(texts)
def test_word_tokens_equal_the_code_before_the_segmenter(pair, text):
    jieba_words, rust_words = pair
    for mode in ("index", "query"):
        expected = reference_word_tokens(jieba_words.tok, text, mode)
        assert tokens_with(jieba_words, text, mode) == expected
        assert tokens_with(rust_words, text, mode) == expected


def test_bundled_articles_equal_the_code_before_the_segmenter(pair, bundled_articles):
    jieba_words, _ = pair
    for article in bundled_articles:
        assert tokens_with(jieba_words, article.body, "index") == reference_word_tokens(jieba_words.tok, article.body,
                                                                                       "index")


def test_long_runs_of_rare_ideographs(pair):
    # Characters the HMM has no emission for: ties in its scores must break alike.
    rng = random.Random(4)
    for _ in range(50):
        assert_same(pair, "".join(chr(rng.randint(0x4E00, 0x9FD5)) for _ in range(rng.randint(20, 120))))


def test_user_words_stay_whole_and_sub_words_come_from_the_dictionary(pair):
    _, rust_words = pair
    for word in analysis.user_words()[:200]:
        assert rust_words.is_word(word)
    # The total's padding word is longer than any sub-word asked about, and no text can hold it.
    assert len(segmenter._TOTAL_PAD) > 3 and not rust_words.is_word(segmenter._TOTAL_PAD[:3])
    assert not rust_words.is_word("确立两")


def test_the_environment_forces_jieba(monkeypatch):
    monkeypatch.setattr(segmenter, "_chosen", None)
    monkeypatch.setenv(segmenter.TOKENIZER_ENV, "jieba")
    assert segmenter.word_segmenter().name == "jieba"
    monkeypatch.setattr(segmenter, "_chosen", None)
    monkeypatch.setenv(segmenter.TOKENIZER_ENV, "")
    assert segmenter.word_segmenter().name == ("rjieba" if segmenter.rjieba_installed() else "jieba")
    monkeypatch.setattr(segmenter, "_chosen", None)
    monkeypatch.setenv(segmenter.TOKENIZER_ENV, "pkuseg")
    with pytest.raises(ValueError, match="DANGJIAN_TOKENIZER"):
        segmenter.word_segmenter()


def test_the_analysis_version_does_not_name_the_segmenter(monkeypatch):
    versions = set()
    for choice in ("jieba", "rjieba"):
        monkeypatch.setattr(segmenter, "_chosen", None)
        monkeypatch.setenv(segmenter.TOKENIZER_ENV, choice)
        versions.add(analysis.analysis_version())
    assert len(versions) == 1


def test_a_bad_setting_is_one_clear_error_before_any_work(runner, tmp_path, monkeypatch):
    monkeypatch.setenv(segmenter.TOKENIZER_ENV, "pkuseg")
    result = runner.invoke(main, ["reindex", "--archive", str(BUNDLED), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 2
    assert "DANGJIAN_TOKENIZER" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "ix").exists() or not any((tmp_path / "ix").rglob("meta.json"))


def test_meta_records_the_segmenter_outside_the_analysis_version(built):
    from dangjian.index import generations as gens
    config, _ = built
    meta = json.loads((gens.current_dir(config.index) / gens.META).read_text(encoding="utf-8"))
    assert meta["word_segmenter"] == segmenter.segmenter_name()
    assert meta["analysis_version"] == analysis.analysis_version()


def test_indexes_built_with_either_hold_the_same_word_terms(tmp_path, monkeypatch):
    pytest.importorskip("rjieba", reason="rjieba is not installed (optional)")
    from dangjian.index.config import Config
    from dangjian.index.writer import build_index
    from dangjian.search.engine import Engine
    terms = {}
    for choice in ("jieba", "rjieba"):
        monkeypatch.setattr(segmenter, "_chosen", None)     # forked workers must not inherit a choice
        monkeypatch.setenv(segmenter.TOKENIZER_ENV, choice)
        config = Config(archive=BUNDLED, index=tmp_path / choice)
        build_index(config, processes=2)
        # The word postings live in the embedded store's word files (Whoosh keeps none of them).
        words = Engine(config.index).warm().store.grams.words
        terms[choice] = {(field, word, words.doc_frequency(field, word),
                          float(words.postings(field, word)[1].sum()))
                         for field, parts in words.fields.items() for part in parts for word in part.all_words()}
    assert terms["jieba"] and terms["jieba"] == terms["rjieba"]


def test_rjieba_gets_jiebas_dictionary_and_total():
    # The padding word makes rjieba's total jieba's: check the figures it is computed from.
    tok = jieba_tokenizer()
    freq, total = segmenter._jieba_dictionary()
    users = set(analysis.user_words())
    assert total + len(users) * analysis.USER_WORD_FREQ == tok.total
    assert all(tok.FREQ.get(word) == n for word, n in freq.items() if word not in users and n)
    assert {w for w, n in tok.FREQ.items() if n} == {w for w, n in freq.items() if n} | users


OLD_SAFE_BLOCK = re.compile(r"(?:[\u4E00-\u9FD5]+|[0-9]++(?:\.[0-9]++)?+(?:%(?![0-9]))?+)+")   # backtracked 2^n


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="党建引领0123456789.%-_", max_size=14))
def test_the_safe_block_test_judges_as_before(text):
    # The possessive pattern accepts exactly what the backtracking one did (short texts: it finishes).
    assert bool(segmenter._SAFE_BLOCK.fullmatch(text)) == bool(OLD_SAFE_BLOCK.fullmatch(text))


def test_a_long_han_run_before_a_hyphen_is_cut_as_jieba_cuts_it(pair):
    # The old test needed about 2^n steps here: indexing such a page never finished.
    text = "党建引领基层治理" * 250 + "-2023"
    assert not segmenter._SAFE_BLOCK.fullmatch(text)
    assert_same(pair, text)
