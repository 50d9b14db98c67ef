"""Make Page records from a PDF, HTML or Word file, with the metadata a text page would get.

Publication, issue date and page number come from the same places as for text
pages (sidecar, path, dated header line), with what the format itself says in
between: an e-paper page's markup names its date, 版次 and publication, and
each page of a multi-page PDF is numbered by its place in the file.
"""
from __future__ import annotations

import hashlib
import importlib
from pathlib import Path

from ..reader import (UnreadableFile, _page_from_name, _publication_from_path, _sidecar_date,
                      date_from_header, date_from_path, fingerprint_of, read_sidecar_bytes, rel_path,
                      sidecar_fields)
from ..caps import check_cap
from ..controls import clean_field
from ..records import Page
from . import FORMATS, Extracted

MAX_FORMAT_BYTES = 200 * 1024 * 1024     # a scanned issue runs to tens of megabytes


def extract(path: Path) -> list[Extracted]:
    """Return the page texts of a PDF, HTML or Word file, or raise UnreadableFile."""
    module = importlib.import_module(f"{__package__}.{FORMATS[path.suffix.lower()]}")
    return module.extract(path)


def read_pages(path: Path, root: Path) -> list[Page]:
    """Read a PDF, HTML or Word file into its pages, or raise UnreadableFile with the reason."""
    rel = rel_path(path, root) if path != root else path.name
    try:
        size = path.stat().st_size
        if size > MAX_FORMAT_BYTES:
            raise UnreadableFile(f"file is {size} bytes, larger than an issue can be ({MAX_FORMAT_BYTES})")
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read: {exc.strerror or exc}")
    if not raw.strip():
        raise UnreadableFile("empty file")
    side_raw = read_sidecar_bytes(path)
    side = sidecar_fields(path, side_raw)      # (checked fields, warnings): a bad sidecar is ignored, said
    sha1 = hashlib.sha1(raw).hexdigest()
    # The fingerprint is of the bytes read here (and the sidecar's), as for text pages.
    fingerprint = fingerprint_of(raw, side_raw)
    extracted = extract(path)
    for item in extracted:      # each page is capped as a text page is, whatever the file holds
        where = f"page {item.pdf_page}: " if item.pdf_page else ""
        check_cap("extracted_chars", len(item.text), f"{where}characters of extracted text")
        check_cap("paragraphs", item.text.count("\n\n") + 1, f"{where}paragraphs of extracted text")
    return [_page(rel, path, sha1, fingerprint, side, item, len(extracted)) for item in extracted]


def _markup_date(value):
    """A date the markup states; one that is not a real day is ignored (the markup is not the archive's)."""
    try:
        return _sidecar_date(value, "markup")
    except UnreadableFile:
        return None


def _page(rel: str, path: Path, sha1: str, fingerprint: str, sidecar: tuple[dict, tuple[str, ...]],
          item: Extracted, count: int) -> Page:
    side, warnings = sidecar
    publication, page, section = side.get("publication"), side.get("page"), side.get("section")
    issue, source = side.get("date"), "sidecar"
    for found, origin in ((lambda: _markup_date(item.meta.get("date")), "markup"),
                          (lambda: date_from_path(rel), "path"), (lambda: date_from_header(item.text), "header")):
        if issue is None:
            issue, source = found(), origin
    return Page(
        path=rel, text=item.text, sha1=sha1, encoding=item.extraction, fingerprint=fingerprint,
        # What markup states is cleaned and bounded like any stored field (an og:title of a
        # million characters, NUL or U+202E in a site name); a value past its bound is no value.
        publication=publication or clean_field(item.meta.get("publication"), "publication")
        or clean_field(_publication_from_path(rel), "publication"),
        issue_date=issue, issue_date_source=source if issue else None,
        page=_numbered(page, item, count) or clean_field(item.meta.get("page"), "page")
        or _page_number(path, item, count),
        section=section, warnings=warnings,
        pdf_page=item.pdf_page, extraction=item.extraction, title=clean_field(item.meta.get("title"), "title"),
        info_line=clean_field(item.meta.get("info"), "info"),
        info_lines=tuple((line, clean_field(info, "info")) for line, info in item.meta.get("infos", ())
                         if clean_field(info, "info")),
        line_hints=tuple(sorted(item.hints.items())),
        listing=bool(item.meta.get("listing")),
        entry_stamps=tuple((line, day) for line, day in item.meta.get("stamps", ()) if _markup_date(day)),
        # a web page's footer names the body running the site (主办：某省民政厅): its province
        province_hint=clean_field(item.meta.get("province"), "publication"),
    )


def _numbered(sidecar_page: str | None, item: Extracted, count: int) -> str | None:
    """A sidecar's page for a multi-page PDF is its first page's: PDF page N is that + N − 1."""
    if sidecar_page and count > 1 and item.pdf_page and sidecar_page.isdigit():
        return str(int(sidecar_page) + item.pdf_page - 1)
    return sidecar_page


def _page_number(path: Path, item: Extracted, count: int) -> str | None:
    """A multi-page PDF is an issue: its page N is 第N版. Otherwise the file name tells (04.pdf)."""
    if item.pdf_page is not None and count > 1:
        return str(item.pdf_page)
    return _page_from_name(path)
