"""Lay out known paragraphs (HTML, Word) as a text layer the cleaner reads back exactly.

The cleaner finds paragraph ends from line ends (a sentence end on a short
line, or before a blank). Paragraphs that a format states outright are
therefore written as narrow lines with a blank line between paragraphs, and
never with a sentence end at the end of an inner line, so each comes back
whole and no sentence inside one is taken for a paragraph's end.
"""
from __future__ import annotations

WIDTH = 24                              # characters per line, about a newspaper column
_ENDS = "。！？!?；”’」』）)》"             # a line ending in one of these might read as a paragraph's end


def wrap_paragraph(text: str, width: int = WIDTH) -> list[str]:
    """Break one paragraph into lines; an inner line never ends with a sentence end or closer."""
    text = " ".join(text.split())
    lines, start = [], 0
    while len(text) - start > width:
        end = start + width
        while end < len(text) and text[end - 1] in _ENDS:
            end += 1                    # carry the next character up, so the line runs on
        if end >= len(text):
            break
        lines.append(text[start:end])
        start = end
    lines.append(text[start:])
    return [ln for ln in lines if ln]


def text_layer(blocks: list[str]) -> str:
    """Return paragraphs (and titles) as wrapped lines, a blank line between blocks."""
    out: list[str] = []
    for block in blocks:
        lines = wrap_paragraph(block)
        if lines:
            out.extend(lines + [""])
    return "\n".join(out).strip("\n")
