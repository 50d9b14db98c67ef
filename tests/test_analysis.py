"""Analysis: jieba words with ordinal positions, query runs, replayed tokens, the analyzer version."""
import pytest

from dangjian.index import analysis
from dangjian.index.analysis import Tokenized, pretokenize, query_runs, word_tokens
from dangjian.index.store.whoosh.analyzer import WordAnalyzer


def test_word_analyzer_positions_are_ordinals_and_chars_are_offsets():
    text = "拥护“两个确立”，树牢“四个意识”"
    tokens = [(t.text, t.pos, t.startchar, t.endchar)
              for t in WordAnalyzer()(text, positions=True, chars=True, mode="query")]
    assert tokens == [("拥护", 0, 0, 2), ("两个确立", 1, 3, 7), ("树牢", 2, 9, 11), ("四个意识", 3, 12, 16)]
    for word, _, start, end in tokens:
        assert text[start:end] == word


def test_index_mode_adds_sub_words_at_the_word_position():
    tokens = [(t.text, t.pos) for t in WordAnalyzer()("两个确立", positions=True, mode="index")]
    assert ("两个确立", 0) in tokens and ("确立", 0) in tokens and ("两个", 0) in tokens


@pytest.mark.parametrize("word", ["两个确立", "总体国家安全观", "民政厅", "模范机关", "延吉市", "三级联动"])
def test_lexicon_words_stay_whole(word):
    assert word in [w for w, *_ in word_tokens(f"推进{word}工作", mode="query")]


def test_no_stemming_or_english_stopwords():
    assert [t.text for t in WordAnalyzer()("Working the PARTY", mode="query")] == ["working", "the", "party"]


def test_query_runs_break_at_punctuation():
    assert query_runs("“两个确立”第12次") == [["两", "个", "确", "立"], ["第", "1", "2", "次"]]


def test_replayed_tokens_equal_analyzing_again():
    title, body = "山东省民政厅召开会议", "10月26日，山东省民政厅在滨州市召开会议。"
    made = pretokenize(title, body)
    for field, analyzer, text in (("title", WordAnalyzer(), title), ("body", WordAnalyzer(), body)):
        replayed = [(t.text, t.pos) for t in analyzer(made[field], positions=True, mode="index")]
        fresh = [(t.text, t.pos) for t in analyzer(text, positions=True, mode="index")]
        assert replayed == fresh


def test_tokenized_survives_pickling():
    import pickle
    value = Tokenized("民政", [("民政", 0, 0, 2)])
    copy = pickle.loads(pickle.dumps(value))
    assert copy == "民政" and copy.tokens == [("民政", 0, 0, 2)]


def test_analysis_version_changes_with_lexicon(monkeypatch):
    before = analysis.analysis_version()
    monkeypatch.setattr(analysis, "lexicon_hash", lambda: "different")
    assert analysis.analysis_version() != before
