"""Undo what a PDF text layer does to Chinese text.

The layer breaks lines at the column edge (习近\\n平), scatters spaces inside
Chinese text (10月 26日, “两个确立 ”), floats layout labels (党建, TOPIC)
and sometimes puts a blank line after every line. This module turns a page's
text into clean lines, then lines into paragraphs. It knows nothing of
articles: :mod:`index.segment` decides where those start and end.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections import OrderedDict

from .lexicon import OWN_MEDIUM, load_lexicon

# Han of every block: A, the basic block, compatibility, and the supplementary and tertiary
# ideographic planes (extensions B–I, compatibility supplement), where many personal names live.
CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·"
_WIDE = f"[{CJK}{CJK_PUNCT}]"
# Whitespace touching a CJK character or CJK punctuation is an artefact of the layer.
_STRAY_SPACE = re.compile(rf"\s+(?={_WIDE})|(?<={_WIDE})\s+")
_SPACES = re.compile(r"\s+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)

SENTENCE_END = "。！？!?；"
CLOSERS = "”’」』）)》"

# How reports open a paragraph; decides full-width lines that happen to end a sentence.
_OPENER = re.compile(
    r"^(会议|会上|会后|大家|与会|参会|学员|活动|培训|此外|同时|据悉|下一步|近年来|今年以来|"
    r"[一二三四五六七八九十]是|首先|其次|最后|另外|[^，。；]{1,8}(指出|强调|要求|表示|认为|提出|介绍|希望))[，：、]"
    r"|^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])"
    r"|^(图为|上图|下图|图：|▲|△)")
# A photo caption is a paragraph of its own: 图为会议现场。（张三 摄） or ▲ 会议现场。
CAPTION_START = re.compile(r"^(图为|上图|下图|图：|▲|△)")
# A photo's ▲ (△) points at the picture and is no word of its caption (docs/truth_conventions.md): a
# paragraph opening with it is a caption when it closes with a photographer's credit (（某某 摄）,
# （摄影 某某）) or is one short sentence (▲培训班现场。), and it is kept without the marker, as a brief
# item's ■ is no part of its title.
_CAPTION_MARK = re.compile(r"^\s*[▲△]+\s*")
_CAPTION_CREDIT = re.compile(r"(?:摄|摄影\s*[:：]?\s*[\u4e00-\u9fff·\s]{2,12})\s*[）)]?\s*$")
_ONE_SHORT_SENTENCE = re.compile(r"^[^。！？]{2,40}[。！？]$")
MAX_MARKED_CAPTION = 120


def unmarked_caption(paragraph: str) -> str:
    """The paragraph without a caption's leading ▲/△ (unchanged when it is no caption)."""
    mark = _CAPTION_MARK.match(paragraph)
    if not mark or len(paragraph) > MAX_MARKED_CAPTION:
        return paragraph
    rest = paragraph[mark.end():]
    if _CAPTION_CREDIT.search(rest) or _ONE_SHORT_SENTENCE.match(rest.strip()):
        return rest
    return paragraph
_PHOTO_CREDIT = re.compile(r"[（(][^（）()]{1,20}摄[）)]$")
# A photographer's credit on a line of its own without brackets (林某某 摄, 通讯员 王某 摄): it closes the
# one-line caption above it, and no running sentence ends so.
_BARE_CREDIT_LINE = re.compile(r"^(?:本报|本刊)?(?:摄影记者|记者|通讯员|摄影)?\s*[\u4e00-\u9fff·]{2,5}(?:\s+[\u4e00-\u9fff·]{1,4})?\s*摄$")
# A photo's ▲ never carries a sentence on: the line above it ends its paragraph (a list's last names).
_MARKED = re.compile(r"^\s*[▲△]")
# A numbered subheading alone on its line (一、坚持问题导向) is a paragraph of its own.
_NUMBERED_HEADING = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^，。；！？]{2,30}$")


def normalize(text: str) -> str:
    """Unify line ends, full-width digits and letters, odd spaces and invisible marks."""
    # One translate pass (C speed) instead of a Python call per character: normalize runs on
    # every page and again on every line the noise stage judges.
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_NORMALIZE)


def _narrow(c: str) -> str:
    # Full-width ASCII letters and digits (１０月) become ASCII; Chinese punctuation stays.
    if "\uff10" <= c <= "\uff19" or "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a":
        return unicodedata.normalize("NFKC", c)
    if c in "\u3000\u00a0\u2002\u2003\u2009\t":
        return " "
    return c


