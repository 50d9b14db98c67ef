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
    for k, look in enumerate(looks):
        if k in hints or not look.text:
            continue
        if k in headings:
            hints[k] = H.HEADING
        elif _LABEL.fullmatch(look.text) and _next_text(looks, k) in headings:
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
    )


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

        first = next((k for k, look in enumerate(looks) if look.text and k not in masthead), None)
        if first is not None and titled(first):
            return {k for k in range(len(looks)) if titled(k)}
    return set()


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
    if first is None or looks[first].table or any(_text_paragraph(look) for look in looks[:first]):
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


_CONTENTS_LABEL = re.compile(r"^(本期)?(目\s*录|要\s*目)$")
_ENTRY_MARK = re.compile(r"^[◎●○■□◆◇★☆▲△·•\-\d.、\s]+")


def _contents(looks: list[_Look], start: int) -> list[int]:
    """A contents list under the masthead's rule closed by no second rule: short lines up to the
    first empty paragraph, that open with 目录 or list titles the file prints again further down
    (its reports' headlines). [] otherwise."""
    run = []
    for k in range(start, min(len(looks), start + CONTENTS_WITHIN)):
        if not looks[k].text or looks[k].table:
            break
        if _text_paragraph(looks[k]):
            return []
        run.append(k)
    if not run or len(run) == len(looks) - start:
        return []
    later = {_entry(look.text) for look in looks[run[-1] + 1:] if look.text}
    labelled = bool(_CONTENTS_LABEL.match(_entry(looks[run[0]].text)))
    repeated = sum(_entry(looks[k].text) in later for k in run)
    return run if labelled or repeated * 2 >= len(run) else []


def _entry(text: str) -> str:
    return "".join(_ENTRY_MARK.sub("", text).split())


def _text_paragraph(look: _Look) -> bool:
    """A paragraph of running text: long, or ending a sentence."""
    return len(look.text) > MAX_HEADING_CHARS or (bool(look.text) and ends_sentence(look.text))


def _next_text(looks: list[_Look], k: int) -> int | None:
    return next((j for j in range(k + 1, len(looks)) if looks[j].text), None)


def _under_picture(looks: list[_Look], k: int) -> bool:
    """Whether paragraph k holds a picture or comes right under one (no text between)."""
    if looks[k].image:
        return True
    j = k - 1
    while j >= 0 and not looks[j].text and not looks[j].image:
        j -= 1
    return j >= 0 and looks[j].image and not looks[j].text
