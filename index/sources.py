"""The page texts a generation was built from, kept beside it for the source view.

``/articles/<id>/source`` shows the text layer an article was cut from. Taking
it again from the original on each request re-ran PDF extraction (21 s and
gigabytes for one large PDF, per request) and failed when the file had
changed since. So the index worker that parses a file stores what extraction
gave — one gzipped JSON file per archive file, ``src-<hash of its path>.json.gz``,
holding its sha1 and each page's text — and the site reads that.

Files are written under a temporary name and renamed: an update's new
generation starts as hard links to the old one's files, so writing in place
would change the live generation too.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
from pathlib import Path

from .parse import (FORMATS, NO_CONTEXT, ArchiveContext, UnreadableFile, no_article_reason, parse_file,
                    parsed_pages_of)

PREFIX = "src-"


def parse_keeping_texts(path: Path, root: Path, context: ArchiveContext = NO_CONTEXT):
    """Parse a file as :func:`parse_file` does; return (first page, articles, {pdf page or 0: text})."""
    if path.suffix.lower() not in FORMATS:
        page, articles = parse_file(path, root, context=context)
        return page, articles, {0: page.text}
    pages = parsed_pages_of(path, root, context)
    articles = [a for p in pages for a in p.articles]
    if not articles:
        raise UnreadableFile(no_article_reason(pages[0]) if pages else "no article found")
    return pages[0].page, articles, {p.page.pdf_page or 0: p.page.text for p in pages}


def source_name(rel: str) -> str:
    """Return the file name that holds the page texts of the archive file rel."""
    return f"{PREFIX}{hashlib.sha1(rel.encode('utf-8', 'surrogateescape')).hexdigest()[:24]}.json.gz"


def keep(generation: Path, rel: str, sha1: str, texts: dict[int, str]) -> None:
    """Store a file's page texts in the generation being built."""
    target = generation / source_name(rel)
    temporary = target.with_name(target.name + f".{os.getpid()}.tmp")
    record = {"path": rel, "sha1": sha1, "pages": {str(k): v for k, v in texts.items()}}
    with gzip.open(temporary, "wt", encoding="utf-8", compresslevel=5) as out:
        json.dump(record, out, ensure_ascii=False)
    os.replace(temporary, target)


def stored_text(generation: Path, rel: str, pdf_page: int | None) -> tuple[str, str] | None:
    """Return (page text, sha1 of the file it came from) as indexed, or None when not stored."""
    try:
        with gzip.open(generation / source_name(rel), "rt", encoding="utf-8") as handle:
            record = json.load(handle)
    except (OSError, ValueError, EOFError):
        return None
    if not isinstance(record, dict) or record.get("path") != rel or not isinstance(record.get("pages"), dict):
        return None
    pages = record["pages"]
    text = pages.get(str(pdf_page or 0)) or (next(iter(pages.values()), None) if not pdf_page else None)
    return (text, str(record.get("sha1") or "")) if isinstance(text, str) else None
