"""Read a Word (.docx) report: its headings and paragraphs, in document order, tables included.

python-docx gives the paragraphs; each becomes a block of a text layer
(:mod:`.reflow`), so a report holding several articles is segmented like a
newspaper page: a short unpunctuated heading is a title, leads and
attributions start and end articles.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from ..reader import UnreadableFile
from . import Extracted
from .reflow import text_layer


def extract(path: Path) -> list[Extracted]:
    """Return the document's text as one page, or raise UnreadableFile."""
    document = _open(path)
    blocks = [text for text in _blocks(document) if text]
    if not blocks:
        raise UnreadableFile("Word file without text")
    return [Extracted(text_layer(blocks), extraction="docx")]


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile) as exc:
        raise UnreadableFile(f"not a Word (.docx) file: {exc}")
    except KeyError as exc:           # a zip without the parts every Word file has
        raise UnreadableFile(f"not a Word (.docx) file: a zip archive missing {exc}"[:300])
    except (ValueError, AttributeError) as exc:
        raise UnreadableFile(f"damaged Word file: {type(exc).__name__}: {exc}"[:300])


def _blocks(document):
    """Yield the text of every paragraph, body and table cells alike, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield " ".join(item.text.split())
        elif isinstance(item, Table):
            yield from _table_rows(item)


def _table_rows(table):
    """Yield each table row as one sentence (cells joined by ，, ended by 。): short cells
    would otherwise look like titles to the segmenter and be moved or cut off."""
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) not in seen:          # a merged cell is listed once per column it spans
                seen.add(id(cell._tc))
                cells.append(" ".join(cell.text.split()))
        text = "，".join(c.rstrip("。，") for c in cells if c)
        if text:
            yield text + "。"
