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
from .records import NoiseLine

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
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE).replace("\u30fb", "·")
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


_EDITOR = r"(?:责任编辑|责编|美术编辑|美编|校对|版式设计|版面设计|版式|本版编辑|组版|编辑)"
# One piece of a header or footer: a date, a weekday, a page number, an editor's credit, a paper's name.
_EDGE_PIECE = re.compile(
    rf"(?P<date>(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)|(?P<weekday>(?:星期|周)[一二三四五六日天])"
    rf"|(?P<page>第\s*\d{{1,3}}\s*版)|(?P<editor>{_EDITOR}\s*[:：]\s*(?:[\u4e00-\u9fff·]{{2,4}}?(?=\s|$|{_EDITOR})\s*)+)"
    r"|(?P<paper>[\u4e00-\u9fff]{2,6}(?:日报|时报|晚报|周报|社会报|商报|农民报))"
    r"|(?P<number>[-—–]*\s*\d{1,3}\s*[-—–]*(?=\s|$))"
    r"|(?P<label>[A-Z]{2,12}|[\u4e00-\u9fff]{2,6}(?=\s|$))")
_CONTINUATION = re.compile(r"^[（(]\s*(下转|上接|转)第?\s*\d{1,3}\s*版\s*[）)]$")


def edge_reason(line: str) -> str | None:
    """Return why a whole line is a header or footer (date, page, editors, paper), or None.

    Every character must belong to a piece, and one piece must be more than a
    bare number or a paper's name: those two alone are judged by position.
    """
    text = line.strip()
    if not text:
        return None
    kinds, pos = set(), 0
    for match in _EDGE_PIECE.finditer(text):
        if text[pos:match.start()].strip():
            return None
        if match.lastgroup == "label" and not _is_label(match.group()):
            return None
        kinds.add(match.lastgroup)
        pos = match.end()
    if text[pos:].strip() or not kinds or kinds <= {"number", "paper", "label"}:
        return None
    if "editor" in kinds:
        return "footer: editors' credits"
    return "header or footer: date and page" if kinds & {"page", "number", "paper", "weekday"} else "dateline"


def _is_label(text: str) -> bool:
    return text in load_lexicon().labels or bool(len(text) <= 6 and _SECTION_LABEL.match(text))


def noise_reason(line: str, *, isolated: bool = True, at_edge: bool | str = True) -> str | None:
    """Return why a line is layout noise (label, header, footer, page number), or None for text.

    Labels and page numbers count only when they stand alone between blank
    lines, and datelines only near the page's top or bottom: a title line
    such as 以高质量党建 or a body line opening with 2023年10月26日 is text.
    at_edge is "outer" for the page's first and last line, where a bare page number may stand.
    """
    text = tidy(line)
    if not text:
        return None
    if _FOOTER.match(text) and len(text) <= 60:
        return "footer: editors' credits"
    if _CONTINUATION.match(text):
        return "continuation note"
    if edge_reason(normalize(line)):
        return edge_reason(normalize(line))
    if isolated and (text in load_lexicon().labels or _LATIN_LABEL.match(text)):
        return "layout label"
    if isolated and len(text) <= 6 and _SECTION_LABEL.match(text):
        return "layout label (section name)"
    if (isolated or at_edge == "outer") and _PAGE_NUMBER.match(text):
        return "page number"
    if at_edge and DATELINE.match(text) and len(text) <= 40 and "，" not in text:
        return "dateline"
    return None


def is_noise(line: str, *, isolated: bool = True, at_edge: bool = True) -> bool:
    """Tell a layout line (label, footer, page number, dateline) from article text."""
    return noise_reason(line, isolated=isolated, at_edge=at_edge) is not None


class Ln(str):
    """A page line that remembers which source lines (numbered from 1) it was made of."""

    nos: tuple[int, ...]

    def __new__(cls, text: str, nos: tuple[int, ...] = ()):
        obj = super().__new__(cls, text)
        obj.nos = tuple(nos)
        return obj


