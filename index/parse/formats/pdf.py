"""Read a PDF: one text per PDF page, in reading order; scanned pages go to OCR.

pdfminer.six parses the file and interprets each page into positioned
characters (no layout analysis of its own: its line and box grouping merged
neighbouring columns on our pages, see docs/decisions.md); :mod:`.layout`
puts them in reading order. A page without a text layer but with an image is
a scan and is read by :mod:`.ocr`.
"""
from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTImage
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream
from pdfminer.psexceptions import PSException

from ..caps import caps, check_cap
from ..reader import UnreadableFile
from . import Extracted
from .layout import page_text, running_lines, runs_from_chars

MAX_FORMS_DRAWN = 10_000  # forms (XObjects) one page draws: a page has tens, a bomb millions
MIN_TEXT_CHARS = 10      # fewer visible characters than this on a page with an image: a scan
MAX_UNMAPPED = 0.1       # more glyphs than this without a Unicode value: the text layer is unusable


_DAMAGED = (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError, AssertionError, EOFError)


def extract(path: Path) -> list[Extracted]:
    """Return each PDF page's text, or raise UnreadableFile naming what is wrong with the file."""
    return [_page(path, number, layout) for number, layout in _layouts(path)]


def _layouts(path: Path):
    """Yield (page number, pdfminer's positioned objects) for each page of the file."""
    with path.open("rb") as handle:
        document = _guard(lambda: PDFDocument(PDFParser(handle)))
        manager = PDFResourceManager()
        device = _CappedAggregator(manager, laparams=None)
        interpreter = PDFPageInterpreter(manager, device)
        pages = _guard(lambda: list(PDFPage.create_pages(document)))
        if not pages:
            raise UnreadableFile("PDF has no pages")
        check_cap("pages", len(pages), "PDF pages")     # an issue has tens of pages
        for number, pdf_page in enumerate(pages, start=1):
            device.glyphs = device.forms = 0
            _guard(lambda: interpreter.process_page(pdf_page), f"page {number}: ")
            yield number, device.get_result()


class _CappedAggregator(PDFPageAggregator):
    """pdfminer's page aggregator, refusing a page that draws more glyphs than a page's text can
    have: a small form drawn inside itself over and over (2 KB) expands to gigabytes of objects."""

    glyphs = 0
    forms = 0

    def begin_figure(self, *args, **kwargs):
        # Forms drawn inside forms multiply: count them, not only the glyphs they end in.
        self.forms += 1
        if self.forms > MAX_FORMS_DRAWN:
            raise UnreadableFile(f"a PDF page draws more than {MAX_FORMS_DRAWN:,} forms (form XObjects "
                                 "drawn inside each other: a decompression bomb)")
        return super().begin_figure(*args, **kwargs)

    def render_char(self, *args, **kwargs):
        self.glyphs += 1
        if self.glyphs > caps().extracted_chars:
            check_cap("extracted_chars", self.glyphs, "characters drawn on one PDF page")
        return super().render_char(*args, **kwargs)


def _capped_decode(decode):
    """Wrap PDFStream.decode: a Flate stream is inflated first under the cap (zlib's max_length),
    so a 1 MB stream that inflates to gigabytes is refused before it is held in memory."""
    def capped(stream):
        raw = stream.rawdata
        if raw is not None and not stream.decipher and \
                any(f in LITERALS_FLATE_DECODE for f, _ in stream.get_filters()):
            check_cap("decompressed_bytes", _inflated_size(raw, caps().decompressed_bytes),
                      "bytes of a PDF stream, decompressed (at least)")
        decode(stream)
        check_cap("decompressed_bytes", len(stream.data or b""), "a PDF stream decodes to bytes")
    capped.capped = True
    return capped


def _inflated_size(raw: bytes, limit: int) -> int:
    """Return the size raw inflates to, counting in 1 MB steps and stopping past limit."""
    inflater, size, pending = zlib.decompressobj(), 0, raw
    try:
        while pending and size <= limit:
            size += len(inflater.decompress(pending, 1 << 20))
            pending = inflater.unconsumed_tail
    except zlib.error:
        pass                             # pdfminer's own recovery deals with a broken stream
    return size


if not getattr(PDFStream.decode, "capped", False):
    PDFStream.decode = _capped_decode(PDFStream.decode)


def _guard(step, where: str = ""):
    """Run a pdfminer step; turn its many ways of failing on a bad file into UnreadableFile."""
    try:
        return step()
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise UnreadableFile(f"encrypted PDF: cannot be opened without its password ({type(exc).__name__})")
    except _DAMAGED as exc:
        raise UnreadableFile(f"{where}damaged PDF (truncated or not a PDF): {type(exc).__name__}: {exc}"[:300])


def _page(path: Path, number: int, layout) -> Extracted:
    height = layout.height
    chars, has_image, unmapped = [], False, 0
    for item in _walk(layout):
        if isinstance(item, LTChar):
            text = item.get_text()
            unmapped += text.startswith("(cid:")
            chars.append((item.x0, item.x1, height - (item.y0 + item.y1) / 2, item.size, _unify(text)))
        elif isinstance(item, LTImage):
            has_image = True
    visible = sum(1 for c in chars if c[4].strip())
    if chars and unmapped > MAX_UNMAPPED * len(chars):
        return _ocr(path, number, f"text in fonts without a Unicode map ({unmapped} of {len(chars)} glyphs)")
    if visible < MIN_TEXT_CHARS and has_image:
        return _ocr(path, number, "a scan without a text layer")
    body, running = running_lines(runs_from_chars(chars))
    dateline, meta = _running_facts(running)
    text = page_text(body)
    return Extracted(f"{dateline}\n\n{text}" if dateline else text, pdf_page=number, extraction="pdf", meta=meta)


_DATELINE = re.compile(r"(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?")
_EDITION = re.compile(r"第\s*0*(\d{1,3})\s*版")


def _running_facts(running: list[str]) -> tuple[str | None, dict]:
    """Keep what a running head or foot states, its date and 版次; the rest (publication name,
    section, editors) is layout, which the cleaner would drop but might take for a title."""
    joined = " ".join(running)
    date, edition = _DATELINE.search(joined), _EDITION.search(joined)
    return (date.group() if date else None), ({"page": edition.group(1)} if edition else {})


def _ocr(path: Path, number: int, why: str) -> Extracted:
    from .ocr import ocr_pdf_page
    return Extracted(ocr_pdf_page(path, number, why=why), pdf_page=number, extraction="ocr")


def _unify(text: str) -> str:
    """Map Kangxi radicals and compatibility ideographs (⼀ U+2F00, 﨑) to the common ideograph:
    fonts in Chinese PDFs often map their glyphs to these look-alikes, which no query matches."""
    if any("\u2e80" <= c <= "\u2fdf" or "\uf900" <= c <= "\ufaff" for c in text):
        return unicodedata.normalize("NFKC", text)
    return text


def _walk(item):
    """Yield every object on a page, inside figures (form XObjects) too."""
    for child in item:
        yield child
        if isinstance(child, LTContainer):
            yield from _walk(child)
