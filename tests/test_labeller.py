"""The line labeller: labels derived from truth, features, assembly from roles, the method setting, the trace.

Oracles first: a page's own aligned labels, assembled, must give back its truth (title, body,
attribution) and every Han character; the model's output must keep every character too.
"""
import re
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.line_truth import align
from benchmarks.train_labeller import composed_examples, method
from dangjian.index.parse import labeller
from dangjian.index.parse import parse_page, parser_version
from dangjian.index.parse.assemble import assemble
from dangjian.index.parse.labeller_features import LineView, page_features, page_views
from dangjian.index.parse.pipeline import format_trace
from dangjian.index.parse.records import Page

HAN = re.compile(r"[\u4e00-\u9fff]")
MODEL = labeller.MODEL_PATH
needs_model = pytest.mark.skipif(not MODEL.is_file(), reason="no trained labeller model")

# A page of our own: a header, a titled article whose attribution is glued to its last line, and an
# untitled one whose attribution the column broke over two lines.
PAGE = """社区报  2024年5月6日 星期一  第3版

柳河镇民政办开展
主题党日活动
5月4日，柳河镇民政办党支部组织
党员走进敬老院，为老人打扫卫生。
活动中，党员们与老人拉家常。（据柳河镇民政办）

近日，石桥村党支部召开党员大会，
学习党的二十大精神，讨论村务工作。
（石桥村党支部
供稿）
"""
TRUTH = [
    {"title": "柳河镇民政办开展主题党日活动",
     "body": ["5月4日，柳河镇民政办党支部组织党员走进敬老院，为老人打扫卫生。", "活动中，党员们与老人拉家常。"],
     "captions": [], "attribution": "（据柳河镇民政办）"},
    {"title": None, "body": ["近日，石桥村党支部召开党员大会，学习党的二十大精神，讨论村务工作。"],
     "captions": [], "attribution": "（石桥村党支部供稿）"},
]
LABELS = ["N", "T-B", "T-I", "B-I", "B-I", "B-I", "B-B", "B-I", "A-I", "A-I"]


def _views(text: str) -> list[LineView]:
    return [LineView(no, line.strip(), False, "body" if line.strip() else "blank", None)
            for no, line in enumerate(text.split("\n")[:-1], start=1)]


def _squash(text) -> str:
    return re.sub(r"\s+", "", text or "")


def test_labels_are_derived_by_aligning_lines_with_the_truth():
    texts = [v.text for v in _views(PAGE) if v.text]
    assert align(texts, TRUTH) == LABELS


def test_a_contents_entry_with_leader_dots_is_furniture_and_its_headline_below_the_title():
    # A bulletin's contents list repeats the titles printed below it. Aligned as a title, its entry
    # would teach the model that contents entries are headlines and the real headline furniture.
    texts = ["本期目录", "市民政局召开清廉机关建设推进会…………3", "养老服务科党支部开展结对帮扶……………5",
             "市民政局召开清廉机关建设推进会", "3月4日，市民政局召开清廉机关建设推进会。", "（办公室）",
             "养老服务科党支部开展结对帮扶", "近日，养老服务科党支部与社区结对。"]
    truth = [dict(title="市民政局召开清廉机关建设推进会", body=["3月4日，市民政局召开清廉机关建设推进会。"],
                  attribution="（办公室）", captions=[]),
             dict(title="养老服务科党支部开展结对帮扶", body=["近日，养老服务科党支部与社区结对。"],
                  attribution="", captions=[])]
    assert align(texts, truth) == ["N", "N", "N", "T-B", "B-I", "A-I", "T-B", "B-I"]


def test_assembling_the_aligned_labels_gives_back_the_truth():
    views = _views(PAGE)
    lines, noise, pieces = assemble(PAGE, views, [(label, 1.0, True) for label in LABELS], [])
    assert [n.line for n in noise] == [1]
    assert [(p.title, p.title_derived) for p in pieces][0] == ("柳河镇民政办开展主题党日活动", False)
    assert pieces[1].title_derived
    for piece, truth in zip(pieces, TRUTH):
        assert _squash("".join(piece.paragraphs)) == _squash("".join(truth["body"]))
        assert _squash(piece.attribution) == _squash(truth["attribution"])


def test_a_byline_the_column_broke_is_cut_from_the_lead_by_its_text():
    text = "本报讯（记者 张小\n明 通讯员 李四）5月3日，\n县民政局召开党建工作会议。\n"
    views = _views(text)
    _lines, _noise, pieces = assemble(text, views, [("A-B", 0.9, True), ("A-I", 0.9, True), ("B-I", 0.9, True)], [])
    assert _squash(pieces[0].attribution) == "本报讯（记者张小明通讯员李四）"
    assert pieces[0].paragraphs == ["5月3日，县民政局召开党建工作会议。"]


