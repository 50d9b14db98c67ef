"""Undo what a PDF text layer does to Chinese text.

The layer breaks lines at the column edge (习近\\n平), scatters spaces inside
Chinese text (10月 26日, “两个确立 ”), floats layout labels (党建, TOPIC)
and sometimes puts a blank line after every line. This module turns a page's
text into clean lines, then lines into paragraphs. It knows nothing of
articles: :mod:`index.segment` decides where those start and end.
"""
from __future__ import annotations

import re
import unicodedata

from .lexicon import load_lexicon
from .reader import DATELINE

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·"
_WIDE = f"[{CJK}{CJK_PUNCT}]"
# Whitespace touching a CJK character or CJK punctuation is an artefact of the layer.
_STRAY_SPACE = re.compile(rf"\s+(?={_WIDE})|(?<={_WIDE})\s+")
_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

SENTENCE_END = "。！？!?；"
CLOSERS = "”’」』）)》"

_FOOTER = re.compile(r"^[（(【\[]?\s*(本版)?(责任编辑|责编|版面设计|版式设计|美术编辑|美编|校对|本版编辑|编辑|组版)\s*[:：]")
_PAGE_NUMBER = re.compile(r"^[-—\s]*(第\s*)?\d{1,3}\s*(版|页)?[-—\s]*$")
_LATIN_LABEL = re.compile(r"^[A-Z][A-Z &/·-]{1,30}$")
# Section names not in labels.txt still look alike: short, unpunctuated, about 党建 or a 周刊.
_SECTION_LABEL = re.compile(r"^[\u4e00-\u9fff·]{0,4}(党建|党的建设|周刊|专刊|特刊|专版)[\u4e00-\u9fff·]{0,3}$")
# How reports open a paragraph; decides full-width lines that happen to end a sentence.
_OPENER = re.compile(
    r"^(会议|会上|会后|大家|与会|参会|学员|活动|培训|此外|同时|据悉|下一步|近年来|今年以来|"
    r"[一二三四五六七八九十]是|首先|其次|最后|另外|[^，。；]{1,8}(指出|强调|要求|表示|认为|提出|介绍|希望))[，：、]")


def normalize(text: str) -> str:
    """Unify line ends, full-width digits and letters, odd spaces and invisible marks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE)
    return "".join(_narrow(c) for c in text)


def _narrow(c: str) -> str:
    # Full-width ASCII letters and digits (１０月) become ASCII; Chinese punctuation stays.
    if "\uff10" <= c <= "\uff19" or "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a":
        return unicodedata.normalize("NFKC", c)
    if c in "\u3000\u00a0\u2002\u2003\u2009\t":
        return " "
    return c


# Inside a byline the spaces separate names (（通讯员 马志强 王倩）): they are not stray.
_BYLINE = re.compile(r"[（(]\s*(?:本报)?(?:记者|通讯员|摄影|作者)[^）)]*[）)]")
_KEPT_SPACE = "\x00"


def tidy(text: str) -> str:
    """Remove stray spaces inside Chinese text; keep single spaces between Latin words and names in bylines."""
    text = _BYLINE.sub(lambda m: _SPACES.sub(_KEPT_SPACE, m.group().strip()), text)
    text = _SPACES.sub(" ", _STRAY_SPACE.sub("", text)).strip()
    return text.replace(_KEPT_SPACE, " ")


def is_noise(line: str, *, isolated: bool = True, at_edge: bool = True) -> bool:
    """Tell a layout line (label, footer, page number, dateline) from article text.

    Labels and page numbers count only when they stand alone between blank
    lines, and datelines only near the page's top or bottom: a title line
    such as 以高质量党建 or a body line opening with 2023年10月26日 is text.
    """
    text = tidy(line)
    if not text:
        return False
    if _FOOTER.match(text) and len(text) <= 60:
        return True
    if isolated and (text in load_lexicon().labels or _PAGE_NUMBER.match(text) or _LATIN_LABEL.match(text)
                     or (len(text) <= 6 and _SECTION_LABEL.match(text))):
        return True
    return at_edge and bool(DATELINE.match(text) and len(text) <= 40 and "，" not in text)


def page_lines(text: str) -> list[str]:
    """Return the page's lines, stripped; blank and noise lines become ''."""
    lines = [line.strip() for line in normalize(text).split("\n")]
    filled = [i for i, line in enumerate(lines) if line]
    edges = set(filled[:6] + filled[-6:])
    out = []
    for i, line in enumerate(lines):
        isolated = (i == 0 or not lines[i - 1]) and (i + 1 >= len(lines) or not lines[i + 1])
        out.append("" if is_noise(line, isolated=isolated, at_edge=i in edges) else line)
    return out


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph or title into clean text."""
    out = ""
    for line in (tidy(ln) for ln in lines if ln.strip()):
        if out and _needs_space(out[-1], line[0]):
            out += " "
        out += line
    return tidy(out)


def _needs_space(left: str, right: str) -> bool:
    # Latin words broken at a line end keep a space; digits (70\n余人) and Chinese do not.
    return left.isascii() and right.isascii() and left.isalpha() and right.isalpha()


def visual_width(line: str) -> float:
    """Width of a line in CJK cells: ASCII counts half, spaces nothing."""
    return sum(0.5 if c.isascii() else 1.0 for c in line if not c.isspace())


def ends_sentence(line: str) -> bool:
    text = tidy(line)
    if not text:
        return False
    if text[-1] in SENTENCE_END:
        return True
    return len(text) > 1 and text[-1] in CLOSERS and text[-2] in SENTENCE_END


def column_width(lines: list[str]) -> float:
    """Return the typical width of a text line in this block (its column width)."""
    widths = sorted(visual_width(ln) for ln in lines if ln.strip())
    if not widths:
        return 0.0
    return widths[int(len(widths) * 0.75) - (1 if len(widths) % 4 == 0 else 0)]


def _double_spaced(lines: list[str], i: int) -> bool:
    """Whether the blank line i sits in a stretch where every line is followed by a blank."""
    before = i - 2 >= 0 and lines[i - 2] == "" and lines[i - 1] != ""
    after = i + 2 < len(lines) and lines[i + 2] == "" and lines[i + 1] != ""
    return before or after


def paragraph_breaks(lines: list[str]) -> list[int]:
    """Return the indexes of text lines that end a paragraph.

    A blank line is not a paragraph break by itself: columns and double-spaced
    layouts put blanks mid-sentence. A line ends a paragraph when it ends a
    sentence and is either shorter than the column or followed by a blank in
    single-spaced text.
    """
    width = column_width(lines)
    breaks = []
    for i, line in enumerate(lines):
        if not line or not ends_sentence(line):
            continue
        nxt = i + 1
        short = visual_width(line) <= width - 1
        opener = bool(_OPENER.match(tidy(_next_text(lines, nxt))))
        blank_after = nxt < len(lines) and lines[nxt] == "" and not _double_spaced(lines, nxt)
        if short or opener or blank_after or nxt >= len(lines):
            breaks.append(i)
    return breaks


def _next_text(lines: list[str], start: int) -> str:
    return next((ln for ln in lines[start:] if ln), "")


def split_paragraphs(lines: list[str]) -> list[str]:
    """Rebuild the paragraphs of an article body from its layout lines."""
    ends = set(paragraph_breaks(lines))
    paragraphs, current = [], []
    for i, line in enumerate(lines):
        if line:
            current.append(line)
        if i in ends and current:
            paragraphs.append(join_lines(current))
            current = []
    if current:
        paragraphs.append(join_lines(current))
    return [p for p in paragraphs if p]
