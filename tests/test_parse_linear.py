"""The parser is linear in a page's lines (issue 18, defect 4): no step walks or copies the rest
of a page per line. Counted, not timed: a list that counts the elements it hands out."""
import pytest

from dangjian.index.parse import clean, segmentation


class CountingList(list):
    """A list that counts every element read through iteration or a slice."""

    reads = 0

    def __iter__(self):
        for item in super().__iter__():
            CountingList.reads += 1
            yield item

    def __getitem__(self, key):
        CountingList.reads += len(range(*key.indices(len(self)))) if isinstance(key, slice) else 1
        return super().__getitem__(key)


def body_lines(paragraphs: int) -> list[str]:
    """One article body of short sentences; a blank after some; a title-like line every few
    paragraphs (a subheading, which the chunk splitter looks at as a possible title)."""
    lines = []
    for n in range(paragraphs):
        lines.append(f"各级民政部门深入学习贯彻党的二十大精神，第{n}段。")
        if n % 3 == 0:
            lines.append("")
        if n % 5 == 4:
            lines += ["", "加强社会组织党建工作", ""]
    return lines


def reads(step, paragraphs: int) -> int:
    CountingList.reads = 0
    step(CountingList(body_lines(paragraphs)))
    return CountingList.reads


@pytest.mark.parametrize("step", [clean.paragraph_breaks, segmentation.split_chunk],
                         ids=["paragraph_breaks", "split_chunk"])
def test_doubling_the_page_at_most_doubles_the_lines_read(step):
    small, large = reads(step, 2000), reads(step, 4000)
    assert large <= 2.2 * small, (small, large)


def test_next_text_reads_only_from_its_start():
    lines = CountingList([""] * 3 + ["甲"] + [""] * 10_000 + ["乙"])
    CountingList.reads = 0
    assert clean._next_text(lines, 4) == "乙"
    assert clean._next_text(lines, 10_004) == "乙"
    assert clean._next_text(lines, len(lines)) == ""
    assert CountingList.reads <= 10_010


def test_split_chunk_keeps_every_line_once():
    # Conservation: the titles' and bodies' lines together are the chunk's lines, in order.
    lines = ["两新组织党建推进会召开", "", "本报讯 近日，省民政厅召开会议。", "", "会议要求加强党建。",
             "", "社会组织党委举办培训班", "", "本报讯 10月11日，培训班开班。", "学员表示收获很大。"]
    pieces = segmentation.split_chunk(lines)
    assert [p.title for p in pieces] == ["两新组织党建推进会召开", "社会组织党委举办培训班"]
    kept = [ln for p in pieces for ln in p.title_lines + p.body_lines if ln]
    assert kept == [ln for ln in lines if ln]


def _joined_by_definition(lines) -> str:
    out = ""
    for line in lines:
        out = clean.join_raw(out, line)
    return clean.tidy(out)


def test_joining_lines_equals_joining_them_one_by_one():
    import random
    rng = random.Random(18)
    atoms = ["（", "）", "(", ")", "记者", "通讯员", "本报", "张三", "李四", "王", "海", " ", "abc", "de", "。", "",
             "作者", "单位", "x" * 50]
    for _ in range(3000):
        lines = tuple("".join(rng.choice(atoms) for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(0, 9)))
        assert clean._joined.__wrapped__(lines) == _joined_by_definition(lines), lines


class _CountingPattern:
    """Stands in for a compiled pattern; counts the characters it is asked to search."""

    def __init__(self, pattern):
        self.pattern, self.chars = pattern, 0

    def search(self, text):
        self.chars += len(text)
        return self.pattern.search(text)


def test_joining_a_long_paragraph_searches_each_character_a_bounded_number_of_times(monkeypatch):
    counting = _CountingPattern(clean._OPEN_BYLINE)
    monkeypatch.setattr(clean, "_OPEN_BYLINE", counting)
    lines = tuple(f"（记者 张三）各级民政部门深入学习贯彻党的二十大精神第{n}行" for n in range(4000))
    clean._joined.__wrapped__(lines)
    assert counting.chars <= 100 * len(lines)          # was the whole text so far, per line


def _calls_to_parse(paragraphs: int, numbered_from: int) -> int:
    """How many function calls cutting a page of this many paragraphs makes (benchmarks.parse_scaling's
    count): a deterministic measure of the parser's work, whatever else the machine is doing.
    Pages numbered apart share no line: the caches of one parse do not serve the next."""
    from benchmarks.parse_scaling import count_calls
    return count_calls(paragraphs, numbered_from=numbered_from)


def test_doubling_a_long_page_at_most_doubles_the_parsers_work():
    # 8,000 → 16,000 paragraphs: about 2,700 → 5,300 paragraphs of three lines, across the
    # size of the parser's per-function caches (4,096 entries): a cache that forgets a page's
    # first paragraphs before its last pass over them made the work 2.8× for 2× the page.
    from benchmarks.parse_scaling import page_of
    from dangjian.index.parse import articles_from_page
    articles_from_page(page_of(200))          # the lexicon and the patterns, loaded once
    small, large = _calls_to_parse(8000, 1_000_000), _calls_to_parse(16000, 2_000_000)
    assert large <= 2.2 * small, (small, large, round(large / small, 2))


def honour_list(lines: int) -> list[str]:
    """A page that is one long honour list: a heading, then lines of padded names (王  芳  李德明),
    every line a possible byline under a headline, no sentence anywhere."""
    surnames, given = "王李张刘陈杨赵黄周吴", "芳伟强磊敏静丽军洋勇"
    out = ["关于表彰优秀共产党员的决定", "", "优秀共产党员"]
    for n in range(lines):
        a, b = surnames[n % 10], given[(n * 7) % 10]
        out.append(f"{a}  {b}  {surnames[(n + 3) % 10]}{given[n % 10]}{given[(n + 1) % 10]}")
    return out


def test_a_page_long_honour_list_is_not_asked_for_a_headline_per_line(monkeypatch):
    # Each line that might be a byline asked whether the chunk above is a headline, reading the whole
    # chunk: quadratic on a page-long list (a 32,000-line list took minutes). Lines read by the
    # headline tests must grow with the page, not with its square.
    read = [0]
    real = segmentation._blocks

    def counting_blocks(lines):
        read[0] += len(lines)
        return real(lines)

    monkeypatch.setattr(segmentation, "_blocks", counting_blocks)
    counts = []
    for n in (1000, 2000):
        read[0] = 0
        segmentation.segment_lines(honour_list(n))
        counts.append(read[0])
    assert counts[1] <= 2.2 * counts[0] + 100, counts


def test_the_sentence_pattern_is_never_asked_of_text_that_ends_no_sentence(monkeypatch):
    # A paragraph is a pull quote only when it is all sentences; the pattern that splits sentences
    # rescans an unfinished tail from each position, so it must not be asked of a page-long
    # paragraph that ends no sentence (one honour list of 4,000 lines took two seconds there).
    asked = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def findall(self, text):
            asked.append(len(text))
            return self.pattern.findall(text)

    monkeypatch.setattr(segmentation, "_SENTENCES", Counting(segmentation._SENTENCES))
    group = [f"王  芳  李德明{n}" for n in range(3000)]
    kept = segmentation._without_pull_quotes([group, ["会议强调，要加强党建。"]], 20.0)
    assert group in kept                      # nothing is lost: the list stays a paragraph
    assert all(n < 1000 for n in asked), asked