def _normalize_table() -> dict[int, str | None]:
    """Return the one translate table for invisible marks (dropped), ・ (→ ·) and every character
    _narrow changes. The three never feed each other (no output is another's input), so one pass
    gives what the former three passes gave."""
    table: dict[int, str | None] = {**_INVISIBLE, ord("\u30fb"): "·"}
    for c in [chr(n) for n in range(0xff10, 0xff5b)] + list("\u3000\u00a0\u2002\u2003\u2009\t"):
        if _narrow(c) != c:
            table[ord(c)] = _narrow(c)
    return table


_NORMALIZE = _normalize_table()


# Inside a byline the spaces separate names (（通讯员 马志强 王倩）): they are not stray.
# (a county media centre's own reporter too: （融媒记者 某某）, （某某市融媒体中心记者 某某）: round twelve)
_MEDIA_CENTRE = r"[\u4e00-\u9fff]{0,8}?(?:融媒体中心|融媒体|融媒|全媒体)(?=记者)"
_BYLINE = re.compile(rf"[（(]\s*(?:{OWN_MEDIUM}|{_MEDIA_CENTRE})?(?:记者|通讯员|摄影|作者(?!单))[^）)]*[）)]")
_KEPT_SPACE = "\x00"


# What a scan takes for a digit, wherever a date or a page number is read back: a bar, bracket, l or I
# for 1, O or o for 0, z or Z for 2, S for 5, g for 9. One table; each reader's pattern says where a
# letter may stand for a digit (furniture.ocr_read, noise's page numbers, dates' day numbers).
OCR_DIGITS = str.maketrans({"]": "1", "|": "1", "｜": "1", "!": "1", "l": "1", "I": "1",
                            "O": "0", "o": "0", "z": "2", "Z": "2", "S": "5", "g": "9"})
# The same glyphs as a class, for a pattern that must know a lead's date as the scan read it: a digit or
# what a scan takes for a 1 or a 0 (]2月30日，/ l0月 / ]月6日，: a 12, a 10, a 1). Only where a date's unit
# (月, 日) follows it: 'l' or 'O' elsewhere is a Latin letter.
OCR_DIGIT = r"[\d\]|｜!lIOo]"


# The segmenter asks about the same few hundred lines of a page again and again (is it a
# sentence end, an attribution, a title?), each time tidying them: a small cache of these pure
# functions of the text serves a page many times over and stays a few MB per process.
PAGE_CACHE = 4096


@functools.lru_cache(maxsize=PAGE_CACHE)
def tidy(text: str) -> str:
    """Remove stray spaces inside Chinese text; keep single spaces between Latin words and names in bylines."""
    if _KEPT_SPACE not in text and not _SPACES.search(text):
        # Most lines hold no whitespace at all (the stage runs ~900 times per page): then the
        # passes below change nothing, and the plain-str copy is what they would return.
        return str(text)
    text = _BYLINE.sub(lambda m: _SPACES.sub(_KEPT_SPACE, m.group().strip()), text)
    text = _SPACES.sub(" ", _STRAY_SPACE.sub("", text)).strip()
    return text.replace(_KEPT_SPACE, " ")


class Ln(str):
    """A page line that remembers which source lines (numbered from 1) it was made of."""

    nos: tuple[int, ...]

    def __new__(cls, text: str, nos: tuple[int, ...] = ()):
        obj = super().__new__(cls, text)
        obj.nos = tuple(nos)
        return obj


def join_lines(lines: list[str]) -> str:
    """Join the lines of one paragraph or title into clean text."""
    return _joined(tuple(lines))


# The segmenter joins each paragraph in passes over the whole page (is it empty, what opens
# the next block, the article's paragraphs): a cache of PAGE_CACHE entries forgot a long page's
# first paragraphs before the next pass reached them, and past ~4,000 paragraphs every join was
# done again (2.8× the work for 2× the page). Bounded in characters instead, it holds a whole
# page up to the caps: 1,000,000 characters (limits.extracted_chars, a text page's 1 MB),
# joined as paragraphs, titles and look-aheads about three times over.
JOIN_CACHE_CHARS = 4_000_000