def test_a_title_alone_and_furniture_keep_their_text_as_noise_lines():
    text = "党建周刊\n大标题一行\n"
    _lines, noise, pieces = assemble(text, _views(text), [("N", 0.8, True), ("T-B", 0.7, True)], [])
    assert pieces == []
    assert [(n.line, n.text) for n in noise] == [(1, "党建周刊"), (2, "大标题一行")]
    assert "labeller" in noise[0].reason


@pytest.mark.parametrize("seed", [3, 11])
def test_composed_pages_round_trip_through_their_own_labels(seed):
    """Oracle: on composed pages (truth known), assembling the aligned labels restores the articles."""
    from benchmarks.composer import random_page
    from benchmarks.train_labeller import _as_unseen
    right = total = 0
    for n, ex in enumerate(composed_examples(20, seed, restyled=0.0)):
        composed = random_page(seed * 1_000_003 + n)
        truth = [_as_unseen(a) for a in composed.truth.articles]
        page = Page(path=ex.rel, text=composed.text.replace("\r\n", "\n"), sha1="x", encoding="utf-8")
        with method("rules"):
            views = page_views(page.text, parse_page(page).fates)
        _lines, _noise, pieces = assemble(page.text, views, [(label, 1.0, True) for label in ex.labels], [])
        total += len(truth)
        right += sum(_squash("".join(p.paragraphs)) == _squash("".join(t["body"]))
                     and _squash(p.attribution) == _squash(t["attribution"])
                     and (p.title_derived if t["title"] is None else _squash(p.title) == _squash(t["title"]))
                     for p, t in zip(pieces, truth))
    assert right >= 0.95 * total         # 56 of 58 and 58 of 58 when written


def test_features_describe_a_line_against_its_page():
    text = "2024年5月6日 星期一\n■ 柳河镇开展活动\n五月四日柳河镇民政办党支部组织党员走进敬老院\n打扫卫生。\n"
    views = [LineView(1, "2024年5月6日 星期一", False, "noise: dateline", None),
             *[LineView(no, line, False, "body", 1) for no, line in enumerate(text.split("\n")[1:-1], start=2)]]
    feats = page_features(views)
    assert feats[0]["fate"] == "noise" and feats[0]["noise"] == "dateline" and feats[0]["weekday"] == 1.0
    assert feats[1]["open"] == "marker" and feats[1]["first1"] == "柳"
    assert feats[2]["len"] == "full" and feats[3]["len"] in ("tiny", "short") and feats[3]["end"] == "stop"
    assert feats[2]["-1:open"] == "marker" and feats[0]["-1:edge"] == 1.0


def test_an_unknown_method_is_refused_with_the_choices(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "neural")
    with pytest.raises(labeller.LabellerError, match="rules, crf, combined"):
        labeller.method()


def test_a_missing_model_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("DANGJIAN_PARSER", "crf")
    monkeypatch.setenv("DANGJIAN_LABELLER_MODEL", str(tmp_path / "none.crfsuite"))
    with pytest.raises(labeller.LabellerError, match="train_labeller"):
        labeller.tag([{"bias": 1.0}])


@needs_model
def test_the_method_counts_in_the_parser_version(monkeypatch):
    monkeypatch.setenv("DANGJIAN_PARSER", "rules")
    rules = parser_version()
    monkeypatch.setenv("DANGJIAN_PARSER", "crf")
    assert parser_version() != rules


@needs_model
def test_combined_keeps_the_rules_cut_only_where_the_model_finds_all_of_it_plausible(monkeypatch):
    page = Page(path="社区报/2024-05-06/3.txt", text=PAGE, sha1="y", encoding="utf-8")
    with method("rules"):
        fates = parse_page(page).fates
    _v, rules = labeller.decide(PAGE, fates, chosen="rules")
    _v, model = labeller.decide(PAGE, fates, chosen="crf")
    monkeypatch.setattr(labeller, "CONFIDENT", 0.0)
    kept = labeller.decide(PAGE, fates, chosen="combined")[1]
    assert [d[0] for d in kept] == [d[0] for d in rules] and not any(d[2] for d in kept)
    monkeypatch.setattr(labeller, "CONFIDENT", 1.01)
    monkeypatch.setattr(labeller, "POLICY", "page")          # the model takes the whole page
    taken = labeller.decide(PAGE, fates, chosen="combined")[1]
    assert [d[0] for d in taken] == [d[0] for d in model] and all(d[2] for d in taken)


