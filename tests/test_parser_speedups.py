"""The parser's shortcuts give exactly what the plain code they replaced gives.

Each fast path (one translate table, a skipped regex pass, a prefix index, a
character prefilter, a cache, articles without line fates) is checked against
the simple version written out here, on drawn text and on composed pages. The
whole-archive check before and after a change is ``benchmarks.parse_identity``.
"""
import json
import re
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from benchmarks import parse_identity, parse_speed
from benchmarks.composer import random_page
from dangjian.index.parse import clean, noise, people
from dangjian.index.parse import segmentation as segment
from dangjian.index.parse.clean import join_lines, normalize, tidy, visual_width
from dangjian.index.parse.lexicon import load_lexicon
from dangjian.index.parse.metadata import places_in
from dangjian.index.parse.pipeline import articles_from_page, parse_file, parse_page
from dangjian.index.parse.records import Article, Page

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)
# The characters the shortcuts turn on: full-width forms, odd and invisible spaces, line ends,
# middle dots, sentence and header punctuation, bylines, and ordinary Han text.
ALPHABET = list("１２９０ＡＺａｚ\u3000\u00a0\u2002\u2003\u2009\t\r\n \u200b\ufeff\u00ad\u30fb·"
                "0123456789AZaz:：-—–，。；！？,;、“”（）()年月日第版星期一二周天记者通讯员本报讯据民政厅党建"
                "山东省济南市历下区张李王会议指出\x00𠀋")
TEXT = st.text(alphabet=st.sampled_from(ALPHABET), max_size=60)


def normalize_plain(text: str) -> str:
    """normalize as first written: three passes and a Python call per character."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(clean._INVISIBLE).replace("\u30fb", "·")
    return "".join(_narrow_plain(c) for c in text)


def _narrow_plain(c: str) -> str:
    if "\uff10" <= c <= "\uff19" or "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a":
        return unicodedata.normalize("NFKC", c)
    return " " if c in "\u3000\u00a0\u2002\u2003\u2009\t" else c


def tidy_plain(text: str) -> str:
    """tidy without its shortcut for text holding no whitespace."""
    text = clean._BYLINE.sub(lambda m: clean._SPACES.sub(clean._KEPT_SPACE, m.group().strip()), text)
    text = clean._SPACES.sub(" ", clean._STRAY_SPACE.sub("", text)).strip()
    return text.replace(clean._KEPT_SPACE, " ")


def places_plain(text: str) -> list[str]:
    """places_in as first written: every length from 10 down to 2 at every position."""
    lex, out, i = load_lexicon(), [], 0
    while i < len(text) - 1:
        for size in range(min(10, len(text) - i), 1, -1):
            name = text[i:i + size]
            if name in lex.places or name in lex.provinces:
                if name in lex.places:
                    bare = re.sub(r"(市|县|地区|盟|自治州|自治县|旗)$", "", name)
                    canonical = bare if len(bare) >= 2 and lex.places.get(bare) == lex.places[name] else name
                    if canonical not in out:
                        out.append(canonical)
                i += size
                break
        else:
            i += 1
    return out


def title_plain(lines) -> bool:
    """looks_like_title as first written: join first, then test."""
    text = join_lines(lines)
    return (0 < len(lines) <= segment.MAX_TITLE_LINES and 4 <= len(text) <= segment.MAX_TITLE_CHARS
            and not segment._TITLE_FORBIDDEN.search(text) and not segment.LEAD_START.match(text)
            and not segment._ENUMERATION.match(text)                        # issue 15: 一、 （一） are body
            and not any(segment.DATELINE.match(tidy(ln)) for ln in lines[1:])   # a dateline ends a headline
            and not segment.is_attribution(text) and text[-1] not in "、：:“《（(")


@SETTINGS
@given(text=TEXT)
def test_normalize_is_the_per_character_version_and_idempotent(text):
    assert normalize(text) == normalize_plain(text)
    assert normalize(normalize(text)) == normalize(text)        # classify_page relies on it


@SETTINGS
@given(text=TEXT)
def test_tidy_is_the_three_pass_version(text):
    assert tidy(text) == tidy_plain(text)
    assert type(tidy(clean.Ln(text, (1,)))) is str


@SETTINGS
@given(text=TEXT)
def test_visual_width_is_the_per_character_sum(text):
    plain = sum(0.5 if c.isascii() else 1.0 for c in text if not c.isspace())
    assert visual_width(text) == plain and type(visual_width(text)) is type(plain)


PLACE_NAMES = sorted(set(load_lexicon().places) | set(load_lexicon().provinces))
PLACE_TEXT = st.lists(st.one_of(st.sampled_from(PLACE_NAMES), TEXT.map(lambda t: t[:4])), max_size=12).map("".join)


@SETTINGS
@given(text=PLACE_TEXT)
def test_places_in_is_the_brute_force_scan(text):
    assert places_in(text) == places_plain(text)


@SETTINGS
@given(lines=st.lists(TEXT.map(lambda t: t.replace("\n", "").replace("\r", "")), min_size=0, max_size=6))
def test_title_test_is_the_join_first_version(lines):
    assert segment.looks_like_title(lines) == title_plain(lines)


LINES = st.lists(st.sampled_from(["", "", "标题", "近日，会议召开。", "（据民政厅）"]), max_size=10)


@SETTINGS
@given(lines=LINES, start=st.integers(0, 11), count=st.integers(1, 4))
def test_nearest_filled_lines_are_the_list_scans(lines, start, count):
    """The segmenter's look-ahead and look-back are what listing every filled line gave."""
    assert segment._filled_after(lines, start, count) == [ln for ln in lines[start:] if ln][:count]
    before = [ln for ln in lines[:start] if ln]
    assert segment._last_filled_before(lines, start) == (before[-1] if before else None)
    assert clean._next_text(lines, start) == next((ln for ln in lines[start:] if ln), "")


