"""Ways out of an empty result: "did you mean" from the index's vocabulary, partial matches, and the
queries the advanced form writes. Every suggestion's total is checked against the engine's own."""
from __future__ import annotations

import itertools

import pytest

from dangjian.search.didyoumean import count, did_you_mean, partial_matches
from dangjian.search.query import parse_query
from dangjian.search.request import SearchRequest
from dangjian.search.rewrite import compose, tokens_of, write
from dangjian.search.vocabulary import Vocabulary, sounds

# Characters an input method offers for the same syllable (written for this test, checked by pypinyin below).
HOMOPHONES = {"立": "力", "护": "户", "识": "实", "信": "心", "课": "颗", "关": "观", "局": "居", "想": "响",
              "育": "玉", "学": "雪", "建": "见", "设": "社", "史": "使", "题": "提", "议": "意", "范": "饭",
              "机": "基", "风": "丰", "严": "言", "初": "出", "命": "明", "维": "唯", "结": "节", "合": "和"}


def total(engine, query: str, **params) -> int:
    return engine.search(SearchRequest.from_params({"q": query, **params})).total


def test_the_homophone_table_is_homophones_by_pypinyin():
    for right, slip in HOMOPHONES.items():
        assert sounds(right) & sounds(slip), (right, slip)
    assert not sounds("确") & sounds("力")


def test_accents_mergers_count_as_alike():
    assert sounds("知") & sounds("资")      # zh / z
    assert sounds("南") & sounds("兰")      # n / l
    assert sounds("心") & sounds("星")      # in / ing


VOCAB = Vocabulary({"slogans": {"两个确立": 9, "三会一课": 4, "模范机关": 3}, "people": {"钱文涛": 2},
                    "agency": {"江苏省民政厅": 5}, "province": {"江苏": 5}})


@pytest.mark.parametrize("typed,expected", [
    ("两个确力", "两个确立"), ("确力", "确立"), ("三会一颗", "三会一课"), ("模范机光", "模范机关"),
    ("钱文滔", "钱文涛"), ("江苏省民正厅", "江苏省民政厅"), ("两个确立立", "两个确立"), ("江苏民政厅", "江苏省民政厅"),
])
def test_a_slip_comes_near_the_value_it_missed(typed, expected):
    assert VOCAB.near(typed)[0] == expected


def test_nothing_is_offered_that_only_shortens_the_term_or_repeats_it():
    near = VOCAB.near("两个确力")
    assert "两个确" not in near and "两个确力" not in near
    assert VOCAB.near("两个确立") == []


def test_a_prefix_looks_only_in_its_facet():
    assert VOCAB.near("钱文滔", "slogans") == [] and VOCAB.near("钱文滔", "people") == ["钱文涛"]


def _slips(engine):
    """Each 提法 of the index with one character swapped for a homophone: (slip, the 提法)."""
    for value in engine.stats()["facets"]["slogans"]:
        for k, char in enumerate(value):
            if char in HOMOPHONES and len(value) >= 3:
                yield value[:k] + HOMOPHONES[char] + value[k + 1:], value


def test_every_homophone_slip_of_a_slogan_gets_the_slogan_back_with_its_true_total(engine):
    tried = 0
    for slip, value in _slips(engine):
        request = SearchRequest.from_params({"q": slip})
        if engine.search(request).total:
            continue                    # the slip is printed somewhere: not a zero-hit query
        suggestions = did_you_mean(engine, request)
        assert value in [s["query"] for s in suggestions], (slip, suggestions)
        for s in suggestions:
            assert s["total"] == total(engine, s["query"]) > 0
        tried += 1
    assert tried >= 10


def test_only_the_term_that_finds_nothing_is_corrected(engine):
    suggestions = did_you_mean(engine, SearchRequest.from_params({"q": "两个确力 民政厅"}))
    assert suggestions[0] == {"query": "两个确立 民政厅", "total": total(engine, "两个确立 民政厅")}


def test_two_slips_are_corrected_together(engine):
    suggestions = did_you_mean(engine, SearchRequest.from_params({"q": "两个确力 三会一颗"}))
    assert suggestions[0] == {"query": "两个确立 三会一课", "total": total(engine, "两个确立 三会一课")}
    assert suggestions[0]["total"] > 0