@needs_model
@pytest.mark.parametrize("chosen", ["crf", "combined"])
def test_the_model_keeps_every_character_of_composed_and_development_pages(chosen):
    from benchmarks import unseen_score
    from benchmarks.composer import random_page
    root = unseen_score.SETS["dev"]
    with method(chosen):
        for rel in sorted(unseen_score.load_truth(root)):
            assert not unseen_score.conservation(rel, root), rel
        for seed in range(40):
            composed = random_page(9_000 + seed)
            parsed = parse_page(Page(path=f"p/2024-01-01/{seed}.txt", text=composed.text, sha1=str(seed),
                                     encoding="utf-8"))
            text = "".join("".join([*a.paragraphs, a.attribution or "", "" if a.title_derived else a.title])
                           for a in parsed.articles) + "".join(n.text for n in parsed.noise)
            kept = Counter(HAN.findall(text))
            assert kept == Counter(HAN.findall(composed.text)), seed


@needs_model
def test_the_trace_shows_the_model_role_and_confidence_only_where_it_decides():
    page = Page(path="社区报/2024-05-06/3.txt", text=PAGE, sha1="z", encoding="utf-8")
    with method("crf"):
        traced = format_trace(parse_page(page))
    assert all(re.search(r"\[(T-B|T-I|T-O|B-B|B-I|A-B|A-I|C|N) [01]\.\d\d\]$", line)
               for line in traced[1:] if line.split()[1] != "blank")
    with method("rules"):
        assert not any("[B-I" in line for line in format_trace(parse_page(page)))


def test_a_model_calling_most_of_a_page_furniture_leaves_the_rules_cut(monkeypatch):
    page = Page(path="社区报/2024-05-06/3.txt", text=PAGE, sha1="w", encoding="utf-8")
    with method("rules"):
        rules = parse_page(page)
    monkeypatch.setattr(labeller, "tag", lambda features, other=None: [("N", 0.99)] * len(features))
    with method("crf"):
        parsed = parse_page(page)
    assert [a.paragraphs for a in parsed.articles] == [a.paragraphs for a in rules.articles]
    assert parsed.noise == rules.noise and len(rules.articles) == 2


def test_the_shipped_model_was_trained_on_the_current_feature_code():
    """A model's weights belong to the features the code made when it was trained: after a change to
    labeller_features.py the shipped model must be retrained (python -m benchmarks.train_labeller)."""
    stamp = labeller.stamp_path(MODEL)
    assert MODEL.is_file() and stamp.is_file(), "no model or no feature stamp: python -m benchmarks.train_labeller"
    assert stamp.read_text(encoding="utf-8").strip() == labeller.feature_code_hash(), (
        "the shipped labeller was trained on other feature code: python -m benchmarks.train_labeller")


def test_training_stamps_the_model_with_the_feature_code_and_a_change_shows(tmp_path, monkeypatch):
    from benchmarks.train_labeller import train
    from dangjian.index.parse import labeller_features
    out = train(composed_examples(3, 2), tmp_path / "m.crfsuite", {"max_iterations": 5})
    assert labeller.stamp_path(out).read_text(encoding="utf-8").strip() == labeller.feature_code_hash()
    changed = tmp_path / "labeller_features.py"
    changed.write_text(Path(labeller_features.__file__).read_text(encoding="utf-8") + "\n# another feature\n",
                       encoding="utf-8")
    monkeypatch.setattr(labeller_features, "__file__", str(changed))
    assert labeller.feature_code_hash() != labeller.stamp_path(out).read_text(encoding="utf-8").strip()


def test_training_is_reproducible(tmp_path):
    from benchmarks.train_labeller import train
    examples = composed_examples(6, 4)
    first = train(examples, tmp_path / "a.crfsuite", {"max_iterations": 20})
    again = train(composed_examples(6, 4), tmp_path / "b.crfsuite", {"max_iterations": 20})
    assert first.read_bytes() == again.read_bytes()


def test_a_line_is_measured_against_its_own_pages_lines():
    """Publications set their own columns: the same line is short on a wide page, full on a narrow one."""
    line = "柳河镇民政办党支部组织党员"
    narrow = [LineView(1, line, False, "body", 1), LineView(2, "走进敬老院打扫卫生活动中党", False, "body", 1)]
    wide = [LineView(1, line, False, "body", 1),
            LineView(2, "走进敬老院为老人打扫卫生活动中党员们与老人拉家常并送去慰问品", False, "body", 1)]
    assert page_features(narrow)[0]["rel_max"] == "b4" and page_features(wide)[0]["rel_max"] in ("b1", "b2")


