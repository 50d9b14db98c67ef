"""Render composed newspaper pages to PDF, as offices receive them.

A page is a plain dict, so any composer can feed it::

    {"articles": [{"title": "…", "paragraphs": ["…"], "attribution": "（据…）",
                   "title_position": "before" | "after" | "none"}],
     "columns": 2..4, "layout": "bands" | "modules" | "flow", "font_size": 9.0,
     "header": "2023年10月31日 星期二  公益时报  第4版" | None,
     "label": "党建" | "TOPIC" | None, "footer": "责任编辑：王雪" | None,
     "draw_order": "reading" | "rows" | "shuffled", "fake_bold": bool}

``bands`` stacks the articles as newspapers do: each title across the page,
its body balanced over the columns below; ``modules`` sets two such stacks
side by side, each headline over its own columns only. ``flow`` runs every article through
the columns one after another, titles inside the column (as on the sample
page). A title placed ``after`` is printed at the foot of the page, where
extraction puts it last. Text is drawn with reportlab's built-in STSong-Light
CID font, so no font file is needed.
"""
from __future__ import annotations

import math
import random
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as pdf_canvas

FONT = "STSong-Light"
COLUMN_WIDTH = 150.0          # points: about 16 characters of 9-point type, a newspaper column
GUTTER = 14.0
MARGIN = 36.0
LEADING = 1.6                 # line pitch as a multiple of the font size


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Break text into lines that fit width, character by character as Chinese typesetting does."""
    font, lines, line = _font(), [], ""
    room = width - indent
    for char in text:
        if line and pdfmetrics.stringWidth(line + char, font, size) > room:
            lines.append(line)
            line, room = "", width
        line += char
    if line:
        lines.append(line)
    return lines


def _body_lines(article: dict, width: float, size: float) -> list[tuple[str, float]]:
    """Return (text, x offset) lines of an article's paragraphs and attribution."""
    out = []
    for para in article["paragraphs"]:
        for n, line in enumerate(wrap(para, width, size, indent=2 * size)):
            out.append((line, 2 * size if n == 0 else 0.0))
    if article.get("attribution"):
        out.extend((line, 0.0) for line in wrap(article["attribution"], width, size))
    return out


class _Page:
    """Lines placed on one page: (x, y, text, size), y measured downwards from the top."""

    def __init__(self, columns: int, size: float):
        self.columns, self.size = columns, size
        self.width = 2 * MARGIN + columns * COLUMN_WIDTH + (columns - 1) * GUTTER
        self.items: list[tuple[float, float, str, float]] = []
        self.y = MARGIN
        self.first, self.count = 0, columns      # the columns now being filled (modules use a few)

    @property
    def pitch(self) -> float:
        return self.size * LEADING

    def column_x(self, k: int) -> float:
        return MARGIN + (self.first + k) * (COLUMN_WIDTH + GUTTER)

    def full_line(self, text: str, size: float) -> None:
        """Place a line across the columns in use (a title, header or footer), wrapping if needed."""
        width = self.count * COLUMN_WIDTH + (self.count - 1) * GUTTER
        for line in wrap(text, width, size):
            self.y += size * LEADING
            self.items.append((self.column_x(0), self.y, line, size))

    def columns_block(self, lines: list[tuple[str, float, float, bool]]) -> None:
        """Balance (text, x offset, size, is title) lines over the columns below the current position.

        A title never breaks across columns and keeps two body lines below it, as typesetters do.
        """
        per_column = max(1, math.ceil(len(lines) / self.count))
        top, k, row = self.y, 0, 0
        deepest = 0
        for n, (text, dx, size, is_title) in enumerate(lines):
            starts_title = is_title and (n == 0 or not lines[n - 1][3])
            need = _title_group(lines, n) if starts_title else 1
            if row and row + need > per_column and k + 1 < self.count:
                k, row = k + 1, 0
            row += 1
            deepest = max(deepest, row)
            self.items.append((self.column_x(k) + dx, top + row * self.pitch, text, size))
        self.y = top + deepest * self.pitch + self.pitch


def _title_group(lines: list, n: int) -> int:
    """Return how many lines from n must share a column: the title's lines and two below it."""
    end = n
    while end < len(lines) and lines[end][3]:
        end += 1
    return end - n + 2


def _band(page: _Page, article: dict, title_size: float) -> None:
    if article.get("title_position", "before") == "before" and article.get("title"):
        page.y += page.pitch * 0.5
        page.full_line(article["title"], title_size)
        page.y += page.pitch * 0.5
    page.columns_block([(t, dx, page.size, False) for t, dx in _body_lines(article, COLUMN_WIDTH, page.size)])


