"""Attribution lines: （据山东省民政厅）, （来源：…）, （…供稿）, and bylines （记者 张三 通讯员 李四）.

An attribution usually ends an article; a column may break it over lines,
several may follow each other, and a byline under a title opens its article
instead. Each line kept goes to one article, whole and in page order.
"""
from __future__ import annotations

import functools
import re

from .clean import PAGE_CACHE, Ln, join_raw, tidy
from .lexicon import OWN_REPORTER
from .openings import author_names, is_author_name

# What a medium calls itself before its reporter's role: 融媒, 融媒体, 全媒体, 晚报, 日报, 晨报, 都市报.
_MEDIUM_KIND = r"(?:融媒体?|全媒体|新媒体|[\u4e00-\u9fff]?(?:晚|日|晨|早|时|商)报|都市报)"
# A bracket inside an author's note: （作者系省委党校（省行政学院）教授）.
_INNER = r"[（(][^（）()]{1,20}[）)]"
ATTRIBUTION = re.compile(
    r"[（(]\s*(?:据\s*[^（）()]{2,40}|[^（）()]{2,40}供稿|(?:来源|供稿)\s*[:：]\s*[^（）()]{2,40}"
    # （通讯员 某某 摄） credits a photo: it stays with its caption
    r"|通讯员(?![^（）()]*摄\s*[）)])\s*[^（）()]{2,30}|记者(?![^（）()]*摄\s*[）)])\s*[^（）()]{2,30}"
    # a county media centre's own reporter (（融媒记者 某某）, （某某市融媒体中心记者 某某）): round twelve
    r"|[\u4e00-\u9fff]{0,8}?(?:融媒体中心|融媒体|融媒|全媒体)记者(?![^（）()]*摄\s*[）)])\s*[^（）()]{2,30}"
    # （本刊记者 某某） as （记者 某某）; but （本报记者 某某 摄） credits a photo and stays with its caption
    r"|" + OWN_REPORTER + r"(?![^（）()]*摄\s*[）)])\s*[^（）()]{2,30}"
    # …and a paper's or media centre's reporter named by its kind: （融媒记者 某某）, （晚报记者 某某）, （全媒体记者 某某）
    r"|" + _MEDIUM_KIND + r"(?:特约|见习|首席)?记者(?![^（）()]*摄\s*[）)])\s*[^（）()]{2,30}|作者单位\s*[:：]\s*[^（）()]{2,40}"
    r"|文\s*[/／:：]\s*[^（）()]{2,30}|作者(?:系|为)\s*(?:[^（）()]|" + _INNER + r"){2,60}|作者\s*[:：]\s*[^（）()]{2,30}"
    # a unit alone in brackets under the last paragraph, as bulletins credit a report: （局机关党委）
    # — or with its writer's name after it: （厅社会救助处党支部 陈慧玲）
    # …or a unit of the bulletin's own office, named without it: （办公室）, （厅团委）, （离退休干部处）
    r"|[厅局]?(?:办公室|团委)(?=\s*[）)])|[\u4e00-\u9fff]{2,8}?(?<!办事|管理)处(?=\s*[）)])"
    r"|[\u4e00-\u9fff]{0,20}(?:党委|党组|党支部|总支|纪委|办公室|民政局|民政厅|工委|中心|协会|联合会|团委|工会|妇委会"
    r"|(?<=[\u4e00-\u9fff][\u4e00-\u9fff])(?<!办事|管理)[处科室股])"
    # (a unit's 供图 credits a photo: （某某党委供图） stays with its caption)
    r"(?:\s*(?!供图|摄)[\u4e00-\u9fff·]{2,4})?)\s*[）)]")
# A byline alone on its line: under a title it opens the article rather than ending one.
BYLINE_ONLY = re.compile(r"^[（(]\s*(记者|通讯员)")
_OPEN_PAREN = re.compile(r"[（(][^（）()]*$")
MAX_ATTRIBUTION_LINES = 5