def test_a_line_that_may_carry_on_the_sentence_before_is_told_from_one_after_a_full_stop():
    views = [LineView(1, "5月4日，柳河镇民政办党支部组织党员走进", False, "body", 1),
             LineView(2, "敬老院，为老人打扫卫生。", False, "body", 1),
             LineView(3, "（石桥村党支部", False, "attribution", 1),
             LineView(4, "供稿）", False, "attribution", 1),
             LineView(5, "", False, "blank", None),
             LineView(6, "本报合肥5月12日电（记者 王敏）", False, "attribution", 2)]
    feats = page_features(views)
    assert feats[1]["continues"] == "wide" and feats[2]["continues"] == "no"
    assert feats[2]["unclosed"] == 1.0 and feats[3]["continues"] == "open"
    assert feats[0]["block"] == "first" and feats[3]["block"] == "last" and feats[4]["block"] == "alone"
    assert feats[4]["dateline"] == 1.0 and "dateline" not in feats[0]


BRIEFS = """党建快讯
■ 安宁市民政局召开支部书记例会
12日上午，安宁市民政局召开机关支部书记例会。
（据安宁市民政局）
■ 连然街道开展党员志愿服务
今年以来，连然街道组织党员志愿者走访独居老人。
"""


def test_combined_lets_a_certain_rule_stand_where_the_model_decides(monkeypatch):
    page = Page(path="滇中融媒/2024-05-06/3.txt", text=BRIEFS, sha1="v", encoding="utf-8", publication="滇中融媒")
    with method("rules"):
        fates = parse_page(page).fates
    monkeypatch.setattr(labeller, "tag", lambda features, other=None: [("B-I", 0.6)] * len(features))
    monkeypatch.setattr(labeller, "CONFIDENT", 1.01)          # the model decides the page
    monkeypatch.setattr(labeller, "POLICY", "page")
    monkeypatch.setattr(labeller, "KEEP_CERTAIN", True)
    mixed = [label for label, _p, _m in labeller.decide(BRIEFS, fates, chosen="combined")[1]]
    # the column label, the marked items and the closed attribution are the rules'; the rest the model's
    assert mixed == ["N", "T-B", "B-I", "A-I", "T-B", "B-I"]
    monkeypatch.setattr(labeller, "KEEP_CERTAIN", False)
    assert [label for label, _p, _m in labeller.decide(BRIEFS, fates, chosen="combined")[1]] == ["B-I"] * 6


def test_a_parser_tests_pages_are_its_long_strings_but_never_its_docstrings():
    import ast
    from benchmarks.train_labeller import _page_constants
    page, inline, doc = ("\n".join(["标题", "正文一", "正文二", "（据某局）", ""]),
                         "\n".join(["■ 快讯", "正文", "（据某县）", "", ""]), "\n".join(["Doc", "string", "of", "it."]))
    source = "\n".join([f"{doc!r}", f"PAGE = {page!r}", "def test_x():", f"    {doc!r}", f"    parse({inline!r})",
                        f"    short = {'a' + chr(10) + 'b'!r}", ""])
    assert _page_constants(ast.parse(source)) == [page, inline]


def test_a_model_cut_leaving_no_article_where_the_rules_found_one_leaves_the_rules_cut(monkeypatch):
    # 本报讯 without a byline opens the lead: a model that reads the lead as an attribution leaves a
    # title and an attribution alone, no article; the page's one report must not vanish from search.
    text = "乌兰察布试点社区党建工作会议召开\n\n本报讯 5月6日，乌兰察布试点社区召开党建工作推进会。\n"
    page = Page(path="浙江日报/2024-05-06/02.txt", text=text, sha1="u", encoding="utf-8", publication="浙江日报")
    monkeypatch.setattr(labeller, "tag", lambda features, other=None: [("T-B", 0.76), ("A-I", 0.71)][:len(features)])
    with method("crf"):
        parsed = parse_page(page)
    assert [a.title for a in parsed.articles] == ["乌兰察布试点社区党建工作会议召开"]


def test_the_rules_roles_are_cut_into_blocks_at_every_opening_role():
    labels = ["N", "T-B", "T-I", "B-I", "A-I", "B-B", "B-I", "N", "T-B", "B-I"]
    assert labeller.rule_blocks(labels) == [range(0, 1), range(1, 5), range(5, 8), range(8, 10)]
    assert labeller.rule_blocks(["B-B", "B-I"]) == [range(0, 2)]