def _cached_by_chars(budget: int):
    """Cache a function of a tuple of lines, forgetting the least recently used results once the
    lines and results held come to more than budget characters."""
    def decorate(join):
        held: OrderedDict[tuple[str, ...], str] = OrderedDict()
        size = 0

        @functools.wraps(join)
        def cached(lines: tuple[str, ...]) -> str:
            nonlocal size
            if lines in held:
                held.move_to_end(lines)
                return held[lines]
            held[lines] = text = join(lines)
            size += len(text) + sum(map(len, lines))
            while size > budget:
                old, old_text = held.popitem(last=False)
                size -= len(old_text) + sum(map(len, old))
            return text

        def cache_clear() -> None:
            nonlocal size
            held.clear()
            size = 0
        cached.cache_clear = cache_clear
        return cached
    return decorate


@_cached_by_chars(JOIN_CACHE_CHARS)
def _joined(lines: tuple[str, ...]) -> str:
    # Cached: the segmenter joins the same runs of lines while it tries where titles end.
    # Joined in parts: join_raw on the whole text so far (a copy and a byline search per line)
    # made a paragraph of many lines quadratic. It looks only at the last character and at
    # the text since the last bracket, so it is given those (the middle of a long one cut out).
    parts, since, last = [], "", ""
    for line in lines:
        left = _byline_view(since) if since else last
        piece = join_raw(left, line)[len(left):]
        if not piece:
            continue
        parts.append(piece)
        cut = max(piece.rfind(b) for b in "（）()")
        since = _byline_view(piece[cut:] if cut >= 0 else since + piece if since else "")
        last = piece[-1]
    return tidy("".join(parts))


def _byline_view(since: str) -> str:
    """The text from a bracket on, its middle cut out: a byline's test needs its head and tail."""
    return since if len(since) <= 80 else since[:40] + since[-40:]


_OPEN_BYLINE = re.compile(rf"[（(]\s*(?:{OWN_MEDIUM})?(?:记者|通讯员|摄影|作者(?!单))[^（）()]*$")


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
    # Counted in C rather than a Python step per character: \s is exactly str.isspace, and the
    # halves and wholes add up exactly in floating point whatever the order.
    ink = _SPACES.sub("", line)
    if not ink:
        return 0                         # what the former sum over no characters gave
    ascii_chars = len(ink.encode("ascii", "ignore"))
    return (len(ink) - ascii_chars) + 0.5 * ascii_chars


@functools.lru_cache(maxsize=PAGE_CACHE)
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
            if line and (_NUMBERED_HEADING.match(tidy(line)) or _PHOTO_CREDIT.search(tidy(line))
                         or _BARE_CREDIT_LINE.match(tidy(line))
                         or _captioned(tidy(line)) or _MARKED.match(_next_text(lines, i + 1))
                         or _heading_follows(lines, i + 1)):
                breaks.append(i)
            continue
        if _PHOTO_CREDIT.match(tidy(_next_text(lines, i + 1))):
            continue                     # the caption's credit follows on the next line
        if i and (not lines[i - 1] or breaks and breaks[-1] == i - 1) and i + 1 < len(lines) \
                and _BARE_CREDIT_LINE.match(tidy(lines[i + 1])):
            continue                     # a one-line caption, its bare credit right under it
        nxt = i + 1
        short = visual_width(line) <= width - 1
        opener = bool(_OPENER.match(tidy(_next_text(lines, nxt))))
        blank_after = nxt < len(lines) and lines[nxt] == "" and not _double_spaced(lines, nxt)
        if short or opener or blank_after or nxt >= len(lines):
            breaks.append(i)
    return breaks


def _heading_follows(lines: list[str], start: int) -> bool:
    """Whether the next line across a blank is one its file's layout marks a heading (a Word or
    HTML file's hint, parse/hints.py): no paragraph runs on into a heading, whatever its end."""
    if start >= len(lines) or lines[start]:
        return False            # (no blank: a line the file wrapped, or a headline's second line)
    nxt = next((line for line in lines[start:start + 4] if line), None)
    return getattr(nxt, "hint", None) == "heading"


def _captioned(text: str) -> bool:
    """Whether a caption's line ends with its credit unbracketed (图为…理发。韩落梅 摄): its end."""
    return bool(CAPTION_START.match(text)) and text.endswith("摄")


def _next_text(lines: list[str], start: int) -> str:
    # By index from start: a copy (lines[start:]) or an islice (which walks from 0) per line
    # made long bodies quadratic.
    for i in range(start, len(lines)):
        if lines[i]:
            return lines[i]
    return ""


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


def __getattr__(name: str):
    # Noise detection moved to index.noise (issue 8); old imports from clean keep working.
    if name in ("page_lines", "is_noise", "noise_reason", "classify_page", "source_lines", "edge_reason"):
        from . import noise
        return getattr(noise, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
