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
        if isinstance(key, slice):
            CountingList.reads += len(range(*key.indices(len(self))))
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