def test_a_typed_filter_value_is_corrected_within_its_facet(engine):
    suggestions = did_you_mean(engine, SearchRequest.from_params({"q": "提法:两个确力"}))
    assert suggestions[0]["query"] == "提法:两个确立" and suggestions[0]["total"] == total(engine, "提法:两个确立")


def test_a_query_with_hits_or_without_near_values_gets_no_suggestion(engine):
    assert did_you_mean(engine, SearchRequest.from_params({"q": "火星基地"})) == []


def _best_by_brute_force(engine, terms: list[str]) -> int:
    """The most terms any subset keeps while finding something."""
    for size in range(len(terms), 0, -1):
        if any(total(engine, " ".join(c)) for c in itertools.combinations(terms, size)):
            return size
    return 0


@pytest.mark.parametrize("query", ["两个确立 延吉 火星人", "两个确立 三会一课 模范机关 银川 月球车",
                                   "民政厅 党建引领 火星人 海王星"])
def test_partial_matches_keep_as_many_terms_as_brute_force_and_report_true_totals(engine, query):
    request = SearchRequest.from_params({"q": query})
    assert engine.search(request).total == 0
    partials = partial_matches(engine, request)
    assert partials
    terms = query.split()
    best = _best_by_brute_force(engine, terms)
    assert len(terms) - len(partials[0]["dropped"]) == best
    for p in partials:
        assert p["total"] == total(engine, p["query"]) > 0
        assert sorted(p["query"].split() + p["dropped"]) == sorted(terms)


def test_a_pasted_sentence_offers_its_words_with_what_was_dropped(engine):
    sentence = "各级民政部门坚持党建引领推动社会组织高质量发展和两个确立取得新成效"
    request = SearchRequest.from_params({"q": sentence})
    assert engine.search(request).total == 0
    partials = partial_matches(engine, request)
    assert partials
    for p in partials:
        assert p["total"] == total(engine, p["query"]) > 0
        assert all(word in sentence for word in p["query"].split() + p["dropped"])


def test_filters_stay_when_terms_are_dropped(engine):
    request = SearchRequest.from_params({"q": "两个确立 火星人 省份:江苏"})
    partials = partial_matches(engine, request)
    assert partials and all("省份:江苏" in p["query"] for p in partials)
    assert partials[0]["total"] == total(engine, "两个确立 省份:江苏")


def test_count_is_the_engines_total(engine):
    request = SearchRequest.from_params({"q": "x", "province": ["江苏"]})
    assert count(engine, request, "民政") == total(engine, "民政", province=["江苏"])


@pytest.mark.parametrize("query", ['两个确立 -培训 标题:"会议，民政" -省份:江苏 日期:2023-10..', '延吉 OR 银川',
                                   '“说"好"”', '-"模范机关"'])
def test_tokens_write_back_to_the_same_query(query):
    assert parse_query(write(tokens_of(query))).__dict__ | {"raw": ""} == parse_query(query).__dict__ | {"raw": ""}


def test_the_form_fields_compose_the_query_they_mean():
    query = compose("两个确立 -培训", "模范机关建设", "延吉 银川", "会议 省份:江苏", "培训班",
                    (("省份", "江苏"), ("省份", "浙江"), ("提法", "三会一课")), "2023-10", "2024")
    parsed = parse_query(query)
    assert [[(c.text, c.field, c.exact) for c in g] for g in parsed.groups] == [
        [("两个确立", "text", False)], [("-培训", "text", True)], [("模范机关建设", "text", True)],
        [("延吉", "text", False), ("银川", "text", False)], [("培训班", "title", False)]]
    assert [(c.text, c.exact) for c in parsed.negatives] == [("会议", False), ("省份:江苏", True)]
    assert parsed.facets == {"province": ["江苏", "浙江"], "slogans": ["三会一课"]}
    assert (parsed.date_from, parsed.date_to) == ("2023-10", "2024") and not parsed.notices
    assert compose() == ""
