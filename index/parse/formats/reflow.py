"""Lay out known paragraphs (HTML, Word) as a text layer the cleaner reads back exactly.

The cleaner finds paragraph ends from line ends (a sentence end on a short
line, or before a blank). Paragraphs that a format states outright are
therefore written as narrow lines with a blank line between paragraphs, and
never with a sentence end at the end of an inner line, so each comes back
whole and no sentence inside one is taken for a paragraph's end.
"""
from __future__ import annotations

import unicodedata

from ..clean import ends_sentence

WIDTH = 24                              # characters per line, about a newspaper column
_ENDS = "。！？!?；”’」』）)》"             # a line ending in one of these might read as a paragraph's end


def wrap_paragraph(text: str, width: int = WIDTH) -> list[str]:
    """Break one paragraph into lines, a sentence into at least two (a lone line between blanks
    reads as double-spaced text); an inner line never ends with a sentence end or closer, nor inside a
    Latin word or at a space (the cleaner would add or drop one there)."""
    text = " ".join(text.split())
    cuts, start = [], 0
    while len(text) - start > width:
        end = _cut(text, start, start + width)
        if end >= len(text):
            break
        cuts.append(end)
        start = end
    # Only prose needs it; a dateline, heading or attribution must stay one line to be known.
    if not cuts and len(text) > 1 and ends_sentence(text):
        end = _cut(text, 0, max(1, len(text) // 2))
        cuts += [end] if end < len(text) else []
    if cuts:
        cuts[-1] = _not_before_punctuation(text, cuts[-1], cuts[-2] if len(cuts) > 1 else 0)
    bounds = [0, *cuts, len(text)]
    return [line for line in (text[a:b].strip() for a, b in zip(bounds, bounds[1:])) if line]


def _cut(text: str, start: int, end: int) -> int:
    """Move a line end forward until the line can end there; a line of digits alone would read as
    a page number, so a line never is one."""
    while end < len(text) and (text[end - 1] in _ENDS or " " in text[end - 1:end + 1]
                               or (_latin(text[end - 1]) and _latin(text[end]))
                               or text[start:end].strip().isdigit()):
        end += 1
    return end


def _not_before_punctuation(text: str, cut: int, floor: int) -> int:
    """Move the last cut back where the last line would be punctuation alone (a caption's closing
    ）, read back as an attribution of its own; a lone 。): the last line takes a character or two."""
    while _punctuation(text[cut:]) and cut - 1 > floor + 1:
        cut -= 1
    while cut - 1 > floor + 1 and (text[cut - 1] in _ENDS or text[cut - 1] == " " or text[cut] == " "
                                   or (_latin(text[cut - 1]) and _latin(text[cut]))):
        cut -= 1        # and the line before still ends where a line can
    return cut


def _punctuation(rest: str) -> bool:
    return all(unicodedata.category(c).startswith("P") or c.isspace() for c in rest)


def _latin(char: str) -> bool:
    return char.isascii() and char.isalpha()


def _caption_line(text: str) -> list[str]:
    """A caption the layout marks, on one line where it is short: broken, its last line (室。（某某
    摄）) reads as an attribution closing the article; whole, as the caption it is (图为…（某某 摄）)."""
    text = " ".join(text.split())
    return [text] if len(text) <= 2 * WIDTH else wrap_paragraph(text)


def text_layer(blocks: list[str]) -> str:
    """Return paragraphs (and titles) as wrapped lines, a blank line between blocks."""
    return hinted_layer([(block, None) for block in blocks])[0]


def hinted_layer(blocks: list[tuple[str, str | None]], starts: list | None = None) -> tuple[str, dict[int, str]]:
    """Return the text layer of (paragraph, hint) blocks and the hint of each of its lines
    (numbered from 1, as the pipeline numbers source lines).

    Paragraphs a format marks as one heading in a row (a title the author set over two
    centred bold paragraphs) are written without a blank between them: they are one block,
    as a headline's lines are on a page. Unhinted blocks are laid out exactly as before.
    starts, when given, gets each block's first line number (None for a block without text).
    """
    out: list[str] = []
    hints: dict[int, str] = {}
    previous = None
    for block, hint in blocks:
        lines = _caption_line(block) if hint == "caption" else wrap_paragraph(block)
        if not lines:
            if starts is not None:
                starts.append(None)
            continue
        if out and not (hint == previous == "heading"):
            out.append("")
        if starts is not None:
            starts.append(len(out) + 1)
        for line in lines:
            out.append(line)
            if hint:
                hints[len(out)] = hint
        previous = hint
    return "\n".join(out), hints