def _modules(page: _Page, articles: list[dict], title_size: float) -> None:
    """Two stacks side by side, headlines over their own columns only: the first half of the
    articles over the left columns, the rest over the right ones."""
    left = page.columns - 1 if page.columns == 3 else 2
    half = math.ceil(len(articles) / 2)
    top, bottom = page.y, page.y
    for first, count, group in ((0, left, articles[:half]), (left, page.columns - left, articles[half:])):
        page.first, page.count, page.y = first, count, top
        for article in group:
            _band(page, article, title_size)
        bottom = max(bottom, page.y)
    page.first, page.count, page.y = 0, page.columns, bottom


def _flow_lines(page: _Page, articles: list[dict], title_size: float) -> list[tuple[str, float, float, bool]]:
    lines = []
    for article in articles:
        if article.get("title_position", "before") == "before" and article.get("title"):
            size = _fitting(article["title"], title_size, page.size * 1.1)
            lines.extend((t, 0.0, size, True) for t in wrap(article["title"], COLUMN_WIDTH, size))
        lines.extend((t, dx, page.size, False) for t, dx in _body_lines(article, COLUMN_WIDTH, page.size))
    return lines


def _fitting(title: str, size: float, smallest: float) -> float:
    """Shrink a title's type until it fits three column lines, as a typesetter would."""
    while len(wrap(title, COLUMN_WIDTH, size)) > 3 and size > smallest:
        size = max(smallest, size - 0.5)
    return size


def layout_page(spec: dict) -> _Page:
    """Place every line of a page spec; return the placed page."""
    size = float(spec.get("font_size", 9.0))
    page = _Page(int(spec.get("columns", 3)), size)
    title_size = size * (1.8 if spec.get("layout", "bands") == "bands" else 1.2)
    if spec.get("header"):
        page.full_line(spec["header"], size * 0.9)
        page.y += page.pitch
    if spec.get("label"):
        page.full_line(spec["label"], size * 1.4)
    articles = spec["articles"]
    layout = spec.get("layout", "bands")
    if layout == "modules" and page.columns >= 3:
        _modules(page, articles, title_size)
    elif layout in ("bands", "modules"):
        for article in articles:
            _band(page, article, title_size)
    else:
        page.columns_block(_flow_lines(page, articles, title_size))
    for article in articles:
        if article.get("title_position") == "after" and article.get("title"):
            page.full_line(article["title"], size * 1.8)
    if spec.get("footer"):
        page.y += page.pitch
        page.full_line(spec["footer"], size * 0.8)
    return page


def _drawing_order(items: list, order: str) -> list:
    """Return items in the order they are drawn: a PDF's content stream need not follow reading order."""
    if order == "rows":            # some typesetters emit text line by line across the columns
        return sorted(items, key=lambda item: (item[1], item[0]))
    if order == "shuffled":        # frames emitted in no particular order
        return random.Random(len(items)).sample(items, len(items))
    return items


def render_pdf(pages: list[dict], path: Path) -> Path:
    """Write pages (dicts as in the module docstring) as one PDF, one PDF page each."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = pdf_canvas.Canvas(str(path), invariant=1)   # invariant: the same input gives the same bytes
    font = _font()
    for spec in pages:
        page = layout_page(spec)
        height = max(page.y + MARGIN, 842.0)
        out.setPageSize((page.width, height))
        for x, y, text, size in _drawing_order(page.items, spec.get("draw_order", "reading")):
            out.setFont(font, size)
            # The font's GB mapping has the 间隔号 at U+30FB; U+00B7 would be dropped unseen.
            text = text.replace("\u00b7", "\u30fb")
            out.drawString(x, height - y, text)
            if spec.get("fake_bold") and size > spec.get("font_size", 9.0) * 1.1:
                out.drawString(x + 0.3, height - y, text)    # titles overprinted, as some typesetters embolden
        out.showPage()
    out.save()
    return path


def render_scanned_pdf(pages: list[dict], path: Path, dpi: int = 200) -> Path:
    """Write pages as a scan would: each page an image, no text layer."""
    import io

    import pypdfium2
    from reportlab.lib.utils import ImageReader

    path = Path(path)
    text_pdf = render_pdf(pages, path.with_name(path.stem + ".text.pdf"))
    document = pypdfium2.PdfDocument(str(text_pdf))
    out = pdf_canvas.Canvas(str(path), invariant=1)
    try:
        for page in document:
            width, height = page.get_size()
            buffer = io.BytesIO()
            page.render(scale=dpi / 72).to_pil().convert("L").save(buffer, format="PNG")
            out.setPageSize((width, height))
            out.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
            out.showPage()
    finally:
        document.close()
        text_pdf.unlink()
    out.save()
    return path
