"""Layout hints: what a Word or HTML file's own structure says a line is.

A text layer tells a headline from a sentence only by its shape; a Word bulletin's
author says it outright — a centred bold paragraph in larger type, a heading style,
a masthead above the first rule, a 【label】 set on its own, a centred line under a
picture. The format readers (:mod:`.formats.docx`, :mod:`.formats.html`) record that
as one hint per line of the text they write (``Extracted.hints`` → ``Page.line_hints``,
keyed by source line number); the text itself is unchanged, so conservation holds.

The pipeline applies them right after the noise stage (:func:`apply_hints`): masthead
and label lines become furniture with their reason, the others ride on their lines
(:class:`HintedLn`) to the segmenter, which takes :func:`block_hint` as the answer to
"is this block a headline?" where there is one. Text layers carry none: for them
nothing here changes anything.
"""
from __future__ import annotations

from .clean import Ln, join_lines, tidy
from .records import NoiseLine

HEADING = "heading"      # an article's title, as the author marked it
BODY = "body"            # a paragraph of text, in a file that marks its headings
MASTHEAD = "masthead"    # a bulletin's name, issue, editor and contents, above its rule
LABEL = "label"          # a section label paragraph: 【工作动态】
CAPTION = "caption"      # a centred line under a picture
SUBHEADING = "subheading"   # a bold heading inside an article's text: its own paragraph, no new article
HINTS = (HEADING, BODY, MASTHEAD, LABEL, CAPTION, SUBHEADING)
_APART = (CAPTION, SUBHEADING)      # paragraphs of their own, whatever their line ends say

_PULL_QUOTE = "furniture: pull quote"     # furniture.pull_quotes' reason: a guess by repetition

# furniture by what the layout says, in the words of the trace
_NOISE = {MASTHEAD: "furniture: bulletin masthead (the file's layout: above its rule)",
          LABEL: "furniture: column label (the file's layout: a bracketed label paragraph)"}


class HintedLn(Ln):
    """A page line with the hint its file's layout gave it."""

    hint: str

    def __new__(cls, text: str, nos: tuple[int, ...], hint: str):
        obj = super().__new__(cls, text, nos)
        obj.hint = hint
        return obj


def apply_hints(lines: list[Ln], noise: list[NoiseLine], hints: dict[int, str],
                source: list[str]) -> tuple[list[Ln], list[NoiseLine]]:
    """Return the page's lines with their hints, and its noise lines with the masthead and
    labels the layout marks added (source: the page's lines as written, for the noise record).

    A line the noise stage already took keeps its own reason, unless the layout says it is a
    subheading and the noise stage only guessed it a layout label (a short line standing apart), or
    says it is a heading or subheading and the noise stage only guessed it a pull quote (a line
    repeating the text beside it, as a headline its lead restates may): the file's markup knows better.
    """
    if not hints:
        return lines, noise
    guessed = {n.line for n in noise if n.reason.startswith("layout label") and hints.get(n.line) == SUBHEADING
               or n.reason.startswith(_PULL_QUOTE) and hints.get(n.line) in (HEADING, SUBHEADING)}
    noise = [n for n in noise if n.line not in guessed]
    taken = {n.line for n in noise}
    out, added = [], []
    for line in lines:
        no = line.nos[0] if getattr(line, "nos", ()) else None
        hint = hints.get(no)
        if no in guessed and not line:
            out.append(HintedLn(tidy(source[no - 1]), line.nos, hint))
        elif not line or hint is None:
            out.append(line)
        elif hint in _NOISE:
            out.append(Ln("", line.nos))
            if no not in taken:
                added.append(NoiseLine(no, source[no - 1], _NOISE[hint]))
        else:
            out.append(HintedLn(line, line.nos, hint))
    return out, sorted(noise + added, key=lambda n: n.line)


def hint_of(line: str) -> str | None:
    return getattr(line, "hint", None)


def block_hint(lines) -> bool | None:
    """Whether a block of lines is a headline by its file's layout: True when each of its lines
    is a heading, False when one is marked otherwise, None when the layout says nothing."""
    # A line a later stage rebuilt (a name joined across lines) has lost its hint: it says nothing.
    found = [hint for hint in map(hint_of, lines) if hint]
    if not found:
        return None
    return all(hint == HEADING for hint in found)


def keep_captions_apart(pieces: list) -> list:
    """Return the pieces with each caption and subheading the layout marks a paragraph of its own.

    The cleaner joins a line without a sentence end to the next paragraph (a column break
    in a text layer); a caption or a subheading has none, and where its file says it is one, it is one.
    """
    for piece in pieces:
        if len(piece.groups) != len(piece.paragraphs):
            continue
        groups, paragraphs = [], []
        for group, paragraph in zip(piece.groups, piece.paragraphs):
            # a paragraph the segmenter rewrote (its lead's dateline moved out) is left as it is
            parts = _split_at_captions(group) if paragraph == join_lines(group) else [group]
            groups += parts
            # an unsplit paragraph stays as the segmenter left it (its lead's dateline already moved)
            paragraphs += [paragraph] if len(parts) == 1 else [join_lines(part) for part in parts]
        piece.groups, piece.paragraphs = groups, paragraphs
    return pieces


def _split_at_captions(group: list) -> list[list]:
    parts: list[list] = []
    for line in group:
        kind = hint_of(line) if hint_of(line) in _APART else None
        if parts and line and (hint_of(parts[-1][-1]) if hint_of(parts[-1][-1]) in _APART else None) != kind:
            parts.append([line])
        elif parts:
            parts[-1].append(line)
        else:
            parts.append([line])
    return parts