def classify_page(text: str) -> tuple[list[Ln], list[NoiseLine]]:
    """Return the page's lines (stripped; blank and noise lines become '') and its noise lines with reasons."""
    lines = [line.strip() for line in normalize(text).split("\n")]
    if lines and not lines[-1]:
        lines.pop()                      # the file's final line end
    filled = [i for i, line in enumerate(lines) if line]
    edges = set(filled[:6] + filled[-6:])
    reasons: dict[int, str] = {}
    labels = []
    for i, line in enumerate(lines):
        isolated = (i == 0 or not lines[i - 1]) and (i + 1 >= len(lines) or not lines[i + 1])
        at_edge = "outer" if filled and i in (filled[0], filled[-1]) else i in edges
        if not isolated and i and lines[i - 1].endswith(("）", ")")):
            at_edge = "outer"            # right under an attribution: a column's foot
        reason = noise_reason(line, isolated=isolated, at_edge=at_edge)
        if reason and reason.startswith("layout label"):
            labels.append((i, reason))
        elif reason:
            reasons[i] = reason
    reasons.update(_split_edges(lines, filled, edges, reasons))
    for i, reason in labels:             # after headers: a label may stand right under one
        if _stands_apart(lines, filled, i, reasons, strict=reason != "layout label"):
            reasons[i] = reason
    out = [Ln("" if i in reasons else line, (i + 1,)) for i, line in enumerate(lines)]
    raw = source_lines(text)
    noise = [NoiseLine(i + 1, raw[i], reasons[i]) for i in sorted(reasons)]
    return out, noise


def source_lines(text: str) -> list[str]:
    """Return the page's lines as written (stripped), numbered like those of :func:`classify_page`."""
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _stands_apart(lines: list[str], filled: list[int], i: int, reasons: dict[int, str], strict: bool) -> bool:
    """Whether a label-like line sits between two sentences, not inside one (要坚持党建 / 引领，…).

    A known label only needs a next line that starts afresh; a line that merely
    looks like a section name also needs a sentence, attribution or header before it.
    """
    k = filled.index(i)
    before = filled[k - 1] if k else None
    after = filled[k + 1] if k + 1 < len(filled) else None
    if after is not None and lines[after][0] in "，。、；：！？）”":
        return False
    return (not strict or before is None or before in reasons or ends_sentence(lines[before])
            or lines[before].endswith("）"))


def _split_edges(lines: list[str], filled: list[int], edges: set[int], reasons: dict[int, str]) -> dict[int, str]:
    """Find headers and footers the column layout split over two lines (…2024年3月1 / 2日 星期二 …)."""
    found = {}
    for a, b in zip(filled, filled[1:]):
        if b in reasons or a in found:
            continue
        for joined in (lines[a] + lines[b], lines[a] + " " + lines[b]):
            reason = edge_reason(normalize(joined))
            if reason and (a in edges or "editor" in reason or "星期" in joined):
                found[a] = found[b] = f"{reason} (split over two lines)" if a not in reasons else reasons[a]
                break
    return found


def page_lines(text: str) -> list[Ln]:
    """Return the page's lines, stripped; blank and noise lines become ''."""
    return classify_page(text)[0]


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph or title into clean text."""
    out = ""
    for line in lines:
        out = join_raw(out, line)
    return tidy(out)


_OPEN_BYLINE = re.compile(r"[（(]\s*(?:本报)?(?:记者|通讯员|摄影|作者)[^（）()]*$")


def join_raw(left: str, right: str) -> str:
    """Join two raw lines: Latin words keep a space, and so do two names of a byline broken between them."""
    left, right = left.strip(), right.strip()
    if not left or not right:
        return left + right
    if _needs_space(left[-1], right[0]) or (_OPEN_BYLINE.search(left) and _names_apart(left, right)):
        return left + " " + right
    return left + right


def _names_apart(left: str, right: str) -> bool:
    """Whether a byline's line break falls between two names (张三 / 李四) rather than inside one (李 / 四海)."""
    tail = re.split(r"[\s（(]|记者|通讯员|摄影|作者", left)[-1]
    head = re.split(r"[\s）)]", right)[0]
    if not tail or not head:
        return False
    whole = tail + head
    return len(whole) > 4 or (len(whole) == 4 and whole[:2] not in load_lexicon().surnames)


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


def paragraph_groups(lines: list[str]) -> list[list[str]]:
    """Return the layout lines of each paragraph of an article body (blank lines left out)."""
    ends = set(paragraph_breaks(lines))
    groups, current = [], []
    for i, line in enumerate(lines):
        if line:
            current.append(line)
        if i in ends and current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return [g for g in groups if join_lines(g)]


def split_paragraphs(lines: list[str]) -> list[str]:
    """Rebuild the paragraphs of an article body from its layout lines."""
    return [join_lines(group) for group in paragraph_groups(lines)]