def join_broken_attributions(lines: list[str]) -> list[str]:
    """Join an attribution the column broke over lines (（据新疆维吾尔自治区 / 民政厅）) into one line.

    Only when the lines after an open bracket close it at a line's end and
    what they spell is an attribution: a byline inside a lead stays as it is.
    """
    out = list(lines)
    i = 0
    while i < len(out):
        if out[i] and _OPEN_PAREN.search(tidy(out[i])):
            _join_attribution_at(out, i)
        i += 1
    return out


def _join_attribution_at(out: list[str], i: int) -> None:
    joined, nos = out[i], list(getattr(out[i], "nos", ()))
    for j in range(i + 1, min(len(out), i + 2 * MAX_ATTRIBUTION_LINES)):
        if not out[j]:
            continue
        joined = join_raw(joined, out[j])
        nos += getattr(out[j], "nos", ())
        text = tidy(joined)
        opener = _outer_opener(text)
        if opener is None:
            closer = max(text.rfind("）"), text.rfind(")"))
            if closer == len(text) - 1 and ATTRIBUTION.fullmatch(text[_opener_of_last(text):]):
                out[i] = Ln(joined, tuple(nos))
                for k in reversed(range(i + 1, j + 1)):
                    del out[k]
            return


def _outer_opener(text: str) -> int | None:
    """Return where the outermost bracket still open at the text's end opens, None when all are closed.

    A note with a bracket inside (（作者系某某党校（某某行政学院 / ）教研部教授）) may be broken by the
    column before its inner close: the last （ is then not the one the attribution opens with."""
    depth, opened = 0, None
    for k, c in enumerate(text):
        if c in "（(":
            if depth == 0:
                opened = k
            depth += 1
        elif c in "）)" and depth:
            depth -= 1
    return opened if depth else None


def _opener_of_last(text: str) -> int:
    """Return where the bracket closed at the text's end was opened (the outermost one)."""
    depth = 0
    for k in range(len(text) - 1, -1, -1):
        if text[k] in "）)":
            depth += 1
        elif text[k] in "（(":
            depth -= 1
            if depth == 0:
                return k
    return max(text.rfind("（"), text.rfind("("))


# A writer's byline with an author's note after it, under the last paragraph: 文/某某（作者单位：…）.
# A byline that opens a piece stands alone; one carrying its note can only sign the piece's end.
SIGNED = re.compile(r"文\s*[/／:：]\s*[\u4e00-\u9fff·]{2,10}\s*(?=[（(]\s*作者)(" + ATTRIBUTION.pattern + ")")


# An author's note printed without brackets on its own line under a piece: 作者系某某大学教授 /
# 作者单位：某某 / 作者简介：某某，某某大学副教授。 Only ever a note: no report's sentence opens so.
NOTE_LINE = re.compile(r"(?:作者(?:系|为)|作者单位\s*[:：]|作者简介\s*[:：])[^。！？]{2,60}。?")


@functools.lru_cache(maxsize=PAGE_CACHE)      # asked of every line several times by the segmenter
def is_attribution(line: str) -> bool:
    if not line:
        return False
    text = tidy(line)
    return bool(ATTRIBUTION.fullmatch(text)) or bool(SIGNED.fullmatch(text)) or bool(NOTE_LINE.fullmatch(text))


def add_attribution(piece, line: str) -> None:
    """Add an attribution or byline line to an article: each kept whole, in page order."""
    text = _credit_text(line)
    if piece.attribution_line is None:
        piece.attribution, piece.attribution_line = text, line
    else:
        piece.attribution += text
        piece.more_attribution_lines.append(line)


def _credit_text(line: str) -> str:
    """Return a credit line's text: tidy, but a byline without brackets (本报记者 林初夏 聂思远)
    keeps one space between its names, as a bracketed one does."""
    text = tidy(line)
    if _NOTE.match(text):
        return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", text)    # a note names no one: 副 / 教授
    if text[:1] in "（(" or not re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", line.strip()):
        return text
    if is_author_name(text):
        return text                     # one name padded to three cells: 贺 思远
    names = author_names(line)
    return " ".join(names) if names else re.sub(r"\s+", " ", line.strip())


# An author's note: where the writer works, never a name, so a space inside is the column's.
_NOTE = re.compile(r"^[（(]\s*作者(?:系|为|单位)")
