"""Turn the files offices keep (PDF, e-paper HTML, Word) into page texts for the pipeline.

Each format module has ``extract(path) -> list[Extracted]``: one text per page
of the archive (a PDF page; the whole of an HTML or Word file), shaped like a
text layer, so cleaning, segmenting and metadata work on it unchanged. What a
format knows beyond the text (a PDF page number, an HTML page's title, date,
版次 and publication) rides along. :func:`read_pages` in :mod:`.pages` makes
:class:`~dangjian.index.parse.records.Page` records from them.

Modules are imported when a file of their kind is met, so a text-only archive
never loads pdfminer, lxml or python-docx.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# suffix → module in this package that reads it
FORMATS = {".pdf": "pdf", ".html": "html", ".htm": "html", ".docx": "docx"}
# for the parser version: a change to any of them changes what articles come out
FORMAT_MODULES = tuple(f"formats/{p.stem}" for p in sorted(Path(__file__).parent.glob("*.py")))


@dataclass(frozen=True)
class Extracted:
    """One page of text taken from a file, with what its format tells about it."""

    text: str
    pdf_page: int | None = None            # 1-based page of a PDF file
    extraction: str = "pdf"                # pdf | ocr | html | docx
    meta: dict = field(default_factory=dict)   # title, date, page, publication (HTML)
    hints: dict = field(default_factory=dict)  # line number (from 1) → layout hint (parse/hints.py)
