"""Read a Word (.docx) report: its headings and paragraphs, in document order, tables included.

python-docx gives the paragraphs; each becomes a block of a text layer
(:mod:`.reflow`), so a report holding several articles is segmented like a
newspaper page: leads and attributions start and end articles. What the author
marked with the layout rides along as one hint per line (:mod:`..hints`, issue 15):
a short paragraph in a heading style, or centred or bold in type larger than the
body's, is a heading; what stands above the bulletin's first rule (and a contents
list between it and the next) is its masthead; a 【label】 paragraph a label; a
centred paragraph under a picture a caption.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..caps import check_cap
from ..reader import UnreadableFile
from . import Extracted
from .reflow import hinted_layer
from .wordlayout import paragraph_hints


def extract(path: Path) -> list[Extracted]:
    """Return the document's text as one page, or raise UnreadableFile."""
    _check_sizes(path)
    document = _open(path)
    items = list(_blocks(document))
    blocks = paragraph_hints(items)
    if not blocks:
        raise UnreadableFile("Word file without text")
    check_cap("paragraphs", len(blocks), "paragraphs in the Word file")
    check_cap("extracted_chars", sum(len(text) for text, _ in blocks), "characters of text in the Word file")
    text, hints = hinted_layer(blocks)
    return [Extracted(text, extraction="docx", hints=hints)]


def _check_sizes(path: Path) -> None:
    """Refuse a Word file whose zip members expand past the cap, before anything inflates them.

    zipfile reads a member only up to the size its header declares, so the declared
    sizes bound what python-docx can inflate.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnreadableFile(f"not a Word (.docx) file: {exc}"[:300])
    check_cap("decompressed_bytes", total, "bytes in the Word file's zip members, decompressed")


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile) as exc:
        raise UnreadableFile(f"not a Word (.docx) file: {exc}")
    except KeyError as exc:           # a zip without the parts every Word file has
        raise UnreadableFile(f"not a Word (.docx) file: a zip archive missing {exc}"[:300])
    except (ValueError, AttributeError, SyntaxError) as exc:
        # SyntaxError: lxml's XMLSyntaxError, also for markup nested past its depth limit (256)
        raise UnreadableFile(f"damaged Word file: {type(exc).__name__}: {exc}"[:300])


def _blocks(document):
    """Yield (text, its layout) of every paragraph, body and table cells alike, in document order;
    a table row's layout is "table"."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield " ".join(item.text.split()), item
        elif isinstance(item, Table):
            for row in _table_rows(item):
                yield row, "table"


def _table_rows(table, depth: int = 1):
    """Yield each table row as one sentence (cells joined by ，, ended by 。): short cells
    would otherwise look like titles to the segmenter and be moved or cut off. A table
    nested in a cell is read too (cell.text holds only the cell's own paragraphs)."""
    check_cap("depth", depth, "tables nested in tables of the Word file")
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:          # a merged cell is listed once per column it spans
                seen.add(id(cell._tc))
                cells.append(_cell_text(cell, depth))
        text = "，".join(c.rstrip("。，") for c in cells if c)
        if text:
            yield text + "。"


def _cell_text(cell, depth: int) -> str:
    from docx.table import Table
    parts = []
    for item in cell.iter_inner_content():
        if isinstance(item, Table):
            parts += [row.rstrip("。") for row in _table_rows(item, depth + 1)]
        else:
            parts.append(" ".join(item.text.split()))
    return " ".join(part for part in parts if part)