def test_a_block_keeps_the_rules_roles_where_the_model_finds_them_plausible_and_takes_the_models_elsewhere():
    # Two articles by the rules; the model doubts only the second (its caption read as a new article).
    rules = ["T-B", "B-I", "A-I", "T-B", "B-I", "B-I"]
    plausible = [("T-B", 0.95), ("B-I", 0.9), ("A-I", 0.9), ("B-I", 0.3), ("C", 0.4), ("B-I", 0.9)]
    model = [("T-B", 0.9), ("B-I", 0.9), ("B-I", 0.6), ("T-I", 0.7), ("C", 0.6), ("B-I", 0.9)]
    mixed = labeller.by_block(rules, [(label, p) for label, (_m, p) in zip(rules, plausible)], model)
    assert [d[0] for d in mixed] == ["T-B", "B-I", "A-I", "T-I", "C", "B-I"]
    assert [d[2] for d in mixed] == [False, False, False, True, True, True]


def test_combined_by_block_lets_the_model_decide_only_the_doubtful_article(monkeypatch):
    page = Page(path="滇中融媒/2024-05-06/3.txt", text=BRIEFS, sha1="b", encoding="utf-8", publication="滇中融媒")
    with method("rules"):
        fates = parse_page(page).fates
    rules = [label for label, _p, _m in labeller.decide(BRIEFS, fates, chosen="rules")[1]]
    assert rules == ["N", "T-B", "B-I", "A-I", "T-B", "B-I"]

    def model(features, other=None):       # sure of the page's first item, not of the second
        if other is not None:
            return [(label, 0.99 if k < 4 else 0.2) for k, label in enumerate(other)]
        return [("N", 0.9), ("T-B", 0.9), ("B-I", 0.9), ("A-I", 0.9), ("B-I", 0.6), ("B-I", 0.6)]
    monkeypatch.setattr(labeller, "tag", model)
    monkeypatch.setattr(labeller, "POLICY", "block")
    decided = labeller.decide(BRIEFS, fates, chosen="combined")[1]
    assert [d[0] for d in decided] == ["N", "T-B", "B-I", "A-I", "B-I", "B-I"]
    monkeypatch.setattr(labeller, "POLICY", "page")
    assert [d[0] for d in labeller.decide(BRIEFS, fates, chosen="combined")[1]] == [d[0] for d in model([])]


def test_a_caption_broken_over_two_lines_and_a_web_source_line_are_told_by_their_shapes():
    views = [LineView(1, "活动中，党员们为老人打扫了庭院。", False, "body", 1),
             LineView(2, "图为志愿者在敬老院打扫庭院。（王", False, "body", 1),
             LineView(3, "晓 摄）", False, "body", 1),
             LineView(4, "来源：青山县民政局　作者：王晓", False, "body", 1)]
    feats = page_features(views)
    assert feats[1]["caption_open"] == 1.0 and "photo_end" not in feats[1]
    assert feats[2]["photo_end"] == 1.0 and feats[2]["-1:caption_open"] == 1.0
    assert feats[3]["source_line"] == 1.0 and "caption_open" not in feats[0] and "source_line" not in feats[0]


def test_styled_pages_give_the_trainer_one_label_a_line():
    from benchmarks.train_labeller import styled_examples
    examples = styled_examples(4, 2)
    assert len(examples) == 4
    assert all(ex.labels and len(ex.labels) == len(ex.features) == len(ex.texts) for ex in examples)
    assert len({ex.rel for ex in examples}) == 4


def test_a_line_the_files_markup_marks_keeps_the_rules_role_over_the_models():
    # An e-paper marks an inner heading and a caption; the model, which sees no markup, reads both as body.
    views = [LineView(1, "青山县民政局开展主题党日活动", False, "title", 1),
             LineView(2, "6月28日，青山县民政局组织党员重温入党誓词。", False, "lead", 1),
             LineView(3, "以学铸魂", False, "title", 2),
             LineView(4, "图为党员重温入党誓词。", False, "body", 2)]
    model = [("T-B", 0.9, True), ("B-I", 0.9, True), ("B-I", 0.6, True), ("B-I", 0.7, True)]
    rules = ["T-B", "B-I", "T-B", "C"]
    kept = labeller.keep_marked(views, model, rules, {3: "heading", 4: "caption", 2: "body"})
    assert [d[0] for d in kept] == ["T-B", "B-I", "T-B", "C"]
    assert [d[2] for d in kept] == [True, True, False, False]
    assert labeller.keep_marked(views, model, rules, {}) == model
