"""What a Word paragraph's layout says it is: heading, body, masthead, label or caption.

A bulletin's author marks structure with the word processor, not with words: the
title of each report is centred and bold in larger type (or in a heading style), the
masthead — name, issue, editor, date, often a contents list — stands above a rule,
a section label is a 【bracketed】 paragraph of its own, a caption is centred under
its picture. :func:`paragraph_hints` reads those marks from python-docx paragraphs;
the words themselves are left to the segmenter (a heading must still be short and
unpunctuated, or it is taken for text).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .. import hints as H
from ..clean import ends_sentence

MAX_HEADING_CHARS = 60              # a title over two paragraphs is 2 × 30; longer is text
MASTHEAD_WITHIN = 12                # a bulletin's rule comes within its first paragraphs
CONTENTS_WITHIN = 15                # a contents list between two rules is at most this long
_RULE = re.compile(r"[━─—\-_=═～~·＿\s]{3,}")
_LABEL = re.compile(r"[【〔［\[][^】〕］\]]{1,12}[】〕］\]]")
_ENUMERATED = re.compile(r"^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|第[一二三四五六七八九十]+[，、])")
_HEADING_STYLE = re.compile(r"^(heading|title|subtitle|标题)", re.I)
_LARGER = 1.15                      # type this much larger than the body's is display type
_DISPLAY_PT = 14.0                  # when the body's size is the style default (not stated)


@dataclass
class _Look:
    text: str
    table: bool = False
    centred: bool = False
    bold: bool = False
    size: float | None = None
    styled: bool = False            # a heading style or an outline level
    image: bool = False
    border: bool = False            # a paragraph border: a rule drawn under or over it
    entry: bool = False             # a contents entry by its layout: a TOC style, or a tab before its page number


def paragraph_hints(items) -> list[tuple[str, str | None]]:
    """Return (text, hint) for the (text, paragraph or "table") items of a document, in order,
    paragraphs without text left out (their layout still counts: a picture, a rule)."""
    looks = [_look(text, item) for text, item in items]
    body = _body_size(looks)
    headings = {k for k, look in enumerate(looks) if _heading(look, body)}
    hints: dict[int, str] = dict.fromkeys(_masthead(looks, headings), H.MASTHEAD)
    headings -= set(hints)
    if not headings:
        headings = _bold_titles(looks, set(hints))
    inner = _inner_headings(looks, headings)
    headings -= inner
    for k, look in enumerate(looks):
        if k in hints or not look.text:
            continue
        if k in inner:
            hints[k] = H.SUBHEADING
        elif k in headings:
            hints[k] = H.HEADING
        elif _LABEL.fullmatch(look.text) and (_next_text(looks, k) in headings or _over_items(looks, k)):
            hints[k] = H.LABEL
        elif _under_picture(looks, k) and (look.centred or len(look.text) <= MAX_HEADING_CHARS):
            hints[k] = H.CAPTION
        elif headings:
            hints[k] = H.BODY           # a file that marks its headings: unmarked text is no title
    return [(look.text, hints.get(k)) for k, look in enumerate(looks) if look.text]


def _look(text: str, item) -> _Look:
    if item == "table":
        return _Look(text, table=True)
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    runs = [run for run in item.runs if run.text.strip()]
    style = item.style
    style_bold = bool(style is not None and style.font is not None and style.font.bold)
    sizes = [run.font.size.pt for run in runs if run.font.size is not None]
    if not sizes and style is not None and style.font is not None and style.font.size is not None:
        sizes = [style.font.size.pt]
    alignment = item.alignment if item.alignment is not None else (
        style.paragraph_format.alignment if style is not None else None)
    element = item._p
    return _Look(
        text,
        centred=alignment == WD_ALIGN_PARAGRAPH.CENTER,
        bold=bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs),
        size=max(sizes) if sizes else None,
        styled=bool(style is not None and _HEADING_STYLE.match(style.name or ""))
        or bool(element.xpath("./w:pPr/w:outlineLvl")),
        image=bool(element.xpath(".//w:drawing | .//w:pict")),
        border=bool(element.xpath("./w:pPr/w:pBdr")),
        entry=bool(style is not None and _TOC_STYLE.match(style.name or "")) or _tabbed_page(item.text),
    )


_TOC_STYLE = re.compile(r"^(toc|目录)\s*\d", re.I)


def _tabbed_page(raw: str) -> bool:
    """An entry whose page number stands after a tab (the leader dots are the tab's, not text)."""
    head, tab, tail = raw.rstrip().rpartition("\t")
    return bool(tab and head.strip() and tail.strip().isdigit() and len(tail.strip()) <= 3)


def _body_size(looks: list[_Look]) -> float | None:
    """The type size most of the text is set in (None: the style's default, not stated)."""
    counts = Counter()
    for look in looks:
        if not look.table and len(look.text) > MAX_HEADING_CHARS // 2:
            counts[look.size] += len(look.text)
    return counts.most_common(1)[0][0] if counts else None


def _larger(look: _Look, body: float | None) -> bool:
    if look.size is None:
        return False
    return look.size >= _DISPLAY_PT if body is None else look.size >= body * _LARGER


def _title_shape(look: _Look) -> bool:
    """Short, no sentence, not numbered, no label nor bracketed unit: a title's words."""
    text = look.text
    return not (look.table or not 2 <= len(text) <= MAX_HEADING_CHARS or ends_sentence(text)
                or text.endswith(("，", "、")) or _ENUMERATED.match(text) or _LABEL.fullmatch(text)
                or (text.startswith(("（", "(")) and text.endswith(("）", ")"))))


def _bold_titles(looks: list[_Look], masthead: set[int]) -> set[int]:
    """A file that sets its titles in plain bold, or plain centred (no larger type): when the first
    paragraph under the masthead is such a title over text set otherwise, that is this file's
    title mark, and every title-shaped paragraph so set over text set otherwise is one (numbered
    subheadings, 一、…, are not: they are never title-shaped; nor a caption under a picture)."""
    for mark in (lambda look: look.bold, lambda look: look.centred):
        def over_text(k: int) -> bool:
            after = _next_text(looks, k)
            return after is not None and not mark(looks[after]) and not looks[after].table

        def titled(k: int) -> bool:
            look = looks[k]
            return (k not in masthead and bool(look.text) and mark(look) and _title_shape(look)
                    and over_text(k) and not _under_picture(looks, k))

        # the first paragraph under the masthead, a 【label】 over it aside
        first = next((k for k, look in enumerate(looks) if look.text and k not in masthead
                      and not _LABEL.fullmatch(look.text)), None)
        if first is not None and titled(first):
            return {k for k in range(len(looks)) if titled(k)}
    return set()


def _credit(look: _Look) -> bool:
    """A report's closing credit on a line of its own: （局机关党委供稿）, （某某区民政局）."""
    text = look.text
    return (not look.table and 3 <= len(text) <= 40 and text.startswith(("（", "("))
            and text.endswith(("）", ")")) and not ends_sentence(text[1:-1]))


def _previous_text(looks: list[_Look], k: int) -> int | None:
    return next((j for j in range(k - 1, -1, -1) if looks[j].text), None)


def _inner_headings(looks: list[_Look], headings: set[int]) -> set[int]:
    """Headings set as titles are but standing inside a report: its subheadings, an honour list's
    category lines. Two signs, both the file's own: a heading under a paragraph ending with a colon
    (名单如下：) goes on with what that paragraph announces; and in a file that closes its reports
    with a credit line (（某某供稿）) — most headings after the first standing under one — a heading
    under running text, with the report's credit still to come, is inside that report."""
    order = sorted(headings)
    inner = set()
    for k in order:
        before = _previous_text(looks, k)
        if (before is not None and before not in headings and looks[before].text.rstrip().endswith(("：", ":"))) \
                or _COUNTED.search(looks[k].text):
            inner.add(k)
    later = [k for k in order[1:] if k not in inner]

    def closed(k: int) -> bool:
        before = _previous_text(looks, k)
        return before is None or before in headings or _credit(looks[before])

    shut = order[:1] + [k for k in later if closed(k)]       # the first heading opens the first report
    if len(shut) < 3 or len(shut) * 3 < len(order):
        return inner
    for k in later:
        if closed(k):
            continue
        title = max(j for j in shut if j < k)
        following = next((j for j in shut if j > k), len(looks))
        # a subheading is shorter than the headline of its report, and the report's credit is to come
        if len(looks[k].text) < len(looks[title].text) and any(_credit(looks[j]) for j in range(k + 1, following)):
            inner.add(k)
    return inner


# an honour list's category line: 优秀共产党员（6名）, 先进党支部（3个）
_COUNTED = re.compile(r"[（(]\s*\d{1,4}\s*[名个人位家项][）)]$")


def _heading(look: _Look, body: float | None) -> bool:
    """A title by its layout: short, no sentence, and in a heading style or display type."""
    if not _title_shape(look):
        return False
    larger = _larger(look, body)
    return look.styled or (look.centred and (look.bold or larger)) or (look.bold and larger)


def _rule(look: _Look) -> bool:
    return look.border or look.table or bool(look.text) and bool(_RULE.fullmatch(look.text))


def _masthead(looks: list[_Look], headings: set[int]) -> list[int]:
    """The paragraphs of a bulletin's masthead: everything above its first rule, when that comes
    within the first paragraphs and no text stands above it; then a contents list (short lines,
    no heading, no sentence) closed by a second rule. [] when the file has no such rule."""
    first = next((k for k, look in enumerate(looks[:MASTHEAD_WITHIN]) if _rule(look)), None)
    if first is None or any(_text_paragraph(look) for look in looks[:first]):
        return _unruled_masthead(looks)      # (a rule under text closes a report, or the file)
    if looks[first].table:
        return []
    top = list(range(first + 1))
    second = next((k for k in range(first + 1, min(len(looks), first + 1 + CONTENTS_WITHIN))
                   if _rule(looks[k]) and not looks[k].table), None)
    between = looks[first + 1:second] if second is not None else []
    if between and not any(k in headings for k in range(first + 1, second)) \
            and not any(_text_paragraph(look) or look.table for look in between):
        top += list(range(first + 1, second + 1))
    else:
        top += _contents(looks, first + 1)
    return top


_ISSUE = re.compile(r"第\s*[0-9０-９一二三四五六七八九十〇零百]{1,5}\s*期")
_FULL_DATE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_EDITOR_LINE = re.compile(r"(编|编印|主办|印发|办公室|机关委员会)$")     # the issuing office: 某某局机关党委编
UNRULED_WITHIN = 6                  # a masthead without a rule: name, issue, office, date


def _unruled_masthead(looks: list[_Look]) -> list[int]:
    """A bulletin's masthead printed without a rule under it: the short lines at the top up to its
    issue line (第N期) or the dated line after it (编印单位 2024年5月20日), then its contents list.
    Without an issue line it is no bulletin's masthead (a report's title over its date is a title)."""
    top = []
    for k, look in enumerate(looks[:UNRULED_WITHIN]):
        if look.table or _text_paragraph(look):
            break
        top.append(k)
    issue = next((k for k in top if _ISSUE.search(looks[k].text)), None)
    if issue is None:
        return []
    end = issue
    for k in top[issue + 1:]:
        if not looks[k].text:
            continue
        if not (_FULL_DATE.search(looks[k].text) or _EDITOR_LINE.search(looks[k].text)):
            break
        end = k
    return list(range(end + 1)) + _contents(looks, end + 1)


_CONTENTS_LABEL = re.compile(r"^(本期)?(目\s*录|要\s*目)$")
_ENTRY_MARK = re.compile(r"^[◎●○■□◆◇★☆▲△·•\-\d.、\s]+")


def _contents(looks: list[_Look], start: int) -> list[int]:
    """A contents list under the masthead's rule closed by no second rule: short lines up to the
    first empty paragraph, that open with 目录 or list titles the file prints again further down
    (its reports' headlines). [] otherwise. Entries printed with leaders and a page number
    (……1) are the list wherever they stop; a line repeating an entry already listed starts the
    reports (the first headline under a list set without a blank after it)."""
    leadered = _leadered_contents(looks, start)
    if leadered:
        return leadered
    run, entries = [], set()
    for k in range(start, min(len(looks), start + CONTENTS_WITHIN)):
        if not looks[k].text or looks[k].table or _entry(looks[k].text) in entries:
            break
        if _text_paragraph(looks[k]):
            return []
        run.append(k)
        entries.add(_entry(looks[k].text))
    if not run or len(run) == len(looks) - start:
        return []
    later = {_entry(look.text) for look in looks[run[-1] + 1:] if look.text}
    labelled = bool(_CONTENTS_LABEL.match(_entry(looks[run[0]].text)))
    repeated = sum(_entry(looks[k].text) in later for k in run)
    return run if labelled or repeated * 2 >= len(run) else []


def _entry(text: str) -> str:
    return "".join(_ENTRY_MARK.sub("", _without_leader(text)).split())


_LEADER_CHARS = "…．.·・_-—"     # a contents entry's leader: ……………1, ........ 2, ·····3


def _without_leader(text: str) -> str:
    """The entry without its leader and page number (局机关党委召开会议……………1 → 局机关党委召开会议);
    the text as it is when it has none. (Read from the end, no pattern: linear in the text.)"""
    end = len(text.rstrip())
    if text[:end].endswith("页"):
        end -= 1
    digits = end
    while digits > 0 and text[digits - 1].isdigit() and end - digits < 3:
        digits -= 1
    if digits == end or (digits > 0 and text[digits - 1].isdigit()):
        return text
    k = len(text[:digits].rstrip(" 第"))
    dots = 0
    while k > 0 and (text[k - 1] in _LEADER_CHARS or text[k - 1].isspace()):
        dots += text[k - 1] in _LEADER_CHARS
        k -= 1
    return text[:k] if dots >= 3 and k > 0 else text


def _has_leader(text: str) -> bool:
    return _without_leader(text) != text


def _leadered_contents(looks: list[_Look], start: int) -> list[int]:
    """A contents list whose entries carry leaders and page numbers: its label (目录), if any, and
    the run of entries, up to the last one with a leader. [] when there is none."""
    k = start
    while k < len(looks) and not looks[k].text and not looks[k].table:
        k += 1
    first = k
    if k < len(looks) and _CONTENTS_LABEL.match(_entry(looks[k].text)):
        k += 1
    run = []
    while k < len(looks) and k - start < 3 * CONTENTS_WITHIN:
        look = looks[k]
        if look.text and not look.table and len(look.text) <= 2 * MAX_HEADING_CHARS and (look.entry or _has_leader(look.text)):
            run.append(k)
        elif look.text or look.table:
            break
        k += 1
    return list(range(first, run[-1] + 1)) if run else []


def _text_paragraph(look: _Look) -> bool:
    """A paragraph of running text: long, or ending a sentence."""
    return len(look.text) > MAX_HEADING_CHARS or (bool(look.text) and ends_sentence(look.text))


def _next_text(looks: list[_Look], k: int) -> int | None:
    return next((j for j in range(k + 1, len(looks)) if looks[j].text), None)


_ITEM_MARK = re.compile(r"^[■◆●▲★☆◇□○◎]")


def _over_items(looks: list[_Look], k: int) -> bool:
    """Whether the paragraph under a 【label】 opens a brief item with its own marker (■ …): the
    label heads a column of items, it is none of them."""
    after = _next_text(looks, k)
    return after is not None and bool(_ITEM_MARK.match(looks[after].text))


def _under_picture(looks: list[_Look], k: int) -> bool:
    """Whether paragraph k holds a picture or comes right under one (no text between)."""
    if looks[k].image:
        return True
    j = k - 1
    while j >= 0 and not looks[j].text and not looks[j].image:
        j -= 1
    return j >= 0 and looks[j].image and not looks[j].text