EDGE_PIECES = ["2024年3月12日", "星期二", "第4版", "4", "- 4 -", "–4–", "—4—", "责任编辑：王某", "美编：李四海", "公益时报",
               "TOPIC", "党建", " ", "，", "“", "周一", "2024年3月1", "2日", "编辑", "：", "（上接第2版）"]
EDGE_TEXT = st.lists(st.one_of(st.sampled_from(EDGE_PIECES), TEXT.map(lambda t: t[:3])), max_size=6).map("".join)
PAGE_TEXT = st.lists(EDGE_TEXT, max_size=14).map("\n".join)


@SETTINGS
@given(text=PAGE_TEXT)
def test_header_prefilter_changes_no_verdict(text):
    """Headers, footers and their halves, with and without the 'character no header holds' shortcut."""
    fast = noise.classify_page(text), [noise.edge_reason(line) for line in text.split("\n")]
    with pytest.MonkeyPatch.context() as m:
        m.setattr(noise, "_edge_outsider", lambda: re.compile("(?!)"))     # never refuses a line early
        slow = noise.classify_page(text), [noise.edge_reason(line) for line in text.split("\n")]
    assert fast == slow


def test_role_patterns_find_what_they_found_without_the_look_ahead():
    """The first-character look-ahead only skips positions: same matches on every composed page."""
    found = 0
    for fast in people._role_patterns(load_lexicon()):
        plain = re.compile("(?<!总)" + fast.pattern.split("(?<!总)", 1)[1])
        assert plain.pattern != fast.pattern
        for seed in SEEDS:
            text = random_page(seed).text
            matches = [m.groups() + (m.span(),) for m in fast.finditer(text)]
            assert matches == [m.groups() + (m.span(),) for m in plain.finditer(text)]
            found += len(matches)
    assert found > 20              # the pages name people after their roles


def _page(seed: int) -> Page:
    composed = random_page(seed)
    return Page(path=f"公益时报/{composed.truth.issue_date}/{seed}.txt", text=composed.text, sha1=str(seed),
                encoding="utf-8", publication=composed.truth.publication, issue_date=composed.truth.issue_date)


SEEDS = range(40)


@pytest.mark.parametrize("seed", SEEDS)
def test_articles_without_fates_are_the_parsed_articles(seed):
    page = _page(seed)
    assert articles_from_page(page) == parse_page(page).articles
    assert articles_from_page(page, first=4) == parse_page(page, first=4).articles


def _clear_caches() -> None:
    for fn in (clean.tidy, clean.ends_sentence, clean._joined, segment._title_like, segment.is_attribution):
        fn.cache_clear()


def test_caches_never_change_a_parse():
    """A page parsed alone, cold, gives what it gives after many others (caches warm, any order)."""
    pages = [_page(seed) for seed in SEEDS]
    warm = [parse_page(p) for p in pages] + [parse_page(p) for p in reversed(pages)]
    for k, page in enumerate(pages):
        _clear_caches()
        cold = parse_page(page)
        assert cold == warm[k] == warm[-1 - k]


def test_parse_file_gives_the_same_articles_with_and_without_the_trace(tmp_path):
    for seed in SEEDS:
        page = random_page(seed)
        path = tmp_path / "公益时报" / page.truth.issue_date.isoformat() / f"{seed:02d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(page.data)
        plain = parse_file(path, tmp_path)
        traced = parse_file(path, tmp_path, keep_noise=True)
        assert plain == (traced.page, traced.articles)


def test_identity_dump_is_canonical_and_complete(tmp_path, capsys):
    """The oracle script: the same bytes twice, every article field, every line's fate."""
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert parse_identity.main([str(first), "--composed", "4", "--seed", "3"]) == 0
    _clear_caches()
    assert parse_identity.main([str(second), "--composed", "4", "--seed", "3"]) == 0
    assert first.read_bytes() == second.read_bytes()
    dump = json.loads(first.read_text(encoding="utf-8"))
    articles = [a for p in dump["trace"] for a in p["articles"]]
    assert articles and all(set(Article.__dataclass_fields__) <= set(a) for a in articles)
    assert articles == [a for p in dump["parse"] for a in p["articles"]]
    lines = sum(len(p["page"]["text"].replace("\r\n", "\n").split("\n")) for p in dump["trace"])
    assert sum(len(p["fates"]) for p in dump["trace"]) >= lines - len(dump["trace"])   # a fate per line


def test_speed_script_counts_every_article(tmp_path, capsys):
    root = parse_identity.write_composed(tmp_path / "archive", 3, seed=5)
    expected = sum(len(parse_file(p, root)[1]) for p in sorted(root.rglob("*.txt")))
    assert parse_speed.main([str(root), "--rounds", "1", "--profile", "3"]) == 0
    out = capsys.readouterr().out
    assert f"3 pages, {expected} articles" in out and "articles/s" in out and "tottime" in out
